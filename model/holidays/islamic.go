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

// fixedSpec is a holiday on the same date every year.
type fixedSpec struct {
	m, d      int
	en, local string
}

func fixedDays(year int, specs []fixedSpec) []Day {
	days := make([]Day, 0, len(specs)+8)
	for _, f := range specs {
		days = append(days, fixedDay(year, f.m, f.d, f.en, f.local))
	}
	return days
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

// islamicFeast is one Islamic holiday of a country: n days from Hijri
// month m, day d, a holiday from year from on (0: always).
type islamicFeast struct {
	key, en, local string
	m, d, n, from  int
}

// announcedFeasts lists the feasts of year: on the dates announced
// (announced[key][year]) where known, else estimated on the tabular
// calendar and named "X (estimated)". It returns the days and how many of
// them are estimated.
func announcedFeasts(year int, feasts []islamicFeast, announced map[string]map[int][]string) ([]Day, int) {
	var days []Day
	estimated := 0
	for _, f := range feasts {
		if year < f.from {
			continue
		}
		if ds, ok := announced[f.key][year]; ok {
			for _, dd := range ds {
				days = append(days, Day{Date: pdate.MustParse(dd), NameEN: f.en, NameLocal: f.local, Kind: KindHoliday})
			}
			continue
		}
		est := islamicDays(year, f.m, f.d, f.n, f.en, f.local)
		estimated += len(est)
		days = append(days, est...)
	}
	return days, estimated
}

// islamicResult is a year whose Islamic feasts are partly announced: it is
// complete only when none is estimated.
func islamicResult(days []Day, estimated int) result {
	r := result{days: days, complete: estimated == 0}
	if !r.complete {
		r.note = islamicNote + " Dates marked (estimated) are computed; the others were announced."
	}
	return r
}

// Senegal: Loi n° 74-52 du 4 novembre 1974 relative à la fête nationale et
// aux fêtes légales (as amended; the Grand Magal de Touba added by the law
// of December 2013), which also makes the Monday after a holiday falling on
// a Sunday a day off. The Islamic New Year is no holiday in Senegal; the
// Tamkharit (Ashura) is, on 10 Muharram, the day after the Tamkharit night,
// and the Maouloud on 12 Rabi' al-awwal, the day after the Gamou night.
func buildSN(_ string, year int) result {
	days := append(fixedDays(year, snFixed),
		calDay(aa.EasterMonday, year, "Easter Monday", "Lundi de Pâques"),
		calDay(aa.AscensionDay, year, "Ascension Day", "Ascension"),
		calDay(aa.PentecostMonday, year, "Whit Monday", "Lundi de Pentecôte"))
	feasts, estimated := announcedFeasts(year, snFeasts, snAnnounced)
	days = append(days, feasts...)
	for _, b := range snBridgeDays {
		if d := pdate.MustParse(b.date); d.Y == year {
			days = append(days, Day{Date: d, NameEN: b.en, NameLocal: b.local, Kind: KindHoliday})
		}
	}
	return islamicResult(sundayToMonday(days), estimated)
}

// snMagalFrom is the first year of the Grand Magal de Touba (18 Safar) as a
// public holiday: made one by decree in 2012, by law in December 2013.
const snMagalFrom = 2013

var snFixed = []fixedSpec{{1, 1, "New Year's Day", "Jour de l'An"}, {4, 4, "Independence Day", "Fête de l'Indépendance"},
	{5, 1, "Labour Day", "Fête du Travail"}, {8, 15, "Assumption Day", "Assomption"}, {11, 1, "All Saints' Day", "Toussaint"},
	{12, 25, "Christmas Day", "Noël"}}

var snFeasts = []islamicFeast{
	{"tamkharit", "Tamkharit (Ashura)", "Tamkharit (Achoura)", 1, 10, 1, 0},
	{"magal", "Grand Magal de Touba", "Grand Magal de Touba", 2, 18, 1, snMagalFrom},
	{"maouloud", "Mawlid (Maouloud)", "Maouloud", 3, 12, 1, 0},
	{"korite", "Eid al-Fitr (Korité)", "Korité (Aïd el-Fitr)", 10, 1, 1, 0},
	{"tabaski", "Eid al-Adha (Tabaski)", "Tabaski (Aïd el-Kébir)", 12, 10, 1, 0},
}

// snAnnounced are Senegal's Islamic holidays as announced (the national
// moon-sighting commission CONACOC, and for the Magal the Khalife général
// des mourides' organising committee), by feast and year: the day off
// (for the Tamkharit and the Maouloud, the day after the night announced).
// Where one feast has no announced date for a year, it is estimated.
// Sources, each checked in the press of the day: docs/holidays.md (Senegal).
var snAnnounced = map[string]map[int][]string{
	"magal": {
		2018: {"2018-10-28"}, 2021: {"2021-09-26"}, 2022: {"2022-09-15"}, 2023: {"2023-09-04"},
		2024: {"2024-08-23"}, 2025: {"2025-08-13"},
	},
	"korite": {
		2022: {"2022-05-02"}, 2023: {"2023-04-22"}, 2024: {"2024-04-10"}, 2025: {"2025-03-31"}, 2026: {"2026-03-21"},
	},
	"tabaski": {
		2021: {"2021-07-21"}, 2022: {"2022-07-10"}, 2023: {"2023-06-29"}, 2024: {"2024-06-17"}, 2025: {"2025-06-07"},
	},
	"tamkharit": {
		2021: {"2021-08-19"}, 2023: {"2023-07-28"}, 2024: {"2024-07-17"},
	},
	"maouloud": {
		2022: {"2022-10-09"}, 2023: {"2023-09-28"}, 2024: {"2024-09-16"}, 2025: {"2025-09-05"},
	},
}

// snBridgeDays are days off the President declared by decree (décret
// 74-1125 art. 8, "jour pont et férié"). Sources: docs/holidays.md.
var snBridgeDays = []struct{ date, en, local string }{
	{"2021-09-27", "Day after the Grand Magal (bridge day)", "Lendemain du Grand Magal (jour férié)"},
	{"2023-06-30", "Day after Tabaski (bridge day)", "Lendemain de la Tabaski (jour pont)"},
}

// Tunisia: Décret présidentiel n° 2021-223 du 7 décembre 2021 (Revolution
// Day moved from 14 January to 17 December from 2022) and the list of
// public holidays with pay (jours fériés chômés et payés, Code du travail
// art. 112 and loi n° 88-8): two days each for Eid al-Fitr and Eid
// al-Adha. No weekend substitution.
func buildTN(_ string, year int) result {
	days := fixedDays(year, tnFixed)
	if year <= 2021 {
		days = append(days, fixedDay(year, 1, 14, "Revolution and Youth Day", "عيد الثورة والشباب"))
	} else {
		days = append(days, fixedDay(year, 12, 17, "Revolution Day", "عيد الثورة"))
	}
	feasts, estimated := announcedFeasts(year, tnFeasts, tnAnnounced)
	return islamicResult(append(days, feasts...), estimated)
}

var tnFixed = []fixedSpec{{1, 1, "New Year's Day", "رأس السنة الميلادية"}, {3, 20, "Independence Day", "عيد الاستقلال"},
	{4, 9, "Martyrs' Day", "عيد الشهداء"}, {5, 1, "Labour Day", "عيد الشغل"}, {7, 25, "Republic Day", "عيد الجمهورية"},
	{8, 13, "Women's Day", "عيد المرأة"}, {10, 15, "Evacuation Day", "عيد الجلاء"}}

var tnFeasts = []islamicFeast{
	{"newyear", "Islamic New Year", "رأس السنة الهجرية", 1, 1, 1, 0},
	{"mawlid", "Mawlid", "المولد النبوي الشريف", 3, 12, 1, 0},
	{"fitr", "Eid al-Fitr", "عيد الفطر", 10, 1, 2, 0},
	{"adha", "Eid al-Adha", "عيد الأضحى", 12, 10, 2, 0},
}

// tnAnnounced are Tunisia's Islamic holidays as announced by the Mufti of
// the Republic, with the days off the Presidency of the Government gave
// public agents where it announced them (3 days for Eid al-Fitr in 2023 and
// 2024), else the statutory days from the announced feast. Sources:
// docs/holidays.md (Tunisia).
var tnAnnounced = map[string]map[int][]string{
	"fitr": {
		2022: {"2022-05-02", "2022-05-03"},
		2023: {"2023-04-21", "2023-04-22", "2023-04-23"},
		2024: {"2024-04-09", "2024-04-10", "2024-04-11"},
		2025: {"2025-03-31", "2025-04-01"},
	},
	"adha": {
		2021: {"2021-07-20", "2021-07-21"},
		2022: {"2022-07-09", "2022-07-10"},
		2023: {"2023-06-28", "2023-06-29"},
		2024: {"2024-06-16", "2024-06-17"},
		2025: {"2025-06-06", "2025-06-07"},
	},
	"newyear": {
		2022: {"2022-07-30"}, 2023: {"2023-07-19"},
	},
	"mawlid": {
		2022: {"2022-10-08"}, 2024: {"2024-09-15"}, 2025: {"2025-09-04"},
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
