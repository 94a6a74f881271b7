package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
)

func TestSort(t *testing.T) {
	t.Parallel()
	d := pdate.MustParse
	c := &Calendar{Entries: []Entry{
		{Type: TypeHoliday, Date: d("2022-09-21"), TitleEN: "A holiday"},
		{Type: TypeAnniversary, Date: d("2022-09-21"), TitleEN: "B anniversary"},
		{Type: TypeEvent, Date: d("2022-09-21"), TitleEN: "Z event"},
		{Type: TypeEvent, Date: d("2022-09-21"), TitleEN: "A event", StartTime: "15:00", Timezone: "Asia/Shanghai"},
		{Type: TypeEvent, Date: d("2022-09-21"), TitleEN: "A event", StartTime: "09:00", Timezone: "Asia/Shanghai"},
		{Type: TypeEvent, Date: d("2022-09"), TitleEN: "month"},
		{Type: TypeEvent, Date: d("2022"), TitleEN: "year"},
		{Type: TypeEvent, Date: d("2022-09-01"), TitleEN: "first of September"},
		{Type: TypeEvent, Date: d("2021-12-31"), TitleEN: "last year"},
	}}
	c.Sort()
	var got []string
	for _, e := range c.Entries {
		got = append(got, e.TitleEN+" "+e.StartTime)
	}
	want := []string{"last year ", "year ", "month ", "first of September ", "A event 09:00", "A event 15:00", "Z event ", "B anniversary ", "A holiday "}
	if !slices.Equal(got, want) {
		t.Errorf("Sort:\n got %q\nwant %q", got, want)
	}
}

func TestWritersDoNotReorder(t *testing.T) {
	t.Parallel()
	c := fixture()
	before := slices.Clone(c.Entries)
	for _, w := range []func(*bytes.Buffer, *Calendar) error{
		func(b *bytes.Buffer, c *Calendar) error { return WriteJSON(b, c) },
		func(b *bytes.Buffer, c *Calendar) error { return WriteICS(b, c) },
		func(b *bytes.Buffer, c *Calendar) error { return WriteCSV(b, c) },
		func(b *bytes.Buffer, c *Calendar) error { return WriteXLSX(b, c) },
	} {
		if err := w(&bytes.Buffer{}, c); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(before, c.Entries) {
		t.Errorf("a writer modified Calendar.Entries")
	}
}

func TestBilingualTitle(t *testing.T) {
	t.Parallel()
	tests := []struct{ zh, en, want string }{
		{"威海—宇部结好30周年", "30th anniversary", "威海—宇部结好30周年 / 30th anniversary"},
		{"威海", "", "威海"},
		{"", "Weihai", "Weihai"},
		{"Weihai", "Weihai", "Weihai"},
		{"  威海 \n", "\tWeihai ", "威海 / Weihai"},
		{"", "", ""},
		{"a\x00b", "c\r\nd", "ab / c\nd"},
	}
	for _, tt := range tests {
		e := Entry{TitleZH: tt.zh, TitleEN: tt.en}
		if got := e.BilingualTitle(); got != tt.want {
			t.Errorf("BilingualTitle(%q, %q) = %q, want %q", tt.zh, tt.en, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"中文，标点", "中文，标点"},
		{"a\r\nb\rc\nd", "a\nb\nc\nd"},
		{"tab\tok", "tab\tok"},
		{"\x00\x01\x1f\x7fx", "x"},
		{"bad\xff\xfe", "bad\uFFFD"},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntryValidate(t *testing.T) {
	t.Parallel()
	d := pdate.MustParse("2022-05-04")
	tests := []struct {
		name string
		e    Entry
		ok   bool
	}{
		{"all-day", Entry{Type: TypeEvent, Date: d}, true},
		{"month", Entry{Type: TypeAnniversary, Date: pdate.MustParse("2022-05")}, true},
		{"year", Entry{Type: TypeAnniversary, Date: pdate.MustParse("2022")}, true},
		{"timed in the home zone", Entry{Type: TypeEvent, Date: d, StartTime: "23:59", Timezone: "Asia/Shanghai"}, true},
		{"timed without a zone", Entry{Type: TypeEvent, Date: d, StartTime: "23:59"}, false},
		{"timed with zone and duration", Entry{Type: TypeEvent, Date: d, StartTime: "00:00", Timezone: "Asia/Tokyo", DurationMinutes: 30}, true},
		{"zone without time is ignored", Entry{Type: TypeEvent, Date: d, Timezone: "Mars/Olympus"}, true},
		{"bad time", Entry{Type: TypeEvent, Date: d, StartTime: "12:60", Timezone: "Asia/Shanghai"}, false},
		{"bad time format", Entry{Type: TypeEvent, Date: d, StartTime: "12h30", Timezone: "Asia/Shanghai"}, false},
		{"no type", Entry{Date: d}, false},
	}
	for _, tt := range tests {
		err := tt.e.Validate()
		if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrInvalidEntry) {
			t.Errorf("%s: Validate() = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteJSON(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Year        int                          `json:"year"`
		GeneratedAt string                       `json:"generated_at"`
		TitleZH     *string                      `json:"title_zh"`
		Warnings    []string                     `json:"warnings"`
		Entries     []map[string]json.RawMessage `json:"entries"`
	}
	if err := json.Unmarshal(b.Bytes(), &raw); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, b.String())
	}
	if raw.Year != 2022 || len(raw.Entries) != len(fixture().Entries) || raw.GeneratedAt != "2022-01-05T08:30:00Z" ||
		raw.TitleZH != nil || raw.Warnings == nil {
		t.Fatalf("head %+v", raw)
	}
	for i, e := range raw.Entries {
		for _, k := range []string{"type", "date", "precision", "end_date", "start_time", "timezone", "duration_minutes",
			"status", "kind", "format", "tags", "title_zh", "title_en", "partner_ids", "partners", "country", "location",
			"description", "milestone", "years", "holiday_kind", "ref"} {
			if _, ok := e[k]; !ok {
				t.Errorf("entry %d lacks %q", i, k)
			}
		}
		if len(e) != 22 {
			t.Errorf("entry %d has %d keys", i, len(e))
		}
		for k, v := range e {
			if string(v) == `""` {
				t.Errorf("entry %d: %s is \"\", want null", i, k)
			}
		}
		if string(e["partner_ids"]) == "null" || string(e["partners"]) == "null" {
			t.Errorf("entry %d: partner_ids or partners is null, want []", i)
		}
	}

	var doc struct {
		Year    int     `json:"year"`
		Entries []Entry `json:"entries"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, e := range doc.Entries {
		order = append(order, string(e.Type)+" "+e.Date.String())
	}
	wantOrder := []string{
		"anniversary 2022", "anniversary 2022-03-02", "anniversary 2022-07", "event 2022-07-15",
		"event 2022-09-15", "holiday 2022-09-19", "anniversary 2022-09-21", "holiday 2022-10-01",
		"holiday 2022-10-08", "event 2022-11-10", "event 2022-12-01",
	}
	if !slices.Equal(order, wantOrder) {
		t.Errorf("order:\n got %q\nwant %q", order, wantOrder)
	}

	tests := []struct {
		name, match string // an entry's title_en, and an expected JSON fragment
		want        string
	}{
		{"single-day end_date is null", "Respect for the Aged Day", `"end_date":null`},
		{"multi-day end_date", "National Day", `"date":"2022-10-01","precision":"day","end_date":"2022-10-07"`},
		{"event ref", "Video conference", `"ref":{"event_id":44,"source":null,"source_id":null}`},
		{"anniversary ref", "30th anniversary of Weihai–Ube sister-city ties", `"ref":{"event_id":null,"source":"partnership","source_id":7}`},
		{"milestone", "30th anniversary of Weihai–Ube sister-city ties", `"milestone":true,"years":30`},
		{"partial date", "5th anniversary of Weihai–Cork friendship", `"date":"2022-07","precision":"month","end_date":null`},
		{"year precision", "50th anniversary of China–Japan normalization", `"date":"2022","precision":"year"`},
		{"timed", "Weihai Culture Week opening, London", `"start_time":"14:00","timezone":"Europe/London","duration_minutes":90`},
		{"timed default hour", "Video conference", `"start_time":"10:00","timezone":"Europe/London","duration_minutes":60,"status":"planned","kind":"dialogue","format":"online"`},
		{"all-day has no time", "Youth camp", `"start_time":null,"timezone":null,"duration_minutes":null,"status":"cancelled"`},
		{"holiday kind", "National Day adjusted working day", `"holiday_kind":"workday"`},
		{"no country", "Video conference", `"country":"GB","location":null,"description":null`},
		{"partners", "Ube delegation; day 1, \"welcome\" back\\slash", `"partner_ids":[7,9],"partners":[{"id":7,"name_zh":"宇部市","name_en":"Ube"},{"id":9,"name_zh":null,"name_en":"Shimonoseki"}],"country":"JP"`},
		{"tags", "Ube delegation; day 1, \"welcome\" back\\slash", `"tags":["海这边 海那边","友好交流"]`},
		{"no tags", "Video conference", `"tags":[]`},
		{"partners unnamed", "12th anniversary of Weihai–Chuncheon ties", `"partner_ids":[5],"partners":[{"id":5,"name_zh":null,"name_en":null}]`},
	}
	for _, tt := range tests {
		found := false
		for _, e := range doc.Entries {
			if e.TitleEN != tt.match {
				continue
			}
			found = true
			j, _ := json.Marshal(e)
			if !strings.Contains(string(j), tt.want) {
				t.Errorf("%s: %s lacks %s", tt.name, j, tt.want)
			}
		}
		if !found {
			t.Errorf("%s: no entry %q", tt.name, tt.match)
		}
	}

	// Entries round-trip through JSON (end_date equal to date collapses).
	f := fixture()
	f.Sort()
	for i := range f.Entries {
		if !f.Entries[i].multiDay() {
			f.Entries[i].EndDate = pdate.Date{}
		}
		if f.Entries[i].PartnerIDs == nil {
			f.Entries[i].PartnerIDs = []int64{}
		}
		var named []Partner
		for _, p := range f.Entries[i].PartnerNames() {
			if p.NameZH != "" || p.NameEN != "" {
				named = append(named, p)
			}
		}
		f.Entries[i].Partners = named
		f.Entries[i].Description = cleanLine(f.Entries[i].Description)
	}
	if !reflect.DeepEqual(f.Entries, doc.Entries) {
		t.Errorf("round trip:\n got %+v\nwant %+v", doc.Entries, f.Entries)
	}
}

func TestWriteJSONEmpty(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteJSON(&b, &Calendar{Year: 2030, Generated: fixtureGenerated, TitleEN: "Empty & <quiet>"}); err != nil {
		t.Fatal(err)
	}
	want := `{"year":2030,"generated_at":"2022-01-05T08:30:00Z","title_zh":null,"title_en":"Empty & <quiet>","warnings":[],"warnings_zh":[],"entries":[]}` + "\n"
	if got := b.String(); got != want {
		t.Errorf("got %q", got)
	}
}

func TestDateKeyMatchesCompare(t *testing.T) {
	t.Parallel()
	var dates []pdate.Date
	for _, s := range []string{"2021", "2021-12", "2021-12-31", "2022", "2022-01", "2022-01-01", "2022-01-02", "2022-02", "2022-02-01", "2022-12-31", "2023"} {
		dates = append(dates, pdate.MustParse(s))
	}
	dates = append(dates, pdate.Date{})
	for _, a := range dates {
		for _, b := range dates {
			if a.IsZero() || b.IsZero() {
				continue
			}
			if got, want := cmpInt(dateKey(a), dateKey(b)), a.Compare(b); got != want {
				t.Errorf("dateKey order of %s, %s = %d, pdate.Compare = %d", a, b, got, want)
			}
		}
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
