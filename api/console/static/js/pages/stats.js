// 统计与报告 Statistics and reports: a year's figures from /api/v1/stats as
// charts (events by month and by partner; partnerships by country and by
// decade), each also readable as a table, and the year's report to
// download. Charts use the vendored Chart.js (static/vendor/chart.js); the
// tables need nothing but the page, so the figures stay readable when the
// library does not load.

import { h } from '../dom.js';
import { t, tv, pick, num, countryName, isZh } from '../i18n.js';
import { get, apiURL } from '../api.js';
import { pageHeader, section, dl, link, table, notice } from '../ui.js';
import { today } from '../dates.js';

let chartLib = null;
let live = [];

/** loadChart loads Chart.js once (a classic script setting window.Chart). */
function loadChart() {
  if (window.Chart) return Promise.resolve(window.Chart);
  if (!chartLib) {
    chartLib = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = new URL('../../vendor/chart.js/chart.umd.min.js', import.meta.url).href;
      s.onload = () => resolve(window.Chart);
      s.onerror = () => {
        chartLib = null;
        reject(new Error('chart library did not load'));
      };
      document.head.append(s);
    });
  }
  return chartLib;
}

const COLOURS = { bar: '#8b1a1a', second: '#2e6b3a' };

/**
 * chartFigure: a titled figure with a canvas (role img, its figures in the
 * label) and the same data as a table in a disclosure below it.
 * rows: [{label, value}].
 */
function chartFigure(key, title, unit, rows, opts = {}) {
  const summary = rows.map((r) => `${r.label} ${num(r.value)}`).join('；');
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}：${summary || t('stats.no_data')}` });
  const tbl = table(title, [
    { label: opts.keyLabel || t('stats.item'), cell: (r) => r.label },
    { label: unit, cell: (r) => num(r.value), class: 'num' },
  ], rows, { empty: t('stats.no_data') });
  const fig = h('figure', { class: 'chart', id: `chart-${key}`, dataset: { chart: key } },
    h('figcaption', null, title),
    rows.length ? h('div', { class: ['chart-canvas', opts.tall ? 'chart-tall' : null] }, canvas) : null,
    h('details', { class: 'chart-table' }, h('summary', null, t('stats.as_table', { title })), tbl));
  if (rows.length) {
    loadChart().then((Chart) => {
      if (!canvas.isConnected) return;
      live.push(new Chart(canvas, {
        type: 'bar',
        data: { labels: rows.map((r) => r.label), datasets: [{ label: unit, data: rows.map((r) => r.value), backgroundColor: opts.colour || COLOURS.bar }] },
        options: {
          indexAxis: opts.horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { [opts.horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
        },
      }));
    }).catch(() => {
      fig.querySelector('.chart-canvas')?.replaceWith(notice(t('stats.chart_unavailable'), 'muted'));
      fig.querySelector('details').open = true;
    });
  }
  return fig;
}

/** monthName: 1月 … 12月, or Jan … Dec. */
function monthName(m) {
  return new Intl.DateTimeFormat(isZh() ? 'zh-CN' : 'en', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
}

function yearOf(ctx) {
  const y = Number(ctx.query.get('year'));
  return y >= 1900 && y <= 2200 ? y : Number(today().slice(0, 4));
}

export async function render(ctx, root) {
  for (const c of live) c.destroy();
  live = [];
  const year = yearOf(ctx);
  const s = await get('/stats', { year, top: 20 });
  const ev = s.events;
  const ps = s.partnerships;

  root.append(pageHeader(t('nav.stats'), link(`/targets?year=${year}`, t('stats.to_targets'), { class: 'btn' })));
  root.append(h('nav', { class: 'year-switch', 'aria-label': t('targets.year_nav') },
    link(`/stats?year=${year - 1}`, t('targets.prev_year', { year: year - 1 }), { class: 'btn' }),
    h('strong', { class: 'year-now', 'aria-current': 'page' }, t('targets.year_n', { year })),
    link(`/stats?year=${year + 1}`, t('targets.next_year', { year: year + 1 }), { class: 'btn' })));

  const count = (list, key) => (list.find((x) => x.status === key) || { count: 0 }).count;
  root.append(section(t('stats.summary', { year }), dl([
    [t('stats.partnerships_total'), num(ps.total)],
    [t('stats.events_total'), num(ev.total)],
    [t('stats.events_done'), num(count(ev.by_status, 'done'))],
    [t('stats.events_scheduled'), num(count(ev.by_status, 'planned') + count(ev.by_status, 'confirmed'))],
    [t('stats.partners_active'), num(ev.partners_total)],
    [t('stats.anniversaries'), t('stats.anniversaries_n', { n: num(s.anniversaries.total), m: num(s.anniversaries.milestones) })],
  ])));

  const reports = h('ul', { class: 'downloads' },
    h('li', null, h('a', { href: apiURL(`/reports/${year}`, { format: 'html' }), target: '_blank', rel: 'noopener' }, t('stats.report_html'))),
    h('li', null, h('a', { href: apiURL(`/reports/${year}`, { format: 'md' }), download: `youcheng-report-${year}.md` }, t('stats.report_md'))),
    h('li', null, h('a', { href: apiURL(`/reports/${year}`, { format: 'xlsx' }), download: `youcheng-report-${year}.xlsx` }, t('stats.report_xlsx'))));
  root.append(section(t('stats.report', { year }), h('p', { class: 'hint' }, t('stats.report_hint')), reports));

  const events = t('stats.unit_events');
  const ships = t('stats.unit_partnerships');
  root.append(section(t('stats.events', { year }),
    h('div', { class: 'charts' },
      chartFigure('by-month', t('stats.by_month'), events,
        ev.by_month.map((m) => ({ label: monthName(m.month), value: m.count })), { keyLabel: t('stats.month') }),
      chartFigure('by-partner', t('stats.by_partner'), events,
        ev.by_partner.map((p) => ({ label: pick(p.name_zh, p.name_en), value: p.count })),
        { keyLabel: t('stats.partner'), horizontal: true, tall: ev.by_partner.length > 8 })),
    ev.partners_total > ev.by_partner.length
      ? h('p', { class: 'hint' }, t('stats.top_partners', { n: ev.by_partner.length, total: num(ev.partners_total) })) : null,
    h('div', { class: 'small-tables' },
      smallTable(t('stats.by_kind'), ev.by_kind.map((x) => ({ label: tv('event_kind', x.kind), value: x.count })), events),
      smallTable(t('stats.by_status'), ev.by_status.map((x) => ({ label: tv('event_status', x.status), value: x.count })), events),
      smallTable(t('stats.by_format'), ev.by_format.map((x) => ({ label: tv('event_format', x.format), value: x.count })), events))));

  root.append(section(t('stats.partnerships', { year }),
    h('p', { class: 'hint' }, t('stats.partnerships_hint', { year })),
    h('div', { class: 'charts' },
      chartFigure('by-country', t('stats.by_country'), ships,
        ps.by_country.map((c) => ({ label: c.country ? countryName(c.country) : t('stats.no_country'), value: c.count })),
        { keyLabel: t('stats.country'), horizontal: true, tall: ps.by_country.length > 8, colour: COLOURS.second }),
      chartFigure('by-decade', t('stats.by_decade'), ships,
        ps.by_decade.map((d) => ({ label: t('stats.decade_n', { n: d.decade }), value: d.count })),
        { keyLabel: t('stats.decade'), colour: COLOURS.second })),
    h('div', { class: 'small-tables' },
      smallTable(t('stats.by_type'), ps.by_type.map((x) => ({ label: tv('partnership_type', x.type), value: x.count })), ships),
      smallTable(t('stats.by_ship_status'), ps.by_status.map((x) => ({ label: tv('partnership_status', x.status), value: x.count })), ships))));
}

function smallTable(title, rows, unit) {
  return h('div', { class: 'small-table' }, h('h3', null, title), table(title, [
    { label: t('stats.item'), cell: (r) => r.label },
    { label: unit, cell: (r) => num(r.value), class: 'num' },
  ], rows, { captionHidden: true, empty: t('stats.no_data') }));
}
