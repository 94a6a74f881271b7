// A plan: each item's date, rationale and the holidays around it on both
// sides; a draft's dates can be changed (the server checks the rules again
// and names what breaks) and the plan adopted into planned events.

import { h } from '../dom.js';
import { t, tv, pick } from '../i18n.js';
import { getWithETag, post, patch } from '../api.js';
import { pageHeader, section, table, badge, notice, link, errorBox, flash } from '../ui.js';
import { form, submit } from '../forms.js';
import { deleteButton } from '../record.js';
import { partners as allPartners, partnerName, holidays } from '../data.js';
import { addDays, parse } from '../dates.js';
import { homeCountry } from '../config.js';
import { holidayLabel } from './events.js';
import { planTemplateName } from './plans.js';

const AROUND = 3; // days either side shown as "holidays around"

export async function render(ctx, root) {
  const [{ data: p, etag }, all] = await Promise.all([getWithETag(`/plans/${encodeURIComponent(ctx.params.id)}`), allPartners()]);
  const hol = await holidaysByDate(p, all);

  const editable = p.status === 'draft' && ctx.can('editor');
  const actions = [];
  const adoptArea = h('div');
  if (ctx.can('editor')) actions.push(adoptButton(ctx, p, adoptArea));
  if (p.status === 'draft') {
    actions.push(deleteButton(ctx, {
      path: `/plans/${p.id}`, etag, confirm: t('plans.confirm_delete'), then: '/plans', show: (box) => adoptArea.replaceChildren(box),
    }));
  }
  root.append(pageHeader(pick(p.title_zh, p.title_en), ...actions));
  root.append(h('p', { class: 'subtitle' },
    badge(tv('plan_status', p.status), p.status === 'adopted' ? 'status-active' : 'plain'), ' ',
    `${planTemplateName({ key: p.template })} · ${p.year}`,
    p.partnership_id ? [' · ', link(`/partnerships/${p.partnership_id}`, t('plans.partnership'))] : null));
  root.append(adoptArea);

  adoptedNotice(ctx, p, adoptArea);

  const warnings = pick(p.warnings_zh && p.warnings_zh.length ? p.warnings_zh.join('\n') : '', (p.warnings || []).join('\n'));
  if (warnings) root.append(notice(h('ul', null, warnings.split('\n').map((w) => h('li', null, w))), 'warn'));

  const dateCell = (it, i) => {
    if (!editable) return [it.start_date, it.end_date && it.end_date !== it.start_date ? ` – ${it.end_date}` : '', it.start_time ? ` ${it.start_time} ${it.timezone || ''}` : ''];
    const s = h('input', { name: `items[${i}].start_date`, value: it.start_date, 'aria-label': t('plans.item_start', { n: i + 1 }), inputmode: 'numeric', size: 10, class: 'date-input' });
    const e = h('input', { name: `items[${i}].end_date`, value: it.end_date || it.start_date, 'aria-label': t('plans.item_end', { n: i + 1 }), inputmode: 'numeric', size: 10, class: 'date-input' });
    // Moving the start moves the end with it, keeping the item's length (the person can still change it).
    s.addEventListener('change', () => {
      const a = parse(it.start_date); const b = parse(s.value); const olde = parse(it.end_date || it.start_date);
      if (a && b && olde) e.value = addDays(it.end_date || it.start_date, Math.round((b - a) / 86400000));
    });
    return h('div', { class: 'field item-dates', 'data-name': `items[${i}]` },
      s, h('span', { 'aria-hidden': 'true' }, ' – '), e,
      it.start_time ? h('span', { class: 'muted' }, ` ${it.start_time} ${it.timezone || ''}`) : null);
  };

  const tbl = table(t('plans.items'), [
    { label: t('plans.item_title'), class: 'col-title', cell: (it) => [pick(it.title_zh, it.title_en), it.flagship ? [' ', badge(t('plans.flagship'), 'milestone')] : null,
      h('div', { class: 'muted small' }, `${tv('event_kind', it.kind)} · ${tv('event_format', it.format)} · ${(it.partner_ids || []).map((id) => partnerName(all.byId.get(id))).join('、')}`)] },
    { label: t('plans.item_date'), class: 'col-date', cell: (it) => dateCell(it, p.items.indexOf(it)) },
    { label: t('plans.rationale'), cell: (it) => pick(it.rationale_zh, it.rationale) },
    { label: t('plans.holidays_around'), class: 'col-hol', cell: (it) => around(it, hol) },
  ], p.items, { captionHidden: true });

  if (editable) {
    const f = form(async (el) => {
      const items = p.items.map((it, i) => ({
        ...it,
        start_date: el.elements[`items[${i}].start_date`].value.trim(),
        end_date: el.elements[`items[${i}].end_date`].value.trim() || null,
      }));
      const changedAny = items.some((it, i) => it.start_date !== p.items[i].start_date || (it.end_date || it.start_date) !== (p.items[i].end_date || p.items[i].start_date));
      if (!changedAny) return;
      await patch(`/plans/${p.id}`, { items }, etag);
      flash(t('common.saved'));
      ctx.navigate(location.pathname, { replace: true });
    }, [h('p', { class: 'hint field-wide' }, t('plans.edit_hint')), h('div', { class: 'field-wide' }, tbl)], [submit(t('plans.save_dates'))], { 'aria-label': t('plans.items') });
    root.append(section(t('plans.items'), f));
  } else {
    root.append(section(t('plans.items'), tbl));
  }
}

/** adoptButton adopts the plan into planned events (an adopted plan's shows them again). */
function adoptButton(ctx, p, adoptArea) {
  return h('button', {
    type: 'button', class: 'btn btn-primary',
    onclick: async (ev) => {
      ev.target.disabled = true;
      try {
        const { data } = await post(`/plans/${p.id}/adopt`);
        flash(t('plans.adopted', { n: data.event_ids.length }));
        ctx.navigate(`${location.pathname}?adopted=${data.event_ids.join(',')}`, { replace: true });
      } catch (err) {
        adoptArea.replaceChildren(errorBox(err));
        ev.target.disabled = false;
      }
    },
  }, p.status === 'adopted' ? t('plans.show_events') : t('plans.adopt'));
}

/** holidaysByDate: the holidays, by date, of the home country and each item's partners' countries, the plan's year and either side. */
async function holidaysByDate(p, all) {
  const countries = new Set([homeCountry()]);
  for (const it of p.items) for (const id of it.partner_ids || []) { const c = all.byId.get(id)?.country; if (c) countries.add(c); }
  const years = [p.year - 1, p.year, p.year + 1];
  const hol = new Map();
  await Promise.all([...countries].flatMap((c) => years.map((y) => holidays(c, y).then((r) => {
    for (const it of r.items) {
      if (!hol.has(it.date)) hol.set(it.date, []);
      hol.get(it.date).push({ ...it, country: c });
    }
  }, () => null))));
  return hol;
}

/** adoptedNotice: after adopting, the new events, their month and the year's calendar. */
function adoptedNotice(ctx, p, adoptArea) {
  const adopted = (ctx.query.get('adopted') || '').split(',').filter(Boolean);
  if (!adopted.length) return;
  const flagship = p.items.find((x) => x.flagship) || p.items[0];
  const month = flagship && /^\d{4}-\d{2}/.test(flagship.start_date) ? flagship.start_date.slice(0, 7) : `${p.year}-01`;
  const partner = flagship && flagship.partner_ids && flagship.partner_ids.length === 1 ? `&partner_id=${flagship.partner_ids[0]}` : '';
  adoptArea.append(notice(h('span', null, t('plans.adopted', { n: adopted.length }), ' ',
    adopted.map((id, i) => [i ? '、' : '', link(`/events/${id}`, `#${id}`, { title: t('plans.event_n', { id }) })]), ' · ',
    link(`/events?view=month&month=${month}${partner}`, t('dash.month_view')), ' · ',
    link(`/calendar?year=${p.year}`, t('plans.to_calendar', { year: p.year }))), 'ok', { role: 'status' }));
}

/** around lists the holidays and make-up workdays within AROUND days of an item (observances left out). */
function around(it, hol) {
  const start = it.start_date;
  const end = it.end_date || it.start_date;
  if (!parse(start)) return '';
  const out = [];
  for (let d = addDays(start, -AROUND); d <= addDays(end, AROUND); d = addDays(d, 1)) {
    for (const x of hol.get(d) || []) {
      if (x.kind === 'observance') continue;
      out.push(h('li', { class: `hol hol-${x.kind}` }, `${d.slice(5)} ${holidayLabel(x, x.country)}`));
    }
  }
  return out.length ? h('ul', { class: 'plain-list' }, out) : h('span', { class: 'muted' }, t('plans.no_holidays_near'));
}
