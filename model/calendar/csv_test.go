package calendar

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
)

func readCSV(t *testing.T, raw []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatalf("no UTF-8 byte-order mark: % x", raw[:min(len(raw), 8)])
	}
	// Every line break is CRLF, outside and inside quoted fields.
	if n, crlf := bytes.Count(raw, []byte("\n")), bytes.Count(raw, []byte("\r\n")); n != crlf || bytes.Count(raw, []byte("\r")) != crlf {
		t.Errorf("%d LF, %d CRLF: bare line breaks", n, crlf)
	}
	r := csv.NewReader(bytes.NewReader(raw[3:]))
	r.FieldsPerRecord = len(CSVHeader)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("invalid CSV: %v\n%s", err, raw)
	}
	return recs
}

// fromCSV rebuilds an entry from its CSV row, the way a program reading
// the file would: every column is read back.
func fromCSV(t *testing.T, row []string) Entry {
	t.Helper()
	f := map[string]string{}
	for i, k := range CSVColumns {
		f[k] = row[i]
	}
	e := Entry{Type: EntryType(f["type"]), Date: pdate.MustParse(f["date"]), StartTime: f["start_time"], Timezone: f["timezone"],
		Status: f["status"], Kind: f["kind"], Format: f["format"], TitleZH: f["title_zh"], TitleEN: f["title_en"],
		Country: f["country"], Location: f["location"], Milestone: f["milestone"] == "true"}
	if got := string(e.Date.Precision()); got != f["precision"] {
		t.Errorf("%s: precision %q for date %q", f["title_en"], f["precision"], f["date"])
	}
	if f["tags"] != "" {
		e.Tags = strings.Split(f["tags"], "; ")
	}
	if f["end_date"] != "" {
		e.EndDate = pdate.MustParse(f["end_date"])
	}
	if f["years"] != "" {
		e.Years, _ = strconv.Atoi(f["years"])
	}
	if ids := f["partner_ids"]; ids != "" {
		zh, en := strings.Split(f["partners_zh"], "; "), strings.Split(f["partners_en"], "; ")
		for i, s := range strings.Split(ids, ";") {
			id, _ := strconv.ParseInt(s, 10, 64)
			e.PartnerIDs = append(e.PartnerIDs, id)
			if zh[i] != "#"+s {
				e.Partners = append(e.Partners, Partner{ID: id, NameZH: zh[i], NameEN: en[i]})
			}
		}
	}
	if kind, id, ok := strings.Cut(f["ref"], ":"); ok {
		n, _ := strconv.ParseInt(id, 10, 64)
		if kind == "event" {
			e.Ref.EventID = &n
		} else {
			e.Ref.Source, e.Ref.SourceID = kind, &n
		}
	}
	return e
}

// TestWriteCSV: the file parses back and every field round-trips.
func TestWriteCSV(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	c := fixture()
	if err := WriteCSV(&b, c); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, b.Bytes())
	if !slices.Equal(recs[0], CSVHeader) || recs[0][1] != "日期 date" || recs[0][2] != "日期精度 precision" {
		t.Errorf("header %q", recs[0])
	}
	var got []Entry
	for _, r := range recs[1:] {
		got = append(got, fromCSV(t, r))
	}
	// What the CSV holds of the fixture: no holidays, no descriptions,
	// durations or holiday kinds; partners in the order of their ids, with
	// the missing name in one language filled from the other; zones
	// explicit.
	var want []Entry
	for _, e := range c.sorted(func(e *Entry) bool { return e.Type != TypeHoliday }) {
		w := *e
		w.Description, w.DurationMinutes = "", 0
		w.Partners = nil
		for _, p := range e.PartnerNames() {
			if p.NameZH == "" && p.NameEN == "" {
				continue
			}
			p.NameZH, p.NameEN = cmp.Or(p.NameZH, p.NameEN), cmp.Or(p.NameEN, p.NameZH)
			w.Partners = append(w.Partners, p)
		}
		if w.timed() {
			w.Timezone = w.zone()
		}
		want = append(want, w)
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("row %d:\n got %+v\nwant %+v", i+1, got[i], want[i])
		}
	}
	// One text form of date per precision, with its precision beside it.
	for _, r := range recs[1:] {
		if n := map[string]int{"day": 10, "month": 7, "year": 4}[r[2]]; len(r[1]) != n {
			t.Errorf("date %q with precision %q", r[1], r[2])
		}
	}
}

func TestWriteCSVQuoting(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, title, want, raw string // want: the field read back; raw: in the file
	}{
		{"comma", "Weihai, Ube", "Weihai, Ube", `"Weihai, Ube"`},
		{"quote", `the "Ube" visit`, `the "Ube" visit`, `"the ""Ube"" visit"`},
		{"newline", "line 1\nline 2", "line 1\nline 2", "\"line 1\r\nline 2\""},
		{"CRLF", "line 1\r\nline 2", "line 1\nline 2", "\"line 1\r\nline 2\""},
		{"chinese punctuation needs no quotes", "威海，宇部；结好", "威海，宇部；结好", ",威海，宇部；结好,"},
		{"formula defused", "=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")", `"'=HYPERLINK(""x"")"`},
		{"plus defused", "+86 631", "'+86 631", ",'+86 631,"},
		{"leading space quoted", " spaced", " spaced", `," spaced",`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b bytes.Buffer
			err := WriteCSV(&b, &Calendar{Entries: []Entry{{Type: TypeEvent, Date: pdate.MustParse("2022-05-04"), TitleZH: tt.title, TitleEN: tt.title}}})
			if err != nil {
				t.Fatal(err)
			}
			recs := readCSV(t, b.Bytes())
			if len(recs) != 2 || recs[1][9] != tt.want || recs[1][10] != tt.want {
				t.Errorf("read back %q, want title %q", recs, tt.want)
			}
			if !strings.Contains(b.String(), tt.raw) {
				t.Errorf("raw CSV lacks %q:\n%q", tt.raw, b.String())
			}
		})
	}
}

func TestWriteCSVEmpty(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteCSV(&b, &Calendar{Year: 2022}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "\uFEFF"+strings.Join(CSVHeader, ",")+"\r\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
