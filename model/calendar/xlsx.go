package calendar

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/width"

	"github.com/youcheng/youcheng/model/pdate"
)

// OverviewSheet is the name of the first sheet of WriteXLSX.
const OverviewSheet = "总览 Overview"

var monthSheets = [13]string{"",
	"1月 January", "2月 February", "3月 March", "4月 April", "5月 May", "6月 June",
	"7月 July", "8月 August", "9月 September", "10月 October", "11月 November", "12月 December"}

// MonthSheet returns the name of the sheet of month m (1–12), "9月 September"
// for 9, or "" when m is out of range.
func MonthSheet(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthSheets[m]
}

// Fill colours of WriteXLSX (RGB hex).
const (
	XLSXMilestoneFill = "FFE699" // milestone anniversaries
	XLSXHolidayFill   = "E2EFDA" // holidays and adjusted working days
	xlsxHeaderFill    = "D9E1F2"
)

// Month sheet columns, bilingual headers.
var monthHeaders = []string{
	"日期 Date", "结束日期 End date", "时间 Time", "类型 Type", "中文标题 Title (Chinese)",
	"英文标题 Title (English)", "国家/地区 Country", "友城 ID Partner IDs", "重要周年 Milestone",
	"周年 Years", "地点 Location", "说明 Description", "来源 Ref",
}

const (
	colDescription = 11 // 0-based index of the wrapped description column
	maxColWidth    = 60
	minColWidth    = 8
	dateColWidth   = 12
)

// Row tints and cell formats of the style table.
const (
	tintNone = iota
	tintMilestone
	tintHoliday
	numTints
)

const (
	fmtText = iota
	fmtWrap
	fmtDay
	fmtMonth
	fmtYear
	fmtDateTime
	numFormats
)

type xlsxStyles struct {
	cell   [numTints][numFormats]int
	header int
	title  int
	bold   int
}

func newXLSXStyles(f *excelize.File) (*xlsxStyles, error) {
	st := &xlsxStyles{}
	numFmts := [numFormats]string{fmtDay: "yyyy-mm-dd", fmtMonth: "yyyy-mm", fmtYear: "yyyy", fmtDateTime: "yyyy-mm-dd hh:mm"}
	fills := [numTints]string{tintMilestone: XLSXMilestoneFill, tintHoliday: XLSXHolidayFill}
	for t := range numTints {
		for k := range numFormats {
			s := &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: k == fmtWrap}}
			if numFmts[k] != "" {
				nf := numFmts[k]
				s.CustomNumFmt = &nf
				s.Alignment.Horizontal = "left"
			}
			if fills[t] != "" {
				s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fills[t]}}
			}
			id, err := f.NewStyle(s)
			if err != nil {
				return nil, err
			}
			st.cell[t][k] = id
		}
	}
	var err error
	if st.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{xlsxHeaderFill}},
		Alignment: &excelize.Alignment{Vertical: "center"},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
	}); err != nil {
		return nil, err
	}
	if st.title, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}); err != nil {
		return nil, err
	}
	if st.bold, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
		return nil, err
	}
	return st, nil
}

// WriteXLSX writes the calendar as an Excel workbook to w:
//
//   - OverviewSheet ("总览 Overview"): the calendar name, year and time of
//     generation; a table of counts per month and type (events,
//     anniversaries, of which milestones, holidays, adjusted working days,
//     total), with a row for entries known only to the year; the list of
//     milestone anniversaries; and the entries known only to the year.
//   - One sheet per month, MonthSheet(1) … MonthSheet(12) ("1月 January" …
//     "12月 December"), present even when empty: a bilingual header row,
//     frozen, and one row per entry of that month in Sort order (every type,
//     holidays included). An entry that starts before Year and runs into it
//     is listed in January.
//
// Dates are real date cells (Excel serial numbers) formatted at their
// precision: "yyyy-mm-dd", "yyyy-mm" for month precision, "yyyy" for year
// precision. Milestone anniversary rows are filled with XLSXMilestoneFill,
// holiday rows with XLSXHolidayFill. Column widths fit the content, counting
// East Asian wide and full-width characters as two, capped at 60.
//
// Sheets are written with excelize's StreamWriter. It returns an error
// wrapping ErrInvalidEntry, before writing anything, when an entry is
// invalid, an excelize error, or the first error of w.
func WriteXLSX(w io.Writer, c *Calendar) error {
	if err := c.Validate(); err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName(f.GetSheetName(0), OverviewSheet); err != nil {
		return err
	}
	for m := 1; m <= 12; m++ {
		if _, err := f.NewSheet(monthSheets[m]); err != nil {
			return err
		}
	}
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}

	var byMonth [13][]*Entry
	var yearOnly []*Entry
	for _, e := range c.sorted(nil) {
		if e.Date.Precision() == pdate.Year {
			yearOnly = append(yearOnly, e)
			continue
		}
		m := e.Date.M
		if c.Year > 0 && e.Date.Y < c.Year && e.lastDay().Y >= c.Year {
			m = 1
		}
		byMonth[m] = append(byMonth[m], e)
	}

	if err := writeOverview(f, st, c, &byMonth, yearOnly); err != nil {
		return err
	}
	zones := zoneCache{}
	for m := 1; m <= 12; m++ {
		if err := writeMonth(f, st, m, byMonth[m], zones); err != nil {
			return err
		}
	}
	// The overview (index 0) is the active sheet from NewFile on; calling
	// SetActiveSheet now would parse every streamed sheet back.
	gen := c.generated().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: c.name(), Creator: "Youcheng", Created: gen, Modified: gen, Language: "zh-CN",
	}); err != nil {
		return err
	}
	return f.Write(w)
}

// sheetRows is a sheet's content, kept until the column widths are known
// (StreamWriter needs them before the first row).
type sheetRows struct {
	rows   [][]any
	opts   []excelize.RowOpts
	widths []float64
}

// add appends a row; measure says whether it counts for column widths.
func (s *sheetRows) add(measure bool, opts excelize.RowOpts, cells ...any) {
	s.rows = append(s.rows, cells)
	s.opts = append(s.opts, opts)
	for len(s.widths) < len(cells) {
		s.widths = append(s.widths, minColWidth)
	}
	if !measure {
		return
	}
	for i, v := range cells {
		s.widths[i] = max(s.widths[i], cellWidth(v))
	}
}

// write streams the rows to sheet with the column widths (plus padding,
// capped at maxColWidth), the given merged ranges and, when freeze, the
// first row frozen.
func (s *sheetRows) write(f *excelize.File, sheet string, freeze bool, merges ...[2]string) error {
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, wd := range s.widths {
		if err := sw.SetColWidth(i+1, i+1, min(wd+2, maxColWidth)); err != nil {
			return err
		}
	}
	if freeze {
		if err := sw.SetPanes(&excelize.Panes{
			Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
		}); err != nil {
			return err
		}
	}
	for _, m := range merges {
		if err := sw.MergeCell(m[0], m[1]); err != nil {
			return err
		}
	}
	for i, r := range s.rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, r, s.opts[i]); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// cellWidth is the display width of a cell value in character units.
func cellWidth(v any) float64 {
	if c, ok := v.(excelize.Cell); ok {
		v = c.Value
	}
	switch v := v.(type) {
	case string:
		return float64(displayWidth(v))
	case time.Time:
		return dateColWidth
	case int:
		return float64(len(strconv.Itoa(v)))
	}
	return 0
}

// displayWidth is the width of the longest line of s, counting East Asian
// wide and full-width characters (Chinese, Japanese, Korean, full-width
// punctuation) as 2 and others as 1.
func displayWidth(s string) int {
	best, cur := 0, 0
	for _, r := range s {
		if r == '\n' {
			best, cur = max(best, cur), 0
			continue
		}
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			cur += 2
		default:
			cur++
		}
	}
	return max(best, cur)
}

func typeLabel(e *Entry) string {
	switch e.Type {
	case TypeEvent:
		return "活动 Event"
	case TypeAnniversary:
		return "周年纪念 Anniversary"
	case TypeHoliday:
		if e.HolidayKind == HolidayWorkday {
			return "调休上班 Workday"
		}
		return "节假日 Holiday"
	}
	return string(e.Type)
}

func tintOf(e *Entry) int {
	switch {
	case e.Type == TypeAnniversary && e.Milestone:
		return tintMilestone
	case e.Type == TypeHoliday:
		return tintHoliday
	}
	return tintNone
}

// dateCell is a real date cell for the first day d covers, formatted at d's
// precision.
func dateCell(st *xlsxStyles, tint int, d pdate.Date) excelize.Cell {
	k := fmtDay
	switch d.Precision() {
	case pdate.Month:
		k = fmtMonth
	case pdate.Year:
		k = fmtYear
	}
	return excelize.Cell{StyleID: st.cell[tint][k], Value: d.Time()}
}

// timeLabel is "09:30–11:00 Europe/London" for a timed entry, "" otherwise.
func timeLabel(e *Entry, zones zoneCache) string {
	if !e.timed() {
		return ""
	}
	s := e.StartTime
	if e.DurationMinutes > 0 {
		loc, err := zones.load(e.zone())
		if err == nil {
			start, end, _ := e.interval(loc)
			if end.YearDay() == start.YearDay() && end.Year() == start.Year() {
				s += "–" + end.Format("15:04")
			} else {
				s += "–" + end.Format("2006-01-02 15:04")
			}
		}
	}
	return s + " " + e.zone()
}

func wrapped(style int, v string, blank any) any {
	if v == "" {
		return blank
	}
	return excelize.Cell{StyleID: style, Value: v}
}

func milestoneLabel(e *Entry) string {
	if e.Milestone {
		return "★ 是 Yes"
	}
	return ""
}

func writeMonth(f *excelize.File, st *xlsxStyles, m int, entries []*Entry, zones zoneCache) error {
	s := &sheetRows{}
	header := make([]any, len(monthHeaders))
	for i, h := range monthHeaders {
		header[i] = excelize.Cell{StyleID: st.header, Value: h}
	}
	s.add(true, excelize.RowOpts{}, header...)
	for _, e := range entries {
		t := tintOf(e)
		// Empty cells are left out, or written blank with the row's fill.
		var blank any
		if t != tintNone {
			blank = excelize.Cell{StyleID: st.cell[t][fmtText]}
		}
		text := func(v string) any {
			if v == "" {
				return blank
			}
			return excelize.Cell{StyleID: st.cell[t][fmtText], Value: cleanText(v)}
		}
		end, years := blank, blank
		if e.multiDay() {
			end = dateCell(st, t, e.EndDate)
		}
		if e.Years > 0 {
			years = excelize.Cell{StyleID: st.cell[t][fmtText], Value: e.Years}
		}
		s.add(true, excelize.RowOpts{},
			dateCell(st, t, e.Date), end, text(timeLabel(e, zones)), text(typeLabel(e)),
			text(e.TitleZH), text(e.TitleEN), text(e.Country), text(partnerIDs(e.PartnerIDs)),
			text(milestoneLabel(e)), years, text(e.Location),
			wrapped(st.cell[t][fmtWrap], strings.TrimSpace(cleanText(e.Description)), blank),
			text(e.Ref.String()),
		)
	}
	if len(entries) == 0 {
		s.add(false, excelize.RowOpts{}, "（本月无条目 No entries this month）")
	}
	for i := range s.widths {
		switch i {
		case 0, 1:
			s.widths[i] = max(s.widths[i], dateColWidth)
		case colDescription:
			s.widths[i] = min(s.widths[i], maxColWidth-2)
		}
	}
	return s.write(f, monthSheets[m], true)
}

// monthCounts are the overview's counts of one row.
type monthCounts struct{ events, anniversaries, milestones, holidays, workdays int }

func (m *monthCounts) add(e *Entry) {
	switch e.Type {
	case TypeEvent:
		m.events++
	case TypeAnniversary:
		m.anniversaries++
		if e.Milestone {
			m.milestones++
		}
	case TypeHoliday:
		if e.HolidayKind == HolidayWorkday {
			m.workdays++
		} else {
			m.holidays++
		}
	}
}

func (m *monthCounts) cells(label string, style int) []any {
	n := func(v int) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }
	return []any{excelize.Cell{StyleID: style, Value: label}, n(m.events), n(m.anniversaries), n(m.milestones),
		n(m.holidays), n(m.workdays), n(m.events + m.anniversaries + m.holidays + m.workdays)}
}

func writeOverview(f *excelize.File, st *xlsxStyles, c *Calendar, byMonth *[13][]*Entry, yearOnly []*Entry) error {
	s := &sheetRows{}
	hdr := func(labels ...string) []any {
		out := make([]any, len(labels))
		for i, l := range labels {
			out[i] = excelize.Cell{StyleID: st.header, Value: l}
		}
		return out
	}
	s.add(false, excelize.RowOpts{Height: 22}, excelize.Cell{StyleID: st.title, Value: c.name()})
	year := any("")
	if c.Year > 0 {
		year = c.Year
	}
	s.add(true, excelize.RowOpts{}, excelize.Cell{StyleID: st.bold, Value: "年份 Year"}, year,
		excelize.Cell{StyleID: st.bold, Value: "生成时间 Generated (UTC)"},
		excelize.Cell{StyleID: st.cell[tintNone][fmtDateTime], Value: c.generated().Truncate(time.Minute)})
	s.add(false, excelize.RowOpts{})

	s.add(true, excelize.RowOpts{}, hdr("月份 Month", "活动 Events", "周年纪念 Anniversaries",
		"其中重要周年 Milestones", "节假日 Holidays", "调休上班 Workdays", "合计 Total")...)
	var total monthCounts
	var milestones []*Entry
	for m := 1; m <= 12; m++ {
		var mc monthCounts
		for _, e := range byMonth[m] {
			mc.add(e)
			total.add(e)
			if e.Type == TypeAnniversary && e.Milestone {
				milestones = append(milestones, e)
			}
		}
		s.add(true, excelize.RowOpts{}, mc.cells(monthSheets[m], 0)...)
	}
	var yc monthCounts
	for _, e := range yearOnly {
		yc.add(e)
		total.add(e)
		if e.Type == TypeAnniversary && e.Milestone {
			milestones = append(milestones, e)
		}
	}
	s.add(true, excelize.RowOpts{}, yc.cells("仅知年份 Year only", 0)...)
	s.add(true, excelize.RowOpts{}, total.cells("合计 Total", st.bold)...)
	s.add(false, excelize.RowOpts{})

	s.add(true, excelize.RowOpts{}, excelize.Cell{StyleID: st.bold, Value: fmt.Sprintf("重要周年纪念 Milestone anniversaries (%d)", len(milestones))})
	s.add(true, excelize.RowOpts{}, hdr("日期 Date", "周年 Years", "中文标题 Title (Chinese)", "英文标题 Title (English)",
		"国家/地区 Country", "友城 ID Partner IDs", "来源 Ref")...)
	for _, e := range milestones {
		t := st.cell[tintMilestone][fmtText]
		var years any = excelize.Cell{StyleID: t}
		if e.Years > 0 {
			years = excelize.Cell{StyleID: t, Value: e.Years}
		}
		s.add(true, excelize.RowOpts{}, dateCell(st, tintMilestone, e.Date), years,
			excelize.Cell{StyleID: t, Value: cleanText(e.TitleZH)}, excelize.Cell{StyleID: t, Value: cleanText(e.TitleEN)},
			excelize.Cell{StyleID: t, Value: cleanText(e.Country)}, excelize.Cell{StyleID: t, Value: partnerIDs(e.PartnerIDs)},
			excelize.Cell{StyleID: t, Value: cleanText(e.Ref.String())})
	}
	if len(milestones) == 0 {
		s.add(false, excelize.RowOpts{}, "（无 None）")
	}

	if len(yearOnly) > 0 {
		s.add(false, excelize.RowOpts{})
		s.add(true, excelize.RowOpts{}, excelize.Cell{StyleID: st.bold, Value: fmt.Sprintf("仅知年份的条目 Entries known only to the year (%d)", len(yearOnly))})
		s.add(true, excelize.RowOpts{}, hdr("年份 Year", "类型 Type", "中文标题 Title (Chinese)", "英文标题 Title (English)",
			"国家/地区 Country", "友城 ID Partner IDs", "重要周年 Milestone")...)
		for _, e := range yearOnly {
			tint := tintOf(e)
			t := st.cell[tint][fmtText]
			s.add(true, excelize.RowOpts{}, dateCell(st, tint, e.Date), excelize.Cell{StyleID: t, Value: typeLabel(e)},
				excelize.Cell{StyleID: t, Value: cleanText(e.TitleZH)}, excelize.Cell{StyleID: t, Value: cleanText(e.TitleEN)},
				excelize.Cell{StyleID: t, Value: cleanText(e.Country)}, excelize.Cell{StyleID: t, Value: partnerIDs(e.PartnerIDs)},
				excelize.Cell{StyleID: t, Value: milestoneLabel(e)})
		}
	}
	s.widths[0] = max(s.widths[0], dateColWidth)
	return s.write(f, OverviewSheet, false, [2]string{"A1", "G1"})
}
