package calendar

import (
	"bytes"
	"strings"
	"testing"

	goical "github.com/emersion/go-ical"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// FuzzWriteICS feeds arbitrary titles, descriptions and locations to
// WriteICS and checks that the output keeps the RFC 5545 line rules, parses
// back with the independent go-ical parser, and that the title, description
// and location round-trip (after the documented clean-up of cleanText).
//
//	go test -run '^$' -fuzz FuzzWriteICS -fuzztime 60s ./model/calendar/
func FuzzWriteICS(f *testing.F) {
	for _, s := range [][4]string{
		{"威海—宇部结好30周年", "30th anniversary of Weihai–Ube ties", "", ""},
		{`a,b;c\d`, "line\nbreak\r\nand\rCR", `\n\,\;\\`, "Room 3, 5F; east wing"},
		{strings.Repeat("结好", 60), strings.Repeat("x ", 70), strings.Repeat("🎉", 40), ""},
		{"\x00\x1b[31m", "\xff\xfe", "\t tab \t", "  "},
		{"BEGIN:VEVENT", "END:VCALENDAR", "\r\nEND:VEVENT\r\n", ":;=\""},
		{"", "", "", ""},
	} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, zh, en, desc, loc string) {
		c := &Calendar{Year: 2022, TitleEN: en, Generated: fixtureGenerated, Entries: []Entry{
			{Type: TypeEvent, Date: pdate.MustParse("2022-07-15"), StartTime: "14:00", Timezone: "Europe/London", DurationMinutes: 60,
				TitleZH: zh, TitleEN: en, Description: desc, Location: loc, Ref: Ref{EventID: i64(1)}},
			{Type: TypeAnniversary, Date: pdate.MustParse("2022-09"), TitleZH: en, TitleEN: zh, Description: desc,
				Ref: Ref{Source: zh, SourceID: i64(2)}},
		}}
		var b bytes.Buffer
		if err := WriteICS(&b, c); err != nil {
			t.Fatalf("WriteICS: %v", err)
		}
		raw := b.String()
		checkICSLines(t, raw)
		cal := parseICS(t, raw)

		wantTitle := func(zh, en string) string {
			return vocab.Bilingual(strings.TrimSpace(cleanText(zh)), strings.TrimSpace(cleanText(en)), " / ")
		}
		evs := cal.Events()
		if len(evs) != 2 {
			t.Fatalf("%d events, want 2", len(evs))
		}
		month := func(zh, en string) string {
			zh, en = strings.TrimSpace(cleanText(zh)), strings.TrimSpace(cleanText(en))
			switch t := wantTitle(zh, en); {
			case t == "":
				return ""
			case zh != "" && en != "" && zh != en:
				return zh + "（日期不详）/ " + en + " (day unknown)"
			default:
				return t + "（日期不详 day unknown）"
			}
		}
		for i, want := range []string{wantTitle(zh, en), month(en, zh)} {
			p := evs[i].Props.Get(goical.PropSummary)
			switch {
			case want == "" && p != nil:
				t.Errorf("event %d: SUMMARY %q for empty titles", i, p.Value)
			case want != "" && text(t, evs[i].Component, goical.PropSummary) != want:
				t.Errorf("event %d: SUMMARY = %q, want %q", i, text(t, evs[i].Component, goical.PropSummary), want)
			}
		}
		if got, want := text(t, evs[0].Component, goical.PropDescription), strings.TrimSpace(cleanText(desc)); got != want {
			t.Errorf("DESCRIPTION = %q, want %q", got, want)
		}
		if got, want := text(t, evs[0].Component, goical.PropLocation), strings.TrimSpace(cleanText(loc)); got != want {
			t.Errorf("LOCATION = %q, want %q", got, want)
		}
		if got, want := text(t, cal.Component, goical.PropName), c.name(); got != want {
			t.Errorf("NAME = %q, want %q", got, want)
		}
		uid := text(t, evs[1].Component, goical.PropUID)
		if !strings.HasPrefix(uid, "anniversary-") || !strings.HasSuffix(uid, "-2-2022@youcheng") {
			t.Errorf("UID %q", uid)
		}
	})
}
