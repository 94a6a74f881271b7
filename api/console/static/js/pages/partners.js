// 友城 / 合作伙伴 Partners: searchable, filterable list.

import { h } from '../dom.js';
import { t, tv, pick } from '../i18n.js';
import { pageHeader, link } from '../ui.js';
import { field, enumOptions } from '../forms.js';
import { filterForm, pagedTable, queryValues } from '../lists.js';
import { partners as allPartners, countryLabel, countryOptions } from '../data.js';

export const KINDS = ['city', 'district', 'region', 'organization'];

export async function render(ctx, root) {
  const filters = queryValues(ctx.query, ['q', 'country', 'kind']);
  const all = await allPartners();

  root.append(pageHeader(t('nav.partners'),
    ctx.can('editor') ? link('/partners/new', t('partners.new'), { class: 'btn btn-primary' }) : null));

  const search = filterForm(ctx, {
    label: t('partners.search'),
    submit: t('common.search'),
    toQuery: (fd) => ({ q: fd.get('q').trim(), country: fd.get('country'), kind: fd.get('kind') }),
  }, [
    field({ label: t('common.search'), name: 'q', type: 'search', value: filters.q, placeholder: t('partners.search_hint') }),
    field({ label: t('partners.country'), name: 'country', type: 'select', value: filters.country,
      options: countryOptions(all.items.map((p) => p.country), t('common.any')) }),
    field({ label: t('partners.kind'), name: 'kind', type: 'select', value: filters.kind, options: enumOptions('partner_kind', KINDS, t('common.any')) }),
  ]);
  root.append(search);

  await pagedTable(ctx, root, {
    form: search, path: '/partners', filters, caption: t('partners.list_caption'), empty: t('partners.none'),
    columns: [
      { label: t('partners.name'), cell: (p) => h('a', { href: `/partners/${p.id}` }, pick(p.name_zh, p.name_en)) },
      { label: t('partners.other_names'), cell: (p) => [p.name_en, p.name_local && p.name_local !== p.name_zh && p.name_local !== p.name_en ? ` · ${p.name_local}` : ''].join('') },
      { label: t('partners.country'), cell: (p) => countryLabel(p.country) || '—' },
      { label: t('partners.admin_area'), cell: (p) => p.admin_area || '' },
      { label: t('partners.kind'), cell: (p) => tv('partner_kind', p.kind) },
    ],
  });
}
