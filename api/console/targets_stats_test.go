package console_test

import (
	"testing"
)

// TestTargetsPage: the 2022 work plan's targets with their progress bars;
// an editor adds a target, sees the field error first, then the new
// target; a viewer is offered no editing.
func TestTargetsPage(t *testing.T) {
	s := newSite(t)
	tb := s.tabAs(t, editorName, editorPassword)
	tb.follow("目标任务")
	tb.open("/targets?year=2022")
	tb.see(textOn("《海这边 海那边》电视专题节目5期以上"))
	if n := eval[int](tb, `document.querySelectorAll('progress[max="5"]').length`); n != 1 {
		t.Errorf("%d progress bars of five episodes, want 1", n)
	}
	tb.see(textOn("完成 0 / 5，已安排 0"))

	tb.click(button("新建目标任务"))
	tb.fill("中文名称", "青少年交流2场")
	tb.fill("目标数量", "0")
	tb.click(`//label[normalize-space(.)="青少年"]`)
	tb.click(button("创建目标任务"))
	tb.see(textOn("须为 1 或更大")) // beside 目标数量, in Chinese
	tb.fill("目标数量", "2")
	tb.click(button("创建目标任务"))
	tb.waitReady()
	tb.see(textOn("青少年交流2场"))
	tb.see(textOn("活动类别: 青少年"))
	if n := eval[int](tb, `document.querySelectorAll('progress[max="2"]').length`); n != 1 {
		t.Errorf("the new target of two has %d progress bars", n)
	}

	viewer := s.tabAs(t, viewerName, viewerPassword)
	viewer.open("/targets?year=2022")
	viewer.see(textOn("青少年交流2场"))
	if n := viewer.count(button("新建目标任务")) + viewer.count(button("编辑")); n != 0 {
		t.Errorf("a viewer is offered %d editing buttons on the targets page", n)
	}
}

// TestStatsPage: the 2022 figures as four charts drawn by the vendored
// Chart.js, each readable as a table, and the report to download.
func TestStatsPage(t *testing.T) {
	tb := signedIn(t, viewerName, viewerPassword)
	tb.follow("统计与报告")
	tb.open("/stats?year=2022")
	tb.see(textOn("2022年交流活动"))
	// Every chart is drawn (Chart.js keeps an instance per canvas) …
	drawn := eval[int](tb, `new Promise((resolve) => { let n = 0; const tick = () => {
	  const c = [...document.querySelectorAll('figure.chart canvas')];
	  if (window.Chart && c.length === 4 && c.every((x) => window.Chart.getChart(x))) return resolve(c.length);
	  if (++n > 200) return resolve(-c.length); setTimeout(tick, 25); }; tick(); })`)
	if drawn != 4 {
		t.Errorf("charts drawn: %d, want 4 (events by month, by partner; partnerships by country, by decade)", drawn)
	}
	// … and each is a table too, for a screen reader or a copy into a report.
	for _, title := range []string{"按月份的活动数", "按友城的活动数", "按国家的友好关系数", "按缔结年代的友好关系数"} {
		tb.click(`//summary[normalize-space(.)=` + xq("以表格查看："+title) + `]`)
		if n := tb.count(`//table[caption[normalize-space(.)=` + xq(title) + `]]//tbody/tr`); n == 0 {
			t.Errorf("the table of %s has no rows", title)
		}
	}
	tb.see(`//table[caption[normalize-space(.)="按月份的活动数"]]//tr[th[normalize-space(.)="6月"]]/td[normalize-space(.)="1"]`)
	href := eval[string](tb, `document.evaluate('//a[normalize-space(.)="下载 Excel 表格"]', document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue.href`)
	status := eval[int](tb, `fetch(`+jsString(href)+`).then((r) => r.status)`)
	if status != 200 {
		t.Errorf("the Excel report link %s answers %d", href, status)
	}
	tb.see(linkTo("打印版（HTML）"))
}
