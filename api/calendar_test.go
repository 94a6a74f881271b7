package api_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/emersion/go-ical"

	"github.com/youcheng/youcheng/model/calendar"
)

func TestCalendarJSON2022(t *testing.T) {
	e := newSeededEnv(t)
	ube := e.create("/api/v1/partners", map[string]any{"name_en": "Testville", "country": "JP"})
	e.create("/api/v1/events", map[string]any{"title_en": "Cloud dialogue", "title_zh": "云对话", "kind": "dialogue",
		"status": "confirmed", "format": "online", "start_date": "2022-07-05", "start_time": "16:00",
		"timezone": "Asia/Shanghai", "partner_ids": []int64{ube}})
	cal := get[calendarJSON](e, "/api/v1/calendar/2022")
	has := map[string]bool{}
	prev := ""
	for _, en := range cal.Entries {
		key := en.Type + "|" + en.Date + "|" + deref(en.Country)
		has[key] = true
		if en.Type == "anniversary" && deref(en.TitleZH) == "威海—宇部结好30周年" && (!en.Milestone || en.Date != "2022-05-18") {
			t.Errorf("Ube 30th: %+v", en)
		}
		if en.Type == "event" && en.Ref.EventID == nil {
			t.Errorf("event without ref.event_id: %+v", en)
		}
		d := en.Date
		if len(d) == 10 && prev != "" && len(prev) == 10 && d < prev {
			t.Errorf("entries not by date: %s after %s", d, prev)
		}
		if len(d) == 10 {
			prev = d
		}
	}
	for _, want := range []string{"anniversary|2022-05-18|JP", "holiday|2022-10-01|CN", "holiday|2022-01-29|CN", "holiday|2022-05-03|JP", "event|2022-07-05|JP"} {
		if !has[want] {
			t.Errorf("calendar lacks %s", want)
		}
	}
	if cal.Year != 2022 {
		t.Errorf("year %d", cal.Year)
	}
	// Filters narrow everything, holidays included.
	for _, en := range get[calendarJSON](e, "/api/v1/calendar/2022?country=KR").Entries {
		if c := deref(en.Country); c != "KR" && c != "CN" && en.Type != "event" {
			t.Errorf("country=KR returned %+v", en)
		}
	}
}

func TestCalendarFormats(t *testing.T) {
	e := newSeededEnv(t)
	// ICS, parsed back with an independent parser.
	r := e.do("GET", "/api/v1/calendar/2022?format=ics", nil)
	wantStatus(t, r, 200)
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "text/calendar") || !bytes.Contains(r.Body, []byte("\r\n")) {
		t.Fatalf("ics: %q", r.Header.Get("Content-Type"))
	}
	parsed, err := ical.NewDecoder(bytes.NewReader(r.Body)).Decode()
	if err != nil {
		t.Fatalf("ics does not parse: %v", err)
	}
	found := false
	for _, ev := range parsed.Events() {
		s, _ := ev.Props.Text(ical.PropSummary)
		if strings.Contains(s, "威海—宇部结好30周年") {
			found = true
			start := ev.Props.Get(ical.PropDateTimeStart)
			end := ev.Props.Get(ical.PropDateTimeEnd)
			if start.Value != "20220518" || end == nil || end.Value != "20220519" || start.Params.Get(ical.ParamValue) != "DATE" {
				t.Errorf("all-day entry: DTSTART %v DTEND %v", start, end)
			}
		}
	}
	if !found {
		t.Error("ICS lacks the Ube 30th")
	}
	again := e.do("GET", "/api/v1/calendar/2022", nil, "Accept", "text/calendar")
	wantStatus(t, again, 200)
	uids := func(b []byte) string {
		var out []string
		for _, l := range strings.Split(string(b), "\r\n") {
			if strings.HasPrefix(l, "UID:") {
				out = append(out, l)
			}
		}
		return strings.Join(out, ",")
	}
	if uids(again.Body) != uids(r.Body) || uids(r.Body) == "" {
		t.Error("UIDs differ between two exports")
	}

	// CSV with a byte-order mark.
	r = e.do("GET", "/api/v1/calendar/2022", nil, "Accept", "text/csv")
	wantStatus(t, r, 200)
	if !bytes.HasPrefix(r.Body, []byte("\xef\xbb\xbf")) || !bytes.Contains(r.Body, []byte("威海—宇部结好30周年")) {
		t.Errorf("csv: %.200q", r.Body)
	}

	// XLSX, read back.
	if n := len(e.xlsx("/api/v1/calendar/2022?format=xlsx").GetSheetList()); n != 15 {
		t.Errorf("xlsx has %d sheets, want an overview, milestones, 12 months and year-only", n)
	}

	wantStatus(t, e.do("GET", "/api/v1/calendar/2022?format=pdf", nil), 400, "format")
	wantStatus(t, e.do("GET", "/api/v1/calendar/2022", nil, "Accept", "image/png"), 406)
	wantStatus(t, e.do("GET", "/api/v1/calendar/twenty", nil), 400, "year")
	wantStatus(t, e.do("GET", "/api/v1/calendar/2022?country=Japan", nil), 400, "country")
}

// calendarJSON is GET /calendar/{year} as JSON (json matches the
// one-word keys to the untagged fields).
type calendarJSON struct {
	Year        int
	GeneratedAt string  `json:"generated_at"`
	TitleZH     *string `json:"title_zh"`
	Warnings    []string
	Entries     []calendarEntry
}

// calendarEntry is one entry of the calendar.
type calendarEntry struct {
	// Keys of one word.
	Type, Date, Precision          string
	Timezone, Status, Kind, Format *string
	Country, Location              *string
	Tags                           []string
	Milestone                      bool
	Years                          *int
	// Keys of two words.
	EndDate         *string `json:"end_date"`
	StartTime       *string `json:"start_time"`
	DurationMinutes *int    `json:"duration_minutes"`
	TitleZH         *string `json:"title_zh"`
	TitleEN         *string `json:"title_en"`
	// Nested.
	Partners []struct {
		ID     int64
		NameZH *string `json:"name_zh"`
		NameEN *string `json:"name_en"`
	}
	Ref struct {
		EventID  *int64 `json:"event_id"`
		Source   *string
		SourceID *int64 `json:"source_id"`
	}
}

// exportCalendar is exportEnv's 2022 calendar as JSON.
func exportCalendar(t *testing.T) (*env, *resp, calendarJSON) {
	e := exportEnv(t)
	r := e.do("GET", "/api/v1/calendar/2022", nil)
	wantStatus(t, r, 200)
	var doc calendarJSON
	r.decode(t, &doc)
	return e, r, doc
}

// exportEnv is the seed plus events that exercise every form: timed in
// another zone and at home, cancelled, multi-day, with several partners.
func exportEnv(t *testing.T) *env {
	e := newSeededEnv(t, withNow(time.Date(2022, 3, 1, 8, 0, 0, 0, time.UTC)))
	p1 := e.create("/api/v1/partners", map[string]any{"name_en": "Testville", "name_zh": "测试市", "country": "GB"})
	p2 := e.create("/api/v1/partners", map[string]any{"name_en": "Otherville", "country": "JP"})
	for _, ev := range []map[string]any{
		{"title_en": "London call", "title_zh": "伦敦视频会", "kind": "dialogue", "status": "confirmed", "format": "online",
			"start_date": "2022-03-27", "start_time": "00:30", "timezone": "Europe/London", "partner_ids": []int64{p1}},
		{"title_en": "Home call", "kind": "dialogue", "status": "planned", "format": "online",
			"start_date": "2022-07-05", "start_time": "16:00", "timezone": "Asia/Shanghai", "partner_ids": []int64{p2, p1}},
		{"title_en": "Cancelled camp", "title_zh": "取消的夏令营", "kind": "youth", "status": "cancelled",
			"start_date": "2022-08-01", "end_date": "2022-08-05", "location": "Weihai", "partner_ids": []int64{p1, p2},
			"tags": []string{"海这边 海那边", "青少年"}},
		{"title_zh": "只有中文", "kind": "culture", "status": "idea", "start_date": "2022-11"},
	} {
		e.create("/api/v1/events", ev)
	}
	return e
}

// TestCalendarICSMatchesJSON parses the ICS with golang-ical and checks
// every entry's start, end, zone and status against the JSON.
func TestCalendarICSMatchesJSON(t *testing.T) {
	e, _, doc := exportCalendar(t)
	r := e.do("GET", "/api/v1/calendar/2022?format=ics", nil)
	wantStatus(t, r, 200)
	cal, err := ics.ParseCalendar(bytes.NewReader(r.Body))
	if err != nil {
		t.Fatalf("golang-ical: %v", err)
	}
	byUID := map[string]*ics.VEvent{}
	for _, ev := range cal.Events() {
		byUID[ev.Id()] = ev
	}
	caldesc := cal.CalendarProperties
	var xwr string
	for _, p := range caldesc {
		if p.IANAToken == "X-WR-CALDESC" {
			xwr = p.Value
		}
	}
	seen, checked := 0, map[string]bool{}
	for _, en := range doc.Entries {
		if en.Type == "holiday" {
			continue
		}
		title := strings.TrimSpace(deref(en.TitleZH) + " / " + deref(en.TitleEN))
		var uid string
		if en.Ref.EventID != nil {
			uid = fmt.Sprintf("event-%d@youcheng", *en.Ref.EventID)
		} else {
			uid = fmt.Sprintf("anniversary-%s-%d-%s@youcheng", *en.Ref.Source, *en.Ref.SourceID, en.Date[:4])
		}
		ev := byUID[uid]
		if en.Precision == "year" {
			if ev != nil {
				t.Errorf("%s: a year-only entry is a VEVENT", uid)
			}
			if !strings.Contains(xwr, en.Date+": ") {
				t.Errorf("%s (%s) is not listed in X-WR-CALDESC", uid, title)
			}
			continue
		}
		if ev == nil {
			t.Errorf("%s (%s %s) is not in the ICS", uid, en.Date, title)
			continue
		}
		seen++
		checked[en.Precision+"/"+strconv.FormatBool(en.StartTime != nil)] = true
		start, end := ev.GetProperty(ics.ComponentPropertyDtStart), ev.GetProperty(ics.ComponentPropertyDtEnd)
		if start == nil || end == nil {
			t.Errorf("%s: DTSTART %v DTEND %v", uid, start, end)
			continue
		}
		if en.StartTime == nil {
			first := en.Date
			switch en.Precision {
			case "month":
				first += "-01"
				if s := ev.GetProperty(ics.ComponentPropertySummary).Value; !strings.Contains(s, "day unknown") || !strings.Contains(s, "日期不详") {
					t.Errorf("%s: month-only SUMMARY %q does not say the day is unknown", uid, s)
				}
			}
			last := first
			if en.EndDate != nil {
				last = *en.EndDate
			}
			d, _ := time.Parse(time.DateOnly, last)
			wantEnd := d.AddDate(0, 0, 1).Format("20060102")
			if start.Value != strings.ReplaceAll(first, "-", "") || end.Value != wantEnd ||
				start.ICalParameters["VALUE"][0] != "DATE" || end.ICalParameters["VALUE"][0] != "DATE" {
				t.Errorf("%s: all-day %s..%v is DTSTART %s DTEND %s", uid, en.Date, deref(en.EndDate), start.Value, end.Value)
			}
		} else {
			loc, err := time.LoadLocation(*en.Timezone)
			if err != nil {
				t.Fatal(err)
			}
			wantStart, _ := time.ParseInLocation("2006-01-02 15:04", en.Date+" "+*en.StartTime, loc)
			wantEnd := wantStart.Add(time.Duration(*en.DurationMinutes) * time.Minute)
			gotStart, err1 := ev.GetStartAt()
			gotEnd, err2 := ev.GetEndAt()
			if err1 != nil || err2 != nil || !gotStart.Equal(wantStart) || !gotEnd.Equal(wantEnd) ||
				start.ICalParameters["TZID"][0] != *en.Timezone || end.ICalParameters["TZID"][0] != *en.Timezone {
				t.Errorf("%s: timed %v–%v (%s), ICS %v–%v %v (%v %v)", uid, wantStart, wantEnd, *en.Timezone,
					gotStart, gotEnd, start.ICalParameters, err1, err2)
			}
		}
		wantStatus := map[string]string{"idea": "TENTATIVE", "planned": "TENTATIVE", "confirmed": "CONFIRMED",
			"done": "CONFIRMED", "cancelled": "CANCELLED"}[deref(en.Status)]
		if got := ev.GetProperty(ics.ComponentPropertyStatus); (got == nil) != (wantStatus == "") || got != nil && got.Value != wantStatus {
			t.Errorf("%s: status %v, STATUS %v", uid, en.Status, got)
		}
		if deref(en.Status) == "cancelled" && !strings.HasPrefix(ev.GetProperty(ics.ComponentPropertySummary).Value, "【已取消 Cancelled】") {
			t.Errorf("%s: cancelled SUMMARY unmarked", uid)
		}
	}
	if seen != len(byUID) {
		t.Errorf("%d VEVENTs, %d JSON entries for them", len(byUID), seen)
	}
	for _, k := range []string{"day/false", "day/true", "month/false"} {
		if !checked[k] {
			t.Errorf("no %s entry checked", k)
		}
	}
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// TestCalendarExportsAgree: JSON, CSV and XLSX show the same entries with
// the contract's details, from the REST endpoint.
func TestCalendarExportsAgree(t *testing.T) {
	e, r, doc := exportCalendar(t)
	if deref(doc.TitleZH) != "威海 2022 年对外交流日历" || doc.GeneratedAt != "2022-03-01T08:00:00Z" || doc.Warnings == nil {
		t.Errorf("head: %q %q %v", deref(doc.TitleZH), doc.GeneratedAt, doc.Warnings)
	}
	if bytes.Contains(r.Body, []byte(`:""`)) {
		t.Errorf(`JSON has "" values`)
	}

	r = e.do("GET", "/api/v1/calendar/2022?format=csv", nil)
	wantStatus(t, r, 200)
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(r.Body, []byte("\uFEFF")))).ReadAll()
	if err != nil || !slices.Equal(recs[0], calendar.CSVHeader) {
		t.Fatalf("csv: %v %q", err, recs[0])
	}
	var want [][]string
	for _, en := range doc.Entries {
		if en.Type == "holiday" {
			continue
		}
		var ids, zh, enNames []string
		for _, p := range en.Partners {
			ids = append(ids, strconv.FormatInt(p.ID, 10))
			zh = append(zh, cmpOr(deref(p.NameZH), deref(p.NameEN)))
			enNames = append(enNames, cmpOr(deref(p.NameEN), deref(p.NameZH)))
		}
		years, ref := "", ""
		if en.Years != nil {
			years = strconv.Itoa(*en.Years)
		}
		if en.Ref.EventID != nil {
			ref = fmt.Sprintf("event:%d", *en.Ref.EventID)
		} else {
			ref = fmt.Sprintf("%s:%d", *en.Ref.Source, *en.Ref.SourceID)
		}
		want = append(want, []string{en.Type, en.Date, en.Precision, deref(en.EndDate), deref(en.StartTime), deref(en.Timezone),
			deref(en.Status), deref(en.Kind), deref(en.Format), deref(en.TitleZH), deref(en.TitleEN),
			strings.Join(zh, "; "), strings.Join(enNames, "; "), strings.Join(ids, ";"), deref(en.Country),
			deref(en.Location), strconv.FormatBool(en.Milestone), years, strings.Join(en.Tags, "; "), ref})
	}
	if !slices.EqualFunc(recs[1:], want, slices.Equal) {
		for i := range min(len(want), len(recs)-1) {
			if !slices.Equal(recs[i+1], want[i]) {
				t.Errorf("CSV row %d:\n got %q\nwant %q", i+1, recs[i+1], want[i])
			}
		}
		t.Errorf("CSV has %d rows, JSON %d non-holiday entries", len(recs)-1, len(want))
	}

	f := e.xlsx("/api/v1/calendar/2022?format=xlsx")
	rows, _ := f.GetRows("8月 August")
	var camp []string
	for _, row := range rows {
		if len(row) > 8 && row[8] == "取消的夏令营" {
			camp = row
		}
	}
	if len(camp) < 11 || camp[5] != "已取消 Cancelled" || !strings.Contains(camp[10], "测试市 / Testville (#") || !strings.Contains(camp[10], "Otherville (#") {
		t.Errorf("cancelled camp row %q", camp)
	}
	rows, _ = f.GetRows("10月 October")
	found := false
	for _, row := range rows {
		found = found || len(row) > 9 && row[8] == "国庆节" && row[9] == "National Day"
	}
	if !found {
		t.Errorf("October lacks 国庆节 / National Day")
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
