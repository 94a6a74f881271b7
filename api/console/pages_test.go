package console_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/api/console"
	"github.com/youcheng/youcheng/model"
)

// viewport is a screen the office uses.
type viewport struct {
	name          string
	width, height int64
	mobile        bool
}

var (
	laptop = viewport{"laptop", 1366, 768, false}
	phone  = viewport{"phone", 390, 844, true}
)

func (tb *tab) use(v viewport, scale float64) {
	tb.t.Helper()
	opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(scale)}
	if v.mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulatePortrait)
	}
	tb.run(chromedp.EmulateViewport(v.width, v.height, opts...))
}

// pagePaths are the console's pages (the routes console.Register adds) with real ids of the
// seeded database: Ube, its partnership, the Ube 30th series event and a
// draft plan for it.
func pagePaths(t *testing.T, s *site) []string {
	t.Helper()
	ctx := context.Background()
	var ube, ship, event int64
	if ps, _, err := s.store.ListPartners(ctx, model.PartnerFilter{Q: "Ube", Page: model.Page{Limit: 10}}); err == nil {
		for _, p := range ps {
			if p.NameEN == "Ube" {
				ube = p.ID
			}
		}
	}
	if ss, _, err := s.store.ListPartnerships(ctx, model.PartnershipFilter{PartnerID: ube, Page: model.Page{Limit: 1}}); err == nil && len(ss) > 0 {
		ship = ss[0].ID
	}
	if es, _, err := s.store.ListEvents(ctx, model.EventFilter{Q: "Weihai–Ube 30th anniversary series", Page: model.Page{Limit: 10}}); err == nil {
		for _, e := range es {
			if e.TitleEN == "Weihai–Ube 30th anniversary series" {
				event = e.ID
			}
		}
	}
	if ube == 0 || ship == 0 || event == 0 {
		t.Fatalf("seed: Ube %d, its partnership %d, its series event %d", ube, ship, event)
	}
	plan, err := s.store.GeneratePlan(ctx, model.PlanRequest{Template: "anniversary_series", PartnershipID: &ship, Year: 2022})
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	ids := map[string]string{
		"/partners/:id": fmt.Sprint(ube), "/partnerships/:id": fmt.Sprint(ship),
		"/events/:id": fmt.Sprint(event), "/plans/:id": fmt.Sprint(plan.ID),
	}
	// The console's pages are the routes its Register adds, less the assets.
	e := gin.New()
	console.New(console.Options{}).Register(e)
	var out []string
	for _, r := range e.Routes() {
		p := r.Path
		if strings.HasPrefix(p, "/assets/") {
			continue
		}
		if strings.Contains(p, ":") {
			id, ok := ids[p]
			if !ok {
				t.Fatalf("no id for the console page %s: add one to pagePaths", p)
			}
			p = strings.Replace(p, ":id", id, 1)
		}
		out = append(out, p)
	}
	return out
}

// TestEveryPageIsAccessibleAndFits opens every console page as an admin
// (who sees every control) on a laptop and on a phone: no horizontal
// scrolling on either, and axe-core finds no serious or critical violation
// (run on the laptop: the phone differs only in CSS). It logs
// how long each page takes to be drawn on the seeded database (a
// measurement, not an assertion: the machine running the tests varies).
func TestEveryPageIsAccessibleAndFits(t *testing.T) {
	s := newSite(t)
	paths := pagePaths(t, s)
	for _, v := range []viewport{laptop, phone} {
		t.Run(v.name, func(t *testing.T) {
			t.Parallel()
			tb := newTab(t, s)
			tb.use(v, 1)
			check := func(path string) {
				t.Helper()
				if px := tb.overflowX(); px > 0 {
					t.Errorf("%s on a %s (%dx%d) scrolls sideways by %d px", path, v.name, v.width, v.height, px)
				}
				// axe once per page (on the laptop); the phone's DOM is the same.
				if v.mobile {
					return
				}
				if vs := tb.axe(); len(vs) > 0 {
					t.Errorf("%s on a %s: axe-core %s finds serious or critical violations:%s", path, v.name, axeVersion, describeViolations(vs))
				}
			}
			tb.open("/signin") // signed out
			check("/signin")
			tb.signIn(adminName, adminPassword)
			var lines []string
			for _, p := range paths {
				if p == "/signin" {
					continue
				}
				start := time.Now()
				tb.open(p)
				took := time.Since(start)
				api := eval[struct {
					N       int     `json:"n"`
					Slowest float64 `json:"slowest"`
				}](tb, `(() => { const rs = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith('/api/'));
				  return { n: rs.length, slowest: Math.max(0, ...rs.map((e) => e.responseEnd - e.requestStart)) }; })()`)
				lines = append(lines, fmt.Sprintf("  %-22s %5d ms   %2d API calls, slowest answered in %4.0f ms", p, took.Milliseconds(), api.N, api.Slowest))
				check(p)
			}
			sort.Strings(lines)
			t.Logf("on a %s, time to a drawn page (navigation, API calls, rendering; seeded database, headless Chromium, tests running in parallel):\n%s",
				v.name, strings.Join(lines, "\n"))
		})
	}
}

// shot is one screenshot of the README's gallery.
type shot struct {
	name string // file name stem
	path string
}

// TestScreenshots saves the main pages as PNG files under docs/screenshots
// (laptop and phone, Chinese and English) when YOUCHENG_SCREENSHOTS=1.
func TestScreenshots(t *testing.T) {
	if os.Getenv("YOUCHENG_SCREENSHOTS") != "1" {
		t.Skip("set YOUCHENG_SCREENSHOTS=1 to write docs/screenshots/*.png")
	}
	s := newSite(t)
	paths := pagePaths(t, s)
	// A second Ube series, adopted, so that the month view has events (the
	// first stays a draft for the plan's picture).
	_, ship := s.ube(t)
	plan, err := s.store.GeneratePlan(context.Background(), model.PlanRequest{Template: "anniversary_series", PartnershipID: &ship, Year: 2022})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.store.AdoptPlan(context.Background(), plan.ID); err != nil {
		t.Fatal(err)
	}
	byPrefix := func(prefix string) string {
		for _, p := range paths {
			if strings.HasPrefix(p, prefix) && p != prefix {
				return p
			}
		}
		return prefix
	}
	shots := []shot{
		{"signin", "/signin"},
		{"dashboard", "/"},
		{"partners", "/partners"},
		{"partner-ube", byPrefix("/partners/")},
		{"plan", byPrefix("/plans/")},
		{"events-month", "/events?view=month&month=2022-05"},
		{"calendar", "/calendar"},
	}
	dir := filepath.Join("..", "..", "docs", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		tb := newTab(t, s)
		tb.use(laptop, 1)
		if lang == "en" {
			tb.open("/signin")
			eval[bool](tb, `(localStorage.setItem('youcheng.lang', 'en'), true)`)
		}
		for _, v := range []viewport{laptop, phone} {
			scale := 1.0
			if v.mobile {
				scale = 2
			}
			tb.use(v, scale)
			for _, sh := range shots {
				if sh.name == "signin" {
					tb.open("/signin")
				} else {
					if eval[bool](tb, `fetch('/api/v1/session').then((r) => r.status !== 200)`) {
						tb.signIn(editorName, editorPassword)
					}
					tb.open(sh.path)
				}
				png := value(tb, chromedp.CaptureScreenshot())
				name := fmt.Sprintf("%s-%s-%s.png", sh.name, v.name, lang)
				if len(png) > 250<<10 {
					t.Errorf("%s is %d KB, over 250 KB", name, len(png)>>10)
				}
				if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// ube returns the ids of Ube and of its partnership with Weihai.
func (s *site) ube(t *testing.T) (partner, partnership int64) {
	t.Helper()
	ctx := context.Background()
	ps, _, err := s.store.ListPartners(ctx, model.PartnerFilter{Q: "Ube", Page: model.Page{Limit: 10}})
	if err != nil || len(ps) != 1 {
		t.Fatalf("seed: Ube: %v %d", err, len(ps))
	}
	ships, _, err := s.store.ListPartnerships(ctx, model.PartnershipFilter{PartnerID: ps[0].ID, Page: model.Page{Limit: 10}})
	if err != nil || len(ships) != 1 {
		t.Fatalf("seed: Ube's partnership: %v %d", err, len(ships))
	}
	return ps[0].ID, ships[0].ID
}
