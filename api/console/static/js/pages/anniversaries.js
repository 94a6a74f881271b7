// 周年纪念 Anniversaries in a period (逢五逢十 milestones flagged), each
// partnership anniversary with a way to plan its series of events.

import { annDate } from '../format.js';
import { h } from '../dom.js';
import { t, pick } from '../i18n.js';
import { get } from '../api.js';
import { pageHeader, table, badge } from '../ui.js';
import { field, filtered } from '../forms.js';
import { partners as allPartners, partnerLink, partnerName, countryOptions } from '../data.js';
import { today, addDays } from '../dates.js';
import { planLink } from './partner.js';

export async function render(ctx, root) {
  const q = ctx.query;
  const from = q.get('from') || today();
  const to = q.get('to') || addDays(from, 365);
  const f = { from, to, milestone: q.get('milestone') === 'true' ? 'true' : '', partner_id: q.get('partner_id') || '', country: q.get('country') || '' };
  const all = await allPartners();
  root.append(pageHeader(t('nav.anniversaries')));

  const choose = h('form', { class: 'filters', role: 'search', 'aria-label': t('ann.filter') },
    field({ label: t('events.from'), name: 'from', type: 'date', value: from }),
    field({ label: t('events.to'), name: 'to', type: 'date', value: to }),
    field({ label: t('events.partner'), name: 'partner_id', type: 'select', value: f.partner_id,
      options: [{ value: '', label: t('common.any') }, ...all.items.map((p) => ({ value: p.id, label: partnerName(p) })).sort((a, b) => a.label.localeCompare(b.label))] }),
    field({ label: t('partners.country'), name: 'country', type: 'select', value: f.country, options: countryOptions(all.items.map((p) => p.country), t('common.any')) }),
    field({ label: t('ann.milestones_only'), name: 'milestone', type: 'checkbox', value: f.milestone === 'true' }),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn' }, t('common.filter'))));
  choose.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const fd = new FormData(choose);
    ctx.setQuery({ from: fd.get('from'), to: fd.get('to'), partner_id: fd.get('partner_id'), country: fd.get('country'), milestone: fd.get('milestone') ? 'true' : '' });
  });
  root.append(choose);

  const data = await filtered(choose, () => get('/anniversaries', f));
  if (!data) return;
  root.append(table(t('nav.anniversaries'), [
    { label: t('ann.date'), cell: (a) => annDate(a) },
    { label: t('ann.title'), cell: (a) => [pick(a.title_zh, a.title_en), a.milestone ? [' ', badge(t('ann.milestone'), 'milestone')] : null] },
    { label: t('ann.years'), cell: (a) => t('ann.years_n', { n: a.years }), class: 'num' },
    { label: t('ann.partner'), cell: (a) => partnerLink(all.byId.get(a.partner_id)) || '—' },
    { label: t('common.actions'), cell: (a) => planLink(ctx, a) },
  ], data.items, { captionHidden: true, rowHeader: false, empty: t('dash.no_anniversaries') }));
}
