package console_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
)

func TestSignInWrongPasswordShowsTheError(t *testing.T) {
	tb := newTab(t, newSite(t))
	tb.open("/")
	tb.see(heading("登录")) // not signed in: the console asks to sign in
	tb.fill("用户名", editorName)
	tb.fill("密码", "not my password")
	tb.click(button("登录"))
	tb.see(textOn("用户名或密码不正确。"))
	if path := eval[string](tb, `location.pathname`); path != "/signin" {
		t.Errorf("after a wrong password the console is at %s", path)
	}
	// The right password then signs in.
	tb.fill("密码", editorPassword)
	tb.click(button("登录"))
	tb.see(heading("工作台"))
	tb.see(textOn("李伟"))
}

func TestLanguageToggleIsRemembered(t *testing.T) {
	tb := signedIn(t, editorName, editorPassword)
	if lang := eval[string](tb, `document.documentElement.lang`); lang != "zh-CN" {
		t.Errorf("default lang = %q, want zh-CN", lang)
	}
	// The toggle names the other language; the dashboard's heading follows.
	toggle := func(to, dashboard string) {
		t.Helper()
		tb.click(button(to))
		tb.see(heading(dashboard))
	}
	toggle("English", "Dashboard")
	tb.run(chromedp.Reload())
	tb.waitReady()
	tb.see(heading("Dashboard"))
	if lang := eval[string](tb, `document.documentElement.lang`); lang != "en" {
		t.Errorf("after reload lang = %q, want en", lang)
	}
	tb.see(linkTo("Partners"))
	toggle("中文", "工作台")
}

func TestViewerSeesNoEditButtonsAndTheServerRefuses(t *testing.T) {
	tb := signedIn(t, viewerName, viewerPassword)
	if n := tb.count(linkTo("新建活动")); n != 0 {
		t.Errorf("a viewer is offered 新建活动 on the dashboard")
	}
	tb.follow("友城 / 合作伙伴")
	if n := tb.count(linkTo("新建友城")); n != 0 {
		t.Errorf("a viewer is offered 新建友城")
	}
	tb.follow("宇部市")
	for _, label := range []string{"编辑", "删除", "新建友好关系", "制定系列活动计划"} {
		if tb.count(button(label))+tb.count(linkTo(label)) != 0 {
			t.Errorf("a viewer is offered %q on a partner's page", label)
		}
	}
	if tb.count(linkTo("用户")) != 0 {
		t.Error("a viewer sees the admin menu")
	}
	// The server refuses the write anyway, CSRF token and all.
	status := eval[int](tb, `(async () => {
	  const s = await (await fetch('/api/v1/session')).json();
	  const id = location.pathname.split('/').pop();
	  const r = await fetch('/api/v1/partners/' + id, { method: 'PATCH',
	    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': s.csrf_token },
	    body: JSON.stringify({ notes: 'changed by a viewer' }) });
	  return r.status; })()`)
	if status != 403 {
		t.Errorf("a viewer's PATCH answered %d, want 403", status)
	}
	if body := value(tb, chromedp.Text(chromedp.CSS("#main"))); strings.Contains(body, "changed by a viewer") {
		t.Error("the viewer's change is shown")
	}
}

// TestKeyboardOnly signs in and reaches a page with the keyboard alone:
// the skip link comes first, the sign-in form takes Tab and Enter.
func TestKeyboardOnly(t *testing.T) {
	tb := newTab(t, newSite(t))
	tb.open("/signin")
	// The name field has the focus on arrival.
	value(tb, chromedp.Poll[bool](`document.activeElement && document.activeElement.name === 'name'`))
	tb.run(chromedp.KeyEvent(editorName), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(editorPassword), chromedp.KeyEvent(kb.Enter))
	tb.see(heading("工作台"))
	tb.waitReady()
	// On a freshly loaded page the first Tab reaches the skip link, which
	// takes the focus to the main content.
	tb.run(chromedp.Reload())
	tb.waitReady()
	tb.run(chromedp.KeyEvent(kb.Tab))
	if got := eval[string](tb, `document.activeElement.textContent.trim()`); got != "跳到主要内容" {
		t.Errorf("the first Tab stop is %q, want the skip link 跳到主要内容", got)
	}
	tb.run(chromedp.KeyEvent(kb.Enter))
	if in := eval[bool](tb, `document.getElementById('main').contains(document.activeElement)`); !in {
		t.Errorf("the skip link moves the focus to %s, outside the main content", eval[string](tb, `document.activeElement.outerHTML.slice(0, 80)`))
	}
	// From the top again, Tab on to the menu's 友城 / 合作伙伴 link and follow it with Enter.
	// Open "/" rather than reload: the skip link left the URL at "/#main", and
	// a reload there starts Tab at the fragment's target (main) once the
	// browser has scrolled to it — sometimes before the loop below, sometimes not.
	tb.open("/")
	for i := 0; i < 12 && eval[string](tb, `document.activeElement.textContent.trim()`) != "友城 / 合作伙伴"; i++ {
		tb.run(chromedp.KeyEvent(kb.Tab))
	}
	if got := eval[string](tb, `document.activeElement.textContent.trim()`); got != "友城 / 合作伙伴" {
		t.Fatalf("12 Tabs from the top do not reach the menu (the focus is on %q)", got)
	}
	tb.run(chromedp.KeyEvent(kb.Enter))
	tb.see(heading("友城 / 合作伙伴"))
}

// TestPhoneMenu: on a 390×844 phone the menu folds behind its button,
// opens, leads to a page and closes with Escape.
func TestPhoneMenu(t *testing.T) {
	tb := newTab(t, newSite(t))
	tb.use(phone, 1)
	tb.signIn(editorName, editorPassword)
	if n := eval[int](tb, `[...document.querySelectorAll('#sidenav a')].filter((a) => a.offsetParent !== null).length`); n != 0 {
		t.Errorf("the phone shows %d menu links before the menu is opened", n)
	}
	tb.click(button("菜单"))
	tb.follow("交流活动")
	if px := tb.overflowX(); px > 0 {
		t.Errorf("the events page scrolls sideways by %d px on a phone", px)
	}
	tb.click(button("菜单"))
	tb.see(linkTo("活动计划"))
	tb.run(chromedp.KeyEvent(kb.Escape))
	if open := eval[bool](tb, `document.getElementById('sidenav').classList.contains('open')`); open {
		t.Error("Escape leaves the phone menu open")
	}
}

// TestAdminManagesUsers: an admin creates an account in the console (a
// short password is refused beside its field), the new person signs in,
// the admin disables the account at once: the person's next write is
// refused and the next page load asks them to sign in (reads stay open
// to everyone in the default YOUCHENG_AUTH=writes mode); the last admin
// cannot disable themself.
func TestAdminManagesUsers(t *testing.T) {
	s := newSite(t)
	admin := s.tabAs(t, adminName, adminPassword)
	admin.follow("用户")

	admin.fill("用户名", "zhangmin")
	admin.fill("显示名称", "张敏")
	admin.fill("密码", "short")
	admin.click(button("新建用户"))
	admin.see(`//*[@name="password"]/following::*[contains(@class, "field-error")][1]`)
	if n := admin.count(`//td[normalize-space(.)="zhangmin"]`); n != 0 {
		t.Fatal("a user with a 5-character password was created")
	}
	admin.fill("密码", "a long enough password")
	admin.click(button("新建用户"))
	admin.see(`//td[normalize-space(.)="张敏"]`)
	// The "created" notice is a toast over the corner: it moves no content
	// and lets clicks through to what lies below it.
	admin.see(`//*[@id="toasts"]/*[@role="status" and normalize-space(.)="已创建。"]`)
	if pos := eval[string](admin, `(() => { const s = getComputedStyle(document.getElementById('toasts')); return s.position + ' ' + s.pointerEvents; })()`); pos != "fixed none" {
		t.Errorf("the toast's position and pointer-events are %q, want fixed none", pos)
	}

	person := s.tabAs(t, "zhangmin", "a long enough password")
	person.see(textOn("张敏"))

	row := `//tr[*[normalize-space(.)="zhangmin"]]`
	admin.click(row + `//button[normalize-space(.)="停用"]`)
	admin.see(row + `//*[normalize-space(.)="已停用"]`)

	if st := eval[int](person, `fetch('/api/v1/partners', { method: 'POST', headers: { 'Content-Type': 'application/json' },
	  body: JSON.stringify({ name_en: 'Nowhere', country: 'JP' }) }).then((r) => r.status)`); st != 401 {
		t.Errorf("a disabled user's write answered %d, want 401", st)
	}
	person.open("/partners")
	person.see(heading("登录"))

	// The last admin stays.
	self := `//tr[*[normalize-space(.)="` + adminName + `"]]`
	admin.click(self + `//button[normalize-space(.)="停用"]`)
	admin.see(textOn("与现有数据冲突"))
	admin.see(self + `//*[normalize-space(.)="正常"]`)
}

// TestDashboardListsEventsDatedToTheMonth: an event known only to its month
// (an idea for "2022-02") is listed under next month's events on the
// dashboard, its date shown as a month; a year-only idea is in neither list.
func TestDashboardListsEventsDatedToTheMonth(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	for _, e := range []*model.Event{
		{TitleZH: "二月互访设想", TitleEN: "Visit idea for February", Kind: "official_visit", Status: "idea", Format: "in_person",
			StartDate: pdate.MustParse("2022-02")},
		{TitleZH: "年内交流设想", TitleEN: "Exchange idea for the year", Kind: "official_visit", Status: "idea", Format: "in_person",
			StartDate: pdate.MustParse("2022")},
	} {
		if err := s.store.CreateEvent(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	tb := s.tabAs(t, editorName, editorPassword) // the browser's today is 2022-01-10
	tb.see(linkTo("二月互访设想"))
	row := eval[string](tb, `[...document.querySelectorAll('section')].filter(s => s.querySelector('h2') && s.querySelector('h2').textContent.includes('2022-02'))
	  .map(s => s.textContent).join('|')`)
	if !strings.Contains(row, "二月互访设想") {
		t.Errorf("the February idea is not in the section of 2022-02's events: %q", row)
	}
	if strings.Contains(row, "2022-02-") {
		t.Errorf("the month-dated idea is shown with a day: %q", row)
	}
	if n := tb.count(linkTo("年内交流设想")); n != 0 {
		t.Errorf("a year-only idea is listed in a month on the dashboard")
	}
}

// TestDashboardHolidayWarningsInOneRequest: the dashboard warns of every
// (country, year) of this year and next, of the home country and the
// partners' countries with holiday data, whose holidays are not complete —
// as GET /holidays says one by one — and asks for them in one request.
func TestDashboardHolidayWarningsInOneRequest(t *testing.T) {
	tb := signedIn(t, viewerName, viewerPassword) // the browser's today is 2022-01-10
	tb.see(`//h2[normalize-space(.)="节假日数据提醒"]`)
	requests := eval[[]string](tb, `performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
	  .filter((p) => p.startsWith('/api/v1/holidays') && p !== '/api/v1/holidays/countries')`)
	if len(requests) != 1 || requests[0] != "/api/v1/holidays/status" {
		t.Errorf("the dashboard's holiday requests: %q, want one /api/v1/holidays/status", requests)
	}
	shown := eval[[]string](tb, `[...document.querySelectorAll('ul.warnings a')].map((a) => a.getAttribute('href'))`)
	want := eval[[]string](tb, `(async () => {
	  const get = async (u) => (await fetch(u)).json();
	  const partners = (await get('/api/v1/partners?limit=500')).items;
	  const known = new Set((await get('/api/v1/holidays/countries')).items.map((c) => c.country));
	  const countries = [...new Set(['CN', ...partners.map((p) => p.country).filter(Boolean)])].filter((c) => known.has(c)).sort();
	  const out = [];
	  for (const c of countries) for (const y of [2022, 2023]) {
	    if (!(await get('/api/v1/holidays?country=' + c + '&year=' + y)).complete) out.push('/holidays?country=' + c + '&year=' + y);
	  }
	  return out;
	})()`)
	if len(want) == 0 || strings.Join(shown, " ") != strings.Join(want, " ") {
		t.Errorf("warnings link to %q, want %q", shown, want)
	}
}
