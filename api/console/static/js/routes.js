// The console's one route table. Every path here is also served by the Go
// handler (console.Paths; a test holds the two together). One module per
// page under pages/, exporting render(ctx). nav: the catalog key of the
// menu entry (pages without one are reached by links); role: the least role
// that sees the page at all; group: the menu section.
//
// To add a page: a line here, a path in console.go's Paths, a module in
// pages/, its keys in both catalogs.

export const routes = [
  { path: '/signin', page: 'signin', title: 'signin.title', public: true },
  { path: '/', page: 'dashboard', title: 'nav.dashboard', nav: 'nav.dashboard' },
  { path: '/partners', page: 'partners', title: 'nav.partners', nav: 'nav.partners' },
  { path: '/partners/:id', page: 'partner', title: 'nav.partners', section: '/partners' },
  { path: '/partnerships', page: 'partnerships', title: 'nav.partnerships', nav: 'nav.partnerships' },
  { path: '/partnerships/:id', page: 'partnership', title: 'nav.partnerships', section: '/partnerships' },
  { path: '/anniversaries', page: 'anniversaries', title: 'nav.anniversaries', nav: 'nav.anniversaries' },
  { path: '/events', page: 'events', title: 'nav.events', nav: 'nav.events' },
  { path: '/events/:id', page: 'event', title: 'nav.events', section: '/events' },
  { path: '/plans', page: 'plans', title: 'nav.plans', nav: 'nav.plans' },
  { path: '/plans/:id', page: 'plan', title: 'nav.plans', section: '/plans' },
  { path: '/calendar', page: 'calendar', title: 'nav.calendar', nav: 'nav.calendar' },
  { path: '/holidays', page: 'holidays', title: 'nav.holidays', nav: 'nav.holidays' },
  // Slots for the work-plan targets and statistics pages (issue 16).
  { path: '/targets', page: 'targets', title: 'nav.targets', nav: 'nav.targets' },
  { path: '/stats', page: 'stats', title: 'nav.stats', nav: 'nav.stats' },
  { path: '/admin/users', page: 'admin-users', title: 'nav.users', nav: 'nav.users', role: 'admin', group: 'admin' },
  { path: '/admin/tokens', page: 'admin-tokens', title: 'nav.tokens', nav: 'nav.tokens', role: 'admin', group: 'admin' },
  { path: '/admin/audit', page: 'admin-audit', title: 'nav.audit', nav: 'nav.audit', role: 'admin', group: 'admin' },
  { path: '/admin/holidays', page: 'admin-holidays', title: 'nav.overrides', nav: 'nav.overrides', role: 'admin', group: 'admin' },
];

/** match finds the route of a path and its parameters. */
export function match(pathname) {
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  for (const r of routes) {
    const rp = r.path.split('/').filter(Boolean);
    if (rp.length !== parts.length) continue;
    const params = {};
    let ok = true;
    for (let i = 0; i < rp.length; i += 1) {
      if (rp[i].startsWith(':')) params[rp[i].slice(1)] = decodeURIComponent(parts[i]);
      else if (rp[i] !== parts[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return { route: r, params };
  }
  return null;
}
