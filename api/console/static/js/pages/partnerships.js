// 友好关系 Partnerships: filterable list.

import { localParty } from '../format.js';
import { h } from '../dom.js';
import { t, tv, pick } from '../i18n.js';
import { get } from '../api.js';
import { pageHeader, table, pager, link, badge } from '../ui.js';
import { field } from '../forms.js';
import { partners as allPartners, countryLabel, countryOptions, partnerName } from '../data.js';

export const TYPES = ['sister_city', 'friendship_city', 'cooperation', 'membership'];
export const STATUSES = ['proposed', 'negotiating', 'active', 'suspended', 'ended'];
export const CONFIDENCES = ['confirmed', 'likely', 'unconfirmed'];
const LIMIT = 50;

export function enumOptions(group, list, anyLabel) {
  const opts = list.map((v) => ({ value: v, label: tv(group, v) }));
  return anyLabel ? [{ value: '', label: anyLabel }, ...opts] : opts;
}

export async function render(ctx, root) {
  const q = ctx.query;
  const filters = { status: q.get('status') || '', type: q.get('type') || '', country: q.get('country') || '', partner_id: q.get('partner_id') || '' };
  const offset = Number(q.get('offset')) || 0;
  const [all, page] = await Promise.all([allPartners(), get('/partnerships', { ...filters, limit: LIMIT, offset })]);

  root.append(pageHeader(t('nav.partnerships'),
    ctx.can('editor') ? link('/partnerships/new', t('partnerships.new'), { class: 'btn btn-primary' }) : null));

  const search = h('form', { class: 'filters', role: 'search', 'aria-label': t('partnerships.filter') },
    field({ label: t('partnerships.status'), name: 'status', type: 'select', value: filters.status, options: enumOptions('partnership_status', STATUSES, t('common.any')) }),
    field({ label: t('partnerships.type'), name: 'type', type: 'select', value: filters.type, options: enumOptions('partnership_type', TYPES, t('common.any')) }),
    field({ label: t('partners.country'), name: 'country', type: 'select', value: filters.country, options: countryOptions(all.items.map((p) => p.country), t('common.any')) }),
    field({ label: t('partnerships.partner'), name: 'partner_id', type: 'select', value: filters.partner_id,
      options: [{ value: '', label: t('common.any') }, ...all.items.map((p) => ({ value: p.id, label: partnerName(p) })).sort((a, b) => a.label.localeCompare(b.label))] }),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn' }, t('common.filter'))));
  search.addEventListener('submit', (ev) => {
    ev.preventDefault();
    ctx.setQuery(Object.fromEntries(new FormData(search)));
  });
  search.querySelectorAll('select').forEach((s) => s.addEventListener('change', () => search.requestSubmit()));
  root.append(search);

  root.append(table(t('partnerships.list_caption'), [
    { label: t('partnerships.partner'), cell: (s) => h('a', { href: `/partnerships/${s.id}` }, `${pick(s.partner.name_zh, s.partner.name_en)}`) },
    { label: t('partners.country'), cell: (s) => countryLabel(s.partner.country) || '—' },
    { label: t('partnerships.local_party'), cell: (s) => localParty(s.local_party) },
    { label: t('partnerships.type'), cell: (s) => tv('partnership_type', s.type) },
    { label: t('partnerships.status'), cell: (s) => badge(tv('partnership_status', s.status), `status-${s.status}`) },
    { label: t('partnerships.established_on'), cell: (s) => s.established_on || t('partnerships.unknown_date') },
    { label: t('partnerships.confidence'), cell: (s) => tv('confidence', s.confidence) },
  ], page.items, { captionHidden: true, empty: t('partnerships.none') }));
  root.append(pager(page.total, LIMIT, offset, (o) => ctx.setQuery({ ...filters, offset: o || '' })));
}
