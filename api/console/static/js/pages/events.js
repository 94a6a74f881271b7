// 交流活动 Events: a filterable list, or a month calendar showing the home
// country's and a partner country's holidays and make-up workdays (调休).

import { h } from '../dom.js';
import { t, tv, pick, isZh, countryName } from '../i18n.js';
import { get, qs } from '../api.js';
import { pageHeader, link, button, notice, badge } from '../ui.js';
import { field, filtered, enumOptions } from '../forms.js';
import { filterForm, pagedTable, queryValues } from '../lists.js';
import { partners as allPartners, partnerOptions, partnerLink, holidays, countryLabel, countryOptions } from '../data.js';
import { today, monthStart, monthEnd, addMonths, range, weekday, addDays } from '../dates.js';
import { eventDates, eventTitle } from '../format.js';
import { homeCountry } from '../config.js';

export const KINDS = ['culture', 'youth', 'education', 'sports', 'economy', 'tourism', 'health', 'media', 'official_visit', 'ceremony', 'dialogue', 'other'];
export const STATUSES = ['idea', 'planned', 'confirmed', 'done', 'cancelled'];
export const FORMATS = ['in_person', 'online', 'hybrid'];

export async function render(ctx, root) {
  const q = ctx.query;
  const view = q.get('view') === 'month' ? 'month' : 'list';
  const f = queryValues(q, ['q', 'from', 'to', 'partner_id', 'kind', 'status', 'tag']);
  const all = await allPartners();

  root.append(pageHeader(t('nav.events'),
    ctx.can('editor') ? link('/events/new', t('events.new'), { class: 'btn btn-primary' }) : null));

  const tabs = h('div', { class: 'view-switch', role: 'group', 'aria-label': t('events.view') },
    h('a', { href: `/events${qs({ ...f })}`, class: 'btn', 'aria-current': view === 'list' ? 'page' : null }, t('events.view_list')),
    h('a', { href: `/events${qs({ ...f, from: '', to: '', view: 'month', month: q.get('month') || '' })}`, class: 'btn', 'aria-current': view === 'month' ? 'page' : null }, t('events.view_month')));
  root.append(tabs);

  const filters = filterForm(ctx, { label: t('events.filter') }, [
    field({ label: t('common.search'), name: 'q', type: 'search', value: f.q, placeholder: t('events.search_hint') }),
    view === 'list' ? field({ label: t('events.from'), name: 'from', type: 'date', value: f.from }) : null,
    view === 'list' ? field({ label: t('events.to'), name: 'to', type: 'date', value: f.to }) : null,
    field({ label: t('events.partner'), name: 'partner_id', type: 'select', value: f.partner_id, options: partnerOptions(all, t('common.any')) }),
    field({ label: t('events.kind'), name: 'kind', type: 'select', value: f.kind, options: enumOptions('event_kind', KINDS, t('common.any')) }),
    field({ label: t('events.status'), name: 'status', type: 'select', value: f.status, options: enumOptions('event_status', STATUSES, t('common.any')) }),
    field({ label: t('events.tag'), name: 'tag', value: f.tag, placeholder: t('events.tag_hint') }),
    view === 'month' ? ['view', 'month', 'country'].map((n) => h('input', { type: 'hidden', name: n, value: q.get(n) || '' })) : null,
  ]);
  root.append(filters);

  if (view === 'month') {
    await monthView(ctx, root, f, all, filters);
    return;
  }

  await pagedTable(ctx, root, {
    form: filters, path: '/events', filters: f, caption: t('events.list_caption'), empty: t('events.none'),
    rowClass: (e) => (e.status === 'cancelled' ? 'cancelled' : null),
    columns: [
      { label: t('events.title'), cell: (e) => [h('a', { href: `/events/${e.id}` }, eventTitle(e)),
        (e.tags || []).map((tag) => [' ', h('a', { href: `/events?tag=${encodeURIComponent(tag)}`, class: 'badge badge-plain' }, tag)])] },
      { label: t('events.date'), cell: (e) => eventDates(e) },
      { label: t('events.kind'), cell: (e) => tv('event_kind', e.kind) },
      { label: t('events.status'), cell: (e) => badge(tv('event_status', e.status), `ev-${e.status}`) },
      { label: t('events.format'), cell: (e) => tv('event_format', e.format) },
      { label: t('events.partners'), cell: (e) => e.partner_ids.map((id) => all.byId.get(id)).filter(Boolean).map((p, i) => [i ? '、' : '', partnerLink(p)]) },
    ],
  });
}

/** holidayName: Chinese name when there is one, else English. */
export function holidayName(item, country) {
  const zh = item.name_zh || (country === 'CN' ? item.name_local : '');
  return pick(zh, item.name_en);
}

/** holidayLabel: "日本 宪法纪念日", a make-up workday marked as one. */
export function holidayLabel(item, country) {
  const name = holidayName(item, country);
  const marked = item.kind === 'workday' && !/调休|补班|make-up|workday/i.test(name) ? t('holidays.workday_label', { name }) : name;
  return `${countryName(country)} ${marked}`;
}

async function monthView(ctx, root, f, all, filters) {
  const q = ctx.query;
  const month = /^\d{4}-\d{2}$/.test(q.get('month') || '') ? q.get('month') : today().slice(0, 7);
  const home = homeCountry();
  const year = Number(month.slice(0, 4));
  const from = monthStart(month);
  const to = monthEnd(month);
  const evs = await filtered(filters, () => get('/events', { ...f, from, to, limit: 500 }));
  if (!evs) return;
  const { country, counts } = partnerCountry(q.get('country'), f, all, evs.items);
  const [homeHol, partnerHol] = await Promise.all([
    holidays(home, year).catch(() => null),
    country && country !== home ? holidays(country, year).catch(() => null) : Promise.resolve(null),
  ]);

  const go = (m, c) => ctx.setQuery({ ...f, view: 'month', month: m, country: c === undefined ? country : c });
  const controls = h('div', { class: 'month-controls' },
    button(t('events.prev_month'), () => go(addMonths(month, -1))),
    field({ label: t('events.month'), name: 'month_pick', type: 'month', value: month }),
    field({ label: t('events.partner_country'), name: 'country_pick', type: 'select', value: country,
      options: countryOptions([...counts.keys()], t('events.no_country')) }),
    button(t('events.next_month'), () => go(addMonths(month, 1))));
  controls.querySelector('[name=month_pick]').addEventListener('change', (ev) => {
    if (/^\d{4}-\d{2}$/.test(ev.target.value)) go(ev.target.value);
  });
  controls.querySelector('[name=country_pick]').addEventListener('change', (ev) => go(month, ev.target.value));
  root.append(controls);

  const { byDay, undatedMonth, undatedYear } = monthDays(from, to, evs.items, [[homeHol, home], [partnerHol, country]]);

  const warn = [homeHol, partnerHol].filter((x) => x && x.complete === false);
  for (const w of warn) root.append(notice(t('dash.holiday_incomplete', { country: countryLabel(w.country), year: w.year }), 'warn'));

  root.append(h('div', { class: 'legend', 'aria-hidden': 'true' },
    h('span', { class: 'hol hol-holiday' }, t('holidays.kind_holiday')),
    h('span', { class: 'hol hol-workday' }, t('holidays.kind_workday')),
    h('span', { class: 'cal-event' }, t('nav.events'))));
  root.append(monthGrid(month, byDay));

  const undatedList = (list) => h('ul', null, list.map((e) => h('li', null, h('a', { href: `/events/${e.id}` }, eventTitle(e)), ` — ${eventDates(e)}`)));
  if (undatedMonth.length) root.append(h('h2', null, t('events.undated')), undatedList(undatedMonth));
  if (undatedYear.length) {
    root.append(h('details', { class: 'undated-year' }, h('summary', null, t('events.undated_year', { year, n: undatedYear.length })), undatedList(undatedYear)));
  }
}

/**
 * partnerCountry: the partner country shown beside the home country — the
 * one asked for, else the filtered partner's, else the one most of the
 * month's events involve, else the one with most partners. counts holds
 * each partner country's number of partners (the choice offered).
 */
function partnerCountry(asked, f, all, events) {
  const home = homeCountry();
  const counts = new Map();
  for (const p of all.items) if (p.country && p.country !== home) counts.set(p.country, (counts.get(p.country) || 0) + 1);
  const filterPartner = f.partner_id ? all.byId.get(Number(f.partner_id)) : null;
  const evCountries = new Map();
  for (const e of events) for (const id of e.partner_ids) {
    const c = all.byId.get(id)?.country;
    if (c && c !== home) evCountries.set(c, (evCountries.get(c) || 0) + 1);
  }
  const top = (m) => ([...m.entries()].sort((a, b) => b[1] - a[1])[0] || [''])[0];
  return { country: asked || (filterPartner && filterPartner.country) || top(evCountries) || top(counts), counts };
}

/**
 * monthDays puts the month's holidays (of each [data, country]) and
 * day-dated events on their days; events known only to the month or the
 * year are listed apart.
 */
function monthDays(from, to, events, holidaySets) {
  const byDay = new Map();
  const mark = (d) => {
    if (!byDay.has(d)) byDay.set(d, { hol: [], ev: [] });
    return byDay.get(d);
  };
  for (const [data, c] of holidaySets) {
    if (!data) continue;
    for (const it of data.items) if (it.date >= from && it.date <= to) mark(it.date).hol.push({ ...it, country: c });
  }
  const undatedMonth = [];
  const undatedYear = [];
  for (const e of events) {
    if (e.precision === 'month') undatedMonth.push(e);
    if (e.precision === 'year') undatedYear.push(e);
    if (e.precision !== 'day') continue;
    const end = e.end_date || e.start_date;
    for (const d of range(e.start_date < from ? from : e.start_date, end > to ? to : end)) mark(d).ev.push(e);
  }
  return { byDay, undatedMonth, undatedYear };
}

/** monthGrid: the month as a table of weeks, which start on Monday as office calendars in China do. */
function monthGrid(month, byDay) {
  const from = monthStart(month);
  const to = monthEnd(month);
  const year = Number(month.slice(0, 4));
  const first = from;
  const lead = (weekday(first) + 6) % 7;
  const start = addDays(first, -lead);
  const days = range(start, addDays(start, Math.ceil((lead + Number(to.slice(8))) / 7) * 7 - 1));
  const now = today();
  const wd = [1, 2, 3, 4, 5, 6, 0];
  const weeks = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  const monthTitle = t('events.month_caption', { year, month: Number(month.slice(5)) });
  return h('div', { class: 'table-wrap' }, h('table', { class: 'month' },
    h('caption', null, monthTitle),
    h('thead', null, h('tr', null, wd.map((d) => h('th', { scope: 'col', abbr: t(`weekday.long_${d}`) }, t(`weekday.short_${d}`))))),
    h('tbody', null, weeks.map((w) => h('tr', null, w.map((d) => {
      const inMonth = d >= from && d <= to;
      const info = byDay.get(d) || { hol: [], ev: [] };
      const dow = weekday(d);
      return h('td', {
        class: [!inMonth ? 'other' : null, dow === 0 || dow === 6 ? 'weekend' : null, d === now ? 'today' : null, inMonth && !info.hol.length && !info.ev.length ? 'empty-day' : null],
      },
      h('span', { class: 'day-no' },
        h('span', { class: 'day-short', 'aria-hidden': inMonth ? 'true' : null }, Number(d.slice(8))),
        inMonth ? h('span', { class: 'day-long' }, dayLabel(d)) : null),
      inMonth ? info.hol.map((it) => h('span', { class: `hol hol-${it.kind}` }, holidayLabel(it, it.country))) : null,
      inMonth ? info.ev.map((e) => h('a', { class: ['cal-event', e.start_date < d ? 'cont' : null, e.status === 'cancelled' ? 'cancelled' : null], href: `/events/${e.id}` },
        e.start_date < d ? h('span', { class: 'visually-hidden' }, t('events.continues')) : null, eventTitle(e))) : null);
    }))))));
}

function dayLabel(d) {
  const [y, m, day] = d.split('-').map(Number);
  const wdName = t(`weekday.long_${weekday(d)}`);
  return isZh() ? `${m}月${day}日 ${wdName}` : `${wdName} ${day} ${new Date(y, m - 1, day).toLocaleString('en', { month: 'short' })}`;
}
