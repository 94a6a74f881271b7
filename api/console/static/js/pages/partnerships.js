// 友好关系 Partnerships: filterable list.

import { localParty } from '../format.js';
import { h } from '../dom.js';
import { t, tv, pick } from '../i18n.js';
import { pageHeader, link, badge } from '../ui.js';
import { field, enumOptions } from '../forms.js';
import { filterForm, pagedTable, queryValues } from '../lists.js';
import { partners as allPartners, countryLabel, countryOptions, partnerOptions } from '../data.js';

export const TYPES = ['sister_city', 'friendship_city', 'cooperation', 'membership'];
export const STATUSES = ['proposed', 'negotiating', 'active', 'suspended', 'ended'];
export const CONFIDENCES = ['confirmed', 'likely', 'unconfirmed'];

export async function render(ctx, root) {
  const filters = queryValues(ctx.query, ['status', 'type', 'country', 'partner_id']);
  const all = await allPartners();

  root.append(pageHeader(t('nav.partnerships'),
    ctx.can('editor') ? link('/partnerships/new', t('partnerships.new'), { class: 'btn btn-primary' }) : null));

  const search = filterForm(ctx, { label: t('partnerships.filter') }, [
    field({ label: t('partnerships.status'), name: 'status', type: 'select', value: filters.status, options: enumOptions('partnership_status', STATUSES, t('common.any')) }),
    field({ label: t('partnerships.type'), name: 'type', type: 'select', value: filters.type, options: enumOptions('partnership_type', TYPES, t('common.any')) }),
    field({ label: t('partners.country'), name: 'country', type: 'select', value: filters.country, options: countryOptions(all.items.map((p) => p.country), t('common.any')) }),
    field({ label: t('partnerships.partner'), name: 'partner_id', type: 'select', value: filters.partner_id, options: partnerOptions(all, t('common.any')) }),
  ]);
  root.append(search);

  await pagedTable(ctx, root, {
    form: search, path: '/partnerships', filters, caption: t('partnerships.list_caption'), empty: t('partnerships.none'),
    columns: [
      { label: t('partnerships.partner'), cell: (s) => h('a', { href: `/partnerships/${s.id}` }, `${pick(s.partner.name_zh, s.partner.name_en)}`) },
      { label: t('partners.country'), cell: (s) => countryLabel(s.partner.country) || '—' },
      { label: t('partnerships.local_party'), cell: (s) => localParty(s.local_party) },
      { label: t('partnerships.type'), cell: (s) => tv('partnership_type', s.type) },
      { label: t('partnerships.status'), cell: (s) => badge(tv('partnership_status', s.status), `status-${s.status}`) },
      { label: t('partnerships.established_on'), cell: (s) => s.established_on || t('partnerships.unknown_date') },
      { label: t('partnerships.confidence'), cell: (s) => tv('confidence', s.confidence) },
    ],
  });
}
