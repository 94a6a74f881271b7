package calendar

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	goical "github.com/emersion/go-ical" // independent parser: the output is not read back with golang-ical

	"github.com/youcheng/youcheng/model/pdate"
)

// renderICS writes c as ICS and checks the physical layout of every line.
func renderICS(t testing.TB, c *Calendar) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteICS(&b, c); err != nil {
		t.Fatalf("WriteICS: %v", err)
	}
	checkICSLines(t, b.String())
	return b.String()
}

// checkICSLines checks RFC 5545 §3.1: CRLF after every line (no bare CR or
// LF), no line longer than 75 octets, and folding that never splits a UTF-8
// character (each physical line is valid UTF-8 on its own).
func checkICSLines(t testing.TB, s string) {
	t.Helper()
	if !strings.HasSuffix(s, "\r\n") {
		t.Fatalf("output does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Fatalf("line %d is %d octets (> 75): %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Fatalf("line %d is not valid UTF-8 on its own (a fold split a character): %q", i+1, l)
		}
		if l == "" {
			t.Fatalf("line %d is empty", i+1)
		}
	}
}

// parseICS decodes s with github.com/emersion/go-ical, checks that nothing
// follows the VCALENDAR and that the encoder's RFC 5545 structure checks
// (required and unique properties, VTIMEZONE observances, …) accept it.
func parseICS(t testing.TB, s string) *goical.Calendar {
	t.Helper()
	dec := goical.NewDecoder(strings.NewReader(s))
	cal, err := dec.Decode()
	if err != nil {
		t.Fatalf("go-ical cannot parse the output: %v\n%s", err, s)
	}
	if _, err := dec.Decode(); err != io.EOF {
		t.Fatalf("data after END:VCALENDAR: %v", err)
	}
	if err := goical.NewEncoder(io.Discard).Encode(cal); err != nil {
		t.Fatalf("go-ical rejects the structure: %v", err)
	}
	return cal
}

func text(t testing.TB, c *goical.Component, name string) string {
	t.Helper()
	p := c.Props.Get(name)
	if p == nil {
		return ""
	}
	s, err := p.Text()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

func eventsByUID(t testing.TB, cal *goical.Calendar) map[string]goical.Event {
	t.Helper()
	m := map[string]goical.Event{}
	for _, ev := range cal.Events() {
		uid := text(t, ev.Component, goical.PropUID)
		if _, dup := m[uid]; dup {
			t.Fatalf("duplicate UID %q", uid)
		}
		m[uid] = ev
	}
	return m
}

func TestWriteICSCalendar(t *testing.T) {
	t.Parallel()
	cal := parseICS(t, renderICS(t, fixture()))
	for name, want := range map[string]string{
		goical.PropVersion:       "2.0",
		goical.PropProductID:     ICSProductID,
		goical.PropCalendarScale: "GREGORIAN",
		goical.PropMethod:        "PUBLISH",
		goical.PropName:          DefaultName(2022),
		"X-WR-CALNAME":           DefaultName(2022),
	} {
		if got := text(t, cal.Component, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if p := cal.Props.Get(goical.PropRefreshInterval); p == nil || p.Value != "PT12H" || p.Params.Get("VALUE") != "DURATION" {
		t.Errorf("REFRESH-INTERVAL = %+v", p)
	}
	// Holidays are not exported; the year-only anniversary is described, not scheduled.
	evs := eventsByUID(t, cal)
	want := []string{
		"anniversary-partnership-11-2022@youcheng",
		"anniversary-partnership-5-2022@youcheng",
		"anniversary-partnership-7-2022@youcheng",
		"event-42@youcheng", "event-43@youcheng", "event-44@youcheng", "event-45@youcheng",
	}
	var got []string
	for uid, ev := range evs {
		got = append(got, uid)
		stamp, err := ev.Props.DateTime(goical.PropDateTimeStamp, nil)
		if err != nil || !stamp.Equal(fixtureGenerated) {
			t.Errorf("%s DTSTAMP = %v, %v; want %v", uid, stamp, err, fixtureGenerated)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("UIDs = %q, want %q", got, want)
	}
	desc := text(t, cal.Component, goical.PropDescription)
	if !strings.Contains(desc, "2022: 中日邦交正常化50周年 / 50th anniversary of China–Japan normalization") {
		t.Errorf("calendar DESCRIPTION does not list the year-only anniversary: %q", desc)
	}
	if text(t, cal.Component, "X-WR-CALDESC") != desc {
		t.Errorf("X-WR-CALDESC differs from DESCRIPTION")
	}
}

func TestWriteICSEscaping(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, zh, en, desc, loc string
		wantRaw                 []string // escaped forms in the raw output
	}{
		{name: "comma semicolon backslash", zh: "威海，宇部", en: `a,b;c\d`, wantRaw: []string{`a\,b\;c\\d`}},
		{name: "newline", en: "x", desc: "line 1\nline 2\r\nline 3\rline 4", wantRaw: []string{`line 1\nline 2\nline 3\nline 4`}},
		{name: "quotes and colon", en: `say "hi": ok`, loc: `Room "A": 3F`, wantRaw: []string{`SUMMARY:say "hi": ok`, `LOCATION:Room "A": 3F`}},
		{name: "control characters dropped", en: "bell\x07tab\there\x00", wantRaw: []string{"SUMMARY:bell" + "tab\there"}},
		{name: "invalid utf-8 replaced", en: "bad\xffbyte", wantRaw: []string{"SUMMARY:bad\uFFFDbyte"}},
		{name: "escaped-looking text", en: `\n is not a newline \,`, wantRaw: []string{`SUMMARY:\\n is not a newline \\\,`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := Entry{Type: TypeEvent, Date: pdate.MustParse("2022-05-04"), TitleZH: tt.zh, TitleEN: tt.en,
				Description: tt.desc, Location: tt.loc, Ref: Ref{EventID: i64(1)}}
			raw := renderICS(t, &Calendar{Year: 2022, Generated: fixtureGenerated, Entries: []Entry{e}})
			unfolded := strings.ReplaceAll(raw, "\r\n ", "")
			for _, w := range tt.wantRaw {
				if !strings.Contains(unfolded, w) {
					t.Errorf("raw output lacks %q:\n%s", w, raw)
				}
			}
			ev := parseICS(t, raw).Events()[0]
			if got, want := text(t, ev.Component, goical.PropSummary), e.BilingualTitle(); got != want {
				t.Errorf("SUMMARY = %q, want %q", got, want)
			}
			if got, want := text(t, ev.Component, goical.PropDescription), strings.TrimSpace(cleanText(tt.desc)); got != want {
				t.Errorf("DESCRIPTION = %q, want %q", got, want)
			}
			if got, want := text(t, ev.Component, goical.PropLocation), cleanLine(tt.loc); got != want {
				t.Errorf("LOCATION = %q, want %q", got, want)
			}
		})
	}
}

func TestWriteICSFolding(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, zh, en string }{
		{"chinese", strings.Repeat("威海—宇部友好城市", 20), ""},
		{"mixed at odd offsets", "x" + strings.Repeat("结好", 50), strings.Repeat("ab ", 60)},
		{"emoji and 3-byte runs", strings.Repeat("🎉中", 40), strings.Repeat("é", 100)},
		{"no spaces", "", strings.Repeat("abcdefghij", 30)},
		{"escapes across folds", "", strings.Repeat(`,;\`, 80)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := Entry{Type: TypeAnniversary, Date: pdate.MustParse("2022-09-21"), TitleZH: tt.zh, TitleEN: tt.en,
				Description: tt.en + "\n" + tt.zh, Ref: Ref{Source: "partnership", SourceID: i64(7)}}
			raw := renderICS(t, &Calendar{Year: 2022, Generated: fixtureGenerated, Entries: []Entry{e}})
			if !strings.Contains(raw, "\r\n ") {
				t.Fatalf("long lines were not folded")
			}
			ev := parseICS(t, raw).Events()[0]
			if got := text(t, ev.Component, goical.PropSummary); got != e.BilingualTitle() {
				t.Errorf("SUMMARY = %q, want %q", got, e.BilingualTitle())
			}
		})
	}
}

func TestWriteICSAllDay(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name            string
		date, end       string
		wantStart, want string // DTSTART and exclusive DTEND
	}{
		{"single day", "2022-09-21", "", "20220921", "20220922"},
		{"end equals start", "2022-09-21", "2022-09-21", "20220921", "20220922"},
		{"multi-day", "2022-09-15", "2022-09-18", "20220915", "20220919"},
		{"year end", "2022-12-31", "", "20221231", "20230101"},
		{"across year end", "2022-12-30", "2023-01-02", "20221230", "20230103"},
		// Known only to the month: one day, the 1st, never the whole month.
		{"month precision", "2022-07", "", "20220701", "20220702"},
		{"month precision leap February", "2024-02", "", "20240201", "20240202"},
		{"month precision December", "2022-12", "", "20221201", "20221202"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := Entry{Type: TypeAnniversary, Date: pdate.MustParse(tt.date), TitleEN: "x", Ref: Ref{Source: "partnership", SourceID: i64(1)}}
			if tt.end != "" {
				e.EndDate = pdate.MustParse(tt.end)
			}
			raw := renderICS(t, &Calendar{Generated: fixtureGenerated, Entries: []Entry{e}})
			ev := parseICS(t, raw).Events()[0]
			for name, want := range map[string]string{goical.PropDateTimeStart: tt.wantStart, goical.PropDateTimeEnd: tt.want} {
				p := ev.Props.Get(name)
				if p == nil || p.Value != want || p.ValueType() != goical.ValueDate || p.Params.Get(goical.PropTimezoneID) != "" {
					t.Errorf("%s = %+v, want VALUE=DATE:%s", name, p, want)
				}
			}
			if got := text(t, ev.Component, goical.PropTransparency); got != "TRANSPARENT" {
				t.Errorf("TRANSP = %q", got)
			}
			desc := text(t, ev.Component, goical.PropDescription)
			if month := e.Date.Precision() == pdate.Month; month != strings.Contains(desc, "Exact day unknown") {
				t.Errorf("month-precision note present = %v for %s: %q", !month, tt.date, desc)
			}
			summary := text(t, ev.Component, goical.PropSummary)
			if month := e.Date.Precision() == pdate.Month; month != (summary == "x（日期不详 day unknown）") {
				t.Errorf("SUMMARY %q for %s", summary, tt.date)
			}
		})
	}
}

// observance is one STANDARD/DAYLIGHT of a parsed VTIMEZONE.
type observance struct {
	kind     string
	onset    time.Time // UTC
	from, to int       // seconds east of UTC
	name     string
}

func parseOffset(t testing.TB, s string) int {
	t.Helper()
	if len(s) != 5 && len(s) != 7 || s[0] != '+' && s[0] != '-' {
		t.Fatalf("bad UTC offset %q", s)
	}
	n := func(a string) int {
		v := 0
		for _, c := range a {
			v = v*10 + int(c-'0')
		}
		return v
	}
	sec := n(s[1:3])*3600 + n(s[3:5])*60
	if len(s) == 7 {
		sec += n(s[5:7])
	}
	if s[0] == '-' {
		sec = -sec
	}
	return sec
}

// observances reads the VTIMEZONE of tzid without using its rules from
// anywhere else: onset = DTSTART (local, in TZOFFSETFROM) − TZOFFSETFROM.
func observances(t testing.TB, cal *goical.Calendar, tzid string) []observance {
	t.Helper()
	for _, c := range cal.Children {
		if c.Name != goical.CompTimezone || text(t, c, goical.PropTimezoneID) != tzid {
			continue
		}
		var obs []observance
		for _, o := range c.Children {
			local, err := time.Parse(icsLocalTime, o.Props.Get(goical.PropDateTimeStart).Value)
			if err != nil {
				t.Fatal(err)
			}
			from := parseOffset(t, o.Props.Get(goical.PropTimezoneOffsetFrom).Value)
			obs = append(obs, observance{
				kind: o.Name, onset: local.Add(-time.Duration(from) * time.Second), from: from,
				to: parseOffset(t, o.Props.Get(goical.PropTimezoneOffsetTo).Value), name: text(t, o, goical.PropTimezoneName),
			})
		}
		return obs
	}
	t.Fatalf("no VTIMEZONE %q", tzid)
	return nil
}

// offsetAt is the offset the VTIMEZONE gives for instant u: that of the
// observance with the latest onset not after u.
func offsetAt(t testing.TB, obs []observance, u time.Time) int {
	t.Helper()
	best := -1
	for i, o := range obs {
		if !o.onset.After(u) && (best < 0 || o.onset.After(obs[best].onset)) {
			best = i
		}
	}
	if best < 0 {
		t.Fatalf("VTIMEZONE does not cover %v", u)
	}
	return obs[best].to
}

func TestWriteICSTimed(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name               string
		e                  Entry
		tzid               string
		wantStart, wantEnd string    // local values with TZID; wantEnd "" for no DTEND
		startUTC, endUTC   time.Time // the instants they denote
	}{
		{
			name: "London summer (BST)", tzid: "Europe/London",
			e:         Entry{Date: pdate.MustParse("2022-07-15"), StartTime: "14:00", Timezone: "Europe/London", DurationMinutes: 90},
			wantStart: "20220715T140000", wantEnd: "20220715T153000",
			startUTC: time.Date(2022, 7, 15, 13, 0, 0, 0, time.UTC), endUTC: time.Date(2022, 7, 15, 14, 30, 0, 0, time.UTC),
		},
		{
			name: "London winter (GMT), no end: an hour", tzid: "Europe/London",
			e:         Entry{Date: pdate.MustParse("2022-12-01"), StartTime: "10:00", Timezone: "Europe/London"},
			wantStart: "20221201T100000", wantEnd: "20221201T110000",
			startUTC: time.Date(2022, 12, 1, 10, 0, 0, 0, time.UTC), endUTC: time.Date(2022, 12, 1, 11, 0, 0, 0, time.UTC),
		},
		{
			name: "duration across the spring-forward gap", tzid: "Europe/London",
			e:         Entry{Date: pdate.MustParse("2022-03-27"), StartTime: "00:30", Timezone: "Europe/London", DurationMinutes: 120},
			wantStart: "20220327T003000", wantEnd: "20220327T033000",
			startUTC: time.Date(2022, 3, 27, 0, 30, 0, 0, time.UTC), endUTC: time.Date(2022, 3, 27, 2, 30, 0, 0, time.UTC),
		},
		{
			name: "home zone Asia/Shanghai", tzid: "Asia/Shanghai",
			e:         Entry{Date: pdate.MustParse("2022-09-21"), StartTime: "09:30", Timezone: "Asia/Shanghai", DurationMinutes: 60},
			wantStart: "20220921T093000", wantEnd: "20220921T103000",
			startUTC: time.Date(2022, 9, 21, 1, 30, 0, 0, time.UTC), endUTC: time.Date(2022, 9, 21, 2, 30, 0, 0, time.UTC),
		},
		{
			name: "multi-day timed runs to the end of its last day", tzid: "America/New_York",
			e:         Entry{Date: pdate.MustParse("2022-11-04"), EndDate: pdate.MustParse("2022-11-07"), StartTime: "18:00", Timezone: "America/New_York"},
			wantStart: "20221104T180000", wantEnd: "20221108T000000",
			startUTC: time.Date(2022, 11, 4, 22, 0, 0, 0, time.UTC), endUTC: time.Date(2022, 11, 8, 5, 0, 0, 0, time.UTC),
		},
		{
			name: "southern hemisphere across the year end", tzid: "Australia/Sydney",
			e:         Entry{Date: pdate.MustParse("2022-12-31"), StartTime: "23:00", Timezone: "Australia/Sydney", DurationMinutes: 120},
			wantStart: "20221231T230000", wantEnd: "20230101T010000",
			startUTC: time.Date(2022, 12, 31, 12, 0, 0, 0, time.UTC), endUTC: time.Date(2022, 12, 31, 14, 0, 0, 0, time.UTC),
		},
		{
			name: "UTC", tzid: "UTC",
			e:         Entry{Date: pdate.MustParse("2022-06-01"), StartTime: "12:00", Timezone: "UTC", DurationMinutes: 30},
			wantStart: "20220601T120000", wantEnd: "20220601T123000",
			startUTC: time.Date(2022, 6, 1, 12, 0, 0, 0, time.UTC), endUTC: time.Date(2022, 6, 1, 12, 30, 0, 0, time.UTC),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := tt.e
			e.Type, e.TitleEN, e.Ref = TypeEvent, "timed", Ref{EventID: i64(9)}
			cal := parseICS(t, renderICS(t, &Calendar{Generated: fixtureGenerated, Entries: []Entry{e}}))
			ev := cal.Events()[0]
			obs := observances(t, cal, tt.tzid)
			check := func(name, wantLocal string, wantUTC time.Time) {
				p := ev.Props.Get(name)
				if wantLocal == "" {
					if p != nil {
						t.Errorf("%s = %q, want none", name, p.Value)
					}
					return
				}
				if p == nil || p.Value != wantLocal || p.Params.Get(goical.PropTimezoneID) != tt.tzid || p.ValueType() == goical.ValueDate {
					t.Fatalf("%s = %+v, want TZID=%s:%s", name, p, tt.tzid, wantLocal)
				}
				// go-ical resolves TZID through the system zone database …
				if got, err := p.DateTime(nil); err != nil || !got.Equal(wantUTC) {
					t.Errorf("%s denotes %v (%v), want %v", name, got, err, wantUTC)
				}
				// … and the VTIMEZONE we wrote must agree with it.
				local, _ := time.Parse(icsLocalTime, wantLocal)
				if off := offsetAt(t, obs, wantUTC); !wantUTC.Add(time.Duration(off) * time.Second).Equal(local) {
					t.Errorf("VTIMEZONE gives offset %d s at %v, so %s would be %v", off, wantUTC, wantLocal, local.Add(-time.Duration(off)*time.Second))
				}
			}
			check(goical.PropDateTimeStart, tt.wantStart, tt.startUTC)
			check(goical.PropDateTimeEnd, tt.wantEnd, tt.endUTC)
			if ev.Props.Get(goical.PropTransparency) != nil {
				t.Errorf("timed events should stay OPAQUE")
			}
		})
	}
}

func TestVTimezoneLondon2022(t *testing.T) {
	t.Parallel()
	e := Entry{Type: TypeEvent, Date: pdate.MustParse("2022-07-15"), StartTime: "14:00", Timezone: "Europe/London", TitleEN: "x", Ref: Ref{EventID: i64(1)}}
	cal := parseICS(t, renderICS(t, &Calendar{Generated: fixtureGenerated, Entries: []Entry{e}}))
	got := observances(t, cal, "Europe/London")
	want := []observance{
		{"STANDARD", time.Date(2021, 10, 31, 1, 0, 0, 0, time.UTC), 3600, 0, "GMT"},
		{"DAYLIGHT", time.Date(2022, 3, 27, 1, 0, 0, 0, time.UTC), 0, 3600, "BST"},
		{"STANDARD", time.Date(2022, 10, 30, 1, 0, 0, 0, time.UTC), 3600, 0, "GMT"},
	}
	if !slices.EqualFunc(got, want, func(a, b observance) bool {
		return a.kind == b.kind && a.onset.Equal(b.onset) && a.from == b.from && a.to == b.to && a.name == b.name
	}) {
		t.Errorf("observances:\n got %+v\nwant %+v", got, want)
	}
}

func TestUTCOffset(t *testing.T) {
	t.Parallel()
	for sec, want := range map[int]string{0: "+0000", 3600: "+0100", -18000: "-0500", 19800: "+0530", -(3600 + 75): "-010115", 8*3600 + 45*60: "+0845"} {
		if got := utcOffset(sec); got != want {
			t.Errorf("utcOffset(%d) = %q, want %q", sec, got, want)
		}
	}
}

func TestWriteICSUIDStable(t *testing.T) {
	t.Parallel()
	first := fixture()
	second := fixture()
	second.Generated = fixtureGenerated.Add(72 * time.Hour)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(second.Entries), func(i, j int) {
		second.Entries[i], second.Entries[j] = second.Entries[j], second.Entries[i]
	})
	a := eventsByUID(t, parseICS(t, renderICS(t, first)))
	b := eventsByUID(t, parseICS(t, renderICS(t, second)))
	if len(a) != len(b) {
		t.Fatalf("%d vs %d events", len(a), len(b))
	}
	for uid, ev := range a {
		other, ok := b[uid]
		if !ok {
			t.Errorf("UID %q missing from the second export", uid)
			continue
		}
		if x, y := text(t, ev.Component, goical.PropSummary), text(t, other.Component, goical.PropSummary); x != y {
			t.Errorf("UID %q names %q then %q", uid, x, y)
		}
	}
}

func TestEntryUID(t *testing.T) {
	t.Parallel()
	hashed := Entry{Type: TypeEvent, Date: pdate.MustParse("2022-01-02"), TitleEN: "no id"}
	tests := []struct {
		e    Entry
		want string
	}{
		{Entry{Type: TypeEvent, Date: pdate.MustParse("2022-01-02"), Ref: Ref{EventID: i64(42)}}, "event-42@youcheng"},
		{Entry{Type: TypeAnniversary, Date: pdate.MustParse("2022-09-21"), Ref: Ref{Source: "partnership", SourceID: i64(7)}}, "anniversary-partnership-7-2022@youcheng"},
		{Entry{Type: TypeAnniversary, Date: pdate.MustParse("2023"), Ref: Ref{Source: "Commemoration", SourceID: i64(3)}}, "anniversary-commemoration-3-2023@youcheng"},
		{Entry{Type: TypeAnniversary, Date: pdate.MustParse("2023-07"), Ref: Ref{Source: "a b;c,d@e", SourceID: i64(3)}}, "anniversary-a-bcde-3-2023@youcheng"},
		{Entry{Type: TypeHoliday, Date: pdate.MustParse("2022-10-01"), Country: "CN"}, "holiday-cn-2022-10-01@youcheng"},
		{hashed, hashed.UID()},
	}
	for _, tt := range tests {
		if got := tt.e.UID(); got != tt.want {
			t.Errorf("UID(%+v) = %q, want %q", tt.e, got, tt.want)
		}
	}
	if u := hashed.UID(); !strings.HasPrefix(u, "entry-") || !strings.HasSuffix(u, "@youcheng") {
		t.Errorf("hashed UID %q", u)
	}
	renamed := hashed
	renamed.TitleEN = "other"
	if renamed.UID() == hashed.UID() {
		t.Errorf("hashed UIDs of different entries collide")
	}
}

func TestWriteICSDuplicateUIDs(t *testing.T) {
	t.Parallel()
	e := Entry{Type: TypeEvent, Date: pdate.MustParse("2022-01-02"), TitleEN: "dup", Ref: Ref{EventID: i64(5)}}
	evs := eventsByUID(t, parseICS(t, renderICS(t, &Calendar{Generated: fixtureGenerated, Entries: []Entry{e, e, e}})))
	for _, uid := range []string{"event-5@youcheng", "event-5-2@youcheng", "event-5-3@youcheng"} {
		if _, ok := evs[uid]; !ok {
			t.Errorf("missing UID %q (have %v)", uid, slices.Collect(func(yield func(string) bool) {
				for k := range evs {
					if !yield(k) {
						return
					}
				}
			}))
		}
	}
}

func TestWriteICSEventDetails(t *testing.T) {
	t.Parallel()
	evs := eventsByUID(t, parseICS(t, renderICS(t, fixture())))
	ev := evs["event-42@youcheng"]
	if got := text(t, ev.Component, goical.PropStatus); got != "CONFIRMED" {
		t.Errorf("STATUS = %q", got)
	}
	if got := text(t, ev.Component, goical.PropLocation); got != "威海市政府, Weihai" {
		t.Errorf("LOCATION = %q", got)
	}
	want := "第一行\n第二行, with comma; semicolon\n\n类别 Kind: 官方访问 Official visit\n形式 Format: 线下 In person\n" +
		"状态 Status: 已确认 Confirmed\n友城 Partners: 宇部市 / Ube (#7); Shimonoseki (#9)\n国家/地区 Country: JP\n标签 Tags: 海这边 海那边; 友好交流"
	if got := text(t, ev.Component, goical.PropDescription); got != want {
		t.Errorf("DESCRIPTION = %q, want %q", got, want)
	}
	for name, want := range map[string]string{"X-YOUCHENG-TYPE": "event", "X-YOUCHENG-PRECISION": "day", "X-YOUCHENG-KIND": "official_visit",
		"X-YOUCHENG-FORMAT": "in_person", "X-YOUCHENG-STATUS": "confirmed", "X-YOUCHENG-PARTNER-IDS": "7;9", "X-YOUCHENG-COUNTRY": "JP"} {
		if got := text(t, ev.Component, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	var tags []string
	for _, p := range ev.Props.Values("X-YOUCHENG-TAG") {
		tags = append(tags, p.Value)
	}
	if !slices.Equal(tags, []string{"海这边 海那边", "友好交流"}) {
		t.Errorf("X-YOUCHENG-TAG = %q", tags)
	}
	cancelled := evs["event-45@youcheng"]
	if got := text(t, cancelled.Component, goical.PropStatus); got != "CANCELLED" {
		t.Errorf("cancelled STATUS = %q", got)
	}
	if got := text(t, cancelled.Component, goical.PropSummary); got != "【已取消 Cancelled】青少年夏令营 / Youth camp" {
		t.Errorf("cancelled SUMMARY = %q", got)
	}
	ann := evs["anniversary-partnership-7-2022@youcheng"]
	if got := text(t, ann.Component, goical.PropSummary); got != "威海—宇部结好30周年 / 30th anniversary of Weihai–Ube sister-city ties" {
		t.Errorf("SUMMARY = %q", got)
	}
	var cats []string
	for _, p := range ann.Props.Values(goical.PropCategories) {
		cats = append(cats, p.Value)
	}
	if !slices.Equal(cats, []string{"Anniversary", "Milestone"}) {
		t.Errorf("CATEGORIES = %q", cats)
	}
	if got := text(t, evs["event-44@youcheng"].Component, goical.PropStatus); got != "TENTATIVE" {
		t.Errorf("planned STATUS = %q", got)
	}
}

type failWriter struct{ after int }

var errWrite = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after <= 0 {
		return 0, errWrite
	}
	n := min(len(p), w.after)
	w.after -= n
	if n < len(p) {
		return n, errWrite
	}
	return n, nil
}

func TestWritersReject(t *testing.T) {
	t.Parallel()
	writers := map[string]func(io.Writer, *Calendar) error{
		"ics": WriteICS, "json": WriteJSON, "csv": WriteCSV, "xlsx": WriteXLSX,
	}
	d := pdate.MustParse("2022-05-04")
	tests := []struct {
		name string
		e    Entry
	}{
		{"unknown type", Entry{Type: "meeting", Date: d}},
		{"no date", Entry{Type: TypeEvent}},
		{"end before date", Entry{Type: TypeEvent, Date: d, EndDate: pdate.MustParse("2022-05-03")}},
		{"end with partial date", Entry{Type: TypeEvent, Date: pdate.MustParse("2022-05"), EndDate: d}},
		{"partial end", Entry{Type: TypeEvent, Date: d, EndDate: pdate.MustParse("2022-06")}},
		{"bad start time", Entry{Type: TypeEvent, Date: d, StartTime: "24:00", Timezone: "Asia/Shanghai"}},
		{"start time without minutes", Entry{Type: TypeEvent, Date: d, StartTime: "9:30", Timezone: "Asia/Shanghai"}},
		{"start time on a partial date", Entry{Type: TypeEvent, Date: pdate.MustParse("2022-05"), StartTime: "09:30", Timezone: "Asia/Shanghai"}},
		{"unknown zone", Entry{Type: TypeEvent, Date: d, StartTime: "09:30", Timezone: "Mars/Olympus"}},
		{"Local zone", Entry{Type: TypeEvent, Date: d, StartTime: "09:30", Timezone: "Local"}},
		{"negative duration", Entry{Type: TypeEvent, Date: d, StartTime: "09:30", Timezone: "Asia/Shanghai", DurationMinutes: -5}},
		{"start time without a zone", Entry{Type: TypeEvent, Date: d, StartTime: "09:30"}},
		{"duration without start", Entry{Type: TypeEvent, Date: d, DurationMinutes: 30}},
	}
	for _, tt := range tests {
		for format, write := range writers {
			t.Run(tt.name+"/"+format, func(t *testing.T) {
				t.Parallel()
				var b bytes.Buffer
				err := write(&b, &Calendar{Year: 2022, Entries: []Entry{{Type: TypeEvent, Date: d, TitleEN: "ok"}, tt.e}})
				if !errors.Is(err, ErrInvalidEntry) || !strings.Contains(err.Error(), "entry 1") {
					t.Errorf("err = %v, want ErrInvalidEntry for entry 1", err)
				}
				if b.Len() != 0 {
					t.Errorf("wrote %d bytes before failing", b.Len())
				}
			})
		}
	}
	for format, write := range writers {
		for _, after := range []int{0, 100} {
			if err := write(&failWriter{after: after}, fixture()); !errors.Is(err, errWrite) {
				t.Errorf("%s with a writer failing after %d bytes: err = %v", format, after, err)
			}
		}
	}
}

func TestWriteICSFeedSpansYears(t *testing.T) {
	t.Parallel()
	// A subscribable feed: last year to two years ahead, Year 0.
	mk := func(date string, id int64) Entry {
		return Entry{Type: TypeEvent, Date: pdate.MustParse(date), StartTime: "10:00", Timezone: "Europe/London", TitleEN: date, Ref: Ref{EventID: i64(id)}}
	}
	c := &Calendar{Generated: fixtureGenerated, Entries: []Entry{mk("2024-06-01", 2), mk("2021-01-15", 1)}}
	cal := parseICS(t, renderICS(t, c))
	if got := text(t, cal.Component, "X-WR-CALNAME"); got != DefaultName(0) {
		t.Errorf("X-WR-CALNAME = %q", got)
	}
	obs := observances(t, cal, "Europe/London")
	// The zone in force on 2021-01-01 (since October 2020), then two
	// transitions a year for 2021–2024.
	if len(obs) != 1+2*4 {
		t.Fatalf("%d observances, want 9: %+v", len(obs), obs)
	}
	if first := obs[0]; first.kind != "STANDARD" || !first.onset.Equal(time.Date(2020, 10, 25, 1, 0, 0, 0, time.UTC)) {
		t.Errorf("first observance %+v", first)
	}
	if last := obs[len(obs)-1]; last.kind != "STANDARD" || !last.onset.Equal(time.Date(2024, 10, 27, 1, 0, 0, 0, time.UTC)) {
		t.Errorf("last observance %+v", last)
	}
	for _, tz := range cal.Children {
		if tz.Name == goical.CompTimezone && text(t, tz, goical.PropTimezoneID) != "Europe/London" {
			t.Errorf("unexpected VTIMEZONE %q", text(t, tz, goical.PropTimezoneID))
		}
	}
}
