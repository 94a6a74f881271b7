// List pages: filters kept in the URL's query, one page of a list endpoint
// as a table with a pager, and lists of revocable secrets (tokens, feeds).

import { h } from './dom.js';
import { t } from './i18n.js';
import { get, del } from './api.js';
import { table, pager, confirmButton, errorBox, flash } from './ui.js';
import { filtered } from './forms.js';
import { forget } from './data.js';

const LIMIT = 50;

/** queryValues reads the named filters from the URL's query ("" when absent). */
export function queryValues(q, names) {
  return Object.fromEntries(names.map((n) => [n, q.get(n) || '']));
}

/**
 * filterForm: a list's filters. Submitting puts them in the URL's query
 * (the page is drawn again); choosing in a select submits at once.
 * opts: {label, submit (button text, default 筛选 Filter), search (role
 * search, default true), autoSubmit (default true), toQuery(FormData)}.
 */
export function filterForm(ctx, opts, fields) {
  const f = h('form', { class: 'filters', role: opts.search === false ? null : 'search', 'aria-label': opts.label },
    fields,
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'btn' }, opts.submit || t('common.filter'))));
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const fd = new FormData(f);
    ctx.setQuery(opts.toQuery ? opts.toQuery(fd) : Object.fromEntries(fd));
  });
  if (opts.autoSubmit !== false) f.querySelectorAll('select').forEach((s) => s.addEventListener('change', () => f.requestSubmit()));
  return f;
}

/**
 * pagedTable appends one page (50 rows, at the query's offset) of the list
 * endpoint at path, filtered, as a table with a pager below. A refused
 * filter (400, 422) is shown beside its control in the filter form.
 */
export async function pagedTable(ctx, root, { form, path, filters, caption, columns, ...opts }) {
  const offset = Number(ctx.query.get('offset')) || 0;
  const page = await filtered(form, () => get(path, { ...filters, limit: LIMIT, offset }));
  if (!page) return;
  root.append(table(caption, columns, page.items, { captionHidden: true, ...opts }),
    pager(page.total, LIMIT, offset, (o) => ctx.setQuery({ ...filters, offset: o || '' })));
}

/**
 * revocableList draws into box the items of path that are not revoked,
 * each with a button that asks, then revokes it (DELETE path/id, or
 * itemPath(item) when given; cached lookups are dropped); it returns the
 * function that draws the list again.
 * opts: {path, itemPath, caption, columns, revoke, confirm(item), revoked, empty}.
 */
export function revocableList(box, opts) {
  const load = async () => {
    const data = await get(opts.path);
    const revoke = (x) => confirmButton(opts.revoke, opts.confirm(x), async () => {
      try {
        await del(opts.itemPath ? opts.itemPath(x) : `${opts.path}/${x.id}`);
        forget();
        flash(opts.revoked);
        await load();
      } catch (err) {
        box.prepend(errorBox(err));
      }
    });
    box.replaceChildren(table(opts.caption, [...opts.columns, { label: t('common.actions'), cell: revoke }],
      data.items.filter((x) => !x.revoked_at), { captionHidden: true, empty: opts.empty }));
  };
  return load;
}
