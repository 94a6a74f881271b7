package calendar

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/youcheng/youcheng/model/pdate"
)

func writeXLSX(t *testing.T, c *Calendar) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteXLSX(&b, c); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func openXLSX(t *testing.T, c *Calendar) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(writeXLSX(t, c)))
	if err != nil {
		t.Fatalf("excelize cannot open the workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// zipFile returns one part of an XLSX package.
func zipFile(t *testing.T, raw []byte, name string) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no %s in the package", name)
	return ""
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

// col returns the column letter of the entry column whose header starts
// with prefix.
func col(t *testing.T, prefix string) string {
	t.Helper()
	for i, c := range entryColumns {
		if strings.HasPrefix(c.header, prefix) {
			name, _ := excelize.ColumnNumberToName(i + 1)
			return name
		}
	}
	t.Fatalf("no column %q", prefix)
	return ""
}

func allSheets() []string {
	want := []string{OverviewSheet, MilestonesSheet}
	for m := 1; m <= 12; m++ {
		want = append(want, monthSheets[m])
	}
	return append(want, YearOnlySheet)
}

func TestWriteXLSXSheets(t *testing.T) {
	t.Parallel()
	f := openXLSX(t, fixture())
	if got, want := f.GetSheetList(), allSheets(); !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	if got := f.GetSheetList(); got[2] != "1月 January" || got[13] != "12月 December" {
		t.Errorf("month sheet names %q", got)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet %d, want the overview", f.GetActiveSheetIndex())
	}
	var headers []string
	for _, c := range entryColumns {
		headers = append(headers, c.header)
	}
	for _, sheet := range allSheets()[1:] {
		p, err := f.GetPanes(sheet)
		if err != nil || !p.Freeze || p.YSplit != 2 || p.XSplit != 0 || p.TopLeftCell != "A3" {
			t.Errorf("%s panes %+v (%v), want the title and header rows frozen", sheet, p, err)
		}
		rows, _ := f.GetRows(sheet)
		if !strings.HasPrefix(rows[0][0], DefaultName(2022)+" — "+sheet) {
			t.Errorf("%s title %q", sheet, rows[0][0])
		}
		if !slices.Equal(rows[1], headers) {
			t.Errorf("%s header %q", sheet, rows[1])
		}
	}
	if rows, _ := f.GetRows(monthSheets[1]); len(rows) != 3 || rows[2][0] != "（本月无条目 No entries this month）" {
		t.Errorf("empty month: %q", rows)
	}
}

// TestWriteXLSXPrint: A4 landscape, one page wide, title and headers on
// every page.
func TestWriteXLSXPrint(t *testing.T) {
	t.Parallel()
	raw := writeXLSX(t, fixture())
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := f.GetDefinedName()
	for _, sheet := range allSheets() {
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
			t.Errorf("%s page layout size %d %s fit %dx%d", sheet, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
		}
		props, err := f.GetSheetProps(sheet)
		if err != nil || props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: fit to page is off (%v)", sheet, err)
		}
		// In the form Excel writes, the only one exceljs reads.
		idx, _ := f.GetSheetIndex(sheet)
		if x := zipFile(t, raw, "xl/worksheets/sheet"+strconv.Itoa(idx+1)+".xml"); !strings.Contains(x, `<pageSetUpPr fitToPage="1">`) {
			t.Errorf("%s: sheetPr %.200q", sheet, x[strings.Index(x, "<sheetPr"):])
		}
		want := "'" + sheet + "'!$1:$2"
		if sheet == OverviewSheet {
			want = "'" + sheet + "'!$1:$1"
		}
		found := false
		for _, n := range names {
			if n.Name == "_xlnm.Print_Titles" && n.Scope == sheet {
				found = n.RefersTo == want
				if !found {
					t.Errorf("%s print titles %q, want %q", sheet, n.RefersTo, want)
				}
			}
		}
		if !found {
			t.Errorf("%s has no print titles", sheet)
		}
	}
}

// TestWriteXLSXCoreProperties: docProps/core.xml in the cp:-prefixed form
// that Excel and LibreOffice write and exceljs requires; excelize reads it.
func TestWriteXLSXCoreProperties(t *testing.T) {
	t.Parallel()
	c := fixture()
	c.TitleZH, c.TitleEN = "威海 <2022> 日历", "Weihai & partners"
	raw := writeXLSX(t, c)
	core := zipFile(t, raw, "docProps/core.xml")
	for _, want := range []string{
		`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"`,
		`<dc:title>威海 &lt;2022&gt; 日历 / Weihai &amp; partners</dc:title>`,
		`<dc:creator>Youcheng</dc:creator>`,
		`<dcterms:created xsi:type="dcterms:W3CDTF">2022-01-05T08:30:00Z</dcterms:created>`,
		`</cp:coreProperties>`,
	} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml lacks %s:\n%s", want, core)
		}
	}
	if strings.Contains(core, "<coreProperties") || strings.Contains(core, `xmlns="`) {
		t.Errorf("core.xml uses a default namespace:\n%s", core)
	}
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := f.GetDocProps()
	if err != nil || p.Title != "威海 <2022> 日历 / Weihai & partners" || p.Creator != "Youcheng" || p.Created != "2022-01-05T08:30:00Z" || p.Language != "zh-CN" {
		t.Errorf("doc props %+v (%v)", p, err)
	}
}

// TestWriteXLSXFonts: every cell of every sheet names the CJK font.
func TestWriteXLSXFonts(t *testing.T) {
	t.Parallel()
	f := openXLSX(t, fixture())
	for _, sheet := range allSheets() {
		rows, _ := f.GetRows(sheet)
		for r, row := range rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if s := cellStyle(t, f, sheet, cell); s.Font == nil || s.Font.Family != XLSXFont {
					t.Fatalf("%s!%s (%q) font %+v, want %s", sheet, cell, v, s.Font, XLSXFont)
				}
			}
		}
	}
}

func TestWriteXLSXDateCells(t *testing.T) {
	t.Parallel()
	f := openXLSX(t, fixture())
	date, end := col(t, "日期"), col(t, "结束")
	tests := []struct {
		name, sheet, cell string
		serial            int    // Excel serial of the first day covered
		numFmt, shown     string // number format and the value Excel shows
	}{
		{"day", "9月 September", date + "3", 44819, "yyyy-mm-dd", "2022-09-15"},
		{"end date", "9月 September", end + "3", 44822, "yyyy-mm-dd", "2022-09-18"},
		{"month precision", "7月 July", date + "3", 44743, "yyyy-mm", "2022-07"},
		{"year precision", YearOnlySheet, date + "3", 44562, "yyyy", "2022"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			typ, err := f.GetCellType(tt.sheet, tt.cell)
			if err != nil || typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
				t.Errorf("%s type %v (%v), want a number", tt.cell, typ, err)
			}
			raw, _ := f.GetCellValue(tt.sheet, tt.cell, excelize.Options{RawCellValue: true})
			if raw != strconv.Itoa(tt.serial) {
				t.Errorf("%s raw value %q, want serial %d", tt.cell, raw, tt.serial)
			}
			if s := cellStyle(t, f, tt.sheet, tt.cell); s.CustomNumFmt == nil || *s.CustomNumFmt != tt.numFmt {
				t.Errorf("%s number format %v, want %q", tt.cell, s.CustomNumFmt, tt.numFmt)
			}
			if shown, _ := f.GetCellValue(tt.sheet, tt.cell); shown != tt.shown {
				t.Errorf("%s shows %q, want %q", tt.cell, shown, tt.shown)
			}
		})
	}
	if got, _ := excelize.ExcelDateToTime(44819, false); !got.Equal(time.Date(2022, 9, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("serial 44819 is %v", got)
	}
}

func TestWriteXLSXHighlight(t *testing.T) {
	t.Parallel()
	f := openXLSX(t, fixture())
	fill := func(sheet, cell string) string {
		s := cellStyle(t, f, sheet, cell)
		if s.Fill.Pattern != 1 || len(s.Fill.Color) == 0 {
			return ""
		}
		return s.Fill.Color[0]
	}
	zh := 9 // Chinese title column, 1-based
	if col(t, "中文标题") != "I" {
		t.Fatalf("Chinese title column moved")
	}
	sheet := "9月 September"
	milestone := strconv.Itoa(findRow(t, f, sheet, zh, "威海—宇部结好30周年"))
	event := strconv.Itoa(findRow(t, f, sheet, zh, "宇部市友好代表团访问威海，第一站"))
	holiday := strconv.Itoa(findRow(t, f, sheet, zh, "敬老日"))
	for i := range entryColumns {
		c, _ := excelize.ColumnNumberToName(i + 1)
		if got := fill(sheet, c+milestone); got != XLSXMilestoneFill {
			t.Errorf("milestone %s%s fill %q, want %q", c, milestone, got, XLSXMilestoneFill)
		}
		if got := fill(sheet, c+event); got != "" {
			t.Errorf("event %s%s fill %q, want none", c, event, got)
		}
		if got := fill(sheet, c+holiday); got != XLSXHolidayFill {
			t.Errorf("holiday %s%s fill %q, want %q", c, holiday, got, XLSXHolidayFill)
		}
	}
	if v, _ := f.GetCellValue(sheet, col(t, "重要周年")+milestone); v != "★ 是 Yes" {
		t.Errorf("milestone flag %q", v)
	}
	workday := strconv.Itoa(findRow(t, f, "10月 October", zh, "国庆节调休上班"))
	if got := fill("10月 October", "A"+workday); got != XLSXWorkdayFill {
		t.Errorf("workday fill %q", got)
	}
	// The milestone sheet is highlighted too.
	row := strconv.Itoa(findRow(t, f, MilestonesSheet, zh, "威海—宇部结好30周年"))
	if got := fill(MilestonesSheet, "I"+row); got != XLSXMilestoneFill {
		t.Errorf("milestones sheet fill %q", got)
	}
	// A cancelled event is grey, struck through, and says so.
	nov := "11月 November"
	row = strconv.Itoa(findRow(t, f, nov, zh, "青少年夏令营"))
	for i := range entryColumns {
		c, _ := excelize.ColumnNumberToName(i + 1)
		if s := cellStyle(t, f, nov, c+row); s.Font == nil || !s.Font.Strike || s.Font.Color != XLSXCancelledFont {
			t.Errorf("cancelled %s%s font %+v", c, row, s.Font)
		}
	}
	if v, _ := f.GetCellValue(nov, col(t, "状态")+row); v != "已取消 Cancelled" {
		t.Errorf("cancelled status %q", v)
	}
	if s := cellStyle(t, f, sheet, "I"+event); s.Font != nil && s.Font.Strike {
		t.Errorf("a confirmed event is struck through")
	}
}

func TestWriteXLSXEntryCells(t *testing.T) {
	t.Parallel()
	f := openXLSX(t, fixture())
	sheet := "9月 September"
	row := strconv.Itoa(findRow(t, f, sheet, 9, "宇部市友好代表团访问威海，第一站"))
	for prefix, want := range map[string]string{
		"友城":   "宇部市 / Ube (#7)\nShimonoseki (#9)",
		"精度":   "日 day",
		"类型":   "活动 Event",
		"状态":   "已确认 Confirmed",
		"类别":   "官方访问 Official visit",
		"形式":   "线下 In person",
		"国家":   "JP",
		"地点":   "威海市政府, Weihai",
		"来源":   "event:42",
		"英文标题": `Ube delegation; day 1, "welcome" back\slash`,
	} {
		if got, _ := f.GetCellValue(sheet, col(t, prefix)+row); got != want {
			t.Errorf("%s = %q, want %q", prefix, got, want)
		}
	}
	dec := "12月 December"
	row = strconv.Itoa(findRow(t, f, dec, 9, "视频会议"))
	if got, _ := f.GetCellValue(dec, col(t, "时间")+row); got != "10:00–11:00\nEurope/London" {
		t.Errorf("time %q, want the default hour", got)
	}
}

func TestWriteXLSXColumnWidths(t *testing.T) {
	t.Parallel()
	long := "威海市与宇部市缔结友好城市关系三十周年纪念大会"
	c := &Calendar{Year: 2022, Generated: fixtureGenerated, Entries: []Entry{
		{Type: TypeEvent, Date: pdate.MustParse("2022-05-04"), TitleZH: "短短短", TitleEN: "short", Description: "x"},
		{Type: TypeEvent, Date: pdate.MustParse("2022-05-05"), TitleZH: "短", TitleEN: "A longer English title", Description: strings.Repeat("长", 500)},
		{Type: TypeEvent, Date: pdate.MustParse("2022-06-05"), TitleZH: long, TitleEN: "x"},
	}}
	f := openXLSX(t, c)
	width := func(sheet, prefix string) float64 {
		w, err := f.GetColWidth(sheet, col(t, prefix))
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	may, june := monthSheets[5], monthSheets[6]
	if got := width(may, "中文标题"); got != 14 {
		t.Errorf("short Chinese titles: width %v, want the floor 14", got)
	}
	if got, want := width(may, "英文标题"), float64(len("A longer English title"))+1.5; got != want {
		t.Errorf("English title column width %v, want %v", got, want)
	}
	if got := width(june, "中文标题"); got != 26 {
		t.Errorf("long Chinese title: width %v, want the cap 26 (it wraps)", got)
	}
	if got := width(may, "说明"); got != 24 {
		t.Errorf("description column width %v, want the cap 24", got)
	}
	row := strconv.Itoa(findRow(t, f, may, 9, "短"))
	if s := cellStyle(t, f, may, col(t, "说明")+row); s.Alignment == nil || !s.Alignment.WrapText {
		t.Errorf("description does not wrap")
	}
	if h, _ := f.GetRowHeight(may, 4); h < 13.5*30 {
		t.Errorf("row of a 1000-column description is %v high", h)
	}
	// The overview's table has widths of its own.
	if w, _ := f.GetColWidth(OverviewSheet, "B"); w > 14 {
		t.Errorf("overview column B width %v", w)
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
	c := fixture()
	c.Warnings = []Warning{{EN: "holiday data for JP 2022 is incomplete or estimated", ZH: "日本 2022 年节假日数据不完整或为估算"}}
	f := openXLSX(t, c)
	rows, err := f.GetRows(OverviewSheet)
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != DefaultName(2022) {
		t.Errorf("title %q", rows[0][0])
	}
	findRow(t, f, OverviewSheet, 1, "• 日本 2022 年节假日数据不完整或为估算 / holiday data for JP 2022 is incomplete or estimated")
	legend := findRow(t, f, OverviewSheet, 1, "图例 Legend")
	for i, want := range []string{XLSXMilestoneFill, XLSXHolidayFill, XLSXWorkdayFill} {
		cell := "A" + strconv.Itoa(legend+1+i)
		if s := cellStyle(t, f, OverviewSheet, cell); len(s.Fill.Color) == 0 || s.Fill.Color[0] != want {
			t.Errorf("legend %s fill %+v, want %s", cell, s.Fill, want)
		}
	}
	if s := cellStyle(t, f, OverviewSheet, "A"+strconv.Itoa(legend+4)); s.Font == nil || !s.Font.Strike {
		t.Errorf("legend lacks the cancelled sample")
	}
	counts := map[string][]string{}
	for _, r := range rows {
		if len(r) == 8 {
			counts[r[0]] = r[1:]
		}
	}
	for label, want := range map[string][]string{
		"3月 March":       {"0", "0", "1", "0", "0", "0", "1"},
		"7月 July":        {"1", "0", "1", "1", "0", "0", "2"},
		"9月 September":   {"1", "0", "1", "1", "1", "0", "3"},
		"10月 October":    {"0", "0", "0", "0", "1", "1", "2"},
		"11月 November":   {"1", "1", "0", "0", "0", "0", "1"},
		"仅知年份 Year only": {"0", "0", "1", "1", "0", "0", "1"},
		"合计 Total":       {"4", "1", "4", "3", "2", "1", "11"},
	} {
		if !slices.Equal(counts[label], want) {
			t.Errorf("%s counts %q, want %q", label, counts[label], want)
		}
	}
	var milestones []string
	mrows, _ := f.GetRows(MilestonesSheet)
	for _, r := range mrows[2:] {
		milestones = append(milestones, r[0]+" "+r[8])
	}
	want := []string{"2022 中日邦交正常化50周年", "2022-07 威海—库克结好5周年", "2022-09-21 威海—宇部结好30周年"}
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
	if v, _ := f.GetCellValue(monthSheets[1], "I3"); v != "跨年活动" {
		t.Errorf("January I3 = %q, want the event that runs into the year", v)
	}
	if rows, _ := f.GetRows(monthSheets[12]); len(rows) != 3 || rows[2][0] != "（本月无条目 No entries this month）" {
		t.Errorf("December: %q", rows)
	}
}
