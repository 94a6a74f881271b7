// 操作记录 Audit log (admin): who changed what and when, filtered by
// entity, record, actor and date.

import { h } from '../dom.js';
import { t, tv } from '../i18n.js';
import { get } from '../api.js';
import { pageHeader, table, pager } from '../ui.js';
import { field, filtered } from '../forms.js';

// The kinds GET /api/v1/audit accepts (docs/openapi.yaml).
const ENTITIES = ['partner', 'partnership', 'commemoration', 'event', 'plan', 'feed', 'target', 'token', 'user', 'session'];
const PAGES = { partner: '/partners/', partnership: '/partnerships/', event: '/events/', plan: '/plans/' };
const LIMIT = 50;

export async function render(ctx, root) {
  const q = ctx.query;
  const f = { entity: q.get('entity') || '', id: q.get('id') || '', actor: q.get('actor') || '', from: q.get('from') || '', to: q.get('to') || '' };
  const offset = Number(q.get('offset')) || 0;
  root.append(pageHeader(t('nav.audit')));
  const choose = h('form', { class: 'filters', role: 'search', 'aria-label': t('audit.filter') },
    field({ label: t('audit.entity'), name: 'entity', type: 'select', value: f.entity,
      options: [{ value: '', label: t('common.any') }, ...ENTITIES.map((e) => ({ value: e, label: tv('entity', e) }))] }),
    field({ label: t('audit.record_id'), name: 'id', type: 'number', value: f.id, min: 1, inputmode: 'numeric' }),
    field({ label: t('audit.actor'), name: 'actor', value: f.actor }),
    field({ label: t('events.from'), name: 'from', type: 'date', value: f.from }),
    field({ label: t('events.to'), name: 'to', type: 'date', value: f.to }),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn' }, t('common.filter'))));
  choose.addEventListener('submit', (ev) => {
    ev.preventDefault();
    ctx.setQuery(Object.fromEntries(new FormData(choose)));
  });
  choose.querySelector('select').addEventListener('change', () => choose.requestSubmit());
  root.append(choose);

  const data = await filtered(choose, () => get('/audit', { ...f, limit: LIMIT, offset }));
  if (!data) return;
  root.append(table(t('nav.audit'), [
    { label: t('audit.at'), cell: (a) => h('time', { datetime: a.at }, localTime(a.at)) },
    { label: t('audit.actor'), cell: (a) => a.actor },
    { label: t('audit.action'), cell: (a) => tv('action', a.action) },
    { label: t('audit.entity'), cell: (a) => [tv('entity', a.entity), ' ',
      PAGES[a.entity] && a.action !== 'delete' ? h('a', { href: PAGES[a.entity] + a.entity_id }, `#${a.entity_id}`) : `#${a.entity_id}`] },
    { label: t('audit.changes'), cell: changes },
  ], data.items, { captionHidden: true, empty: t('audit.none') }));
  root.append(pager(data.total, LIMIT, offset, (o) => ctx.setQuery({ ...f, offset: o || '' })));
}

/** localTime shows an RFC 3339 instant in the browser's time zone. */
export function localTime(at) {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at || '';
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function show(v) {
  if (v === null || v === undefined || v === '') return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

/** changes lists the fields whose value differs, before → after. */
function changes(a) {
  const before = a.before || {};
  const after = a.after || {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (!keys.length) return '';
  const rows = keys.map((k) => h('li', null, h('code', null, k), ': ', show(before[k]), ' → ', show(after[k])));
  if (keys.length <= 3) return h('ul', { class: 'plain-list' }, rows);
  return h('details', null, h('summary', null, t('audit.n_fields', { n: keys.length })), h('ul', { class: 'plain-list' }, rows));
}
