package holidays

import (
	"github.com/6tail/lunar-go/HolidayUtil"
	"github.com/6tail/lunar-go/calendar"

	"github.com/youcheng/youcheng/model/pdate"
)

// China's official schedule comes from lunar-go's HolidayUtil, which
// carries every State Council notice (国务院办公厅关于…部分节假日安排的通知)
// since the one for 2002, including each make-up workday (调休). The
// notice for year N is published around November of N-1; when it is out,
// upgrade github.com/6tail/lunar-go (see docs/holidays.md).
const (
	cnFrom = 2000
	cnTo   = 2100
	// cnDataFrom–cnDataTo are the years lunar-go v1.4.7 covers in full
	// (its data starts with the 2001-12-29 make-up day for 2002).
	cnDataFrom = 2002
	cnDataTo   = 2027
)

// cnNames maps lunar-go's festival names to English and official Chinese
// names.
var cnNames = map[string][2]string{
	"元旦节":   {"New Year's Day", "元旦"},
	"春节":    {"Spring Festival", "春节"},
	"清明节":   {"Qingming Festival", "清明节"},
	"劳动节":   {"Labour Day", "劳动节"},
	"端午节":   {"Dragon Boat Festival", "端午节"},
	"中秋节":   {"Mid-Autumn Festival", "中秋节"},
	"国庆节":   {"National Day", "国庆节"},
	"国庆中秋":  {"National Day and Mid-Autumn Festival", "国庆节、中秋节"},
	"抗战胜利日": {"Victory Day of the War of Resistance", "中国人民抗日战争胜利纪念日"},
}

func init() {
	register(&provider{
		code:   "CN",
		name:   "China",
		from:   cnFrom,
		to:     cnTo,
		source: "State Council holiday notices (国务院办公厅节假日安排通知) via github.com/6tail/lunar-go v1.4.7 HolidayUtil",
		build:  buildCN,
	})
}

func buildCN(_ string, year int) result {
	if year >= cnDataFrom && year <= cnDataTo {
		return result{days: cnOfficial(year), complete: true}
	}
	// Keep any official entries of that year (e.g. the 2001-12-29 make-up
	// day for New Year 2002) on top of the estimate.
	return result{
		days:   append(cnEstimate(year), cnOfficial(year)...),
		source: "Estimate from the statutory holidays (全国年节及纪念日放假办法) and the Chinese lunar calendar (github.com/6tail/lunar-go)",
		note: "Estimate: the State Council has not published this year's schedule (it is known for 2002–2027). " +
			"Only the statutory days are listed, with lunar festivals computed from the lunar calendar; " +
			"the published schedule usually adds bridge days and weekend make-up workdays (调休).",
	}
}

// cnOfficial lists every day of each break and every make-up workday of
// the State Council schedule for year.
func cnOfficial(year int) []Day {
	l := HolidayUtil.GetHolidaysByYear(year)
	days := make([]Day, 0, l.Len())
	for e := l.Front(); e != nil; e = e.Next() {
		h := e.Value.(*HolidayUtil.Holiday)
		d, err := pdate.ParseFull(h.GetDay())
		if err != nil {
			continue
		}
		n, ok := cnNames[h.GetName()]
		if !ok {
			n = [2]string{h.GetName(), h.GetName()}
		}
		if h.IsWork() {
			days = append(days, Day{Date: d, NameEN: n[0] + " make-up workday", NameLocal: n[1] + "调休上班", Kind: KindWorkday})
			continue
		}
		days = append(days, Day{Date: d, NameEN: n[0], NameLocal: n[1], Kind: KindHoliday})
	}
	return days
}

// cnEstimate lists the statutory days off of year under the rules in force
// then (State Council 全国年节及纪念日放假办法, revisions of 1999, 2007, 2013
// and 2024), with lunar festivals converted by lunar-go.
func cnEstimate(year int) []Day {
	var days []Day
	add := func(d pdate.Date, n int, key string) {
		nm := cnNames[key]
		for i := 0; i < n; i++ {
			days = append(days, Day{Date: d.AddDays(i), NameEN: nm[0], NameLocal: nm[1], Kind: KindHoliday})
		}
	}
	lunar := func(m, d int) pdate.Date {
		s := calendar.NewLunarFromYmd(year, m, d).GetSolar()
		return pdate.Date{Y: s.GetYear(), M: s.GetMonth(), D: s.GetDay()}
	}
	add(pdate.Date{Y: year, M: 1, D: 1}, 1, "元旦节")
	newYear := lunar(1, 1)
	switch {
	case year >= 2025: // 除夕 to 初三 (2024 revision)
		add(newYear.AddDays(-1), 4, "春节")
	case year >= 2008 && year < 2014: // 除夕 to 初二 (2007 revision)
		add(newYear.AddDays(-1), 3, "春节")
	default: // 初一 to 初三
		add(newYear, 3, "春节")
	}
	switch {
	case year >= 2025:
		add(pdate.Date{Y: year, M: 5, D: 1}, 2, "劳动节")
	case year >= 2008:
		add(pdate.Date{Y: year, M: 5, D: 1}, 1, "劳动节")
	default:
		add(pdate.Date{Y: year, M: 5, D: 1}, 3, "劳动节")
	}
	if year >= 2008 {
		qm := calendar.NewLunarFromYmd(year, 3, 1).GetJieQiTable()["清明"]
		add(pdate.Date{Y: qm.GetYear(), M: qm.GetMonth(), D: qm.GetDay()}, 1, "清明节")
		add(lunar(5, 5), 1, "端午节")
		add(lunar(8, 15), 1, "中秋节")
	}
	add(pdate.Date{Y: year, M: 10, D: 1}, 3, "国庆节")
	return days
}
