package holidays

import (
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/gb"

	"github.com/youcheng/youcheng/model/pdate"
)

// corrections adjusts rickar/cal countries where the library is wrong, late
// or incomplete against the official schedule. Each entry cites its source.
var corrections = map[string]func(*rickarCountry){
	"GB": correctGB,
	"JP": correctJP,
	"NZ": correctNZ,
	"IT": correctIT,
	"US": correctUS,
}

// checkedYears lists, per country and set ("" = the national set, else the
// ISO 3166-2 region), the years whose days off were compared one by one
// with the official schedule: official_test.go holds each of them, written
// out by hand from the source it cites, and docs/holidays.md names the
// sources. Only these years are complete; every other year of a rickar/cal
// country is computed from the statutes' rules and says so.
var checkedYears = map[string]map[string][]int{
	"AU": {"": yearSpan(2022, 2027)},
	"DE": {"": yearSpan(2022, 2027)},
	// ES: the national days common to every region, from each year's
	// resolution of the Dirección General de Trabajo; 2027's was not found.
	"ES": {"": yearSpan(2022, 2026)},
	"FR": {"": yearSpan(2022, 2027)},
	"GB": {"": yearSpan(2022, 2027), "GB-SCT": yearSpan(2022, 2027), "GB-NIR": yearSpan(2022, 2027)},
	"IT": {"": yearSpan(2022, 2027)},
	"JP": {"": yearSpan(2022, 2027)},
	"NZ": {"": yearSpan(2022, 2027)},
	"RO": {"": yearSpan(2022, 2027)},
	"UA": {"": yearSpan(2022, 2027)},
	"US": {"": yearSpan(2022, 2027)},
}

// yearSpan returns the years from–to.
func yearSpan(from, to int) []int {
	out := make([]int, 0, to-from+1)
	for y := from; y <= to; y++ {
		out = append(out, y)
	}
	return out
}

// day is a shorthand for a listed holiday.
func day(date string, en, local string) Day {
	return Day{Date: pdate.MustParse(date), NameEN: en, NameLocal: local, Kind: KindHoliday}
}

// onlyYear keeps the days of ds that fall in year.
func onlyYear(ds []Day, year int) []Day {
	var out []Day
	for _, d := range ds {
		if d.Date.Y == year {
			out = append(out, d)
		}
	}
	return out
}

// ukWeekendAlt moves a Saturday or Sunday bank holiday to the Monday.
var ukWeekendAlt = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 1}}

// GB: rickar ships only the England & Wales set. Source for everything
// below: https://www.gov.uk/bank-holidays (UK Government, bank holidays
// for England and Wales, Scotland and Northern Ireland) and the Banking and
// Financial Dealings Act 1971 schedule 1.
func correctGB(rc *rickarCountry) {
	rc.national = gb.Holidays
	twoJan := &cal.Holiday{
		Name: "2nd January", Type: cal.ObservanceBank, Month: time.January, Day: 2, Func: cal.CalcDayOfMonth,
		Observed: []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}, {Day: time.Monday, Offset: 1}},
	}
	standrew := &cal.Holiday{
		Name: "St Andrew's Day", Type: cal.ObservanceBank, Month: time.November, Day: 30, Func: cal.CalcDayOfMonth,
		Observed: ukWeekendAlt,
	}
	patrick := &cal.Holiday{
		Name: "St Patrick's Day", Type: cal.ObservanceBank, Month: time.March, Day: 17, Func: cal.CalcDayOfMonth,
		Observed: ukWeekendAlt,
	}
	boyne := &cal.Holiday{
		Name: "Battle of the Boyne (Orangemen's Day)", Type: cal.ObservanceBank, Month: time.July, Day: 12, Func: cal.CalcDayOfMonth,
		Observed: ukWeekendAlt,
	}
	rc.regions = map[string][]*cal.Holiday{
		// Scotland: 2 January and St Andrew's Day, summer holiday on the
		// first Monday of August, no Easter Monday.
		"GB-SCT": {gb.NewYear, twoJan, gb.GoodFriday, gb.EarlyMay, gb.VEDay, gb.CoronationDay, gb.SpringHoliday,
			gb.SpringHoliday2022, gb.PlatinumJubilee, gb.SummerHolidayScotland, standrew, gb.ChristmasDay, gb.BoxingDay},
		// Northern Ireland: the England & Wales set plus St Patrick's Day
		// and the Battle of the Boyne.
		"GB-NIR": append(append([]*cal.Holiday{}, gb.Holidays...), patrick, boyne),
	}
	rc.aliases = map[string]string{"GB-ENG": "", "GB-WLS": "", "GB-EAW": ""}
	rc.extra = func(region string, year int) []Day {
		days := []Day{
			// One-off bank holidays rickar lacks (gov.uk; royal
			// proclamations): the Royal Wedding 2011, the Diamond Jubilee
			// 2012 (with the spring holiday moved to 4 June) and the State
			// Funeral of Queen Elizabeth II, 19 September 2022. (rickar has
			// the Platinum Jubilee of 2–3 June 2022 and the Coronation of
			// 8 May 2023.)
			day("2011-04-29", "Royal Wedding", "Royal Wedding"),
			day("2012-06-04", "Spring Bank Holiday", "Spring Bank Holiday"),
			day("2012-06-05", "Queen's Diamond Jubilee", "Queen's Diamond Jubilee"),
			day("2022-09-19", "State Funeral of Queen Elizabeth II", "State Funeral of Queen Elizabeth II"),
		}
		if region == "GB-SCT" {
			// Royal Proclamation of 4 February 2026 (Banking and Financial
			// Dealings Act 1971 s. 1(3)): "Monday, the fifteenth day of June
			// in the year 2026 to be a bank holiday in Scotland", for the
			// men's team's first World Cup match since 1998.
			days = append(days, day("2026-06-15", "World Cup Bank Holiday", "World Cup Bank Holiday"))
		}
		return onlyYear(days, year)
	}
	// rickar keeps the spring holiday on the last Monday of May in 2012;
	// it was moved to 4 June for the Diamond Jubilee.
	rc.drop = func(_ string, d Day) bool {
		return d.Date == pdate.Date{Y: 2012, M: 5, D: 28}
	}
}

// JP: rickar's rules are those in force since 2007 (Showa Day, substitute
// holidays on the next non-holiday), so the span starts in 2007. Its
// sandwiched-day list (国民の休日) is hard-coded for 2009–2032; the rule of
// the Act on National Holidays art. 3(3) is applied here for every year.
// Equinox days are fixed by the Cabinet Office (内閣府「国民の祝日について」,
// https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html) from the National
// Astronomical Observatory's 暦要項, published each February for the next
// year: later years are computed, so marked incomplete.
func correctJP(rc *rickarCountry) {
	rc.from = 2007
	rc.substitute = "振替休日（%s）"
	rc.post = func(_ string, year int, days []Day) []Day {
		national := map[pdate.Date]bool{}
		for _, d := range days {
			if d.Kind == KindHoliday && !isSubstitute(d) {
				national[d.Date] = true
			}
		}
		listed := map[pdate.Date]bool{}
		for _, d := range days {
			listed[d.Date] = true
		}
		for dt := (pdate.Date{Y: year, M: 1, D: 2}); dt.Y == year && !(dt.M == 12 && dt.D == 31); dt = dt.AddDays(1) {
			if listed[dt] || dt.Weekday() == time.Sunday {
				continue
			}
			if national[dt.AddDays(-1)] && national[dt.AddDays(1)] {
				days = append(days, Day{Date: dt, NameEN: "National holiday (between two holidays)", NameLocal: "国民の休日", Kind: KindHoliday})
			}
		}
		return days
	}
	rc.note = func(year int) string {
		if year > jpPublishedThrough {
			return "Equinox days computed; Japan's Cabinet Office announces them each February for the following year."
		}
		return ""
	}
}

// jpPublishedThrough is the last year whose equinox days have been
// announced (the 暦要項 of 2 February 2026 covers 2027: 春分 21 March,
// substitute holiday 22 March, 秋分 23 September).
const jpPublishedThrough = 2027

func isSubstitute(d Day) bool {
	n := d.NameEN
	return len(n) > len(" (substitute day)") && n[len(n)-len(" (substitute day)"):] == " (substitute day)"
}

// NZ: rickar lacks Matariki (public holiday since 2022, dates fixed in
// schedule 1 of Te Kāhui o Matariki Public Holiday Act 2022) and the
// one-off Queen Elizabeth II Memorial Day (Queen Elizabeth II Memorial Day
// Act 2022, 26 September 2022). Source: https://www.employment.govt.nz/
// leave-and-holidays/public-holidays/public-holidays-and-anniversary-dates
// Matariki dates are listed through 2030; later years are incomplete.
// Regional anniversary days are not modelled.
func correctNZ(rc *rickarCountry) {
	matariki := []string{"2022-06-24", "2023-07-14", "2024-06-28", "2025-06-20", "2026-07-10",
		"2027-06-25", "2028-07-14", "2029-07-06", "2030-06-21"}
	rc.extra = func(_ string, year int) []Day {
		ds := []Day{day("2022-09-26", "Queen Elizabeth II Memorial Day", "Queen Elizabeth II Memorial Day")}
		for _, m := range matariki {
			ds = append(ds, day(m, "Matariki", "Te Rā Aro ki a Matariki"))
		}
		return onlyYear(ds, year)
	}
	// The Sovereign's Birthday holiday (first Monday of June) is King's
	// Birthday since the accession of Charles III (employment.govt.nz).
	rc.post = func(_ string, year int, days []Day) []Day {
		for i := range days {
			if year >= 2023 && strings.HasPrefix(days[i].NameEN, "Queen's Birthday") {
				days[i].NameEN = "King's Birthday" + strings.TrimPrefix(days[i].NameEN, "Queen's Birthday")
				days[i].NameLocal = "King's Birthday" + strings.TrimPrefix(days[i].NameLocal, "Queen's Birthday")
			}
		}
		return days
	}
	rc.note = func(year int) string {
		if year > 2030 {
			return "Matariki (from the Act's schedule) is listed through 2030 only; regional anniversary days are not included."
		}
		return "Regional anniversary days are not included."
	}
}

// IT: the feast of St Francis of Assisi, patron of Italy (4 October), a
// national holiday again from 2026 by the law approved by the Chamber on
// 23 September and the Senate's Constitutional Affairs Committee on
// 1 October 2025 (first weekday effect: Monday 4 October 2027).
func correctIT(rc *rickarCountry) {
	rc.extra = func(_ string, year int) []Day {
		if year < 2026 {
			return nil
		}
		return []Day{day(pdate.Date{Y: year, M: 10, D: 4}.String(), "St Francis of Assisi Day", "San Francesco d'Assisi, patrono d'Italia")}
	}
}

// US: the federal holidays of 5 U.S.C. 6103 are rickar's; one-off closings
// of every executive department by executive order (5 U.S.C. 6103(b),
// Executive Order 11582) are added here, each from its order:
//   - Tuesday 24 December 2024, executive order of 19 December 2024
//     ("closed and their employees excused from duty on Tuesday,
//     December 24, 2024, the day before Christmas Day");
//   - Thursday 9 January 2025, Executive Order 14133 of 30 December 2024
//     (90 FR 187), national day of mourning for President Carter;
//   - Wednesday 24 and Friday 26 December 2025, executive order of
//     18 December 2025.
func correctUS(rc *rickarCountry) {
	const eve, after = "Christmas Eve (executive order)", "Day after Christmas (executive order)"
	const mourning = "National Day of Mourning for President Carter"
	rc.extra = func(_ string, year int) []Day {
		return onlyYear([]Day{
			day("2024-12-24", eve, eve), day("2025-01-09", mourning, mourning),
			day("2025-12-24", eve, eve), day("2025-12-26", after, after),
		}, year)
	}
}
