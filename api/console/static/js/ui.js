// Building blocks every page shares: headings, tables, notices, pagers,
// and problem+json shown in the reader's language.

import { h, id, announce } from './dom.js';
import { t, pick, isZh } from './i18n.js';

/** pageHeader: the page's h1 and its actions (buttons, links). */
export function pageHeader(title, ...actions) {
  return h('div', { class: 'page-header' }, h('h1', { id: 'page-title' }, title), h('div', { class: 'actions' }, actions));
}

/** link is an in-console link; the router handles the click. */
export function link(href, text, attrs = {}) {
  return h('a', { href, ...attrs }, text);
}

/** button: type button unless given. */
export function button(text, onclick, attrs = {}) {
  return h('button', { type: 'button', class: 'btn', onclick, ...attrs }, text);
}

/**
 * table renders a semantic table. columns: [{label, cell: (row) => node|string, class}].
 * caption is visible text (or visually hidden with captionHidden).
 */
export function table(caption, columns, rows, opts = {}) {
  if (!rows.length) return notice(opts.empty || t('common.empty'), 'muted');
  return h('div', { class: 'table-wrap' },
    h('table', { class: ['data', opts.class] },
      h('caption', { class: opts.captionHidden ? 'visually-hidden' : null }, caption),
      h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col', class: c.class }, c.label)))),
      h('tbody', null, rows.map((r) => h('tr', { class: opts.rowClass ? opts.rowClass(r) : null },
        columns.map((c, i) => (i === 0 && opts.rowHeader !== false
          ? h('th', { scope: 'row', class: c.class, 'data-label': c.label }, c.cell(r))
          : h('td', { class: c.class, 'data-label': c.label }, c.cell(r)))))))));
}

/** notice is a calm message box; kind: info, warn, error, ok, muted. */
export function notice(text, kind = 'info', attrs = {}) {
  return h('div', { class: `notice notice-${kind}`, ...attrs }, text);
}

/** problemTitle is the problem's title in the reader's language. */
export function problemTitle(err) {
  const p = (err && err.problem) || {};
  if (err && err.status === 412) return t('error.conflict');
  if (err && err.status === 0) return t('error.network');
  return pick(p.title_zh, p.title) || t('error.generic');
}

/** errorBox shows a failed request (role alert, so it is announced). */
export function errorBox(err) {
  const p = (err && err.problem) || {};
  const detail = err && err.status !== 412 && p.detail && (!isZh() || !p.title_zh || !(p.errors && p.errors.length)) ? p.detail : null;
  return h('div', { class: 'notice notice-error', role: 'alert' },
    h('strong', null, problemTitle(err)),
    detail ? h('span', { class: 'detail' }, ` ${detail}`) : null);
}

/** badge: a small label; kind picks the colour. */
export function badge(text, kind = 'plain', attrs = {}) {
  return h('span', { class: `badge badge-${kind}`, ...attrs }, text);
}

/** dl renders [label, value] pairs as a definition list, skipping empty values. */
export function dl(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

/** section: a titled region (landmark with its own heading). */
export function section(title, ...children) {
  const hid = id('sec');
  return h('section', { class: 'panel', 'aria-labelledby': hid }, h('h2', { id: hid }, title), children);
}

/** loading placeholder. */
export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}

/**
 * pager for lists: shows "x–y of n" with previous/next buttons.
 * onPage(offset) is called with the new offset.
 */
export function pager(total, limit, offset, onPage) {
  if (total <= limit && offset === 0) return h('p', { class: 'pager-info' }, t('common.total', { n: total }));
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return h('nav', { class: 'pager', 'aria-label': t('common.pages') },
    button(t('common.prev'), () => onPage(Math.max(0, offset - limit)), { disabled: offset === 0 }),
    h('span', null, t('common.range', { from, to, total })),
    button(t('common.next'), () => onPage(offset + limit), { disabled: to >= total }));
}

/**
 * confirmButton: a Delete (or other dangerous) button that asks inline
 * before acting, keyboard-friendly and without a native dialog.
 */
export function confirmButton(label, question, action) {
  const wrap = h('span', { class: 'confirm' });
  const main = button(label, () => {
    main.hidden = true;
    ask.hidden = false;
    yes.focus();
  }, { class: 'btn btn-danger' });
  const yes = button(t('common.confirm_delete'), async () => {
    yes.disabled = true;
    try {
      await action();
    } finally {
      yes.disabled = false;
    }
  }, { class: 'btn btn-danger' });
  const no = button(t('common.cancel'), () => {
    ask.hidden = true;
    main.hidden = false;
    main.focus();
  });
  const ask = h('span', { class: 'confirm-ask', role: 'group', hidden: true }, h('span', null, question), yes, no);
  wrap.append(main, ask);
  return wrap;
}

/**
 * flash shows a short success message for six seconds as a toast in the
 * corner (it covers nothing a click needs and moves no content) and
 * announces it.
 */
export function flash(text) {
  let box = document.getElementById('toasts');
  if (!box) {
    box = h('div', { id: 'toasts', class: 'toasts' });
    document.body.append(box);
  }
  const el = notice(text, 'ok', { role: 'status' });
  box.append(el);
  announce(text);
  setTimeout(() => el.remove(), 6000);
}
