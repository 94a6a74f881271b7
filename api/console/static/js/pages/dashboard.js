// 工作台 Dashboard: coming anniversaries (milestones first), this month's and
// next month's events, holiday-data warnings, partners by country.

import { h } from '../dom.js';
import { t, pick, tv, num } from '../i18n.js';
import { get } from '../api.js';
import { pageHeader, section, table, notice, link } from '../ui.js';
import { partners, partnerLink, countryLabel, holidayCountries, holidayStatus } from '../data.js';
import { today, monthStart, monthEnd, addMonths } from '../dates.js';
import { homeCountry } from '../config.js';
import { anniversaryTable } from './partner.js';
import { eventDates, eventTitle } from '../format.js';

export async function render(ctx, root) {
  const now = today();
  const thisMonth = now.slice(0, 7);
  const nextMonth = addMonths(thisMonth, 1);
  const year = Number(now.slice(0, 4));

  // The holiday-data checks start as soon as the partners (and the
  // countries with holiday data) are known.
  const years = [year, year + 1];
  const psLoad = partners();
  const checksLoad = Promise.all([psLoad, holidayCountries()])
    .then(([ps, known]) => holidayChecks(ps, known, years)).catch(() => []);
  const [ps, upcoming, evs] = await Promise.all([
    psLoad,
    get('/anniversaries/upcoming', { days: 365 }),
    get('/events', { from: monthStart(thisMonth), to: monthEnd(nextMonth), limit: 500 }),
  ]);

  root.append(pageHeader(t('nav.dashboard'),
    ctx.can('editor') ? link('/events/new', t('events.new'), { class: 'btn btn-primary' }) : null));

  const grid = h('div', { class: 'dash-grid' });
  root.append(grid);

  // Coming anniversaries: milestones (逢五逢十) first, then by date.
  const ann = [...upcoming.items].sort((a, b) => (b.milestone - a.milestone) || a.date.localeCompare(b.date));
  grid.append(section(t('dash.anniversaries'),
    h('p', { class: 'muted' }, t('dash.anniversaries_hint', { days: 365 })),
    anniversaryTable(ctx, t('dash.anniversaries'), ann.slice(0, 12), { partners: ps.byId, editorActions: true }),
    h('p', null, link('/anniversaries', t('dash.all_anniversaries')))));

  // Events of this month and next.
  for (const [ym, key] of [[thisMonth, 'dash.events_this_month'], [nextMonth, 'dash.events_next_month']]) {
    const from = monthStart(ym);
    const to = monthEnd(ym);
    // Day-precise events that touch the month, and those dated to the month
    // alone (an idea for "2022-02"); year-only events belong to no month.
    const inMonth = evs.items.filter((e) => (e.precision === 'month'
      ? e.start_date === ym
      : e.precision === 'day' && e.start_date <= to && (e.end_date || e.start_date) >= from));
    grid.append(section(t(key, { month: ym }),
      table(t(key, { month: ym }), [
        { label: t('events.date'), cell: (e) => eventDates(e) },
        { label: t('events.title'), cell: (e) => h('a', { href: `/events/${e.id}` }, eventTitle(e)) },
        { label: t('events.status'), cell: (e) => tv('event_status', e.status) },
        { label: t('events.partners'), cell: (e) => e.partner_ids.map((id) => ps.byId.get(id)).filter(Boolean).map((p, i) => [i ? '、' : '', partnerLink(p)]) },
      ], inMonth, { captionHidden: true, rowHeader: false, empty: t('dash.no_events', { month: ym }) }),
      h('p', null, link(`/events?view=month&month=${ym}`, t('dash.month_view')))));
  }

  // Holiday-data warnings: a partner country's year not (yet) complete.
  const warnings = await checksLoad;
  grid.append(section(t('dash.holiday_warnings'),
    warnings.length
      ? h('ul', { class: 'warnings' }, warnings.map((w) => h('li', null,
        h('a', { href: `/holidays?country=${w.country}&year=${w.year}` }, t('dash.holiday_incomplete', { country: countryLabel(w.country), year: w.year })),
        (w.note || w.note_zh) ? h('span', { class: 'muted' }, ` ${pick(w.note_zh, w.note)}`) : null)))
      : notice(t('dash.holidays_ok', { years: years.join('、') }), 'ok')));

  // Partners by country.
  const byCountry = new Map();
  for (const p of ps.items) byCountry.set(p.country || '', (byCountry.get(p.country || '') || 0) + 1);
  const rows = [...byCountry.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  grid.append(section(t('dash.partners_by_country'),
    table(t('dash.partners_by_country'), [
      { label: t('partners.country'), cell: ([c]) => (c ? h('a', { href: `/partners?country=${c}` }, countryLabel(c)) : t('partners.no_country')) },
      { label: t('common.count'), cell: ([, n]) => num(n), class: 'num' },
    ], rows, { captionHidden: true })));
}

/**
 * holidayChecks: the years whose holiday data is not (yet) complete, of the
 * home country and every partner country the holiday service answers for
 * in all the years (another has no data to warn of, and would make the
 * request a 422) — one GET /holidays/status per 60 countries, kept by
 * data.js as long as the holidays themselves.
 */
async function holidayChecks(ps, known, years) {
  const span = new Map(known.map((c) => [c.country, c]));
  const covered = (c) => span.has(c) && years.every((y) => span.get(c).from_year <= y && y <= span.get(c).to_year);
  const countries = [...new Set([homeCountry(), ...ps.items.map((p) => p.country).filter(Boolean)])].filter(covered).sort();
  const chunks = [];
  for (let i = 0; i < countries.length; i += 60) chunks.push(countries.slice(i, i + 60));
  const checks = await Promise.all(chunks.map((cs) => holidayStatus(cs, years)));
  return checks.flat().filter((r) => !r.complete);
}
