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

func writeSheet(f *excelize.File, st *xlsxStyles, sheet, title string, s section) error {
	row := 1
	widths := map[int]int{}
	set := func(col int, v any, style int, measure bool) error {
		cell, _ := excelize.CoordinatesToCellName(col, row)
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			return err
		}
		if measure {
			if s, ok := v.(string); ok {
				widths[col] = max(widths[col], displayWidth(s))
			} else {
				widths[col] = max(widths[col], 8)
			}
		}
		return f.SetCellStyle(sheet, cell, cell, style)
	}
	if err := set(1, title, st.title, false); err != nil {
		return err
	}
	row++
	if err := set(1, s.ZH+" "+s.EN, st.heading, false); err != nil {
		return err
	}
	row += 2
	printTitle, biggest := 0, -1
	for _, b := range s.Blocks {
		if b.ZH != "" {
			if err := set(1, b.ZH+" "+b.EN, st.sub, false); err != nil {
				return err
			}
			row++
		}
		for _, p := range b.Text {
			if err := set(1, p, st.text, false); err != nil {
				return err
			}
			row++
		}
		t := b.Table
		if t == nil {
			row++
			continue
		}
		if len(t.Rows) > biggest {
			biggest, printTitle = len(t.Rows), row
		}
		for i, h := range t.Head {
			if err := set(i+1, h, st.header, true); err != nil {
				return err
			}
		}
		row++
		for ri, cells := range t.Rows {
			for i, c := range cells {
				var v any = c
				style := st.cell
				if t.Num[i] {
					style = st.num
					if n, err := strconv.ParseInt(strings.TrimSuffix(c, "%"), 10, 64); err == nil && !strings.HasSuffix(c, "%") {
						v = n
					}
				}
				switch {
				case t.Strike[ri]:
					style = st.strike
				case t.Mark[ri] && t.Num[i]:
					style = st.markNum
				case t.Mark[ri]:
					style = st.mark
				}
				if err := set(i+1, v, style, true); err != nil {
					return err
				}
			}
			row++
		}
		row++
	}
	for col, wd := range widths {
		name, _ := excelize.ColumnNumberToName(col)
		if err := f.SetColWidth(sheet, name, name, float64(min(wd+2, maxColWidth))); err != nil {
			return err
		}
	}
	a4, portrait, one, any := 9, "portrait", 1, 0
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &portrait, FitToWidth: &one, FitToHeight: &any}); err != nil {
		return err
	}
	if printTitle > 0 {
		return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
			RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, printTitle, printTitle), Scope: sheet})
	}
	return nil
}
