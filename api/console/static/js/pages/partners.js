// 友城 / 合作伙伴 Partners: searchable, filterable list.

import { h } from '../dom.js';
import { t, tv, pick } from '../i18n.js';
import { get } from '../api.js';
import { pageHeader, table, pager, link } from '../ui.js';
import { field } from '../forms.js';
import { partners as allPartners, countryLabel, countryOptions } from '../data.js';

export const KINDS = ['city', 'district', 'region', 'organization'];
const LIMIT = 50;

export async function render(ctx, root) {
  const q = ctx.query;
  const filters = { q: q.get('q') || '', country: q.get('country') || '', kind: q.get('kind') || '' };
  const offset = Number(q.get('offset')) || 0;
  const [all, page] = await Promise.all([
    allPartners(),
    get('/partners', { ...filters, limit: LIMIT, offset }),
  ]);

  root.append(pageHeader(t('nav.partners'),
    ctx.can('editor') ? link('/partners/new', t('partners.new'), { class: 'btn btn-primary' }) : null));

  const search = h('form', { class: 'filters', role: 'search', 'aria-label': t('partners.search') },
    field({ label: t('common.search'), name: 'q', type: 'search', value: filters.q, placeholder: t('partners.search_hint') }),
    field({ label: t('partners.country'), name: 'country', type: 'select', value: filters.country,
      options: countryOptions(all.items.map((p) => p.country), t('common.any')) }),
    field({ label: t('partners.kind'), name: 'kind', type: 'select', value: filters.kind,
      options: [{ value: '', label: t('common.any') }, ...KINDS.map((k) => ({ value: k, label: tv('partner_kind', k) }))] }),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn' }, t('common.search'))));
  search.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const fd = new FormData(search);
    ctx.setQuery({ q: fd.get('q').trim(), country: fd.get('country'), kind: fd.get('kind') });
  });
  search.querySelectorAll('select').forEach((s) => s.addEventListener('change', () => search.requestSubmit()));
  root.append(search);

  root.append(table(t('partners.list_caption'), [
    { label: t('partners.name'), cell: (p) => h('a', { href: `/partners/${p.id}` }, pick(p.name_zh, p.name_en)) },
    { label: t('partners.other_names'), cell: (p) => [p.name_en, p.name_local && p.name_local !== p.name_zh && p.name_local !== p.name_en ? ` · ${p.name_local}` : ''].join('') },
    { label: t('partners.country'), cell: (p) => countryLabel(p.country) || '—' },
    { label: t('partners.admin_area'), cell: (p) => p.admin_area || '' },
    { label: t('partners.kind'), cell: (p) => tv('partner_kind', p.kind) },
  ], page.items, { captionHidden: true, empty: t('partners.none') }));
  root.append(pager(page.total, LIMIT, offset, (o) => ctx.setQuery({ ...filters, offset: o || '' })));
}
