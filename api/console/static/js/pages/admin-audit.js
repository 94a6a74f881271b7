// 操作记录 Audit log (admin): who changed what and when, filtered by
// entity, record, actor and date.

import { h } from '../dom.js';
import { t, tv } from '../i18n.js';
import { pageHeader } from '../ui.js';
import { field, enumOptions } from '../forms.js';
import { filterForm, pagedTable, queryValues } from '../lists.js';

// The kinds GET /api/v1/audit accepts (docs/openapi.yaml).
const ENTITIES = ['partner', 'partnership', 'commemoration', 'event', 'plan', 'feed', 'target', 'token', 'user', 'session'];
const PAGES = { partner: '/partners/', partnership: '/partnerships/', event: '/events/', plan: '/plans/' };

export async function render(ctx, root) {
  const f = queryValues(ctx.query, ['entity', 'id', 'actor', 'from', 'to']);
  root.append(pageHeader(t('nav.audit')));
  const choose = filterForm(ctx, { label: t('audit.filter') }, [
    field({ label: t('audit.entity'), name: 'entity', type: 'select', value: f.entity, options: enumOptions('entity', ENTITIES, t('common.any')) }),
    field({ label: t('audit.record_id'), name: 'id', type: 'number', value: f.id, min: 1, inputmode: 'numeric' }),
    field({ label: t('audit.actor'), name: 'actor', value: f.actor }),
    field({ label: t('events.from'), name: 'from', type: 'date', value: f.from }),
    field({ label: t('events.to'), name: 'to', type: 'date', value: f.to }),
  ]);
  root.append(choose);

  await pagedTable(ctx, root, {
    form: choose, path: '/audit', filters: f, caption: t('nav.audit'), empty: t('audit.none'),
    columns: [
      { label: t('audit.at'), cell: (a) => h('time', { datetime: a.at }, localTime(a.at)) },
      { label: t('audit.actor'), cell: (a) => a.actor },
      { label: t('audit.action'), cell: (a) => tv('action', a.action) },
      { label: t('audit.entity'), cell: (a) => [tv('entity', a.entity), ' ',
        PAGES[a.entity] && a.action !== 'delete' ? h('a', { href: PAGES[a.entity] + a.entity_id }, `#${a.entity_id}`) : `#${a.entity_id}`] },
      { label: t('audit.changes'), cell: changes },
    ],
  });
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
