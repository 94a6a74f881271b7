package holidays

import (
	"sort"
	"strings"
	"testing"
	"time"
)

// Korea 2026 and 2027, every day off by name (weekends included),
// written out by hand from the official calendars: KASA's 2026 and 2027
// 월력요항 (30 Jun 2025, 29 Jun 2026), the Act on Public Holidays as
// amended by Acts 21338 (Constitution Day) and 21543 (Labour Day), Decree
// 36290 (art. 3: Labour Day and the national days earn a substitute on a
// Saturday or Sunday) and the 9th local elections (NEC, 3 Jun 2026).
func TestKorea2026And2027(t *testing.T) {
	t.Parallel()
	// 2027: "토요일과 겹치는 공휴일 5일(설 연휴 첫날(2.6.), 노동절(5.1.), 제헌절(7.17.),
	// 한글날(10.9.), 기독탄신일(12.25.))"; "5월 1~3일(노동절, 일요일 및 노동절
	// 대체공휴일)"; "7월 17~19일(제헌절, 일요일 및 제헌절 대체공휴일)".
	const want = `9th local elections: 2026-06-03
Buddha's Birthday: 2026-05-24 2027-05-13
Children's Day: 2026-05-05 2027-05-05
Christmas Day: 2026-12-25 2027-12-25
Chuseok holiday: 2026-09-24 2026-09-26 2027-09-14 2027-09-16
Chuseok: 2026-09-25 2027-09-15
Constitution Day: 2026-07-17 2027-07-17
Hangul Day: 2026-10-09 2027-10-09
Independence Movement Day: 2026-03-01 2027-03-01
Labour Day: 2026-05-01 2027-05-01
Liberation Day: 2026-08-15 2027-08-15
Memorial Day: 2026-06-06 2027-06-06
National Foundation Day: 2026-10-03 2027-10-03
New Year's Day: 2026-01-01 2027-01-01
Seollal holiday: 2026-02-16 2026-02-18 2027-02-06 2027-02-08
Seollal: 2026-02-17 2027-02-07
Substitute holiday (Buddha's Birthday): 2026-05-25
Substitute holiday (Christmas Day): 2027-12-27
Substitute holiday (Constitution Day): 2027-07-19
Substitute holiday (Hangul Day): 2027-10-11
Substitute holiday (Independence Movement Day): 2026-03-02
Substitute holiday (Labour Day): 2027-05-03
Substitute holiday (Liberation Day): 2026-08-17 2027-08-16
Substitute holiday (National Foundation Day): 2026-10-05 2027-10-04
Substitute holiday (Seollal): 2027-02-09`
	s := New()
	dates := map[string][]string{} // name → dates
	for _, year := range []int{2026, 2027} {
		y, err := s.Year("KR", "", year)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range y.Days {
			if d.Kind != KindHoliday {
				t.Errorf("%s %q is %s", d.Date, d.NameEN, d.Kind)
			}
			dates[d.NameEN] = append(dates[d.NameEN], d.Date.String())
		}
		if !y.Complete || y.Note != "" {
			t.Errorf("KR %d: complete %v, note %q; want complete, no note", year, y.Complete, y.Note)
		}
	}
	var got []string
	for name, ds := range dates {
		sort.Strings(ds)
		got = append(got, name+": "+strings.Join(ds, " "))
	}
	sort.Strings(got)
	if g := strings.Join(got, "\n"); g != want {
		t.Errorf("KR 2026–2027\n got:\n%s\nwant:\n%s", g, want)
	}
	// 2027: the 월력요항 counts 72 public holidays (52 Sundays + 24 days − 4 on
	// a Sunday: 2.7, 6.6, 8.15, 10.3) and 119 days off for a five-day week.
	off, offWeekend := 0, 0
	for dt := d("2027-01-01"); dt.Y == 2027; dt = dt.AddDays(1) {
		if _, hol := s.Holiday("KR", "", dt); hol || dt.Weekday() == time.Sunday {
			off++
		}
		if !s.IsWorkday("KR", "", dt) {
			offWeekend++
		}
	}
	if off != 72 || offWeekend != 119 {
		t.Errorf("KR 2027: %d public holidays (want 72), %d days off (want 119)", off, offWeekend)
	}
}

// Years after the last official calendar are rule-based and say so; the
// 2028 legislative election (fixed by law) is listed, Labour Day and
// Constitution Day keep their substitute rule.
func TestKoreaRuleBasedYears(t *testing.T) {
	t.Parallel()
	s := New()
	y, _ := s.Year("KR", "", 2028)
	if y.Complete || !strings.Contains(y.Note, "월력요항") || y.NoteZH == "" {
		t.Errorf("KR 2028: complete %v, note %q / %q", y.Complete, y.Note, y.NoteZH)
	}
	for _, c := range []struct{ date, name string }{
		{"2028-04-12", "23rd legislative election"},
		{"2032-05-01", "Labour Day"}, // a Saturday
		{"2032-05-03", "Substitute holiday (Labour Day)"},
		{"2032-07-19", "Substitute holiday (Constitution Day)"}, // 17 July 2032 is a Saturday
		{"2025-07-17", "Constitution Day"},                      // an observance before 2026
	} {
		h, ok := s.Holiday("KR", "", d(c.date))
		if !ok || h.NameEN != c.name {
			t.Errorf("KR %s: %+v, want %q", c.date, h, c.name)
		}
	}
	if s.IsWorkday("KR", "", d("2032-05-03")) || !s.IsWorkday("KR", "", d("2025-07-17")) {
		t.Error("KR: 2032-05-03 should be off, 2025-07-17 (observance) a working day")
	}
	// Memorial Day and New Year's Day earn no substitute (Decree 36290 art. 3).
	if h, ok := s.Holiday("KR", "", d("2027-06-07")); ok {
		t.Errorf("KR 2027-06-07 is %q; Memorial Day earns no substitute", h.NameEN)
	}
}
