package holidays

import (
	"strings"
	"testing"
)

// Senegal and Tunisia: Islamic holidays on the dates announced (written
// out from the announcements cited in docs/holidays.md), estimated ones
// saying so in their name.
func TestAnnouncedIslamicHolidays(t *testing.T) {
	t.Parallel()
	s := New()
	for _, c := range []struct {
		country, date, name string
	}{
		// Grand Magal de Touba (18 Safar), public holiday by law since 2013.
		{"SN", "2022-09-15", "Grand Magal de Touba"},  // Conacoc/committee, 28 Aug 2022
		{"SN", "2023-09-04", "Grand Magal de Touba"},  // organising committee, 16 Aug 2023
		{"SN", "2024-08-23", "Grand Magal de Touba"},  // crescent seen 5 Aug 2024
		{"SN", "2025-08-13", "Grand Magal de Touba"},  // announced 25 Jul 2025
		{"SN", "2023-04-22", "Eid al-Fitr (Korité)"},  // CONACOC, 20 Apr 2023
		{"SN", "2024-06-17", "Eid al-Adha (Tabaski)"}, // CONACOC, 7 Jun 2024
		{"SN", "2023-06-29", "Eid al-Adha (Tabaski)"}, // CONACOC, 18 Jun 2023
		{"SN", "2025-06-07", "Eid al-Adha (Tabaski)"}, // CONACOC, 28 May 2025
		{"SN", "2025-03-31", "Eid al-Fitr (Korité)"},  // CONACOC, 30 Mar 2025
		{"SN", "2022-07-10", "Eid al-Adha (Tabaski)"},
		{"SN", "2022-07-11", "Eid al-Adha (Tabaski) (substitute day)"}, // Sunday → Monday (Loi 74-52)
		{"TN", "2024-04-09", "Martyrs' Day / Eid al-Fitr"},             // Presidency of the Government: 9–11 Apr 2024
		{"TN", "2024-04-11", "Eid al-Fitr"},
		{"TN", "2024-06-16", "Eid al-Adha"}, // Mufti, 7 Jun 2024
		{"TN", "2025-03-31", "Eid al-Fitr"}, // Mufti, 29 Mar 2025
		{"TN", "2025-06-06", "Eid al-Adha"}, // Mufti, 28 May 2025
		{"TN", "2025-09-04", "Mawlid"},      // Mufti, 23 Aug 2025
	} {
		h, ok := s.Holiday(c.country, "", d(c.date))
		if !ok || h.Kind != KindHoliday || h.NameEN != c.name {
			t.Errorf("%s %s: %+v, want a day off %q", c.country, c.date, h, c.name)
		}
		if s.IsWorkday(c.country, "", d(c.date)) {
			t.Errorf("%s %s is a working day", c.country, c.date)
		}
	}
	// Not yet announced: estimated, and the name says so; none before the law.
	y, _ := s.Year("SN", "", 2026)
	found := false
	for _, dd := range y.Days {
		if strings.HasPrefix(dd.NameEN, "Grand Magal de Touba") {
			found = true
			if !strings.Contains(dd.NameEN, "(estimated)") {
				t.Errorf("SN 2026 Magal %s is not marked estimated", dd.Date)
			}
		}
	}
	if !found || y.Complete {
		t.Errorf("SN 2026: Magal listed %v, complete %v", found, y.Complete)
	}
	y, _ = s.Year("SN", "", 2012)
	for _, dd := range y.Days {
		if strings.HasPrefix(dd.NameEN, "Grand Magal") {
			t.Errorf("SN 2012 lists the Magal (%s) before the 2013 law", dd.Date)
		}
	}
}
