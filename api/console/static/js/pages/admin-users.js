// 用户 Users (admin): people's accounts — create, change role or display
// name, disable, delete. Passwords are set here once; the server hashes them.

import { h } from '../dom.js';
import { t, tv } from '../i18n.js';
import { get, post, patch, del } from '../api.js';
import { pageHeader, section, table, badge, button, confirmButton, errorBox, flash } from '../ui.js';
import { field, form, submit, values } from '../forms.js';

export const ROLES = ['viewer', 'editor', 'admin'];

export async function render(ctx, root) {
  root.append(pageHeader(t('nav.users')));
  const listBox = h('div');
  const roleOpts = ROLES.map((r) => ({ value: r, label: tv('role', r) }));

  const load = async () => {
    const data = await get('/users', { limit: 500 });
    listBox.replaceChildren(table(t('nav.users'), [
      { label: t('signin.name'), cell: (u) => u.name },
      { label: t('users.display_name'), cell: (u) => u.display_name || '' },
      { label: t('users.role'), cell: (u) => {
        const sel = h('select', { 'aria-label': t('users.role_of', { name: u.name }) }, roleOpts.map((o) => h('option', { value: o.value, selected: o.value === u.role }, o.label)));
        sel.addEventListener('change', () => change(u, { role: sel.value }));
        return sel;
      } },
      { label: t('users.state'), cell: (u) => (u.disabled ? badge(t('users.disabled'), 'status-ended') : badge(t('users.enabled'), 'status-active')) },
      { label: t('common.actions'), cell: (u) => h('span', { class: 'actions' },
        button(u.disabled ? t('users.enable') : t('users.disable'), () => change(u, { disabled: !u.disabled })),
        confirmButton(t('common.delete'), t('users.confirm_delete', { name: u.name }), async () => {
          try {
            await del(`/users/${u.id}`, u.version ? `"${u.version}"` : undefined);
            flash(t('common.deleted'));
            await load();
          } catch (err) {
            listBox.prepend(errorBox(err));
          }
        })) },
    ], data.items, { captionHidden: true, empty: t('users.none') }));
  };

  // The list is drawn again either way (a refused role change shows the
  // role as it is); a refusal (e.g. 409 for the last admin) stays in view.
  const change = async (u, body) => {
    let failure = null;
    try {
      await patch(`/users/${u.id}`, body, u.version ? `"${u.version}"` : undefined);
      flash(t('common.saved'));
    } catch (err) {
      failure = err;
    }
    await load();
    if (failure) listBox.prepend(errorBox(failure));
  };

  const f = form(async (el) => {
    const x = values(el);
    const body = { name: x.name, role: x.role, password: x.password };
    if (x.display_name) body.display_name = x.display_name;
    await post('/users', body);
    el.reset();
    flash(t('common.created'));
    await load();
  }, [
    field({ label: t('signin.name'), name: 'name', required: true, attrs: { autocapitalize: 'none', spellcheck: 'false' } }),
    field({ label: t('users.display_name'), name: 'display_name', hint: t('users.display_name_hint') }),
    field({ label: t('users.role'), name: 'role', type: 'select', value: 'viewer', options: roleOpts }),
    field({ label: t('signin.password'), name: 'password', type: 'password', required: true, autocomplete: 'new-password', hint: t('users.password_hint') }),
  ], [submit(t('users.create'))], { 'aria-label': t('users.create') });

  root.append(section(t('users.create'), f), section(t('users.list'), listBox));
  await load();
}
