package holidays

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/aa"

	"github.com/youcheng/youcheng/model/pdate"
)

// resolution is one year's published moves of days off: each "WORK>OFF"
// pair (MM-DD) makes OFF a day off and, unless it is itself a holiday (RU)
// or always (BY), WORK a working day.
type resolution struct {
	source, moves string
}

// transfers parses the moves of r in year as (work, off) pairs.
func (r resolution) transfers(year int) [][2]pdate.Date {
	var out [][2]pdate.Date
	for _, m := range strings.Fields(r.moves) {
		w, o, _ := strings.Cut(m, ">")
		out = append(out, [2]pdate.Date{
			pdate.MustParse(fmt.Sprintf("%d-%s", year, w)), pdate.MustParse(fmt.Sprintf("%d-%s", year, o)),
		})
	}
	return out
}

// resolutions are the government resolutions on moving days off of Russia
// («О переносе выходных дней», WORK: the weekend day moved; OFF: where it
// goes) and of Belarus («О переносе рабочих дней»: OFF the weekday made a
// day off, WORK the Saturday worked instead), by country and year: one
// resolution a line, "CC YEAR | WORK>OFF … | source".
var resolutions = parseResolutions(`
RU 2022 | 01-01>05-03 01-02>05-10 03-05>03-07 | Постановление Правительства РФ от 16.09.2021 № 1564
RU 2023 | 01-01>02-24 01-08>05-08 | Постановление Правительства РФ от 29.08.2022 № 1505
RU 2024 | 01-06>05-10 01-07>12-31 04-27>04-29 11-02>04-30 12-28>12-30 | Постановление Правительства РФ от 10.08.2023 № 1314
RU 2025 | 01-04>05-02 01-05>12-31 02-23>05-08 03-08>06-13 11-01>11-03 | Постановление Правительства РФ от 04.10.2024 № 1335
RU 2026 | 01-03>01-09 01-04>12-31 | Постановление Правительства РФ от 24.09.2025 о переносе выходных дней в 2026 году
BY 2022 | 03-12>03-07 05-14>05-02 | Постановление Совета Министров Республики Беларусь от 11.10.2021 № 572
BY 2023 | 04-29>04-24 05-13>05-08 11-11>11-06 | Постановление Совета Министров Республики Беларусь от 01.11.2022 № 739
BY 2024 | 05-18>05-13 11-16>11-08 | Постановление Совета Министров Республики Беларусь от 23.11.2023 № 814
BY 2025 | 01-11>01-06 04-26>04-28 07-12>07-04 12-20>12-26 | Постановление Совета Министров Республики Беларусь от 14.11.2024 № 839
BY 2026 | 04-25>04-20 | Постановление Совета Министров Республики Беларусь от 22.07.2025 № 397
`)

// parseResolutions reads resolutions' lines; a malformed line is a
// programming error and panics at start-up.
func parseResolutions(text string) map[string]map[int]resolution {
	out := map[string]map[int]resolution{}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		parts := strings.Split(line, " | ")
		head := strings.Fields(parts[0])
		year, err := strconv.Atoi(head[1])
		if err != nil || len(parts) != 3 {
			panic("holidays: bad resolution line " + line)
		}
		if out[head[0]] == nil {
			out[head[0]] = map[int]resolution{}
		}
		out[head[0]][year] = resolution{source: parts[2], moves: parts[1]}
	}
	return out
}

// ---------------------------------------------------------------- Russia

// Russia is written here rather than taken from rickar/cal ru, which lacks
// the New Year holidays of 2–6 and 8 January and moves January holidays
// that fall on a weekend to the Monday, which Labour Code art. 112 forbids:
// those days are moved each year by a government resolution instead.
//
// Labour Code of the Russian Federation art. 112 (since 2013): 1–6 and 8
// January (New Year holidays), 7 January, 23 February, 8 March, 1 May,
// 9 May, 12 June and 4 November. A holiday on a weekend moves the weekend
// day off to the next working day, except in January and except where the
// year's resolution moves it elsewhere.
var ruHolidays = append(newYearHolidays(),
	fixedSpec{1, 7, "Orthodox Christmas", "Рождество Христово"}, fixedSpec{2, 23, "Defender of the Fatherland Day", "День защитника Отечества"},
	fixedSpec{3, 8, "International Women's Day", "Международный женский день"}, fixedSpec{5, 1, "Spring and Labour Day", "Праздник Весны и Труда"},
	fixedSpec{5, 9, "Victory Day", "День Победы"}, fixedSpec{6, 12, "Russia Day", "День России"},
	fixedSpec{11, 4, "Unity Day", "День народного единства"},
)

// newYearHolidays are Russia's New Year holidays, 1–6 and 8 January.
func newYearHolidays() []fixedSpec {
	var out []fixedSpec
	for _, d := range []int{1, 2, 3, 4, 5, 6, 8} {
		out = append(out, fixedSpec{1, d, "New Year holidays", "Новогодние каникулы"})
	}
	return out
}

func init() {
	register(&provider{
		code:   "RU",
		name:   "Russia",
		from:   2013,
		to:     2100,
		source: "Labour Code of the Russian Federation art. 112 and the government's annual resolutions on moving days off",
		build:  buildRU,
	})
}

func buildRU(_ string, year int) result {
	days := fixedDays(year, ruHolidays)
	hol := map[pdate.Date]bool{}
	for _, d := range days {
		hol[d.Date] = true
	}
	moved := map[pdate.Date]bool{}
	off := map[pdate.Date]bool{}
	for _, t := range resolutions["RU"][year].transfers(year) {
		w, o := t[0], t[1]
		moved[w] = true
		off[o] = true
		days = append(days, Day{Date: o,
			NameEN:    "Day off (moved from " + w.String() + ")",
			NameLocal: "Выходной день (перенесён с " + ruDate(w) + ")", Kind: KindHoliday})
		if !hol[w] {
			days = append(days, Day{Date: w,
				NameEN:    "Working day (day off moved to " + o.String() + ")",
				NameLocal: "Рабочий день (выходной перенесён на " + ruDate(o) + ")", Kind: KindWorkday})
		}
	}
	// Art. 112: a weekend day that coincides with a non-January holiday
	// moves to the next working day, unless the resolution moved it.
	for _, h := range ruHolidays {
		d := pdate.Date{Y: year, M: h.m, D: h.d}
		if h.m == 1 || !isSatSun(d) || moved[d] {
			continue
		}
		n := d.AddDays(1)
		for hol[n] || off[n] || (isSatSun(n) && !moved[n]) {
			n = n.AddDays(1)
		}
		off[n] = true
		days = append(days, Day{Date: n,
			NameEN:    "Day off (for " + h.en + " on a weekend)",
			NameLocal: "Выходной день (перенос с " + ruDate(d) + ")", Kind: KindHoliday})
	}
	return resolutionResult("RU", year, days, "Labour Code art. 112; ",
		"No government resolution on moving days off is recorded for this year: the two January weekend days "+
			"that coincide with New Year holidays are moved by it every year, so those moves are missing.")
}

// resolutionResult is a year of a country whose days off are moved by a
// yearly resolution: complete when the resolution is recorded, else with
// the note missing.
func resolutionResult(country string, year int, days []Day, statute, missing string) result {
	res, published := resolutions[country][year]
	r := result{days: days, complete: published}
	if published {
		r.source = statute + res.source
	} else {
		r.note = missing
	}
	return r
}

func isSatSun(d pdate.Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

func ruDate(d pdate.Date) string { return fmt.Sprintf("%02d.%02d.%04d", d.D, d.M, d.Y) }

// --------------------------------------------------------------- Belarus

// Belarus: rickar/cal has no by package. Non-working holidays are fixed by
// Presidential Decree No. 157 of 26.03.1998 (as amended by Decree No. 367
// of 2019, which added 2 January from 2020): 1–2 January, 7 January
// (Orthodox Christmas), 8 March, 1 May, 9 May, 3 July, 7 November,
// 25 December, Radunitsa (Orthodox Easter + 9 days), and Catholic and
// Orthodox Easter (always Sundays). Holidays on a weekend are not moved.
// Each year the Council of Ministers moves working days (перенос рабочих
// дней): a weekday between a holiday and the weekend becomes a day off and
// a Saturday is worked instead.
var (
	orthodoxEaster = &cal.Holiday{Julian: true, Func: cal.CalcEasterOffset}
	radunitsa      = &cal.Holiday{Julian: true, Offset: 9, Func: cal.CalcEasterOffset}
)

func init() {
	register(&provider{
		code:   "BY",
		name:   "Belarus",
		from:   2020,
		to:     2100,
		source: "Decree of the President of the Republic of Belarus No. 157 of 26.03.1998 (as amended) and Council of Ministers resolutions on moving working days",
		build:  buildBY,
	})
}

// byHolidays are the fixed-date holidays of Decree No. 157.
var byHolidays = []fixedSpec{
	{1, 1, "New Year's Day", "Новый год"}, {1, 2, "New Year holiday", "Новый год"},
	{1, 7, "Orthodox Christmas", "Рождество Христово (православное)"}, {3, 8, "Women's Day", "День женщин"},
	{5, 1, "Labour Day", "Праздник труда"}, {5, 9, "Victory Day", "День Победы"},
	{7, 3, "Independence Day", "День Независимости Республики Беларусь (День Республики)"},
	{11, 7, "October Revolution Day", "День Октябрьской революции"}, {12, 25, "Catholic Christmas", "Рождество Христово (католическое)"},
}

func buildBY(_ string, year int) result {
	days := fixedDays(year, byHolidays)
	_, oe := orthodoxEaster.Calc(year)
	_, ce := aa.Easter.Calc(year)
	_, rd := radunitsa.Calc(year)
	days = append(days,
		Day{Date: pdate.FromTime(ce), NameEN: "Catholic Easter", NameLocal: "Пасха (католическая)", Kind: KindHoliday},
		Day{Date: pdate.FromTime(oe), NameEN: "Orthodox Easter", NameLocal: "Пасха (православная)", Kind: KindHoliday},
		Day{Date: pdate.FromTime(rd), NameEN: "Radunitsa", NameLocal: "Радуница", Kind: KindHoliday})
	for _, t := range resolutions["BY"][year].transfers(year) {
		w, o := t[0], t[1]
		days = append(days,
			Day{Date: o, NameEN: "Day off (working day moved to " + w.String() + ")",
				NameLocal: "Выходной день (рабочий день перенесён на " + ruDate(w) + ")", Kind: KindHoliday},
			Day{Date: w, NameEN: "Working Saturday (for " + o.String() + ")",
				NameLocal: "Рабочий день (перенос с " + ruDate(o) + ")", Kind: KindWorkday})
	}
	return resolutionResult("BY", year, days, "Decree No. 157 of 26.03.1998 (as amended); ",
		"No Council of Ministers resolution on moving working days is recorded for this year; holidays are listed, transfers are not.")
}
