// 登录 Sign in: POST /api/v1/session. A wrong name or password is one
// answer (401); too many failures is 429 with Retry-After.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { field, form, submit, values } from '../forms.js';
import { signIn } from '../session.js';
import { ApiError } from '../api.js';

export async function render(ctx, root) {
  const next = ctx.query.get('next');
  const safeNext = next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/signin') ? next : '/';
  const f = form(async (el) => {
    const v = values(el);
    try {
      await signIn(v.name, v.password);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 429)) {
        const msg = err.status === 401 ? t('signin.wrong')
          : t('signin.too_many', { s: retryText(err) });
        throw new ApiError(err.status, { ...err.problem, title: msg, title_zh: msg, detail: '', errors: [] });
      }
      throw err;
    }
    ctx.navigate(safeNext, { replace: true });
  }, [
    field({ label: t('signin.name'), name: 'name', required: true, autocomplete: 'username', attrs: { autocapitalize: 'none', spellcheck: 'false' } }),
    field({ label: t('signin.password'), name: 'password', type: 'password', required: true, autocomplete: 'current-password' }),
  ], [submit(t('signin.submit'))], { 'aria-labelledby': 'page-title', class: 'form form-narrow' });
  root.append(h('div', { class: 'signin' },
    h('h1', { id: 'page-title' }, t('signin.title')),
    h('p', { class: 'lead' }, t('signin.lead')),
    f));
  setTimeout(() => f.querySelector('input[name=name]')?.focus(), 0);
}

function retryText(err) {
  const secs = Number(err.retryAfter) || 900;
  return String(Math.max(1, Math.ceil(secs / 60)));
}
