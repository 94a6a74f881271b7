package holidays

import (
	"fmt"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/aa"

	"github.com/youcheng/youcheng/model/pdate"
)

// transfer is one published move of a day off: Off becomes a day off;
// Work, when set and not itself a holiday, becomes a working day.
type transfer struct {
	work, off string
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
var ruHolidays = []struct {
	m, d   int
	en, ru string
}{
	{1, 1, "New Year holidays", "Новогодние каникулы"},
	{1, 2, "New Year holidays", "Новогодние каникулы"},
	{1, 3, "New Year holidays", "Новогодние каникулы"},
	{1, 4, "New Year holidays", "Новогодние каникулы"},
	{1, 5, "New Year holidays", "Новогодние каникулы"},
	{1, 6, "New Year holidays", "Новогодние каникулы"},
	{1, 7, "Orthodox Christmas", "Рождество Христово"},
	{1, 8, "New Year holidays", "Новогодние каникулы"},
	{2, 23, "Defender of the Fatherland Day", "День защитника Отечества"},
	{3, 8, "International Women's Day", "Международный женский день"},
	{5, 1, "Spring and Labour Day", "Праздник Весны и Труда"},
	{5, 9, "Victory Day", "День Победы"},
	{6, 12, "Russia Day", "День России"},
	{11, 4, "Unity Day", "День народного единства"},
}

// ruTransfers are the government resolutions "О переносе выходных дней"
// (work: the weekend day moved; off: where it goes).
var ruTransfers = map[int]struct {
	source string
	moves  []transfer
}{
	// Постановление Правительства РФ от 16.09.2021 № 1564.
	2022: {"Постановление Правительства РФ от 16.09.2021 № 1564", []transfer{
		{"2022-01-01", "2022-05-03"}, {"2022-01-02", "2022-05-10"}, {"2022-03-05", "2022-03-07"},
	}},
	// Постановление Правительства РФ от 29.08.2022 № 1505.
	2023: {"Постановление Правительства РФ от 29.08.2022 № 1505", []transfer{
		{"2023-01-01", "2023-02-24"}, {"2023-01-08", "2023-05-08"},
	}},
	// Постановление Правительства РФ от 10.08.2023 № 1314.
	2024: {"Постановление Правительства РФ от 10.08.2023 № 1314", []transfer{
		{"2024-01-06", "2024-05-10"}, {"2024-01-07", "2024-12-31"}, {"2024-04-27", "2024-04-29"},
		{"2024-11-02", "2024-04-30"}, {"2024-12-28", "2024-12-30"},
	}},
	// Постановление Правительства РФ от 04.10.2024 № 1335.
	2025: {"Постановление Правительства РФ от 04.10.2024 № 1335", []transfer{
		{"2025-01-04", "2025-05-02"}, {"2025-01-05", "2025-12-31"}, {"2025-02-23", "2025-05-08"},
		{"2025-03-08", "2025-06-13"}, {"2025-11-01", "2025-11-03"},
	}},
	// Постановление Правительства РФ от 24.09.2025 «О переносе выходных
	// дней в 2026 году».
	2026: {"Постановление Правительства РФ от 24.09.2025 о переносе выходных дней в 2026 году", []transfer{
		{"2026-01-03", "2026-01-09"}, {"2026-01-04", "2026-12-31"},
	}},
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
	var days []Day
	hol := map[pdate.Date]bool{}
	for _, h := range ruHolidays {
		d := pdate.Date{Y: year, M: h.m, D: h.d}
		hol[d] = true
		days = append(days, Day{Date: d, NameEN: h.en, NameLocal: h.ru, Kind: KindHoliday})
	}
	tr, published := ruTransfers[year]
	moved := map[pdate.Date]bool{}
	off := map[pdate.Date]bool{}
	for _, t := range tr.moves {
		w, o := pdate.MustParse(t.work), pdate.MustParse(t.off)
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
	r := result{days: days, complete: published}
	if published {
		r.source = "Labour Code art. 112; " + tr.source
	} else {
		r.note = "No government resolution on moving days off is recorded for this year: the two January weekend days " +
			"that coincide with New Year holidays are moved by it every year, so those moves are missing."
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
var byTransfers = map[int]struct {
	source string
	moves  []transfer
}{
	2022: {"Постановление Совета Министров Республики Беларусь от 11.10.2021 № 572", []transfer{
		{"2022-03-12", "2022-03-07"}, {"2022-05-14", "2022-05-02"},
	}},
	2023: {"Постановление Совета Министров Республики Беларусь от 01.11.2022 № 739", []transfer{
		{"2023-04-29", "2023-04-24"}, {"2023-05-13", "2023-05-08"}, {"2023-11-11", "2023-11-06"},
	}},
	2024: {"Постановление Совета Министров Республики Беларусь от 23.11.2023 № 814", []transfer{
		{"2024-05-18", "2024-05-13"}, {"2024-11-16", "2024-11-08"},
	}},
	2025: {"Постановление Совета Министров Республики Беларусь от 14.11.2024 № 839", []transfer{
		{"2025-01-11", "2025-01-06"}, {"2025-04-26", "2025-04-28"}, {"2025-07-12", "2025-07-04"},
		{"2025-12-20", "2025-12-26"},
	}},
	2026: {"Постановление Совета Министров Республики Беларусь от 22.07.2025 № 397", []transfer{
		{"2026-04-25", "2026-04-20"},
	}},
}

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

func buildBY(_ string, year int) result {
	fixed := []struct {
		m, d   int
		en, ru string
	}{
		{1, 1, "New Year's Day", "Новый год"},
		{1, 2, "New Year holiday", "Новый год"},
		{1, 7, "Orthodox Christmas", "Рождество Христово (православное)"},
		{3, 8, "Women's Day", "День женщин"},
		{5, 1, "Labour Day", "Праздник труда"},
		{5, 9, "Victory Day", "День Победы"},
		{7, 3, "Independence Day", "День Независимости Республики Беларусь (День Республики)"},
		{11, 7, "October Revolution Day", "День Октябрьской революции"},
		{12, 25, "Catholic Christmas", "Рождество Христово (католическое)"},
	}
	var days []Day
	hol := map[pdate.Date]bool{}
	add := func(d pdate.Date, en, ru string) {
		hol[d] = true
		days = append(days, Day{Date: d, NameEN: en, NameLocal: ru, Kind: KindHoliday})
	}
	for _, f := range fixed {
		add(pdate.Date{Y: year, M: f.m, D: f.d}, f.en, f.ru)
	}
	_, oe := orthodoxEaster.Calc(year)
	_, ce := aa.Easter.Calc(year)
	_, rd := radunitsa.Calc(year)
	add(pdate.FromTime(ce), "Catholic Easter", "Пасха (католическая)")
	add(pdate.FromTime(oe), "Orthodox Easter", "Пасха (православная)")
	add(pdate.FromTime(rd), "Radunitsa", "Радуница")
	tr, published := byTransfers[year]
	for _, t := range tr.moves {
		w, o := pdate.MustParse(t.work), pdate.MustParse(t.off)
		days = append(days,
			Day{Date: o, NameEN: "Day off (working day moved to " + w.String() + ")",
				NameLocal: "Выходной день (рабочий день перенесён на " + ruDate(w) + ")", Kind: KindHoliday},
			Day{Date: w, NameEN: "Working Saturday (for " + o.String() + ")",
				NameLocal: "Рабочий день (перенос с " + ruDate(o) + ")", Kind: KindWorkday})
	}
	r := result{days: days, complete: published}
	if published {
		r.source = "Decree No. 157 of 26.03.1998 (as amended); " + tr.source
	} else {
		r.note = "No Council of Ministers resolution on moving working days is recorded for this year; holidays are listed, transfers are not."
	}
	return r
}
