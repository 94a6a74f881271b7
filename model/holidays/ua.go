package holidays

import (
	"github.com/rickar/cal/v2/ua"

	"github.com/youcheng/youcheng/model/pdate"
)

// Ukraine: rickar/cal ua rules (Labour Code art. 73 holidays, with the
// weekend substitute of art. 67), answered from 2018, the first year of
// the current list (25 December added, 2 May dropped in 2017).
//
// Martial law has been in force since 2022-02-24 (Presidential Decree
// No. 64/2022). Law No. 2136-IX of 15.03.2022 "On the organisation of
// labour relations under martial law" suspended art. 73: public holidays
// and religious holidays are ordinary working days, and substitute days
// off (art. 67) are not granted. Days are days off, so from 2022-02-24 on
// no holiday is listed (they are still commemorated, e.g. 24 August, but
// they are not days off): they are listed as observances, and the Year
// carries a Note saying so. The calendar is complete (nothing is missing:
// there are no days off to list).
//
// The list of art. 73 changed twice in 2023: Law No. 3107-IX of 29.05.2023
// (in force 15.06.2023) moved the Day of Remembrance and Victory over Nazism
// from 9 to 8 May; Law No. 3248-IX of 14.07.2023 moved Statehood Day to
// 15 July and Defenders' Day to 1 October and kept Christmas on 25 December
// only (7 January dropped). 2023 is listed with the days in force on each
// date (9 May; 1 October; no Statehood Day, whose 15 July had passed).
var uaMartialLaw = pdate.Date{Y: 2022, M: 2, D: 24}

const (
	uaMartialNote = "Martial law since 2022-02-24: Law No. 2136-IX suspends Labour Code art. 73, so public holidays " +
		"(e.g. Independence Day 24 August, Christmas 25 December) are working days: they are listed as observances, not days off. " +
		"When martial law ends, the Labour Code list applies again."
	uaMartialNoteZH = "乌克兰自2022年2月24日起实行战时状态：第2136-IX号法律暂停《劳动法》第73条，" +
		"公共节日（如8月24日独立日、12月25日圣诞节）照常上班，故列为纪念日（不放假）。战时状态结束后恢复法定假日。"
)

func init() {
	registerRickar(&rickarCountry{
		code:     "UA",
		name:     "Ukraine",
		national: ua.Holidays,
		from:     2018,
		names: map[string]string{
			"Новий Рік": "New Year's Day",
			"Різдво":    "Christmas",
			"Міжнародний жіночий день": "International Women's Day",
			"Великдень":                "Orthodox Easter",
			"День праці":               "Labour Day",
			"День перемоги над нацизмом у Другій світовій війні": "Victory Day over Nazism in World War II",
			"Трійця":                 "Orthodox Trinity",
			"День Конституції":       "Constitution Day",
			"День Незалежності":      "Independence Day",
			"День захисника України": "Defenders of Ukraine Day",
		},
		substitute: "(вихідний, перенесений)",
		post:       uaSubstitutes,
		note: func(year int) string {
			if year >= uaMartialLaw.Y {
				return uaMartialNote
			}
			return ""
		},
	})
}

// uaSubstitutes replaces rickar's fixed weekend moves by Labour Code
// art. 67: a holiday on a Saturday or Sunday gives a day off on the next
// working day, cascading when two holidays share a weekend (2021: 1 May
// Saturday → 3 May, Easter 2 May → 4 May). rickar lists Easter and
// Trinity as their Mondays and gives 25 December no substitute at all.
func uaSubstitutes(_ string, year int, days []Day) []Day {
	var base []Day
	for _, d := range days {
		if isSubstitute(d) {
			continue
		}
		if d.NameLocal == "Великдень" { // rickar: Easter + 1
			d.Date = d.Date.AddDays(-1) // the Sunday itself
		}
		base = append(base, d)
	}
	base = normalize(base, year)
	off := map[pdate.Date]bool{}
	for _, d := range base {
		off[d.Date] = true
	}
	out := base
	for _, d := range base {
		if !isSatSun(d.Date) {
			continue
		}
		n := d.Date.AddDays(1)
		for off[n] || isSatSun(n) {
			n = n.AddDays(1)
		}
		off[n] = true
		out = append(out, Day{Date: n, NameEN: d.NameEN + " (substitute day)", NameLocal: d.NameLocal + " (вихідний, перенесений)", Kind: KindHoliday})
	}
	if year < uaMartialLaw.Y {
		return out
	}
	// Martial law: days off before 24 February 2022 stay; later holidays
	// are observances and earn no substitute.
	var kept []Day
	for _, d := range out {
		switch {
		case d.Date.Before(uaMartialLaw):
			kept = append(kept, d)
		case !isSubstitute(d):
			d.Kind = KindObservance
			kept = append(kept, d)
		}
	}
	if year < 2023 {
		return kept
	}
	// From 2023 the amended list (see the file comment); Easter and
	// Trinity as rickar computes them (Orthodox).
	var moved []Day
	for _, d := range kept {
		switch {
		case d.Date.M == 1 && d.Date.D == 7 && year >= 2024, // Christmas on 25 December only
			d.Date.M == 5 && d.Date.D == 9 && year >= 2024, // now 8 May
			d.Date.M == 10 && d.Date.D == 14:               // now 1 October
			continue
		}
		moved = append(moved, d)
	}
	obs := func(m, dd int, en, uk string) Day {
		return Day{Date: pdate.Date{Y: year, M: m, D: dd}, NameEN: en, NameLocal: uk, Kind: KindObservance}
	}
	if year >= 2024 {
		moved = append(moved,
			obs(5, 8, "Day of Remembrance and Victory over Nazism in World War II", "День пам'яті та перемоги над нацизмом у Другій світовій війні"),
			obs(7, 15, "Statehood Day", "День Української Державності"))
	}
	moved = append(moved, obs(10, 1, "Defenders of Ukraine Day", "День захисників і захисниць України"))
	return moved
}
