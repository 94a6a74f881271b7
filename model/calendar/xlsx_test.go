package calendar

import (
	"bytes"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/youcheng/youcheng/model/pdate"
)

func openXLSX(t *testing.T, c *Calendar) *excelize.File {
	t.Helper()
	var b bytes.Buffer
	if err := WriteXLSX(&b, c); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatalf("excelize cannot open the workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// findRow returns the 1-based row of sheet whose column col (1-based) is v.
func findRow(t *testing.T, f *excelize.File, sheet string, col int, v string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) >= col && r[col-1] == v {
			return i + 1
		}
	}
	t.Fatalf("%s: no row with %q in column %d", sheet, v, col)
	return 0
}

func cellStyle(t *testing.T, f *excelize.File, sheet, cell string) *excelize.Style {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestWriteXLSXSheets(t *testing.T) {
	t.Parallel()
	f := openXLSX(t, fixture())
	want := []string{OverviewSheet}
	for m := 1; m <= 12; m++ {
		want = append(want, MonthSheet(m))
	}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	if want[1] != "1月 January" || want[12] != "12月 December" || MonthSheet(0) != "" || MonthSheet(13) != "" {
		t.Errorf("month sheet names %q", want)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet %d, want the overview", f.GetActiveSheetIndex())
	}
	for m := 1; m <= 12; m++ {
		sheet := MonthSheet(m)
		p, err := f.GetPanes(sheet)
		if err != nil || !p.Freeze || p.YSplit != 1 || p.XSplit != 0 || p.TopLeftCell != "A2" {
			t.Errorf("%s panes %+v (%v), want the header row frozen", sheet, p, err)
		}
		header, _ := f.GetRows(sheet)
		if !slices.Equal(header[0], monthHeaders) {
			t.Errorf("%s header %q", sheet, header[0])
		}
	}
	if rows, _ := f.GetRows(MonthSheet(1)); len(rows) != 2 || rows[1][0] != "（本月无条目 No entries this month）" {
		t.Errorf("empty month: %q", rows)
	}
}

func TestWriteXLSXDateCells(t *testing.T) {
	t.Parallel()
	f := openXLSX(t, fixture())
	tests := []struct {
		name, sheet, cell string
		serial            int    // Excel serial of the first day covered
		numFmt, shown     string // number format and the value Excel shows
	}{
		{"day", "9月 September", "A2", 44819, "yyyy-mm-dd", "2022-09-15"},
		{"end date", "9月 September", "B2", 44822, "yyyy-mm-dd", "2022-09-18"},
		{"month precision", "7月 July", "A2", 44743, "yyyy-mm", "2022-07"},
		{"year precision on the overview", OverviewSheet, "", 44562, "yyyy", "2022"}, // cell found below
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cell := tt.cell
			if tt.sheet == OverviewSheet {
				cell = "A" + strconv.Itoa(findRow(t, f, OverviewSheet, 3, "中日邦交正常化50周年"))
			}
			typ, err := f.GetCellType(tt.sheet, cell)
			if err != nil || typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
				t.Errorf("%s type %v (%v), want a number", cell, typ, err)
			}
			raw, _ := f.GetCellValue(tt.sheet, cell, excelize.Options{RawCellValue: true})
			if raw != strconv.Itoa(tt.serial) {
				t.Errorf("%s raw value %q, want serial %d", cell, raw, tt.serial)
			}
			if s := cellStyle(t, f, tt.sheet, cell); s.CustomNumFmt == nil || *s.CustomNumFmt != tt.numFmt {
				t.Errorf("%s number format %v, want %q", cell, s.CustomNumFmt, tt.numFmt)
			}
			if shown, _ := f.GetCellValue(tt.sheet, cell); shown != tt.shown {
				t.Errorf("%s shows %q, want %q", cell, shown, tt.shown)
			}
		})
	}
	// The serials are Excel's (1900 date system) for those days.
	if got, _ := excelize.ExcelDateToTime(44819, false); !got.Equal(time.Date(2022, 9, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("serial 44819 is %v", got)
	}
}

func TestWriteXLSXHighlight(t *testing.T) {
	t.Parallel()
	f := openXLSX(t, fixture())
	sheet := "9月 September"
	fill := func(cell string) string {
		s := cellStyle(t, f, sheet, cell)
		if s.Fill.Pattern != 1 || len(s.Fill.Color) == 0 {
			return ""
		}
		return s.Fill.Color[0]
	}
	milestone := strconv.Itoa(findRow(t, f, sheet, 5, "威海—宇部结好30周年"))
	event := strconv.Itoa(findRow(t, f, sheet, 5, "宇部市友好代表团访问威海，第一站"))
	holiday := strconv.Itoa(findRow(t, f, sheet, 5, "敬老日"))
	for _, col := range []string{"A", "C", "E", "F", "I", "M"} {
		if got := fill(col + milestone); got != XLSXMilestoneFill {
			t.Errorf("milestone %s%s fill %q, want %q", col, milestone, got, XLSXMilestoneFill)
		}
		if got := fill(col + event); got != "" {
			t.Errorf("event %s%s fill %q, want none", col, event, got)
		}
		if got := fill(col + holiday); got != XLSXHolidayFill {
			t.Errorf("holiday %s%s fill %q, want %q", col, holiday, got, XLSXHolidayFill)
		}
	}
	if v, _ := f.GetCellValue(sheet, "I"+milestone); v != "★ 是 Yes" {
		t.Errorf("milestone flag %q", v)
	}
	// The milestone list on the overview is highlighted too.
	row := strconv.Itoa(findRow(t, f, OverviewSheet, 3, "威海—宇部结好30周年"))
	if s := cellStyle(t, f, OverviewSheet, "C"+row); len(s.Fill.Color) == 0 || s.Fill.Color[0] != XLSXMilestoneFill {
		t.Errorf("overview milestone fill %+v", s.Fill)
	}
	if h := cellStyle(t, f, sheet, "A1"); h.Font == nil || !h.Font.Bold {
		t.Errorf("header is not bold")
	}
}

func TestWriteXLSXColumnWidths(t *testing.T) {
	t.Parallel()
	long := "威海市与宇部市缔结友好城市关系三十周年纪念大会"
	c := &Calendar{Year: 2022, Generated: fixtureGenerated, Entries: []Entry{
		{Type: TypeEvent, Date: pdate.MustParse("2022-05-04"), TitleZH: long, TitleEN: "short", Description: "x"},
		{Type: TypeEvent, Date: pdate.MustParse("2022-05-05"), TitleZH: "短", TitleEN: "A much longer English title here", Description: string(make([]byte, 500))},
	}}
	f := openXLSX(t, c)
	sheet := MonthSheet(5)
	width := func(col string) float64 {
		w, err := f.GetColWidth(sheet, col)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	if got, want := width("E"), float64(2*len([]rune(long))); got < want || got > want+4 {
		t.Errorf("Chinese title column width %v, want about %v (wide characters count 2)", got, want)
	}
	if got, want := width("F"), float64(len("A much longer English title here")); got < want || got > want+4 {
		t.Errorf("English title column width %v, want about %v", got, want)
	}
	if got := width("L"); got > maxColWidth {
		t.Errorf("description column width %v exceeds the cap %d", got, maxColWidth)
	}
	if s := cellStyle(t, f, sheet, "L2"); s.Alignment == nil || !s.Alignment.WrapText {
		t.Errorf("description does not wrap")
	}
}

func TestDisplayWidth(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]int{"": 0, "abc": 3, "威海": 4, "威海 Weihai": 11, "，。": 4, "Ａ": 2, "ｶ": 1, "é": 1, "第一行\n第二行, x": 9, "한국": 4, "日本語": 6} {
		if got := displayWidth(s); got != want {
			t.Errorf("displayWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestWriteXLSXOverview(t *testing.T) {
	t.Parallel()
	f := openXLSX(t, fixture())
	rows, err := f.GetRows(OverviewSheet)
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != DefaultName(2022) {
		t.Errorf("title %q", rows[0][0])
	}
	counts := map[string][]string{}
	for _, r := range rows {
		if len(r) == 7 {
			counts[r[0]] = r[1:]
		}
	}
	for label, want := range map[string][]string{
		"3月 March":       {"0", "1", "0", "0", "0", "1"},
		"7月 July":        {"1", "1", "1", "0", "0", "2"},
		"9月 September":   {"1", "1", "1", "1", "0", "3"},
		"10月 October":    {"0", "0", "0", "1", "1", "2"},
		"仅知年份 Year only": {"0", "1", "1", "0", "0", "1"},
		"合计 Total":       {"3", "4", "3", "2", "1", "10"},
	} {
		if !slices.Equal(counts[label], want) {
			t.Errorf("%s counts %q, want %q", label, counts[label], want)
		}
	}
	if typ, _ := f.GetCellType(OverviewSheet, "B5"); typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
		t.Errorf("counts are strings")
	}
	header := findRow(t, f, OverviewSheet, 1, "重要周年纪念 Milestone anniversaries (3)")
	var milestones []string
	for _, r := range rows[header+1 : header+4] {
		milestones = append(milestones, r[0]+" "+r[2])
	}
	want := []string{"2022-07 威海—库克结好5周年", "2022-09-21 威海—宇部结好30周年", "2022 中日邦交正常化50周年"}
	if !slices.Equal(milestones, want) {
		t.Errorf("milestones %q, want %q", milestones, want)
	}
}

func TestWriteXLSXEntryBeforeYear(t *testing.T) {
	t.Parallel()
	c := &Calendar{Year: 2022, Entries: []Entry{{
		Type: TypeEvent, Date: pdate.MustParse("2021-12-30"), EndDate: pdate.MustParse("2022-01-02"), TitleZH: "跨年活动", TitleEN: "New Year exchange",
	}}}
	f := openXLSX(t, c)
	if v, _ := f.GetCellValue(MonthSheet(1), "E2"); v != "跨年活动" {
		t.Errorf("January E2 = %q, want the event that runs into the year", v)
	}
	if rows, _ := f.GetRows(MonthSheet(12)); len(rows) != 2 || rows[1][0] != "（本月无条目 No entries this month）" {
		t.Errorf("December: %q", rows)
	}
}
