// 周年纪念 Anniversaries in a period (逢五逢十 milestones flagged), each
// partnership anniversary with a way to plan its series of events.

import { t } from '../i18n.js';
import { get } from '../api.js';
import { pageHeader } from '../ui.js';
import { field, filtered } from '../forms.js';
import { filterForm } from '../lists.js';
import { partners as allPartners, partnerOptions, countryOptions } from '../data.js';
import { today, addDays } from '../dates.js';
import { anniversaryTable } from './partner.js';

export async function render(ctx, root) {
  const q = ctx.query;
  const from = q.get('from') || today();
  const to = q.get('to') || addDays(from, 365);
  const f = { from, to, milestone: q.get('milestone') === 'true' ? 'true' : '', partner_id: q.get('partner_id') || '', country: q.get('country') || '' };
  const all = await allPartners();
  root.append(pageHeader(t('nav.anniversaries')));

  const choose = filterForm(ctx, {
    label: t('ann.filter'),
    autoSubmit: false,
    toQuery: (fd) => ({ from: fd.get('from'), to: fd.get('to'), partner_id: fd.get('partner_id'), country: fd.get('country'), milestone: fd.get('milestone') ? 'true' : '' }),
  }, [
    field({ label: t('events.from'), name: 'from', type: 'date', value: from }),
    field({ label: t('events.to'), name: 'to', type: 'date', value: to }),
    field({ label: t('events.partner'), name: 'partner_id', type: 'select', value: f.partner_id, options: partnerOptions(all, t('common.any')) }),
    field({ label: t('partners.country'), name: 'country', type: 'select', value: f.country, options: countryOptions(all.items.map((p) => p.country), t('common.any')) }),
    field({ label: t('ann.milestones_only'), name: 'milestone', type: 'checkbox', value: f.milestone === 'true' }),
  ]);
  root.append(choose);

  const data = await filtered(choose, () => get('/anniversaries', f));
  if (!data) return;
  root.append(anniversaryTable(ctx, t('nav.anniversaries'), data.items, { partners: all.byId }));
}
