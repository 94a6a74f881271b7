package api_test

import (
	"strings"
	"testing"
)

// TestReportOfSeed: the 2022 report in each format holds the sections in
// both languages, the plan's targets with the TV programme's five episodes,
// the Ube 30th anniversary marked as a milestone, and prints on A4 with a
// page per section.
func TestReportOfSeed(t *testing.T) {
	e := newSeededEnv(t)
	// One of the six episodes done: progress shows in every format.
	list := get[page[named]](e, "/api/v1/events?tag="+urlq("海这边 海那边"))
	wantStatus(t, e.do("PATCH", "/api/v1/events/"+itoa(list.Items[0].ID), map[string]any{"status": "done", "start_date": "2022-09-20"}), 200)

	r := e.do("GET", "/api/v1/reports/2022", nil)
	wantStatus(t, r, 200)
	html := string(r.Body)
	if ct := r.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	for _, want := range []string{`<html lang="zh-CN">`, "@page { size: A4", "break-before: page", "display: table-header-group",
		"一、目标任务完成情况", "Work-plan targets against progress", "《海这边 海那边》电视专题节目5期以上", "5 期以上",
		"威海—宇部结好30周年", "★", "五、友好关系缔结与变化", "Partnerships signed or changed", "9月 Sep"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML report lacks %q", want)
		}
	}
	if n := strings.Count(html, "<section>"); n != 6 {
		t.Errorf("%d sections, want summary and five parts", n)
	}

	r = e.do("GET", "/api/v1/reports/2022?format=md", nil)
	wantStatus(t, r, 200)
	md := string(r.Body)
	for _, want := range []string{"# 威海市外事办公室2022年度友城交流工作报告", "## 一、目标任务完成情况 / 1. Work-plan targets against progress",
		"| **《海这边 海那边》电视专题节目5期以上", "| **5** | **1** | **0** | **20%** |", "★ 逢十 major"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown report lacks %q", want)
		}
	}
	if !strings.HasPrefix(r.Header.Get("Content-Disposition"), `attachment; filename="youcheng-report-2022.md"`) {
		t.Errorf("Content-Disposition %q", r.Header.Get("Content-Disposition"))
	}

	f := e.xlsx("/api/v1/reports/2022?format=xlsx")
	sheets := f.GetSheetList()
	if len(sheets) != 6 || sheets[1] != "目标 Targets" {
		t.Fatalf("sheets %q", sheets)
	}
	rows, _ := f.GetRows("目标 Targets")
	found := false
	for _, row := range rows {
		if len(row) > 3 && strings.HasPrefix(row[0], "《海这边 海那边》") && row[1] == "5" && row[2] == "1" {
			found = true
		}
	}
	if !found {
		t.Errorf("the TV target with 5 promised and 1 done is not in the Targets sheet: %q", rows)
	}
	for _, sh := range sheets {
		layout, err := f.GetPageLayout(sh)
		if err != nil || layout.Size == nil || *layout.Size != 9 || layout.FitToWidth == nil || *layout.FitToWidth != 1 {
			t.Errorf("sheet %s does not print on A4 one page wide: %+v %v", sh, layout, err)
		}
	}

	for _, bad := range []string{"/api/v1/reports/22", "/api/v1/reports/abc", "/api/v1/reports/2022?format=pdf"} {
		field := "year"
		if strings.Contains(bad, "pdf") {
			field = "format"
		}
		wantStatus(t, e.do("GET", bad, nil), 400, field)
	}
}

// TestReportOfEmptyYear: a year with nothing recorded still gives a report
// that says so in both languages.
func TestReportOfEmptyYear(t *testing.T) {
	e := newEnv(t)
	r := e.do("GET", "/api/v1/reports/1999?format=md", nil)
	wantStatus(t, r, 200)
	for _, want := range []string{"No targets are recorded for 1999", "本年度没有登记交流活动", "No anniversaries fall in the year"} {
		if !strings.Contains(string(r.Body), want) {
			t.Errorf("empty report lacks %q", want)
		}
	}
}
