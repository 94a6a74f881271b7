package holidays

import (
	"math"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/aa"

	"github.com/youcheng/youcheng/model/pdate"
)

// Islamic holidays of SN, TN and MY are announced by each country after the
// moon sighting, days before the feast. They are estimated here on the
// tabular (arithmetic) Hijri calendar — 30-year cycle, leap years 2, 5, 7,
// 10, 13, 16, 18, 21, 24, 26 and 29, civil epoch 16 July 622 (Julian) —
// which is within a day or two of the sighted dates, so these years are
// always complete:false. No library in go.mod provides a Hijri calendar.

// hijriToDate returns the Gregorian date of a tabular Hijri date.
func hijriToDate(y, m, d int) pdate.Date {
	jd := float64(d) + math.Ceil(29.5*float64(m-1)) + float64((y-1)*354) +
		math.Floor(float64(3+11*y)/30) + 1948439.5 - 1
	return civilDay(jd, 0)
}

// hijriInYear returns the Gregorian dates in year of Hijri month/day (zero,
// one or — rarely — two of them, as the Hijri year is 11 days shorter).
func hijriInYear(year, m, d int) []pdate.Date {
	var out []pdate.Date
	h := year - 579 // Hijri year that starts near Gregorian year
	for y := h - 1; y <= h+2; y++ {
		if g := hijriToDate(y, m, d); g.Y == year {
			out = append(out, g)
		}
	}
	return out
}

// islamicDay lists an estimated Islamic holiday of n days starting on
// Hijri m/d.
func islamicDays(year, m, d, n int, en, local string) []Day {
	var out []Day
	for _, g := range hijriInYear(year, m, d) {
		for i := 0; i < n; i++ {
			out = append(out, Day{Date: g.AddDays(i), NameEN: en + " (estimated)", NameLocal: local, Kind: KindHoliday})
		}
	}
	return out
}

func fixedDay(year, m, d int, en, local string) Day {
	return Day{Date: pdate.Date{Y: year, M: m, D: d}, NameEN: en, NameLocal: local, Kind: KindHoliday}
}

func calDay(h *cal.Holiday, year int, en, local string) Day {
	act, _ := h.Calc(year)
	return Day{Date: pdate.FromTime(act), NameEN: en, NameLocal: local, Kind: KindHoliday}
}

// sundayToMonday adds a Monday day off for each holiday on a Sunday (when
// the Monday is not already listed).
func sundayToMonday(days []Day) []Day {
	listed := map[pdate.Date]bool{}
	for _, d := range days {
		listed[d.Date] = true
	}
	out := days
	for _, d := range days {
		if d.Date.Weekday() == time.Sunday {
			mon := d.Date.AddDays(1)
			for listed[mon] {
				mon = mon.AddDays(1)
			}
			listed[mon] = true
			out = append(out, Day{Date: mon, NameEN: d.NameEN + " (substitute day)", NameLocal: d.NameLocal + " (lundi chômé)", Kind: KindHoliday})
		}
	}
	return out
}

const islamicNote = "Islamic holidays are estimated on the tabular Hijri calendar; the official dates follow the moon sighting and may differ by a day or two."

// Senegal: Loi n° 74-52 du 4 novembre 1974 relative à la fête nationale et
// aux fêtes légales (as amended), which also makes the Monday after a
// holiday falling on a Sunday a day off. Tamkharit is Ashura (10 Muharram).
func buildSN(_ string, year int) result {
	days := []Day{
		fixedDay(year, 1, 1, "New Year's Day", "Jour de l'An"),
		fixedDay(year, 4, 4, "Independence Day", "Fête de l'Indépendance"),
		fixedDay(year, 5, 1, "Labour Day", "Fête du Travail"),
		fixedDay(year, 8, 15, "Assumption Day", "Assomption"),
		fixedDay(year, 11, 1, "All Saints' Day", "Toussaint"),
		fixedDay(year, 12, 25, "Christmas Day", "Noël"),
		calDay(aa.EasterMonday, year, "Easter Monday", "Lundi de Pâques"),
		calDay(aa.AscensionDay, year, "Ascension Day", "Ascension"),
		calDay(aa.PentecostMonday, year, "Whit Monday", "Lundi de Pentecôte"),
	}
	feasts := []struct {
		key, en, local string
		m, d           int
	}{
		{"newyear", "Islamic New Year", "Nouvel An musulman", 1, 1},
		{"tamkharit", "Tamkharit (Ashura)", "Tamkharit (Achoura)", 1, 10},
		{"magal", "Grand Magal de Touba", "Grand Magal de Touba", 2, 18},
		{"maouloud", "Mawlid (Maouloud)", "Maouloud", 3, 12},
		{"korite", "Eid al-Fitr (Korité)", "Korité (Aïd el-Fitr)", 10, 1},
		{"tabaski", "Eid al-Adha (Tabaski)", "Tabaski (Aïd el-Kébir)", 12, 10},
	}
	estimated := 0
	for _, f := range feasts {
		if f.key == "magal" && year < snMagalFrom {
			continue
		}
		if ds, ok := snAnnounced[f.key][year]; ok {
			for _, dd := range ds {
				days = append(days, Day{Date: pdate.MustParse(dd), NameEN: f.en, NameLocal: f.local, Kind: KindHoliday})
			}
			continue
		}
		est := islamicDays(year, f.m, f.d, 1, f.en, f.local)
		estimated += len(est)
		days = append(days, est...)
	}
	r := result{days: sundayToMonday(days), complete: estimated == 0}
	if !r.complete {
		r.note = islamicNote + " Dates marked (estimated) are computed; the others were announced."
	}
	return r
}

// snMagalFrom is the first year of the Grand Magal de Touba (18 Safar) as a
// public holiday: made one by decree in 2012, by law in December 2013.
const snMagalFrom = 2013

// snAnnounced are Senegal's Islamic holidays as announced (the national
// moon-sighting commission CONACOC, and for the Magal the Khalife général
// des mourides' organising committee), by feast and year. Where one feast
// has no announced date for a year, it is estimated. Sources, each checked
// in the press of the day: docs/holidays.md (Senegal).
var snAnnounced = map[string]map[int][]string{
	"magal": {
		2018: {"2018-10-28"}, 2021: {"2021-09-26"}, 2022: {"2022-09-15"}, 2023: {"2023-09-04"},
		2024: {"2024-08-23"}, 2025: {"2025-08-13"},
	},
	"korite": {
		2023: {"2023-04-22"}, 2025: {"2025-03-31"},
	},
	"tabaski": {
		2021: {"2021-07-21"}, 2022: {"2022-07-10"}, 2023: {"2023-06-29"}, 2024: {"2024-06-17"}, 2025: {"2025-06-07"},
	},
}

// Tunisia: Décret n° 2021-… (Revolution Day moved from 14 January to
// 17 December from 2022) and the list of public holidays with pay (jours
// fériés chômés et payés, Code du travail art. 112 and loi n° 88-8). No
// weekend substitution.
func buildTN(_ string, year int) result {
	days := []Day{
		fixedDay(year, 1, 1, "New Year's Day", "رأس السنة الميلادية"),
		fixedDay(year, 3, 20, "Independence Day", "عيد الاستقلال"),
		fixedDay(year, 4, 9, "Martyrs' Day", "عيد الشهداء"),
		fixedDay(year, 5, 1, "Labour Day", "عيد الشغل"),
		fixedDay(year, 7, 25, "Republic Day", "عيد الجمهورية"),
		fixedDay(year, 8, 13, "Women's Day", "عيد المرأة"),
		fixedDay(year, 10, 15, "Evacuation Day", "عيد الجلاء"),
	}
	if year <= 2021 {
		days = append(days, fixedDay(year, 1, 14, "Revolution and Youth Day", "عيد الثورة والشباب"))
	} else {
		days = append(days, fixedDay(year, 12, 17, "Revolution Day", "عيد الثورة"))
	}
	feasts := []struct {
		key, en, local string
		m, d, n        int
	}{
		{"newyear", "Islamic New Year", "رأس السنة الهجرية", 1, 1, 1},
		{"mawlid", "Mawlid", "المولد النبوي الشريف", 3, 12, 1},
		{"fitr", "Eid al-Fitr", "عيد الفطر", 10, 1, 2},
		{"adha", "Eid al-Adha", "عيد الأضحى", 12, 10, 2},
	}
	estimated := 0
	for _, f := range feasts {
		if ds, ok := tnAnnounced[f.key][year]; ok {
			for _, dd := range ds {
				days = append(days, Day{Date: pdate.MustParse(dd), NameEN: f.en, NameLocal: f.local, Kind: KindHoliday})
			}
			continue
		}
		est := islamicDays(year, f.m, f.d, f.n, f.en, f.local)
		estimated += len(est)
		days = append(days, est...)
	}
	r := result{days: days, complete: estimated == 0}
	if !r.complete {
		r.note = islamicNote + " Dates marked (estimated) are computed; the others were announced."
	}
	return r
}

// tnAnnounced are Tunisia's Islamic holidays as announced by the Mufti of
// the Republic, with the days off the Presidency of the Government gave
// public agents where it announced them (3 days for Eid al-Fitr in 2023 and
// 2024), else the statutory days from the announced feast. Sources:
// docs/holidays.md (Tunisia).
var tnAnnounced = map[string]map[int][]string{
	"fitr": {
		2023: {"2023-04-21", "2023-04-22", "2023-04-23"},
		2024: {"2024-04-09", "2024-04-10", "2024-04-11"},
		2025: {"2025-03-31", "2025-04-01"},
	},
	"adha": {
		2021: {"2021-07-20", "2021-07-21"},
		2024: {"2024-06-16", "2024-06-17"},
		2025: {"2025-06-06", "2025-06-07"},
	},
	"mawlid": {
		2025: {"2025-09-04"},
	},
}

// Malaysia (national set: federal public holidays as observed in the
// Federal Territory of Kuala Lumpur; state holidays and the Friday–Saturday
// weekend of some states are not modelled). Source: Holidays Act 1951 and
// the annual federal list (Jabatan Perdana Menteri, Senarai Cuti Umum).
// Lunar, Buddhist and Hindu dates are estimated: Chinese New Year from the
// Chinese lunar calendar (exact), Wesak as the full moon (lunar 15th)
// of the fourth Chinese month, Deepavali as the eve of the new moon of
// October/November; Islamic holidays on the tabular Hijri calendar. A
// holiday on a Sunday is observed on the Monday.
func buildMY(_ string, year int) result {
	cny := chineseLunarToSolar(year, 1, 1)
	wesak := chineseLunarToSolar(year, 4, 15)
	if wesak.M >= 6 {
		wesak = chineseLunarToSolar(year, 3, 15)
	}
	days := []Day{
		fixedDay(year, 1, 1, "New Year's Day", "Tahun Baharu"),
		{Date: cny, NameEN: "Chinese New Year", NameLocal: "Tahun Baru Cina", Kind: KindHoliday},
		{Date: cny.AddDays(1), NameEN: "Chinese New Year (second day)", NameLocal: "Tahun Baru Cina (hari kedua)", Kind: KindHoliday},
		fixedDay(year, 5, 1, "Labour Day", "Hari Pekerja"),
		{Date: wesak, NameEN: "Wesak Day (estimated)", NameLocal: "Hari Wesak", Kind: KindHoliday},
		fixedDay(year, 8, 31, "National Day", "Hari Kebangsaan"),
		fixedDay(year, 9, 16, "Malaysia Day", "Hari Malaysia"),
		fixedDay(year, 12, 25, "Christmas Day", "Hari Krismas"),
	}
	if year >= 2020 { // first Monday of June since 2020
		d := pdate.Date{Y: year, M: 6, D: 1}
		for d.Weekday() != time.Monday {
			d = d.AddDays(1)
		}
		days = append(days, Day{Date: d, NameEN: "Birthday of the Yang di-Pertuan Agong", NameLocal: "Hari Keputeraan Yang di-Pertuan Agong", Kind: KindHoliday})
	}
	// Deepavali: the day before the Chinese month that starts between
	// 17 October and 16 November.
	for m := 8; m <= 11; m++ {
		s := chineseLunarToSolar(year, m, 1)
		if (s.M == 10 && s.D >= 17) || (s.M == 11 && s.D <= 16) {
			days = append(days, Day{Date: s.AddDays(-1), NameEN: "Deepavali (estimated)", NameLocal: "Hari Deepavali", Kind: KindHoliday})
			break
		}
	}
	days = append(days, islamicDays(year, 1, 1, 1, "Awal Muharram", "Awal Muharram")...)
	days = append(days, islamicDays(year, 3, 12, 1, "Prophet Muhammad's Birthday", "Maulidur Rasul")...)
	days = append(days, islamicDays(year, 10, 1, 2, "Hari Raya Aidilfitri", "Hari Raya Aidilfitri")...)
	days = append(days, islamicDays(year, 12, 10, 1, "Hari Raya Haji", "Hari Raya Aidiladha")...)
	out := sundayToMonday(days)
	for i := range out {
		if n := out[i].NameLocal; len(n) > len(" (lundi chômé)") && n[len(n)-len(" (lundi chômé)"):] == " (lundi chômé)" {
			out[i].NameLocal = n[:len(n)-len(" (lundi chômé)")] + " (cuti ganti)"
		}
	}
	return result{days: out, note: islamicNote + " Wesak and Deepavali are estimated; state holidays and state weekends are not included."}
}

func init() {
	register(&provider{code: "SN", name: "Senegal", from: 2000, to: 2100,
		source: "Loi n° 74-52 du 4 novembre 1974 (fêtes légales); Islamic holidays estimated on the tabular Hijri calendar",
		build:  buildSN})
	register(&provider{code: "TN", name: "Tunisia", from: 2000, to: 2100,
		source: "Tunisian public holidays (jours fériés chômés et payés); Islamic holidays estimated on the tabular Hijri calendar",
		build:  buildTN})
	register(&provider{code: "MY", name: "Malaysia", from: 2000, to: 2100,
		source: "Holidays Act 1951, federal list; lunar, Hindu and Islamic holidays estimated",
		build:  buildMY})
}
