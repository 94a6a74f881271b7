package holidays

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
)

var d = pdate.MustParse

func TestCountries(t *testing.T) {
	t.Parallel()
	s := New()
	cs := s.Countries()
	seen := map[string]CountryInfo{}
	for i, c := range cs {
		if i > 0 && cs[i-1].Country >= c.Country {
			t.Fatalf("not sorted at %s", c.Country)
		}
		if c.Name == "" || c.Source == "" || c.FromYear > c.ToYear || len(c.Weekend) == 0 {
			t.Errorf("incomplete info %+v", c)
		}
		seen[c.Country] = c
	}
	// Every partner country and every country rickar/cal v2.1.26 ships.
	for _, code := range []string{"CN", "JP", "KR", "GB", "US", "RU", "BY", "UA", "FR", "RO", "SN", "TN", "NZ", "ES", "MY",
		"AR", "AT", "AU", "BE", "BG", "BR", "CA", "CH", "CY", "CZ", "DE", "DK", "EE", "FI", "GR", "HR", "HU", "IE",
		"IS", "IT", "KE", "LT", "LU", "LV", "MT", "MW", "MX", "NC", "NL", "NO", "PL", "PT", "RS", "SE", "SI", "SK",
		"TH", "ZA"} {
		if _, ok := seen[code]; !ok {
			t.Errorf("country %s missing", code)
		}
		if !s.Supports(code) {
			t.Errorf("Supports(%s) = false", code)
		}
	}
	if got := seen["GB"].Regions; len(got) < 2 {
		t.Errorf("GB regions = %v", got)
	}
	if w := seen["CN"].Weekend; len(w) != 2 || w[0] != time.Saturday || w[1] != time.Sunday {
		t.Errorf("CN weekend = %v, want [6 0]", w)
	}
}

func TestErrors(t *testing.T) {
	t.Parallel()
	s := New()
	cases := []struct {
		country, region string
		year            int
		want            error
	}{
		{"XX", "", 2024, ErrUnsupported},
		{"", "", 2024, ErrUnsupported},
		{"GB", "GB-XYZ", 2024, ErrUnsupported},
		{"CN", "CN-SH", 2024, ErrUnsupported},
		{"JP", "", 1990, ErrYearRange},
		{"US", "", 2500, ErrYearRange},
	}
	for _, c := range cases {
		if _, err := s.Year(c.country, c.region, c.year); !errors.Is(err, c.want) {
			t.Errorf("Year(%q,%q,%d) err = %v, want %v", c.country, c.region, c.year, err, c.want)
		}
	}
	if s.Supports("XX") {
		t.Error("Supports(XX) = true")
	}
	// Case-insensitive codes and short regions are accepted.
	if _, err := s.Year("gb", "sct", 2024); err != nil {
		t.Errorf("Year(gb, sct): %v", err)
	}
	if _, err := s.Year("GB", "GB-ENG", 2024); err != nil {
		t.Errorf("Year(GB, GB-ENG): %v", err)
	}
}

// The working days around a day off, as the planner sees them through
// IsWorkday: next and prev are the nearest working days on or after and on
// or before date, and every day between them is a day off.
func TestWorkdayService(t *testing.T) {
	t.Parallel()
	s := New()
	cases := []struct {
		name, country, date string
		work                bool
		next, prev          string
	}{
		{"CN make-up Saturday", "CN", "2022-01-29", true, "2022-01-29", "2022-01-29"},
		{"CN Spring Festival", "CN", "2022-02-02", false, "2022-02-07", "2022-01-30"},
		{"CN National Day", "CN", "2024-10-03", false, "2024-10-08", "2024-09-30"},
		{"KR Chuseok 2025", "KR", "2025-10-06", false, "2025-10-10", "2025-10-02"},
		{"RU New Year 2024", "RU", "2024-01-03", false, "2024-01-09", "2023-12-29"},
		{"BY working Saturday", "BY", "2025-07-12", true, "2025-07-12", "2025-07-12"},
		{"plain Sunday", "US", "2024-06-16", false, "2024-06-17", "2024-06-14"},
		{"UA Independence Day under martial law", "UA", "2023-08-24", true, "2023-08-24", "2023-08-24"},
		{"GB State Funeral", "GB", "2022-09-19", false, "2022-09-20", "2022-09-16"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if got := s.IsWorkday(c.country, "", d(c.date)); got != c.work {
				t.Errorf("IsWorkday(%s) = %v, want %v", c.date, got, c.work)
			}
			for dt := d(c.prev).AddDays(1); dt.Before(d(c.next)); dt = dt.AddDays(1) {
				if s.IsWorkday(c.country, "", dt) {
					t.Errorf("%s is a working day, want a day off between %s and %s", dt, c.prev, c.next)
				}
			}
			for _, w := range []string{c.next, c.prev} {
				if !s.IsWorkday(c.country, "", d(w)) {
					t.Errorf("%s is not a working day", w)
				}
			}
		})
	}
	// CN works again on 2024-10-08, as KR does; KR's Hangul Day is 2024-10-09.
	if !s.IsWorkday("CN", "", d("2024-10-08")) || !s.IsWorkday("KR", "", d("2024-10-08")) || s.IsWorkday("KR", "", d("2024-10-09")) {
		t.Error("CN/KR working days around 2024-10-08/09 wrong")
	}
	if h, ok := s.Holiday("CN", "", d("2022-01-29")); !ok || h.Kind != KindWorkday || h.NameLocal != "春节调休上班" {
		t.Errorf("Holiday(CN 2022-01-29) = %+v, %v", h, ok)
	}
	if _, ok := s.Holiday("CN", "", d("2022-03-01")); ok {
		t.Error("Holiday on an ordinary day")
	}
	// Unknown country falls back to a Saturday–Sunday weekend.
	if !s.IsWorkday("XX", "", d("2024-12-25")) || s.IsWorkday("XX", "", d("2024-12-28")) {
		t.Error("fallback weekend wrong")
	}
	if s.IsWorkday("CN", "", pdate.Date{Y: 2024, M: 5}) {
		t.Error("partial date reported as workday")
	}
	// October 2022 in China: 21 weekdays, 5 of them off (10-03..10-07), 2
	// make-up Saturday/Sunday (10-08, 10-09) → 18 working days.
	n := 0
	for dt := d("2022-10-01"); dt.M == 10; dt = dt.AddDays(1) {
		if s.IsWorkday("CN", "", dt) {
			n++
		}
	}
	if n != 18 {
		t.Errorf("CN working days in October 2022 = %d, want 18", n)
	}
}

func TestCompleteness(t *testing.T) {
	t.Parallel()
	s := New()
	cases := []struct {
		country string
		year    int
		want    bool
	}{
		{"CN", 2002, true}, {"CN", 2027, true}, {"CN", 2028, false}, {"CN", 2001, false},
		{"RU", 2026, true}, {"RU", 2027, false}, {"BY", 2026, true}, {"BY", 2027, false},
		{"KR", 2025, true}, {"KR", 2027, true}, {"KR", 2028, false}, {"JP", 2027, true}, {"JP", 2028, false},
		{"SN", 2024, true}, {"SN", 2025, false}, {"TN", 2024, false}, {"MY", 2024, false}, {"UA", 2024, true},
		{"US", 2027, true}, {"US", 2030, false}, {"FR", 2028, false}, {"NZ", 2031, false}, {"XX", 2024, false},
	}
	for _, c := range cases {
		if got := s.Complete(c.country, c.year); got != c.want {
			t.Errorf("Complete(%s, %d) = %v, want %v", c.country, c.year, got, c.want)
		}
	}
}

func TestChinaEstimate(t *testing.T) {
	t.Parallel()
	y, err := New().Year("CN", "", 2028)
	if err != nil {
		t.Fatal(err)
	}
	if y.Complete || y.Note == "" {
		t.Errorf("2028: Complete=%v Note=%q, want estimate note", y.Complete, y.Note)
	}
	want := map[string]string{
		"2028-01-01": "元旦", "2028-01-25": "春节", "2028-01-26": "春节", "2028-01-28": "春节",
		"2028-05-01": "劳动节", "2028-05-28": "端午节", "2028-10-01": "国庆节",
	}
	got := map[string]string{}
	for _, dd := range y.Days {
		got[dd.Date.String()] = dd.NameLocal
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}

// Lunar and Hijri dates converted to the Gregorian calendar. Korean:
// Seollal, Buddha's Birthday and Chuseok as published by KASI
// (https://astro.kasi.re.kr); 2023 Buddha's Birthday and 2027 Seollal fall a
// day after the Chinese dates (new moon just after midnight KST). Hijri
// (tabular estimate): within a day of the sighted dates (e.g. Eid al-Fitr
// 2024-04-10, Eid al-Adha 2024-06-16).
func TestCalendarConversions(t *testing.T) {
	t.Parallel()
	korean := func(y, m, dd int) []pdate.Date { return []pdate.Date{koreanLunarToSolar(y, m, dd)} }
	cases := []struct {
		conv     func(y, m, dd int) []pdate.Date
		y, m, dd int
		want     string
	}{
		{korean, 2014, 8, 15, "2014-09-08"}, {korean, 2017, 1, 1, "2017-01-28"}, {korean, 2020, 4, 8, "2020-04-30"},
		{korean, 2022, 1, 1, "2022-02-01"}, {korean, 2022, 8, 15, "2022-09-10"}, {korean, 2023, 4, 8, "2023-05-27"},
		{korean, 2024, 1, 1, "2024-02-10"}, {korean, 2025, 8, 15, "2025-10-06"}, {korean, 2026, 1, 1, "2026-02-17"},
		{korean, 2027, 1, 1, "2027-02-07"},
		{hijriInYear, 2024, 10, 1, "2024-04-10"}, {hijriInYear, 2024, 12, 10, "2024-06-17"}, {hijriInYear, 2025, 10, 1, "2025-03-31"},
	}
	for i, c := range cases {
		if got := c.conv(c.y, c.m, c.dd); len(got) != 1 || got[0] != d(c.want) {
			t.Errorf("case %d: %d/%d/%d = %v, want %s", i, c.y, c.m, c.dd, got, c.want)
		}
	}
	// Meeus example 49.a: new moon of 1977 February, JDE 2443192.65118.
	if jde := newMoonJDE(-283); jde < 2443192.6511 || jde > 2443192.6513 {
		t.Errorf("newMoonJDE(-283) = %.5f", jde)
	}
	y, _ := New().Year("TN", "", 2024)
	if y.Complete {
		t.Error("TN should be incomplete (estimated)")
	}
}

func TestUkraineMartialLaw(t *testing.T) {
	t.Parallel()
	s := New()
	y22, _ := s.Year("UA", "", 2022)
	for _, dd := range y22.Days {
		if !dd.Date.Before(d("2022-02-24")) && dd.Kind != KindObservance {
			t.Errorf("day off %s listed after martial law began", dd.Date)
		}
	}
	// Law No. 2136-IX: holidays are working days. From 2024 the list of
	// art. 73 as amended in 2023 (Laws No. 3107-IX and 3248-IX), each an
	// observance: written out from the laws, not from the code.
	y24, _ := s.Year("UA", "", 2024)
	var got []string
	for _, dd := range y24.Days {
		if dd.Kind != KindObservance {
			t.Errorf("UA 2024 %s is a %s, want observance", dd.Date, dd.Kind)
		}
		got = append(got, dd.Date.String()[5:])
	}
	want := "01-01 03-08 05-01 05-05 05-08 06-23 06-28 07-15 08-24 10-01 12-25"
	if strings.Join(got, " ") != want || !y24.Complete || y24.Note == "" || y24.NoteZH == "" {
		t.Errorf("UA 2024 observances %v, want %s; complete %v, note %q", got, want, y24.Complete, y24.Note)
	}
	for _, day := range []string{"2024-01-01", "2024-05-08", "2024-08-26", "2024-12-25"} {
		if !s.IsWorkday("UA", "", d(day)) {
			t.Errorf("UA %s is a working day under martial law", day)
		}
	}
	y21, _ := s.Year("UA", "", 2021)
	if len(y21.Days) < 12 {
		t.Errorf("UA 2021 has %d days", len(y21.Days))
	}
}

func TestAllCountriesBuild(t *testing.T) {
	t.Parallel()
	s := New()
	for _, c := range s.Countries() {
		for _, year := range []int{c.FromYear, 2024, c.ToYear} {
			y, err := s.Year(c.Country, "", year)
			if err != nil {
				t.Errorf("%s %d: %v", c.Country, year, err)
				continue
			}
			holidays := 0
			for i, dd := range y.Days {
				if dd.NameEN == "" || dd.NameLocal == "" || dd.Date.Y != year {
					t.Errorf("%s %d: bad item %+v", c.Country, year, dd)
				}
				if i > 0 && !y.Days[i-1].Date.Before(dd.Date) {
					t.Errorf("%s %d: not sorted/unique at %s", c.Country, year, dd.Date)
				}
				if dd.Kind == KindHoliday {
					holidays++
				}
			}
			if holidays < 3 && !(c.Country == "UA" && year >= 2023) {
				t.Errorf("%s %d: only %d holidays", c.Country, year, holidays)
			}
		}
		for _, r := range c.Regions {
			if _, err := s.Year(c.Country, r, 2024); err != nil {
				t.Errorf("%s %s: %v", c.Country, r, err)
			}
		}
	}
}

func TestConcurrent(t *testing.T) {
	t.Parallel()
	s := New()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				dt := d("2024-01-01").AddDays((g*37 + i) % 366)
				_ = s.IsWorkday([]string{"CN", "KR", "GB", "RU"}[i%4], "", dt)
			}
		}(g)
	}
	wg.Wait()
}

func BenchmarkIsWorkday(b *testing.B) {
	s := New()
	days := make([]pdate.Date, 366)
	for i := range days {
		days[i] = d("2024-01-01").AddDays(i)
	}
	s.IsWorkday("CN", "", days[0]) // load the year
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.IsWorkday("CN", "", days[i%366])
	}
}

func BenchmarkIsWorkdayParallel(b *testing.B) {
	s := New()
	s.IsWorkday("KR", "", d("2024-01-01"))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		dt := d("2024-05-06")
		for pb.Next() {
			s.IsWorkday("KR", "", dt)
		}
	})
}
