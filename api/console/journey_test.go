package console_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestEditorPlansTheUbeSeries is the office's day, clicked as a person
// clicks it: sign in, find Ube, open its 30th anniversary, generate the
// 2022 series and adopt it, see the events in the month view, download the
// year's ICS file, sign out.
func TestEditorPlansTheUbeSeries(t *testing.T) {
	tb := signedIn(t, editorName, editorPassword)
	tb.see(textOn("李伟"))

	// Find Ube.
	tb.follow("友城 / 合作伙伴")
	tb.fill("搜索", "宇部")
	tb.run(chromedp.KeyEvent(kbEnter))
	tb.see(`//a[normalize-space(.)="宇部市"][ancestor::table]`)
	tb.waitReady()
	if n := tb.count(`//table//tbody/tr`); n != 1 {
		t.Errorf("searching 宇部 lists %d partners, want 1", n)
	}
	tb.click(`//a[normalize-space(.)="宇部市"][ancestor::table]`)
	tb.see(heading("宇部市"))
	tb.waitReady()

	// Its 30th anniversary (2022-05-18), and the series of events for it.
	row := `//tr[td[normalize-space(.)="30 周年"]]`
	tb.see(row)
	if got := value(tb, chromedp.Text(row+`/td[1]`)); strings.TrimSpace(got) != "2022-05-18" {
		t.Errorf("the 30th anniversary is dated %q, want 2022-05-18", got)
	}
	tb.click(row + `//a[normalize-space(.)="制定系列活动计划"]`)
	tb.see(heading("活动计划"))
	tb.waitReady()
	if y := value(tb, chromedp.Value(control("年份"))); y != "2022" {
		t.Errorf("the plan form's year is %q, want 2022", y)
	}
	tb.click(button("生成草案"))
	tb.see(textOn("计划项目"))
	tb.waitReady()
	tb.see(button("采纳计划"))
	items := tb.count(`//section[.//h2[normalize-space(.)="计划项目"]]//tbody/tr`)
	if items < 2 {
		t.Fatalf("the draft has %d items, want a series", items)
	}
	tb.click(button("采纳计划"))
	tb.see(textOn("计划已采纳"))
	tb.see(linkTo("在月历中查看"))
	if n := tb.count(`//*[@role="status"]//a[starts-with(normalize-space(.), "#")]`); n != items {
		t.Errorf("adoption links %d events, want %d", n, items)
	}

	// The adopted events, as the API has them.
	type event struct {
		Title string `json:"title_zh"`
		Start string `json:"start_date"`
	}
	adopted := eval[[]event](tb, `Promise.all([...document.querySelectorAll('[role=status] a')].filter((a) => a.textContent.startsWith('#'))
	  .map((a) => fetch('/api/v1/events/' + a.textContent.slice(1)).then((r) => r.json())))`)
	var titles []string
	for _, e := range adopted {
		titles = append(titles, e.Title)
	}

	// The events in the month view: every adopted event of that month is shown.
	tb.click(linkTo("在月历中查看"))
	tb.see(heading("交流活动"))
	tb.waitReady()
	month := eval[string](tb, `new URLSearchParams(location.search).get('month')`)
	body := value(tb, chromedp.Text(chromedp.CSS("#main")))
	seen := 0
	for _, e := range adopted {
		if !strings.HasPrefix(e.Start, month) {
			continue
		}
		seen++
		if !strings.Contains(body, e.Title) {
			t.Errorf("the month view of %s does not show %q (%s)", month, e.Title, e.Start)
		}
	}
	if seen == 0 {
		t.Errorf("the month view opened from the plan (%s) holds none of the adopted events %+v", month, adopted)
	}

	// Download the year's ICS file.
	dir := t.TempDir()
	tb.run(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
			BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
		})
		return err
	}))
	tb.follow("交流日历")
	tb.click(linkTo("日历文件（ICS）"))
	file := filepath.Join(dir, "youcheng-2022.ics")
	ics := waitForFile(t, file)
	text := string(ics)
	if !strings.HasPrefix(text, "BEGIN:VCALENDAR") || !strings.Contains(text, "END:VCALENDAR") {
		t.Fatalf("%s is not an iCalendar file: %.200s", file, text)
	}
	if n := strings.Count(text, "BEGIN:VEVENT"); n < items {
		t.Errorf("the ICS file has %d events, want at least the %d adopted", n, items)
	}
	unfolded := strings.ReplaceAll(strings.ReplaceAll(text, "\r\n ", ""), "\r\n\t", "")
	for _, title := range titles {
		if !strings.Contains(unfolded, title) && !strings.Contains(unfolded, strings.ReplaceAll(title, ",", `\,`)) {
			t.Errorf("the ICS file lacks the adopted event %q", title)
		}
	}

	// Sign out: the session ends on the server too.
	tb.click(button("退出登录"))
	tb.see(heading("登录"))
	if st := eval[int](tb, `fetch('/api/v1/session').then((r) => r.status)`); st != 401 {
		t.Errorf("after signing out GET /api/v1/session answers %d, want 401", st)
	}
	tb.open("/partners")
	tb.see(heading("登录"))
}

const kbEnter = "\r"

// waitForFile waits (up to 20 s) for a finished download.
func waitForFile(t *testing.T, path string) []byte {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			if _, err := os.Stat(path + ".crdownload"); os.IsNotExist(err) {
				return b
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	t.Fatalf("no download %s after 20 s (the folder holds %v)", filepath.Base(path), names)
	return nil
}
