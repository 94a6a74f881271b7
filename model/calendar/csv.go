package calendar

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// CSVColumns are the columns of WriteCSV, by key; CSVHeader is the header
// row, "日期 date" for "date": the Chinese label, a space and the key.
var (
	CSVColumns = []string{"type", "date", "precision", "end_date", "start_time", "timezone", "status", "kind",
		"format", "title_zh", "title_en", "partners_zh", "partners_en", "partner_ids", "country", "location",
		"milestone", "years", "tags", "ref"}
	csvLabelsZH = map[string]string{
		"type": "类型", "date": "日期", "precision": "日期精度", "end_date": "结束日期", "start_time": "开始时间",
		"timezone": "时区", "status": "状态", "kind": "类别", "format": "形式", "title_zh": "中文标题",
		"title_en": "英文标题", "partners_zh": "友城（中文）", "partners_en": "友城（英文）", "partner_ids": "友城编号",
		"country": "国家/地区", "location": "地点", "milestone": "重要周年", "years": "周年数", "tags": "标签", "ref": "来源",
	}
	CSVHeader = func() []string {
		h := make([]string, len(CSVColumns))
		for i, k := range CSVColumns {
			h[i] = csvLabelsZH[k] + " " + k
		}
		return h
	}()
)

// utf8BOM lets spreadsheet programs (Excel in particular) recognise UTF-8
// and show Chinese correctly.
const utf8BOM = "\uFEFF"

// WriteCSV writes the events and anniversaries (not holidays) as CSV: a
// UTF-8 byte-order mark, the CSVHeader row, then one row per entry in Sort
// order, RFC 4180 quoted with CRLF line endings (encoding/csv, UseCRLF).
//
// Fields (CSVColumns): type; date as text at its precision ("2022-09-15",
// "2022-07", "2022") and precision ("day", "month", "year"); end_date
// (empty for single-day entries); start_time ("HH:MM") and timezone (the
// effective IANA zone) of timed entries; status, kind and format of events;
// titles; partners_zh and partners_en, the partners' names joined with "; "
// in the order of partner_ids (the other language's name, else "#id", when
// one is missing); partner_ids joined with ";"; country; location;
// milestone "true"/"false"; years (empty when none); tags joined with
// "; "; ref as Ref.String
// ("event:42", "partnership:7"). A missing value is an empty field. Text
// is cleaned like every renderer's (see Entry.BilingualTitle), and a text
// field that begins with "=", "+", "-" or "@" is prefixed with an
// apostrophe so that spreadsheet programs do not run it as a formula (CSV
// injection).
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
	for _, e := range c.sorted(func(e *Entry) bool { return e.Type != TypeHoliday }) {
		if err := cw.Write(csvRow(e)); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// csvRow is e's row, in the order of CSVColumns.
func csvRow(e *Entry) []string {
	end, tz, years := "", "", ""
	if e.multiDay() {
		end = e.EndDate.String()
	}
	if e.timed() {
		tz = e.zone()
	}
	if e.Years > 0 {
		years = strconv.Itoa(e.Years)
	}
	return []string{
		string(e.Type), e.Date.String(), string(e.Date.Precision()), end, e.StartTime, tz,
		csvText(e.Status), csvText(e.Kind), csvText(e.Format),
		csvText(e.TitleZH), csvText(e.TitleEN),
		csvText(e.partnersText(true)), csvText(e.partnersText(false)), partnerIDs(e.PartnerIDs),
		csvText(e.Country), csvText(strings.TrimSpace(e.Location)),
		strconv.FormatBool(e.Milestone), years, csvText(strings.Join(e.cleanTags(), "; ")), csvText(e.Ref.String()),
	}
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
