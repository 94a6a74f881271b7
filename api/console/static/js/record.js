// Record pages (a partner, partnership, event or plan): the create page,
// the facts with Edit and Delete by role, and the create/edit form that
// sends only what changed, with If-Match (a 412 is explained by form()).

import { h, clear } from './dom.js';
import { t } from './i18n.js';
import { post, patch, del } from './api.js';
import { pageHeader, section, dl, button, confirmButton, errorBox, flash } from './ui.js';
import { form, submit, values, changed } from './forms.js';
import { forget } from './data.js';

/**
 * createPage is /<kind>/new: the form (a viewer is refused); once saved,
 * the new record's page at base/id.
 * makeForm(onDone, onCancel) builds the form.
 */
export function createPage(ctx, root, title, base, makeForm) {
  root.append(pageHeader(title));
  if (!ctx.can('editor')) {
    root.append(errorBox({ status: 403, problem: { title: 'Forbidden', title_zh: '无权执行此操作' } }));
    return;
  }
  root.append(makeForm((x) => {
    flash(t('common.created'));
    ctx.navigate(`${base}/${x.id}`, { replace: true });
  }, () => history.back()));
}

/**
 * deleteButton: for an admin, Delete (asking first) of the record at
 * path; then the list page `then`. A refusal goes to show(errorBox).
 */
export function deleteButton(ctx, { path, etag, confirm, then, show }) {
  if (!ctx.can('admin')) return null;
  return confirmButton(t('common.delete'), confirm, async () => {
    try {
      await del(path, etag);
      forget();
      flash(t('common.deleted'));
      ctx.navigate(then, { replace: true });
    } catch (err) {
      show(errorBox(err));
    }
  });
}

/**
 * recordPage appends the record's heading with its actions and its facts.
 * An editor's Edit swaps the facts for the form (Cancel swaps back); an
 * admin's Delete asks first.
 * opts: {title, subtitle (node under the heading), facts: () => [label,
 * value] pairs, edit(onDone, onCancel) => form, extra (more editor
 * actions), remove: {path, etag, confirm, then}}.
 */
export function recordPage(ctx, root, opts) {
  const body = h('div');
  const showFacts = () => clear(body).append(dl(opts.facts()));
  showFacts();
  const actions = [];
  if (ctx.can('editor')) {
    const editBtn = button(t('common.edit'), () => {
      editBtn.disabled = true;
      clear(body).append(opts.edit(() => {
        forget();
        flash(t('common.saved'));
        ctx.navigate(location.pathname, { replace: true });
      }, () => { showFacts(); editBtn.disabled = false; editBtn.focus(); }));
      body.querySelector('select, input')?.focus();
    });
    actions.push(editBtn, ...(opts.extra || []));
  }
  actions.push(deleteButton(ctx, { ...opts.remove, show: (box) => body.prepend(box) }));
  root.append(pageHeader(opts.title, ...actions));
  if (opts.subtitle) root.append(opts.subtitle);
  root.append(section(t('partners.facts'), body));
}

/**
 * recordForm creates (record null, POST path) or edits (PATCH path/id with
 * If-Match) a record; the server validates. body(values) makes the request
 * body: undefined fields are left out; a create also leaves out nulls; an
 * edit sends only the changed fields (nothing changed: done at once).
 * opts: {path, record, etag, label, body, fields, onDone, onCancel}.
 */
export function recordForm({ path, record, etag, label, body, fields, onDone, onCancel }) {
  return form(async (f) => {
    const b = body(values(f));
    for (const k of Object.keys(b)) if (b[k] === undefined || (!record && b[k] === null)) delete b[k];
    let saved = record;
    if (!record) {
      saved = (await post(path, b)).data;
    } else {
      const diff = changed(record, b);
      if (Object.keys(diff).length) saved = (await patch(`${path}/${record.id}`, diff, etag)).data;
    }
    forget();
    onDone(saved);
  }, fields, [submit(t('common.save')), button(t('common.cancel'), onCancel)], { 'aria-label': label });
}
