package calendar

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"
)

// CSVHeader is the header row of WriteCSV.
var CSVHeader = []string{"type", "date", "end_date", "title_zh", "title_en", "partner_ids", "country", "milestone", "ref"}

// utf8BOM lets spreadsheet programs (Excel in particular) recognise UTF-8
// and show Chinese correctly.
const utf8BOM = "\uFEFF"

// WriteCSV writes the events and anniversaries (not holidays) as CSV: a
// UTF-8 byte-order mark, the CSVHeader row, then one row per entry in Sort
// order, RFC 4180 quoted with CRLF line endings (encoding/csv, UseCRLF).
//
// Fields: type; date and end_date at their precision ("2022-09-15",
// "2022-07", end_date empty for single-day entries); titles; partner_ids
// joined with ";"; country; milestone "true"/"false"; ref as Ref.String
// ("event:42", "partnership:7"). Text is cleaned like every renderer's (see
// Entry.BilingualTitle), and a text field that begins with "=", "+", "-" or
// "@" is prefixed with an apostrophe so that spreadsheet programs do not run
// it as a formula (CSV injection).
//
// It returns an error wrapping ErrInvalidEntry, before writing anything,
// when an entry is invalid, or the first error of w.
func WriteCSV(w io.Writer, c *Calendar) error {
	if err := c.Validate(); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString(utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	row := make([]string, len(CSVHeader))
	for _, e := range c.sorted(func(e *Entry) bool { return e.Type != TypeHoliday }) {
		end := ""
		if e.multiDay() {
			end = e.EndDate.String()
		}
		row[0] = string(e.Type)
		row[1] = e.Date.String()
		row[2] = end
		row[3] = csvText(e.TitleZH)
		row[4] = csvText(e.TitleEN)
		row[5] = partnerIDs(e.PartnerIDs)
		row[6] = csvText(e.Country)
		row[7] = strconv.FormatBool(e.Milestone)
		row[8] = csvText(e.Ref.String())
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// csvText cleans s and defuses spreadsheet formulas.
func csvText(s string) string {
	s = cleanText(s)
	if s != "" {
		switch s[0] {
		case '=', '+', '-', '@':
			return "'" + s
		}
	}
	return s
}
