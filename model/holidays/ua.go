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
// they are not days off); the Year carries a Note saying so. The calendar
// is complete (nothing is missing: there are no days off to list).
var uaMartialLaw = pdate.Date{Y: 2022, M: 2, D: 24}

const uaMartialNote = "Martial law since 2022-02-24: Law No. 2136-IX suspends Labour Code art. 73, so public holidays " +
	"(e.g. Independence Day 24 August, Christmas 25 December) are working days and are not listed as days off. " +
	"When martial law ends, the Labour Code list applies again."

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
		drop: func(_ string, d Day) bool {
			return !d.Date.Before(uaMartialLaw)
		},
		post: uaSubstitutes,
		status: func(year int) (bool, string) {
			if year >= uaMartialLaw.Y {
				return true, uaMartialNote
			}
			return true, ""
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
	var kept []Day
	for _, d := range out {
		if d.Date.Before(uaMartialLaw) || d.Date.Y < uaMartialLaw.Y {
			kept = append(kept, d)
		}
	}
	return kept
}
