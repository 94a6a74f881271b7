package calendar

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// go test ./model/calendar -run Golden -update rewrites the golden files.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenCalendar is the small fixed data set of the golden files: the
// fixture with titles and a holiday-data warning.
func goldenCalendar() *Calendar {
	c := fixture()
	c.TitleZH, c.TitleEN = "威海 2022 年对外交流日历", "Weihai exchange calendar 2022"
	c.Warnings = []Warning{{EN: "holiday data for JP 2022 is incomplete or estimated", ZH: "JP 2022 年节假日数据不完整或为估算"}}
	return c
}

// TestGolden renders the golden calendar in every format and compares it
// with testdata/golden/calendar.<format> (XLSX as a text dump of its
// sheets, page set-up, cells and styles, so that a change shows as a
// reviewable diff).
func TestGolden(t *testing.T) {
	for _, format := range []string{"json", "csv", "ics", "xlsx"} {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, format, goldenCalendar()); err != nil {
				t.Fatal(err)
			}
			got, name := b.Bytes(), "calendar."+format
			if format == "xlsx" {
				got, name = dumpXLSX(t, got), "calendar.xlsx.txt"
			}
			path := filepath.Join("testdata", "golden", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./model/calendar -run Golden -update)", err)
			}
			if !bytes.Equal(got, want) {
				gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := range max(len(gl), len(wl)) {
					g, w := "", ""
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("%s differs from line %d:\n got %q\nwant %q\n(review, then go test ./model/calendar -run Golden -update)", path, i+1, g, w)
					}
				}
			}
		})
	}
}

// dumpXLSX describes a workbook as text: its core properties, then per
// sheet the page set-up, print titles, panes, column widths, row heights
// and every non-empty cell with its value and style.
func dumpXLSX(t *testing.T, raw []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	fmt.Fprintf(&b, "docProps/core.xml: %s\n", zipFile(t, raw, "docProps/core.xml"))
	header := "" // the entry sheets' header row, dumped once
	titles := map[string]string{}
	for _, n := range f.GetDefinedName() {
		titles[n.Scope+" "+n.Name] = n.RefersTo
	}
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "\n== %s\n", sheet)
		pl, _ := f.GetPageLayout(sheet)
		props, _ := f.GetSheetProps(sheet)
		panes, _ := f.GetPanes(sheet)
		fmt.Fprintf(&b, "page: size %d %s, fit %dx%d (fitToPage %v), print titles %s, frozen rows %d\n",
			*pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight, props.FitToPage != nil && *props.FitToPage,
			titles[sheet+" _xlnm.Print_Titles"], panes.YSplit)
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		ncols := 0
		for _, r := range rows {
			ncols = max(ncols, len(r))
		}
		var widths []string
		for c := 1; c <= ncols; c++ {
			name, _ := excelize.ColumnNumberToName(c)
			w, _ := f.GetColWidth(sheet, name)
			widths = append(widths, fmt.Sprintf("%s=%g", name, w))
		}
		fmt.Fprintf(&b, "widths: %s\n", strings.Join(widths, " "))
		for r, row := range rows {
			h, _ := f.GetRowHeight(sheet, r+1)
			var rb strings.Builder
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				fmt.Fprintf(&rb, "  %s %q%s\n", cell, v, styleKey(t, f, sheet, cell))
			}
			if sheet != OverviewSheet && r == xlsxHeaderRow-1 {
				if rb.String() == header {
					fmt.Fprintf(&b, "row %d (height %g): the entry header row, as above\n", r+1, h)
					continue
				}
				header = rb.String()
			}
			fmt.Fprintf(&b, "row %d (height %g)\n%s", r+1, h, rb.String())
		}
	}
	return []byte(b.String())
}

// styleKey is a short description of a cell's style.
func styleKey(t *testing.T, f *excelize.File, sheet, cell string) string {
	s := cellStyle(t, f, sheet, cell)
	var parts []string
	if s.Font != nil {
		font := s.Font.Family
		if s.Font.Size != 0 {
			font += fmt.Sprintf(" %g", s.Font.Size)
		}
		if s.Font.Bold {
			font += " bold"
		}
		if s.Font.Strike {
			font += " struck"
		}
		if s.Font.Color != "" {
			font += " #" + s.Font.Color
		}
		parts = append(parts, "font "+font)
	}
	if len(s.Fill.Color) > 0 {
		parts = append(parts, "fill #"+s.Fill.Color[0])
	}
	if s.CustomNumFmt != nil {
		parts = append(parts, "format "+*s.CustomNumFmt)
	}
	if s.Alignment != nil && s.Alignment.WrapText {
		parts = append(parts, "wrap")
	}
	if len(parts) == 0 {
		return ""
	}
	return " [" + strings.Join(parts, ", ") + "]"
}
