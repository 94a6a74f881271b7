package calendar

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/width"

	"github.com/youcheng/youcheng/model/pdate"
)

// Sheet names of WriteXLSX besides the month sheets.
const (
	OverviewSheet   = "总览 Overview"
	MilestonesSheet = "重要周年 Milestones"
	YearOnlySheet   = "仅知年份 Year only"
)

// monthSheets[m] names the sheet of month m (1–12): "9月 September" for 9.
var monthSheets = [13]string{"",
	"1月 January", "2月 February", "3月 March", "4月 April", "5月 May", "6月 June",
	"7月 July", "8月 August", "9月 September", "10月 October", "11月 November", "12月 December"}

// Colours of WriteXLSX (RGB hex), explained by the overview's legend.
const (
	XLSXMilestoneFill = "FFE699" // milestone anniversaries
	XLSXHolidayFill   = "E2EFDA" // holidays (days off)
	XLSXWorkdayFill   = "FCE4D6" // adjusted working days (调休上班)
	XLSXCancelledFont = "808080" // cancelled events: grey, struck through
	xlsxHeaderFill    = "D9E1F2"
)

// XLSXFont is the font of every cell: a font made for Chinese text that
// also has Latin letters, so that headers and body look alike on every
// system (Office's default for Chinese; WPS and LibreOffice substitute
// a CJK font of their own when it is missing, for every cell alike).
const XLSXFont = "等线"

const (
	xlsxFontSize  = 10
	minColWidth   = 5
	maxColWidth   = 60
	dateColWidth  = 11
	xlsxA4        = 9 // OOXML paper size code of A4
	xlsxHeaderRow = 2 // the title is row 1, column headers row 2
)

// Row tints, a cancelled variant of each, and cell formats of the style
// table.
const (
	tintNone = iota
	tintMilestone
	tintHoliday
	tintWorkday
	numTints
)

const (
	fmtText = iota
	fmtWrap
	fmtDay
	fmtMonth
	fmtYear
	fmtDateTime
	fmtNumber
	numFormats
)

type xlsxStyles struct {
	cell     [numTints][2][numFormats]int // [tint][cancelled][format]
	header   int
	title    int
	bold     int
	text     int
	wrapText int
}

func xlsxFontOf(bold bool, size float64, cancelled bool) *excelize.Font {
	f := &excelize.Font{Family: XLSXFont, Size: size, Bold: bold}
	if cancelled {
		f.Strike, f.Color = true, XLSXCancelledFont
	}
	return f
}

func newXLSXStyles(f *excelize.File) (*xlsxStyles, error) {
	st := &xlsxStyles{}
	numFmts := [numFormats]string{fmtDay: "yyyy-mm-dd", fmtMonth: "yyyy-mm", fmtYear: "yyyy", fmtDateTime: "yyyy-mm-dd hh:mm"}
	fills := [numTints]string{tintMilestone: XLSXMilestoneFill, tintHoliday: XLSXHolidayFill, tintWorkday: XLSXWorkdayFill}
	border := []excelize.Border{{Type: "bottom", Color: "D0D0D0", Style: 1}}
	var err error
	for t := range numTints {
		for cancelled := range 2 {
			for k := range numFormats {
				s := &excelize.Style{
					Font:      xlsxFontOf(false, xlsxFontSize, cancelled == 1),
					Alignment: &excelize.Alignment{Vertical: "top", WrapText: k == fmtWrap},
					Border:    border,
				}
				if numFmts[k] != "" {
					nf := numFmts[k]
					s.CustomNumFmt = &nf
					s.Alignment.Horizontal = "left"
				}
				if fills[t] != "" {
					s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fills[t]}}
				}
				if st.cell[t][cancelled][k], err = f.NewStyle(s); err != nil {
					return nil, err
				}
			}
		}
	}
	styles := []struct {
		id *int
		s  *excelize.Style
	}{
		{&st.header, &excelize.Style{
			Font:      xlsxFontOf(true, xlsxFontSize, false),
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{xlsxHeaderFill}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
		}},
		{&st.title, &excelize.Style{Font: xlsxFontOf(true, 14, false), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&st.bold, &excelize.Style{Font: xlsxFontOf(true, xlsxFontSize, false)}},
		{&st.text, &excelize.Style{Font: xlsxFontOf(false, xlsxFontSize, false)}},
		{&st.wrapText, &excelize.Style{Font: xlsxFontOf(false, xlsxFontSize, false), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	}
	for _, s := range styles {
		if *s.id, err = f.NewStyle(s.s); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// WriteXLSX writes the calendar as an Excel workbook to w. Every sheet
// prints on A4 landscape, fitted to one page wide, with its title and
// column headers repeated on every printed page and "sheet — page n / N"
// in the footer:
//
//   - OverviewSheet ("总览 Overview"): the calendar's title, year and time of
//     generation; the calendar's warnings (such as incomplete holiday data)
//     in Chinese and English; a colour legend; and a table of counts per
//     month and type (events, of which cancelled, anniversaries, of which
//     milestones, holidays, adjusted working days, total), with a row for
//     entries known only to the year.
//   - MilestonesSheet: every milestone anniversary of the calendar.
//   - One sheet per month ("1月 January" …
//     "12月 December"), present even when empty: every entry of that month
//     in Sort order, holidays included. An entry that starts before Year
//     and runs into it is listed in January.
//   - YearOnlySheet: the entries known only to the year.
//
// The entry sheets share one set of columns (see entryColumns): date
// (a real date cell formatted at its precision: "yyyy-mm-dd", "yyyy-mm",
// "yyyy") and precision, end date, time (start–end and zone), type, status,
// kind, format, titles in Chinese and English, partners by Chinese and
// English name with their ids, country, location, years, milestone,
// description and reference; headers in both languages. Milestone rows are
// filled with XLSXMilestoneFill, holidays with XLSXHolidayFill, adjusted
// working days with XLSXWorkdayFill; tags one a line; a cancelled event's row is grey and
// struck through and its status says 已取消 Cancelled. Holidays carry their
// Chinese names where the calendar has them. Each sheet's column widths fit
// its own content (East Asian wide characters count two), within per-column
// bounds; long text wraps. Every cell uses XLSXFont.
//
// The package's core properties (docProps/core.xml) are written in the
// prefixed form Excel and LibreOffice write (cp:coreProperties), which
// exceljs and SheetJS read. Sheets are written with excelize's
// StreamWriter. It returns an error wrapping ErrInvalidEntry, before
// writing anything, when an entry is invalid, an excelize error, or the
// first error of w.
func WriteXLSX(w io.Writer, c *Calendar) error {
	if err := c.Validate(); err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetDefaultFont(XLSXFont); err != nil {
		return err
	}
	if err := f.SetSheetName(f.GetSheetName(0), OverviewSheet); err != nil {
		return err
	}
	sheets := append([]string{MilestonesSheet}, monthSheets[1:]...)
	sheets = append(sheets, YearOnlySheet)
	for _, name := range sheets {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}

	var byMonth [13][]*Entry
	var yearOnly, milestones []*Entry
	for _, e := range c.sorted(nil) {
		if e.Type == TypeAnniversary && e.Milestone {
			milestones = append(milestones, e)
		}
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

	x := &xlsxWriter{f: f, st: st, c: c, zones: zoneCache{}}
	if err := x.overview(&byMonth, yearOnly); err != nil {
		return err
	}
	if err := x.entrySheet(MilestonesSheet, milestones, "（无重要周年 No milestone anniversaries）"); err != nil {
		return err
	}
	for m := 1; m <= 12; m++ {
		if err := x.entrySheet(monthSheets[m], byMonth[m], "（本月无条目 No entries this month）"); err != nil {
			return err
		}
	}
	if err := x.entrySheet(YearOnlySheet, yearOnly, "（无 None）"); err != nil {
		return err
	}
	// The overview (index 0) is the active sheet from NewFile on; calling
	// SetActiveSheet now would parse every streamed sheet back.
	f.Pkg.Store("docProps/core.xml", coreProperties(c.name(), c.generated()))
	var raw bytes.Buffer
	if err := f.Write(&raw); err != nil {
		return err
	}
	return fixFitToPage(w, raw.Bytes())
}

// fixFitToPage copies the package raw to w with each worksheet's
// fitToPage="true" written as "1", as Excel and LibreOffice write it:
// exceljs reads only "1" and would report the sheets as not fitted to the
// page. Every other part is copied as it is, without recompressing.
func fixFitToPage(w io.Writer, raw []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	for _, part := range zr.File {
		if !strings.HasPrefix(part.Name, "xl/worksheets/sheet") {
			if err := zw.Copy(part); err != nil {
				return err
			}
			continue
		}
		r, err := part.Open()
		if err != nil {
			return err
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return err
		}
		pw, err := zw.CreateHeader(&zip.FileHeader{Name: part.Name, Method: zip.Deflate, Modified: part.Modified})
		if err != nil {
			return err
		}
		if _, err := pw.Write(bytes.Replace(b, []byte(`<pageSetUpPr fitToPage="true">`), []byte(`<pageSetUpPr fitToPage="1">`), 1)); err != nil {
			return err
		}
	}
	return zw.Close()
}

// coreProperties is docProps/core.xml in the form Excel and LibreOffice
// write, with the cp: prefix. excelize's SetDocProps writes the same
// properties with a default namespace, which is valid OPC but which
// exceljs cannot read (it matches the element names with their prefixes).
func coreProperties(title string, generated time.Time) []byte {
	esc := func(s string) string {
		var b bytes.Buffer
		_ = xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	ts := generated.UTC().Format(time.RFC3339)
	return []byte(xml.Header + `<cp:coreProperties` +
		` xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(title) + `</dc:title>` +
		`<dc:creator>Youcheng</dc:creator>` +
		`<cp:lastModifiedBy>Youcheng</cp:lastModifiedBy>` +
		`<dc:language>zh-CN</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:modified>` +
		`</cp:coreProperties>`)
}

// xlsxWriter holds what every sheet of one workbook needs.
type xlsxWriter struct {
	f     *excelize.File
	st    *xlsxStyles
	c     *Calendar
	zones zoneCache
}

// xlsxColumn is one column of the entry sheets: its bilingual header, its
// width bounds, whether it wraps, and its cell.
type xlsxColumn struct {
	header     string
	minW, maxW float64
	wrap       bool
	value      func(x *xlsxWriter, e *Entry) any // string, int or pdate.Date; nil or "" for none
}

// entryColumns are the columns of the month, milestone and year-only
// sheets.
var entryColumns = []xlsxColumn{
	{"日期 Date", dateColWidth, dateColWidth, false, func(_ *xlsxWriter, e *Entry) any { return e.Date }},
	{"精度 Precision", 7, 9, false, func(_ *xlsxWriter, e *Entry) any { return precisionShort[e.Date.Precision()] }},
	{"结束 End", dateColWidth, dateColWidth, false, func(_ *xlsxWriter, e *Entry) any {
		if e.multiDay() {
			return e.EndDate
		}
		return nil
	}},
	{"时间 Time", 6, 16, true, func(x *xlsxWriter, e *Entry) any { return timeLabel(e, x.zones) }},
	{"类型 Type", 8, 11, true, func(_ *xlsxWriter, e *Entry) any { return typeLabel(e) }},
	{"状态 Status", 8, 11, true, func(_ *xlsxWriter, e *Entry) any { return labelOf(statusLabels, e.Status) }},
	{"类别 Kind", 8, 11, true, func(_ *xlsxWriter, e *Entry) any { return labelOf(kindLabels, e.Kind) }},
	{"形式 Format", 8, 11, true, func(_ *xlsxWriter, e *Entry) any { return labelOf(formatLabels, e.Format) }},
	{"中文标题 Title (Chinese)", 14, 26, true, func(_ *xlsxWriter, e *Entry) any { return cleanLine(e.TitleZH) }},
	{"英文标题 Title (English)", 14, 26, true, func(_ *xlsxWriter, e *Entry) any { return cleanLine(e.TitleEN) }},
	{"友城 Partners", 10, 26, true, func(_ *xlsxWriter, e *Entry) any { return partnerCell(e) }},
	{"国家 Country", 6, 8, false, func(_ *xlsxWriter, e *Entry) any { return e.Country }},
	{"地点 Location", 8, 18, true, func(_ *xlsxWriter, e *Entry) any { return cleanLine(e.Location) }},
	{"周年 Years", 5, 6, false, func(_ *xlsxWriter, e *Entry) any {
		if e.Years > 0 {
			return e.Years
		}
		return nil
	}},
	{"重要周年 Milestone", 6, 8, false, func(_ *xlsxWriter, e *Entry) any { return milestoneLabel(e) }},
	{"标签 Tags", 6, 16, true, func(_ *xlsxWriter, e *Entry) any { return strings.Join(e.cleanTags(), "\n") }},
	{"说明 Description", 10, 24, true, func(_ *xlsxWriter, e *Entry) any { return strings.TrimSpace(cleanText(e.Description)) }},
	{"来源 Ref", 8, 14, false, func(_ *xlsxWriter, e *Entry) any { return cleanLine(e.Ref.String()) }},
}

var precisionShort = map[pdate.Precision]string{pdate.Day: "日 day", pdate.Month: "月 month", pdate.Year: "年 year"}

// partnerCell names each partner on its own line: "宇部市 Ube (#7)".
func partnerCell(e *Entry) string {
	return strings.ReplaceAll(partnerLine(e), "; ", "\n")
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

// setupPage makes sheet print on A4 landscape, one page wide, with rows
// 1..repeat (the title and column headers) on every page.
func (x *xlsxWriter) setupPage(sheet string, repeat int) error {
	size, orient, one, any := xlsxA4, "landscape", 1, 0
	if err := x.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &any,
	}); err != nil {
		return err
	}
	fit := true
	if err := x.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	m, hf := 0.5, 0.3
	if err := x.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &m, Right: &m, Top: &m, Bottom: &m, Header: &hf, Footer: &hf,
	}); err != nil {
		return err
	}
	if err := x.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddFooter: "&L&A&R&P / &N",
	}); err != nil {
		return err
	}
	return x.f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$1:$%d", strings.ReplaceAll(sheet, "'", "''"), repeat),
	})
}

// write streams the rows to sheet with the column widths, page set-up,
// the given merged ranges and, when freeze > 0, the first freeze rows
// frozen.
func (x *xlsxWriter) write(sheet string, s *sheetRows, freeze int, merges ...[2]string) error {
	if err := x.setupPage(sheet, max(freeze, 1)); err != nil {
		return err
	}
	sw, err := x.f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, wd := range s.widths {
		if err := sw.SetColWidth(i+1, i+1, min(wd, maxColWidth)); err != nil {
			return err
		}
	}
	if freeze > 0 {
		top, _ := excelize.CoordinatesToCellName(1, freeze+1)
		if err := sw.SetPanes(&excelize.Panes{
			Freeze: true, YSplit: freeze, TopLeftCell: top, ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: "bottomLeft"}},
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

// cellWidth is the display width of a cell value in character units, with
// room for padding.
func cellWidth(v any) float64 {
	if c, ok := v.(excelize.Cell); ok {
		v = c.Value
	}
	switch v := v.(type) {
	case string:
		return float64(displayWidth(v)) + 1.5
	case time.Time:
		return dateColWidth
	case int:
		return float64(len(strconv.Itoa(v))) + 2
	}
	return 0
}

// wrappedLines estimates the lines text takes in a wrapped cell width
// characters wide.
func wrappedLines(text string, width float64) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		n += max(1, int((float64(displayWidth(line))+width-1)/max(width, 1)))
	}
	return n
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

func tintOf(e *Entry) int {
	switch {
	case e.Type == TypeAnniversary && e.Milestone:
		return tintMilestone
	case e.Type == TypeHoliday && e.HolidayKind == HolidayWorkday:
		return tintWorkday
	case e.Type == TypeHoliday && e.HolidayKind == HolidayObservance:
		return tintNone // a day of note, no day off
	case e.Type == TypeHoliday:
		return tintHoliday
	}
	return tintNone
}

// timeLabel is "09:30–11:00 Europe/London" for a timed entry, "" otherwise.
func timeLabel(e *Entry, zones zoneCache) string {
	if !e.timed() {
		return ""
	}
	s := e.StartTime
	if loc, err := zones.load(e.zone()); err == nil {
		start, end := e.interval(loc)
		if end.YearDay() == start.YearDay() && end.Year() == start.Year() {
			s += "–" + end.Format("15:04")
		} else {
			s += "–" + end.Format("2006-01-02 15:04")
		}
	}
	return s + "\n" + e.zone()
}

func milestoneLabel(e *Entry) string {
	if e.Milestone {
		return "★ 是 Yes"
	}
	return ""
}

// headerRow is a row of header cells.
func (x *xlsxWriter) headerRow(labels ...string) []any {
	out := make([]any, len(labels))
	for i, l := range labels {
		out[i] = excelize.Cell{StyleID: x.st.header, Value: l}
	}
	return out
}

// title is the first row of every sheet: the calendar's name, and the
// sheet's own name after it.
func (x *xlsxWriter) title(sheet string) excelize.Cell {
	t := x.c.name()
	if sheet != OverviewSheet {
		t += " — " + sheet
	}
	return excelize.Cell{StyleID: x.st.title, Value: t}
}

// entrySheet writes a sheet of entries with entryColumns, or a single
// "none" line.
func (x *xlsxWriter) entrySheet(sheet string, entries []*Entry, none string) error {
	s := &sheetRows{}
	s.add(false, excelize.RowOpts{Height: 24}, x.title(sheet))
	headers := make([]string, len(entryColumns))
	for i, col := range entryColumns {
		headers[i] = col.header
	}
	s.add(false, excelize.RowOpts{Height: 28}, x.headerRow(headers...)...)
	for _, e := range entries {
		t, cancelled := tintOf(e), 0
		if e.Cancelled() {
			cancelled = 1
		}
		styles := &x.st.cell[t][cancelled]
		row := make([]any, len(entryColumns))
		for i, col := range entryColumns {
			switch v := col.value(x, e).(type) {
			case pdate.Date:
				k := fmtDay
				switch v.Precision() {
				case pdate.Month:
					k = fmtMonth
				case pdate.Year:
					k = fmtYear
				}
				row[i] = excelize.Cell{StyleID: styles[k], Value: v.Time()}
			case int:
				row[i] = excelize.Cell{StyleID: styles[fmtNumber], Value: v}
			case string:
				k := fmtText
				if col.wrap {
					k = fmtWrap
				}
				if v == "" {
					row[i] = excelize.Cell{StyleID: styles[k]} // blank, with the row's fill and rule
				} else {
					row[i] = excelize.Cell{StyleID: styles[k], Value: v}
				}
			default:
				row[i] = excelize.Cell{StyleID: styles[fmtText]}
			}
		}
		s.add(true, excelize.RowOpts{}, row...)
	}
	if len(entries) == 0 {
		s.add(false, excelize.RowOpts{}, excelize.Cell{StyleID: x.st.text, Value: none})
	}
	for len(s.widths) < len(entryColumns) {
		s.widths = append(s.widths, minColWidth)
	}
	for i, col := range entryColumns {
		// Headers wrap, so they set only a floor: their longest word.
		floor := 0
		for _, w := range strings.Fields(col.header) {
			floor = max(floor, displayWidth(w))
		}
		s.widths[i] = min(max(s.widths[i], col.minW, float64(floor)+1.5), col.maxW)
	}
	// Rows as tall as their wrapped text, so that print and screen agree
	// whichever program computes (or does not compute) row heights.
	for r := xlsxHeaderRow; r < len(s.rows) && len(entries) > 0; r++ {
		lines := 1
		for i, v := range s.rows[r] {
			if c, ok := v.(excelize.Cell); ok {
				if t, ok := c.Value.(string); ok {
					lines = max(lines, wrappedLines(t, s.widths[i]-1))
				}
			}
		}
		s.opts[r].Height = min(13.5*float64(lines), 409) // Excel's limit
	}
	return x.write(sheet, s, xlsxHeaderRow)
}

// monthCounts are the overview's counts of one row.
type monthCounts struct{ events, cancelled, anniversaries, milestones, holidays, workdays int }

func (m *monthCounts) add(e *Entry) {
	switch e.Type {
	case TypeEvent:
		m.events++
		if e.Cancelled() {
			m.cancelled++
		}
	case TypeAnniversary:
		m.anniversaries++
		if e.Milestone {
			m.milestones++
		}
	case TypeHoliday:
		switch e.HolidayKind {
		case HolidayWorkday:
			m.workdays++
		case HolidayObservance: // shown, but no day off
		default:
			m.holidays++
		}
	}
}

func (m *monthCounts) cells(label string, style int) []any {
	n := func(v int) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }
	return []any{excelize.Cell{StyleID: style, Value: label}, n(m.events), n(m.cancelled), n(m.anniversaries), n(m.milestones),
		n(m.holidays), n(m.workdays), n(m.events + m.anniversaries + m.holidays + m.workdays)}
}

// legend adds the colour legend: a sample cell and its meaning per row.
func (x *xlsxWriter) legend(s *sheetRows) {
	st := x.st
	s.add(false, excelize.RowOpts{}, excelize.Cell{StyleID: st.bold, Value: "图例 Legend"})
	legend := []struct {
		style int
		text  string
	}{
		{st.cell[tintMilestone][0][fmtText], "重要周年（逢五逢十）Milestone anniversary (a multiple of five years)"},
		{st.cell[tintHoliday][0][fmtText], "节假日 Public holiday"},
		{st.cell[tintWorkday][0][fmtText], "调休上班 Adjusted working day (a weekend day worked)"},
		{st.cell[tintNone][1][fmtText], "已取消（灰色删除线）Cancelled event (grey, struck through)"},
	}
	for _, l := range legend {
		s.add(false, excelize.RowOpts{}, excelize.Cell{StyleID: l.style, Value: "示例 Sample"},
			excelize.Cell{StyleID: st.text, Value: l.text})
	}
	s.add(false, excelize.RowOpts{})
}

// overviewCols is the width of the overview's table, which its title, warnings and
// legend span.
const overviewCols = 8

func (x *xlsxWriter) overview(byMonth *[13][]*Entry, yearOnly []*Entry) error {
	st := x.st
	s := &sheetRows{}
	s.add(false, excelize.RowOpts{Height: 24}, x.title(OverviewSheet))
	year := any(excelize.Cell{StyleID: st.text})
	if x.c.Year > 0 {
		year = excelize.Cell{StyleID: st.text, Value: x.c.Year}
	}
	s.add(false, excelize.RowOpts{}, excelize.Cell{StyleID: st.bold, Value: "年份 Year"}, year,
		excelize.Cell{StyleID: st.bold, Value: "生成时间 Generated (UTC)"}, nil,
		excelize.Cell{StyleID: st.cell[tintNone][0][fmtDateTime], Value: x.c.generated().Truncate(time.Minute)})
	s.add(false, excelize.RowOpts{})

	// Long lines (warnings, legend) are merged across the table's width and
	// wrap; each gets a height for the lines it needs.
	var merges [][2]string
	wide := func(style int, text string) {
		row := len(s.rows) + 1
		a, _ := excelize.CoordinatesToCellName(1, row)
		b, _ := excelize.CoordinatesToCellName(overviewCols, row)
		merges = append(merges, [2]string{a, b})
		lines := 1 + displayWidth(text)/100
		s.add(false, excelize.RowOpts{Height: float64(14 * lines)}, excelize.Cell{StyleID: style, Value: text})
	}
	s.add(false, excelize.RowOpts{}, excelize.Cell{StyleID: st.bold, Value: "数据提示 Warnings"})
	if len(x.c.Warnings) == 0 {
		s.add(false, excelize.RowOpts{}, excelize.Cell{StyleID: st.text, Value: "（无 None）"})
	}
	for _, wn := range x.c.Warnings {
		wide(st.wrapText, "• "+(&Entry{TitleZH: wn.ZH, TitleEN: wn.EN}).BilingualTitle())
	}
	s.add(false, excelize.RowOpts{})

	x.legend(s)

	s.add(true, excelize.RowOpts{Height: 28}, x.headerRow("月份 Month", "活动 Events", "其中已取消 Cancelled",
		"周年纪念 Anniversaries", "其中重要周年 Milestones", "节假日 Holidays", "调休上班 Workdays", "合计 Total")...)
	var total monthCounts
	for m := 1; m <= 12; m++ {
		var mc monthCounts
		for _, e := range byMonth[m] {
			mc.add(e)
			total.add(e)
		}
		s.add(true, excelize.RowOpts{}, mc.cells(monthSheets[m], st.text)...)
	}
	var yc monthCounts
	for _, e := range yearOnly {
		yc.add(e)
		total.add(e)
	}
	s.add(true, excelize.RowOpts{}, yc.cells("仅知年份 Year only", st.text)...)
	s.add(true, excelize.RowOpts{}, total.cells("合计 Total", st.bold)...)

	for i := range s.widths {
		// Numeric columns under wrapped headers stay narrow.
		s.widths[i] = min(s.widths[i], 14)
	}
	s.widths[0] = max(s.widths[0], 16)
	for len(s.widths) < overviewCols {
		s.widths = append(s.widths, 12)
	}
	merges = append(merges, [2]string{"A1", "H1"})
	return x.write(OverviewSheet, s, 1, merges...)
}
