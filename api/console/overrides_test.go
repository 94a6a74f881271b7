package console_test

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAdminLoadsHolidayOverrides: an admin loads the office's own 2026
// schedule for China from the file `youcheng holidays import` takes; it is
// listed, the holidays page and API use it at once; a file with a date
// outside its year is refused with the field named and loads nothing; the
// export is the same file; delete (asked first) returns to the built-in
// days. An editor and a viewer have no menu entry.
func TestAdminLoadsHolidayOverrides(t *testing.T) {
	s := newSite(t)
	example, err := filepath.Abs("../../docs/examples/holidays-cn-2026.json")
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "holidays-cn-2026-bad.json")
	if err := os.WriteFile(bad, []byte(`{"country": "CN", "year": 2026, "mode": "replace", "source": "typo", "items": [
	  {"date": "2026-10-01", "name_en": "National Day", "name_local": "国庆节", "name_zh": "国庆节", "kind": "holiday"},
	  {"date": "2025-10-02", "name_en": "National Day", "name_local": "国庆节", "name_zh": "国庆节", "kind": "holiday"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	type year struct {
		Overridden bool   `json:"overridden"`
		Source     string `json:"source"`
		Items      []any  `json:"items"`
	}
	apiYear := func(tb *tab) year {
		return eval[year](tb, `fetch('/api/v1/holidays?country=CN&year=2026').then((r) => r.json())`)
	}

	admin := s.tabAs(t, adminName, adminPassword)
	builtIn := apiYear(admin)
	admin.follow("节假日修订")
	admin.see(textOn("尚未载入任何节假日修订"))

	upload := func(file string) {
		t.Helper()
		admin.run(chromedp.SetUploadFiles(control("节假日文件"), []string{file}))
		admin.click(button("载入节假日文件"))
	}
	upload(example)
	row := `//tr[*[normalize-space(.)="中国 (CN)"]]`
	admin.see(row + `/*[normalize-space(.)="2026"]`)
	admin.see(row + `/*[normalize-space(.)="整年替换"]`)
	admin.see(row + `/*[normalize-space(.)="全国"]`)
	loaded := apiYear(admin)
	if !loaded.Overridden || loaded.Source == builtIn.Source || len(loaded.Items) == 0 {
		t.Fatalf("after the upload the API answers overridden=%v source=%q with %d days (built in: %q)",
			loaded.Overridden, loaded.Source, len(loaded.Items), builtIn.Source)
	}
	days := value(admin, chromedp.Text(row+`/td[@data-label="天数"]`))
	if want := len(loaded.Items); days != strconv.Itoa(want) {
		t.Errorf("the list shows %s days, the file has %d", days, want)
	}

	// The export (a download of a data: URL) is the file that was loaded.
	same := eval[bool](admin, `(async () => {
	  const a = document.evaluate(`+jsString(row+`//a[normalize-space(.)="导出 JSON"]`)+`, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
	  const got = JSON.parse(decodeURIComponent(a.href.slice(a.href.indexOf(',') + 1)));
	  const want = await (await fetch('/api/v1/holidays/overrides')).json();
	  const o = want.items[0];
	  return a.download === 'holidays-cn-2026.json' && got.country === 'CN' && got.year === 2026 && got.mode === o.mode &&
	    got.source === o.source && JSON.stringify(got.items) === JSON.stringify(o.items); })()`)
	if !same {
		t.Error("the exported file is not the override as loaded")
	}

	// The holidays page shows the office's schedule.
	admin.click(linkTo("查看中国 (CN) 2026 年节假日"))
	admin.waitReady()
	admin.see(textOn(loaded.Source))
	admin.see(`//dt[normalize-space(.)="已由本办修订"]/following-sibling::dd[1][normalize-space(.)="是"]`)

	admin.follow("节假日修订")

	// A bad file: the field is named with its Chinese message; nothing changes.
	upload(bad)
	admin.see(textOn("items[1].date: 2025-10-02 不在 2026 年内"))
	if after := apiYear(admin); after.Source != loaded.Source || len(after.Items) != len(loaded.Items) {
		t.Errorf("a refused file changed the year: source %q, %d days", after.Source, len(after.Items))
	}

	// Delete, asked first.
	admin.click(row + `//button[normalize-space(.)="删除"]`)
	admin.see(textOn("删除中国 (CN) 2026 年的节假日修订？"))
	admin.click(row + `//button[normalize-space(.)="确认删除"]`)
	admin.see(textOn("尚未载入任何节假日修订"))
	if after := apiYear(admin); after.Overridden || after.Source != builtIn.Source {
		t.Errorf("after the delete the API answers overridden=%v source=%q", after.Overridden, after.Source)
	}

	for _, who := range [][2]string{{editorName, editorPassword}, {viewerName, viewerPassword}} {
		tb := s.tabAs(t, who[0], who[1])
		tb.see(linkTo("节假日"))
		if tb.count(linkTo("节假日修订")) != 0 {
			t.Errorf("%s (not an admin) sees 节假日修订 in the menu", who[0])
		}
	}
}
