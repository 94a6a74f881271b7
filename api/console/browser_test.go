package console_test

// The console's browser tests: the real server in-process on a seeded
// SQLite database, driven through headless Chromium with chromedp, one
// browser for the whole package and an isolated browser context (cookies,
// storage) per test. Skipped only when no browser is installed and CI is
// unset; in CI a missing browser fails.

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/seed"
)

// The office's clock in the tests: a January morning of 2022, when the
// Ube 30th-anniversary series (May 2022) is being planned.
var testNow = time.Date(2022, 1, 10, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

// Test accounts (created through the model, as `youcheng user create` does).
const (
	adminName, adminPassword   = "wangfang", "admin password 1"
	editorName, editorPassword = "liwei", "editor password 1"
	viewerName, viewerPassword = "zhaolei", "viewer password 1"
)

// ---------------------------------------------------------------- browser

var chrome struct {
	once    sync.Once
	ctx     context.Context // the browser; tabs are made from it
	cancel  func()
	dataDir string
	err     error
	missing bool
}

// chromiumPath finds a Chromium or Chrome binary: $YOUCHENG_CHROMIUM, then
// the usual names on PATH.
func chromiumPath() string {
	if p := os.Getenv("YOUCHENG_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func startBrowser() {
	path := chromiumPath()
	if path == "" {
		chrome.missing = true
		return
	}
	dir, err := os.MkdirTemp("", "youcheng-chromium-")
	if err != nil {
		chrome.err = err
		return
	}
	chrome.dataDir = dir
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("lang", "zh-CN"),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(1366, 768),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	// No timeout on the first call: its context's end would stop the browser.
	if err := chromedp.Do(ctx); err != nil {
		cancelCtx()
		cancelAlloc()
		chrome.err = fmt.Errorf("start %s: %w", path, err)
		return
	}
	chrome.ctx = ctx
	chrome.cancel = func() { cancelCtx(); cancelAlloc() }
}

func TestMain(m *testing.M) {
	code := m.Run()
	if chrome.cancel != nil {
		chrome.cancel()
	}
	if chrome.dataDir != "" {
		os.RemoveAll(chrome.dataDir)
	}
	os.Exit(code)
}

// needBrowser returns the shared browser, skipping the test when none is
// installed outside CI.
func needBrowser(t *testing.T) context.Context {
	t.Helper()
	chrome.once.Do(startBrowser)
	switch {
	case chrome.missing && os.Getenv("CI") == "":
		t.Skip("no Chromium found (install Debian's chromium, or set YOUCHENG_CHROMIUM); CI is unset, so the browser tests are skipped")
	case chrome.missing:
		t.Fatal("CI is set but no Chromium was found: .ci/run installs Debian's chromium")
	case chrome.err != nil:
		t.Fatalf("browser: %v", chrome.err)
	}
	return chrome.ctx
}

// ---------------------------------------------------------------- server

// site is the real server on 127.0.0.1:0 over a seeded database.
type site struct {
	url   string
	store *model.Store
	users map[string]*model.User
}

// newSite starts the server. The browser tests run in parallel, each with
// its own server and database, so newSite marks t parallel: call it once,
// at the start.
func newSite(t *testing.T) *site {
	t.Helper()
	t.Parallel()
	st := modeltest.NewStore(t, modeltest.At(testNow.UTC()))
	ctx := context.Background()
	if _, err := seed.Load(ctx, st); err != nil {
		t.Fatalf("seed: %v", err)
	}
	s := &site{store: st, users: map[string]*model.User{}}
	for _, u := range []struct{ name, display, role, pw string }{
		{adminName, "王芳", model.RoleAdmin, adminPassword},
		{editorName, "李伟", model.RoleEditor, editorPassword},
		{viewerName, "赵磊", model.RoleViewer, viewerPassword},
	} {
		user := &model.User{Name: u.name, DisplayName: u.display, Role: u.role}
		if err := st.CreateUser(ctx, user, u.pw); err != nil {
			t.Fatal(err)
		}
		s.users[u.name] = user
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: api.New(st, api.Config{Auth: "writes"}, slog.New(slog.DiscardHandler)).Handler(),
		ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	s.url = "http://" + ln.Addr().String()
	return s
}

// ---------------------------------------------------------------- tab

// tab is one test's page in its own browser context: its own cookies and
// local storage, the browser's clock set to testNow and its zone to the
// office's.
type tab struct {
	t    *testing.T
	ctx  context.Context
	site *site
	mu   sync.Mutex
	errs []string // uncaught exceptions and console errors
	// allowErrors lists substrings of console errors a test expects (e.g.
	// the 403 of a refused write).
	allowErrors []string
}

const stepTimeout = 30 * time.Second

// clockScript pins the page's Date to testNow (advancing from there), so
// that "today" in the browser is the server's today.
var clockScript = fmt.Sprintf(`(() => {
  const fixed = %d, start = Date.now(), Real = Date;
  class FixedDate extends Real {
    constructor(...a) { if (a.length === 0) super(fixed + (Real.now() - start)); else super(...a); }
    static now() { return fixed + (Real.now() - start); }
  }
  globalThis.Date = FixedDate;
})();`, testNow.UnixMilli())

func newTab(t *testing.T, s *site) *tab {
	t.Helper()
	browser := needBrowser(t)
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	tb := &tab{t: t, ctx: ctx, site: s}
	// The tab lives as long as the context of its first call: no timeout there.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	tb.run(
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if _, err := cdp.Call(ctx, tg, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "Asia/Shanghai"}); err != nil {
				return err
			}
			// The office's computers are set up in Chinese (native date controls follow this).
			if _, err := cdp.Call(ctx, tg, emulation.SetLocaleOverride, emulation.SetLocaleOverrideParams{Locale: "zh-CN"}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: clockScript})
			return err
		}),
		chromedp.EmulateViewport(1366, 768),
	)
	// Console errors and uncaught exceptions fail the test (unless allowed).
	done := make(chan struct{})
	msgs := chromedp.Console(ctx)
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			// A 4xx is the API answering (401 before sign-in, a refused
			// write): the console shows it. A 5xx or a script error is a bug.
			if strings.Contains(m.Text, "Failed to load resource: the server responded with a status of 4") {
				continue
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				tb.addErr(string(m.Type) + ": " + m.Text)
			}
		}
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		tb.mu.Lock()
		defer tb.mu.Unlock()
	next:
		for _, e := range tb.errs {
			for _, a := range tb.allowErrors {
				if strings.Contains(e, a) {
					continue next
				}
			}
			t.Errorf("the page reported an error: %s", e)
		}
	})
	return tb
}

func (tb *tab) addErr(s string) {
	tb.mu.Lock()
	tb.errs = append(tb.errs, s)
	tb.mu.Unlock()
}

// run runs actions with a time limit, failing the test on error.
func (tb *tab) run(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.fail(err)
	}
}

// fail ends the test with the error, where the page is, its text and a
// screenshot of it.
func (tb *tab) fail(err error) {
	tb.t.Helper()
	{
		sctx, scancel := context.WithTimeout(tb.ctx, 5*time.Second)
		shot, _ := chromedp.Run(sctx, chromedp.CaptureScreenshot())
		scancel()
		where := ""
		if len(shot) > 0 {
			f, ferr := os.CreateTemp("", "youcheng-failure-*.png")
			if ferr == nil {
				f.Write(shot)
				f.Close()
				where = " (screenshot: " + f.Name() + ")"
			}
		}
		lctx, lcancel := context.WithTimeout(tb.ctx, 5*time.Second)
		loc, _ := chromedp.Run(lctx, chromedp.Location())
		body, _ := chromedp.Run(lctx, chromedp.Evaluate[string](`document.querySelector('#main')?.innerText.slice(0, 600) || ''`))
		lcancel()
		tb.t.Fatalf("browser: %v at %s%s\npage text: %s", err, loc, where, body)
	}
}

// xq quotes s as an XPath string literal.
func xq(s string) string {
	if !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return `'` + s + `'`
}

// Locators, as a person finds things: by visible text and by label.
func button(text string) string {
	return `//button[normalize-space(.)=` + xq(text) + `]`
}
func linkTo(text string) string { return `//a[normalize-space(.)=` + xq(text) + `]` }
func heading(text string) string {
	return `//h1[normalize-space(.)=` + xq(text) + `]`
}
func textOn(text string) string {
	return `//*[not(self::script)][contains(normalize-space(.), ` + xq(text) + `)][not(*[contains(normalize-space(.), ` + xq(text) + `)])]`
}

// control is the form control whose label reads text (a required field's
// label ends in " *", which a person reads past).
func control(text string) string {
	return `//*[@id=string(//label[normalize-space(text()[1])=` + xq(text) + `]/@for)]`
}

func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.run(chromedp.Navigate(tb.site.url + path))
	tb.waitReady()
}

// waitReady waits until the console has drawn a page: its content is in
// place and nothing is loading.
func (tb *tab) waitReady() {
	tb.t.Helper()
	value(tb, chromedp.Poll[bool](`(() => { const m = document.querySelector('#main');
	  return !!m && !!m.querySelector('h1') && !m.querySelector('.loading') && !document.getElementById('boot-message'); })()`,
		chromedp.WithPollingInterval(25*time.Millisecond)))
}

func (tb *tab) click(sel string) {
	tb.t.Helper()
	tb.run(chromedp.Click(sel, chromedp.NodeVisible))
}

// fill types value into the control labelled label (replacing its text).
func (tb *tab) fill(label, value string) {
	tb.t.Helper()
	sel := control(label)
	tb.run(chromedp.WaitVisible(sel))
	// As a person does: select what is there, then type over it.
	eval[bool](tb, `(() => { const el = document.evaluate(`+jsString(sel)+`, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
	  el.focus(); if (el.select) el.select(); return true; })()`)
	if value == "" {
		tb.run(chromedp.KeyEvent(kb.Delete))
		return
	}
	tb.run(chromedp.SendKeys(sel, value))
}

func (tb *tab) see(sel string) {
	tb.t.Helper()
	tb.run(chromedp.WaitVisible(sel))
}

// count returns how many elements an XPath matches now.
func (tb *tab) count(xpath string) int {
	tb.t.Helper()
	return value(tb, chromedp.Evaluate[int](`document.evaluate(`+jsString(xpath)+`, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null).snapshotLength`))
}

// value runs one action with a time limit and returns its value.
func value[T any](tb *tab, a chromedp.Action[T]) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		tb.fail(err)
	}
	return v
}

// eval evaluates a JavaScript expression, awaiting a promise.
func eval[T any](tb *tab, js string) T {
	tb.t.Helper()
	return value(tb, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// signIn signs in through the sign-in page as a person does, and waits
// for the dashboard.
func (tb *tab) signIn(name, password string) {
	tb.t.Helper()
	tb.open("/signin")
	words := map[string]string{"name": "用户名", "password": "密码", "submit": "登录", "home": "工作台"}
	if eval[string](tb, `document.documentElement.lang`) == "en" {
		words = map[string]string{"name": "User name", "password": "Password", "submit": "Sign in", "home": "Dashboard"}
	}
	tb.fill(words["name"], name)
	tb.fill(words["password"], password)
	tb.click(button(words["submit"]))
	tb.see(heading(words["home"]))
	tb.waitReady()
}

// tabAs is a new tab on s, signed in through the sign-in page.
func (s *site) tabAs(t *testing.T, name, password string) *tab {
	t.Helper()
	tb := newTab(t, s)
	tb.signIn(name, password)
	return tb
}

// signedIn is a tab on a new site, signed in through the sign-in page.
func signedIn(t *testing.T, name, password string) *tab {
	t.Helper()
	return newSite(t).tabAs(t, name, password)
}

// follow clicks the link named text and waits for the page of that
// heading (a menu entry, a partner in a list).
func (tb *tab) follow(text string) {
	tb.t.Helper()
	tb.click(linkTo(text))
	tb.see(heading(text))
	tb.waitReady()
}

// ---------------------------------------------------------------- axe

//go:embed testdata/axe-core/axe.min.js
var axeSource string

const axeVersion = "4.14.1"

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// axe runs axe-core on the current page and returns its serious and
// critical violations.
func (tb *tab) axe() []axeViolation {
	tb.t.Helper()
	loaded := eval[string](tb, `(() => { if (!window.axe) { `+axeSource+` ; } return window.axe.version; })()`)
	if loaded != axeVersion {
		tb.t.Fatalf("axe-core reports version %q, the vendored file is %s", loaded, axeVersion)
	}
	vs := eval[[]axeViolation](tb, `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)
	var bad []axeViolation
	for _, v := range vs {
		if v.Impact == "serious" || v.Impact == "critical" {
			bad = append(bad, v)
		}
	}
	return bad
}

func describeViolations(vs []axeViolation) string {
	var b bytes.Buffer
	for _, v := range vs {
		fmt.Fprintf(&b, "\n  %s (%s): %s", v.ID, v.Impact, v.Help)
		for i, n := range v.Nodes {
			if i == 3 {
				fmt.Fprintf(&b, "\n    … %d more", len(v.Nodes)-3)
				break
			}
			fmt.Fprintf(&b, "\n    %v %.120s", n.Target, n.HTML)
		}
	}
	return b.String()
}

// overflowX reports how many CSS pixels the page is wider than the
// viewport (0: no horizontal scrolling).
func (tb *tab) overflowX() int {
	tb.t.Helper()
	return eval[int](tb, `Math.max(0, Math.ceil(document.documentElement.scrollWidth - document.documentElement.clientWidth))`)
}
