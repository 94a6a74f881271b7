// The console's entry: loads the catalogs and the session, draws the frame
// (header, menu) and routes in the browser. Pages live in pages/<name>.js.

import { loadCatalogs, t, getLang, setLang, tv } from './i18n.js';
import { h, clear, announce } from './dom.js';
import { routes, match } from './routes.js';
import { session, load as loadSession, signOut, can } from './session.js';
import { notice, errorBox, loading } from './ui.js';

const main = () => document.getElementById('main');
let renderSeq = 0;
let firstRender = true;

/** navigate goes to an in-console URL (pushes history unless replace). */
export function navigate(url, { replace = false, focusName = '' } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render({ focusName });
}

function isConsoleLink(a) {
  if (!a || a.target || a.hasAttribute('download')) return false;
  // An in-page link (the skip link to #main) is the browser's to follow.
  if ((a.getAttribute('href') || '').startsWith('#')) return false;
  const url = new URL(a.href, location.href);
  return url.origin === location.origin && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/assets/') && match(url.pathname) !== null;
}

document.addEventListener('click', (ev) => {
  if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const a = ev.target.closest('a[href]');
  if (!isConsoleLink(a)) return;
  ev.preventDefault();
  const url = new URL(a.href, location.href);
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener('popstate', () => render());

// Escape closes the folded menu on a narrow screen and returns to its button.
document.addEventListener('keydown', (ev) => {
  const nav = document.getElementById('sidenav');
  if (ev.key !== 'Escape' || !nav.classList.contains('open')) return;
  nav.classList.remove('open');
  const btn = document.querySelector('.menu-toggle');
  if (btn) {
    btn.setAttribute('aria-expanded', 'false');
    btn.focus();
  }
});

window.addEventListener('youcheng:unauthorized', () => {
  if (session.open) return;
  session.user = null;
  if (location.pathname !== '/signin') {
    navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
  }
});

function drawChrome(current) {
  document.getElementById('skip-link').textContent = t('a11y.skip');
  const brand = document.getElementById('brand');
  brand.querySelector('.brand-name').textContent = t('app.name');
  brand.setAttribute('title', t('app.home'));

  const tools = clear(document.getElementById('topbar-tools'));
  const langBtn = h('button', {
    type: 'button', class: 'btn btn-ghost lang-toggle', lang: getLang() === 'en' ? 'zh-CN' : 'en',
    onclick: () => {
      setLang(getLang() === 'en' ? 'zh-CN' : 'en');
      render();
      announce(t('app.lang_changed'));
      document.querySelector('.lang-toggle')?.focus();
    },
  }, t('app.switch_lang'));
  const u = session.user;
  if (u) {
    tools.append(h('span', { class: 'whoami' },
      h('span', { class: 'visually-hidden' }, t('app.signed_in_as')),
      h('span', { class: 'user-name' }, u.display_name || u.name),
      h('span', { class: 'badge badge-role' }, tv('role', u.role))));
  }
  tools.append(langBtn);
  const menuBtn = h('button', {
    type: 'button', class: 'btn btn-ghost menu-toggle', 'aria-controls': 'sidenav', 'aria-expanded': 'false',
    onclick: () => {
      const nav = document.getElementById('sidenav');
      const open = nav.classList.toggle('open');
      menuBtn.setAttribute('aria-expanded', String(open));
    },
  }, t('app.menu'));
  if (u) tools.append(menuBtn);
  if (u && !session.open) {
    tools.append(h('button', {
      type: 'button', class: 'btn btn-ghost',
      onclick: async () => {
        await signOut().catch(() => {});
        navigate('/signin', { replace: true });
      },
    }, t('app.signout')));
  }

  const nav = clear(document.getElementById('sidenav'));
  nav.classList.remove('open');
  nav.setAttribute('aria-label', t('app.main_nav'));
  nav.hidden = !u;
  if (!u) return;
  const section = current ? (current.section || current.path) : '';
  const item = (r) => h('li', null, h('a', { href: r.path, 'aria-current': r.path === section ? 'page' : null }, t(r.nav)));
  const mainItems = routes.filter((r) => r.nav && !r.group && (!r.role || can(r.role)));
  nav.append(h('ul', null, mainItems.map(item)));
  const admin = routes.filter((r) => r.nav && r.group === 'admin' && can(r.role || 'admin'));
  if (admin.length) {
    nav.append(h('h2', { class: 'nav-group', id: 'nav-admin' }, t('nav.admin')),
      h('ul', { 'aria-labelledby': 'nav-admin' }, admin.map(item)));
  }
}

/** render draws the page of the current URL. */
export async function render({ focusName = '' } = {}) {
  const seq = ++renderSeq;
  const m = match(location.pathname);
  const el = main();
  if (!m) {
    drawChrome(null);
    clear(el).append(h('h1', null, t('error.not_found_page')), h('p', null, h('a', { href: '/' }, t('nav.dashboard'))));
    return;
  }
  const { route, params } = m;
  if (!route.public && !session.user) {
    navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
    return;
  }
  if (route.path === '/signin' && session.user && session.open) {
    navigate('/', { replace: true });
    return;
  }
  drawChrome(route);
  document.title = `${t(route.title)} · ${t('app.name')}`;
  clear(el).append(loading());
  if (route.role && !can(route.role)) {
    clear(el).append(h('h1', null, t(route.title)), notice(t('error.forbidden_page'), 'warn'));
    return;
  }
  try {
    const mod = await import(`./pages/${route.page}.js`);
    if (seq !== renderSeq) return;
    const ctx = {
      main: el,
      params,
      query: new URLSearchParams(location.search),
      user: session.user,
      can,
      navigate,
      // setQuery replaces the URL's query (filters) and renders again.
      setQuery(obj, { replace = false } = {}) {
        const u = new URLSearchParams();
        for (const [k, v] of Object.entries(obj)) if (v !== '' && v !== null && v !== undefined) u.set(k, v);
        const s = u.toString();
        const active = document.activeElement;
        const focusName = active && active.name && el.contains(active) ? active.name : '';
        navigate(location.pathname + (s ? `?${s}` : ''), { replace, focusName });
      },
      stale: () => seq !== renderSeq,
    };
    const content = h('div', { class: 'page' });
    await mod.render(ctx, content);
    if (seq !== renderSeq) return;
    clear(el).append(content);
  } catch (err) {
    if (seq !== renderSeq) return;
    clear(el).append(h('h1', null, t(route.title)), errorBox(err));
    if (!(err && err.problem)) console.error(err); // eslint-disable-line no-console
  }
  const again = focusName && el.querySelector(`[name="${CSS.escape(focusName)}"]`);
  if (again) {
    again.focus();
  } else if (!firstRender) {
    const h1 = el.querySelector('h1');
    if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus({ preventScroll: false });
    }
  }
  firstRender = false;
}

async function boot() {
  await loadCatalogs();
  await loadSession().catch(() => null);
  render();
}

boot();
