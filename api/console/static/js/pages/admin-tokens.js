// 令牌 Tokens (admin): API tokens for scripts; the secret is shown once.

import { h } from '../dom.js';
import { t, tv } from '../i18n.js';
import { post } from '../api.js';
import { pageHeader, section, notice } from '../ui.js';
import { field, form, submit, values, enumOptions } from '../forms.js';
import { revocableList } from '../lists.js';
import { ROLES } from './admin-users.js';

export async function render(ctx, root) {
  root.append(pageHeader(t('nav.tokens')));
  const listBox = h('div');
  const created = h('div');
  const load = revocableList(listBox, {
    path: '/tokens', caption: t('nav.tokens'), empty: t('tokens.none'),
    revoke: t('tokens.revoke'), confirm: (x) => t('tokens.confirm_revoke', { name: x.name }), revoked: t('tokens.revoked'),
    columns: [
      { label: t('tokens.name'), cell: (x) => x.name },
      { label: t('users.role'), cell: (x) => tv('role', x.role) },
      { label: t('tokens.created'), cell: (x) => (x.created_at || '').slice(0, 16).replace('T', ' ') },
    ],
  });
  const f = form(async (el) => {
    const x = values(el);
    const { data } = await post('/tokens', { name: x.name, role: x.role });
    el.reset();
    const input = h('input', { type: 'text', readonly: true, value: data.token, id: 'new-token', class: 'mono' });
    created.replaceChildren(notice([
      h('label', { for: 'new-token' }, t('tokens.secret', { name: data.name })), input,
      h('p', { class: 'hint' }, t('tokens.secret_once'))], 'ok'));
    input.focus();
    input.select();
    await load();
  }, [
    field({ label: t('tokens.name'), name: 'name', required: true, hint: t('tokens.name_hint') }),
    field({ label: t('users.role'), name: 'role', type: 'select', value: 'viewer', options: enumOptions('role', ROLES) }),
  ], [submit(t('tokens.create'))], { 'aria-label': t('tokens.create') });
  root.append(section(t('tokens.create'), f, created), section(t('tokens.list'), listBox));
  await load();
}
