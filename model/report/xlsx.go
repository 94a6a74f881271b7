package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"
)

const maxColWidth = 60

type xlsxStyles struct {
	title, heading, sub, text, header, cell, num, mark, markNum, strike int
}

func newStyles(f *excelize.File) (*xlsxStyles, error) {
	var st xlsxStyles
	thin := []excelize.Border{{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1}}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	right := &excelize.Alignment{Vertical: "top", Horizontal: "right"}
	markFill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF4D6"}}
	for _, s := range []struct {
		dst *int
		st  *excelize.Style
	}{
		{&st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 15}}},
		{&st.heading, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 13, Color: "8B1A1A"}}},
		{&st.sub, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 11}}},
		{&st.text, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&st.header, &excelize.Style{Font: &excelize.Font{Bold: true}, Border: thin, Alignment: top,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F1ECE4"}}}},
		{&st.cell, &excelize.Style{Border: thin, Alignment: top}},
		{&st.num, &excelize.Style{Border: thin, Alignment: right}},
		{&st.mark, &excelize.Style{Border: thin, Alignment: top, Fill: markFill}},
		{&st.markNum, &excelize.Style{Border: thin, Alignment: right, Fill: markFill}},
		{&st.strike, &excelize.Style{Border: thin, Alignment: top, Font: &excelize.Font{Strike: true, Color: "777777"}}},
	} {
		id, err := f.NewStyle(s.st)
		if err != nil {
			return nil, err
		}
		*s.dst = id
	}
	return &st, nil
}

// displayWidth counts East Asian wide characters as two columns.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x30FF || r >= 0xFF00 && r <= 0xFFEF || r >= 0xAC00 && r <= 0xD7A3 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// WriteXLSX writes r as a workbook: one sheet per section (概况 Summary,
// 目标 Targets, 按月 By month, 按友城 By partner, 周年 Anniversaries, 友好关系
// Partnerships), each printing on A4 portrait fitted to one page wide with
// its main table's header row repeated on every page. Numbers are numeric
// cells; targets behind and milestone anniversaries are filled, cancelled
// events struck through.
func WriteXLSX(w io.Writer, r *Report) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	zh, en := r.Title()
	for i, s := range r.layout() {
		sheet := s.Sheet
		if i == 0 {
			if err := f.SetSheetName(f.GetSheetName(0), sheet); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(sheet); err != nil {
			return err
		}
		if err := writeSheet(f, st, sheet, zh+" "+en, s); err != nil {
			return fmt.Errorf("report: sheet %s: %w", sheet, err)
		}
	}
	gen := r.Generated.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{Title: zh, Subject: en, Creator: "Youcheng", Created: gen,
		Modified: gen, Language: "zh-CN"}); err != nil {
		return err
	}
	return f.Write(w)
}

// sheetWriter fills one sheet from the top down, measuring columns as it
// goes.
type sheetWriter struct {
	f      *excelize.File
	st     *xlsxStyles
	sheet  string
	row    int
	widths map[int]int
}

// set writes v in column col of the current row; measure counts it towards
// the column's width.
func (w *sheetWriter) set(col int, v any, style int, measure bool) error {
	cell, _ := excelize.CoordinatesToCellName(col, w.row)
	if err := w.f.SetCellValue(w.sheet, cell, v); err != nil {
		return err
	}
	if measure {
		if s, ok := v.(string); ok {
			w.widths[col] = max(w.widths[col], displayWidth(s))
		} else {
			w.widths[col] = max(w.widths[col], 8)
		}
	}
	return w.f.SetCellStyle(w.sheet, cell, cell, style)
}

// line writes text in the first column of its own row.
func (w *sheetWriter) line(text string, style int) error {
	if err := w.set(1, text, style, false); err != nil {
		return err
	}
	w.row++
	return nil
}

// table writes t's header row and rows, numbers as numeric cells.
func (w *sheetWriter) table(t *table) error {
	for i, h := range t.Head {
		if err := w.set(i+1, h, w.st.header, true); err != nil {
			return err
		}
	}
	w.row++
	for ri, cells := range t.Rows {
		for i, c := range cells {
			if err := w.set(i+1, t.cellValue(i, c), w.st.cellStyle(t, ri, i), true); err != nil {
				return err
			}
		}
		w.row++
	}
	return nil
}

// cellValue is c as written in column i: a number in a numeric column
// (percentages stay text).
func (t *table) cellValue(i int, c string) any {
	if t.Num[i] && !strings.HasSuffix(c, "%") {
		if n, err := strconv.ParseInt(c, 10, 64); err == nil {
			return n
		}
	}
	return c
}

// cellStyle is the style of row ri, column i of t.
func (st *xlsxStyles) cellStyle(t *table, ri, i int) int {
	switch {
	case t.Strike[ri]:
		return st.strike
	case t.Mark[ri] && t.Num[i]:
		return st.markNum
	case t.Mark[ri]:
		return st.mark
	case t.Num[i]:
		return st.num
	}
	return st.cell
}

// page sets the measured column widths and prints the sheet on A4
// portrait, one page wide, repeating row printTitle (when > 0) on every
// page.
func (w *sheetWriter) page(printTitle int) error {
	for col, wd := range w.widths {
		name, _ := excelize.ColumnNumberToName(col)
		if err := w.f.SetColWidth(w.sheet, name, name, float64(min(wd+2, maxColWidth))); err != nil {
			return err
		}
	}
	a4, portrait, one, any := 9, "portrait", 1, 0
	fit := true
	if err := w.f.SetSheetProps(w.sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := w.f.SetPageLayout(w.sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &portrait, FitToWidth: &one, FitToHeight: &any}); err != nil {
		return err
	}
	if printTitle > 0 {
		return w.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
			RefersTo: fmt.Sprintf("'%s'!$%d:$%d", w.sheet, printTitle, printTitle), Scope: w.sheet})
	}
	return nil
}

// writeSheet writes section s on sheet: the report's title, the section's
// heading, then each block; the largest table's header is the print title.
func writeSheet(f *excelize.File, st *xlsxStyles, sheet, title string, s section) error {
	w := &sheetWriter{f: f, st: st, sheet: sheet, row: 1, widths: map[int]int{}}
	if err := w.line(title, st.title); err != nil {
		return err
	}
	if err := w.line(s.ZH+" "+s.EN, st.heading); err != nil {
		return err
	}
	w.row++
	printTitle, biggest := 0, -1
	for _, b := range s.Blocks {
		if b.ZH != "" {
			if err := w.line(b.ZH+" "+b.EN, st.sub); err != nil {
				return err
			}
		}
		for _, p := range b.Text {
			if err := w.line(p, st.text); err != nil {
				return err
			}
		}
		if b.Table != nil {
			if len(b.Table.Rows) > biggest {
				biggest, printTitle = len(b.Table.Rows), w.row
			}
			if err := w.table(b.Table); err != nil {
				return err
			}
		}
		w.row++
	}
	return w.page(printTitle)
}
