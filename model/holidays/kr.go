package holidays

import (
	"sort"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
)

// South Korea: rickar/cal ships no kr package, so the rules are written
// here from the Regulations on Holidays of Government Offices
// (관공서의 공휴일에 관한 규정, Presidential Decree) and, from 2022, the Act
// on Public Holidays (공휴일에 관한 법률, Act No. 18291). Lunar holidays use
// the Korean lunar calendar (koreanLunarToSolar: UTC+9).
//
// Substitute holidays (대체공휴일, art. 3 of the Regulations):
//   - 2014+ (Decree 24828, Nov 2013): Seollal and Chuseok when a day of the
//     break falls on a Sunday or another public holiday; Children's Day when
//     it falls on a Saturday, Sunday or another public holiday;
//   - Aug 2021+ (Decree 31900, and the 2021 Act): also Independence
//     Movement Day, Liberation Day, National Foundation Day and Hangul Day
//     on a Saturday, Sunday or another public holiday;
//   - May 2023+ (Decree 33445): also Buddha's Birthday and Christmas.
//
// The substitute is the first following day that is neither a Saturday,
// Sunday nor public holiday (for Seollal and Chuseok: after the break).
const (
	krFrom = 2000
	krTo   = 2100
	// krOneOffsThrough is the last year whose one-off days (elections,
	// temporary holidays) are all listed.
	krOneOffsThrough = 2025
)

// krOneOffs are election days (Public Official Election Act art. 34 makes
// them public holidays) and temporary public holidays designated by
// Cabinet decision (임시공휴일). Source: Ministry of the Interior and Safety
// announcements and KASI's 월력요항 (https://astro.kasi.re.kr/life/pageView/5).
var krOneOffs = []struct {
	date, en, ko string
}{
	{"2000-04-13", "16th legislative election", "제16대 국회의원 선거일"},
	{"2002-06-13", "3rd local elections", "제3회 전국동시지방선거일"},
	{"2002-07-01", "Temporary holiday (World Cup)", "임시공휴일"},
	{"2002-12-19", "16th presidential election", "제16대 대통령 선거일"},
	{"2004-04-15", "17th legislative election", "제17대 국회의원 선거일"},
	{"2006-05-31", "4th local elections", "제4회 전국동시지방선거일"},
	{"2007-12-19", "17th presidential election", "제17대 대통령 선거일"},
	{"2008-04-09", "18th legislative election", "제18대 국회의원 선거일"},
	{"2010-06-02", "5th local elections", "제5회 전국동시지방선거일"},
	{"2012-04-11", "19th legislative election", "제19대 국회의원 선거일"},
	{"2012-12-19", "18th presidential election", "제18대 대통령 선거일"},
	{"2014-06-04", "6th local elections", "제6회 전국동시지방선거일"},
	{"2015-08-14", "Temporary holiday (70th Liberation anniversary)", "임시공휴일"},
	{"2016-04-13", "20th legislative election", "제20대 국회의원 선거일"},
	{"2016-05-06", "Temporary holiday", "임시공휴일"},
	{"2017-05-09", "19th presidential election", "제19대 대통령 선거일"},
	{"2017-10-02", "Temporary holiday", "임시공휴일"},
	{"2018-06-13", "7th local elections", "제7회 전국동시지방선거일"},
	{"2020-04-15", "21st legislative election", "제21대 국회의원 선거일"},
	{"2020-08-17", "Temporary holiday", "임시공휴일"},
	{"2022-03-09", "20th presidential election", "제20대 대통령 선거일"},
	{"2022-06-01", "8th local elections", "제8회 전국동시지방선거일"},
	{"2023-10-02", "Temporary holiday", "임시공휴일"},
	{"2024-04-10", "22nd legislative election", "제22대 국회의원 선거일"},
	{"2024-10-01", "Temporary holiday (Armed Forces Day)", "임시공휴일 (국군의 날)"},
	{"2025-01-27", "Temporary holiday", "임시공휴일"},
	{"2025-06-03", "21st presidential election", "제21대 대통령 선거일"},
	// Fixed by law (first Wednesday after the 30th day before the end of
	// the term): 9th local elections.
	{"2026-06-03", "9th local elections", "제9회 전국동시지방선거일"},
}

func init() {
	register(&provider{
		code:   "KR",
		name:   "South Korea",
		from:   krFrom,
		to:     krTo,
		source: "Regulations on Holidays of Government Offices and Act on Public Holidays; Korean lunar calendar computed for UTC+9",
		build:  buildKR,
	})
}

// krKind classifies a Korean holiday for the substitute rules.
type krKind int

const (
	krPlain      krKind = iota // no substitute (New Year, Memorial Day, one-offs)
	krLunarBreak               // Seollal, Chuseok
	krChildren                 // Children's Day
	krNational                 // 3·1, 8·15, 10·3, 10·9
	krBuddhaXmas               // Buddha's Birthday, Christmas
)

type krHoliday struct {
	date     pdate.Date
	en, ko   string
	kind     krKind
	breakEnd pdate.Date // last day of the Seollal/Chuseok break
	// observance: a national day that is no day off (Constitution Day
	// 2008–2025); it earns and blocks no substitute.
	observance bool
}

func buildKR(_ string, year int) result {
	var hs []krHoliday
	fixed := func(m, d int, en, ko string, k krKind) {
		hs = append(hs, krHoliday{date: pdate.Date{Y: year, M: m, D: d}, en: en, ko: ko, kind: k})
	}
	lunarBreak := func(center pdate.Date, en, ko string) {
		end := center.AddDays(1)
		for i := -1; i <= 1; i++ {
			n, k := en, ko
			if i != 0 {
				n, k = en+" holiday", ko+" 연휴"
			}
			hs = append(hs, krHoliday{date: center.AddDays(i), en: n, ko: k, kind: krLunarBreak, breakEnd: end})
		}
	}
	fixed(1, 1, "New Year's Day", "신정", krPlain)
	lunarBreak(koreanLunarToSolar(year, 1, 1), "Seollal", "설날")
	fixed(3, 1, "Independence Movement Day", "삼일절", krNational)
	if year <= 2005 {
		fixed(4, 5, "Arbor Day", "식목일", krPlain)
	}
	hs = append(hs, krHoliday{date: koreanLunarToSolar(year, 4, 8), en: "Buddha's Birthday", ko: "부처님오신날", kind: krBuddhaXmas})
	fixed(5, 5, "Children's Day", "어린이날", krChildren)
	fixed(6, 6, "Memorial Day", "현충일", krPlain)
	if year >= 2026 {
		// Labour Day (노동절, renamed from 근로자의 날 by the Act of 26 Oct
		// 2025) a public holiday from 1 May 2026 (law passed 31 Mar 2026).
		// It is not a national day: no substitute rule is known to cover
		// it (unverified; see docs/holidays.md).
		fixed(5, 1, "Labour Day", "노동절", krPlain)
	}
	switch {
	case year <= 2007:
		fixed(7, 17, "Constitution Day", "제헌절", krPlain)
	case year <= 2025:
		// A national day but no public holiday from 2008 (Decree 20553)
		// until the Public Holidays Act amendment passed on 29 Jan 2026.
		hs = append(hs, krHoliday{date: pdate.Date{Y: year, M: 7, D: 17}, en: "Constitution Day", ko: "제헌절", observance: true})
	default:
		// A public holiday again from 17 July 2026 (amendment making every
		// national day a public holiday), so with the national days'
		// substitute rule.
		fixed(7, 17, "Constitution Day", "제헌절", krNational)
	}
	fixed(8, 15, "Liberation Day", "광복절", krNational)
	lunarBreak(koreanLunarToSolar(year, 8, 15), "Chuseok", "추석")
	fixed(10, 3, "National Foundation Day", "개천절", krNational)
	if year >= 2013 {
		fixed(10, 9, "Hangul Day", "한글날", krNational)
	}
	fixed(12, 25, "Christmas Day", "기독탄신일", krBuddhaXmas)
	for _, o := range krOneOffs {
		d := pdate.MustParse(o.date)
		if d.Y == year {
			hs = append(hs, krHoliday{date: d, en: o.en, ko: o.ko, kind: krPlain})
		}
	}
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].date.Before(hs[j].date) })

	off := map[pdate.Date]int{} // holidays per date
	for _, h := range hs {
		if !h.observance {
			off[h.date]++
		}
	}
	days := make([]Day, 0, len(hs)+3)
	for _, h := range hs {
		k := KindHoliday
		if h.observance {
			k = KindObservance
		}
		days = append(days, Day{Date: h.date, NameEN: h.en, NameLocal: h.ko, Kind: k})
	}
	done := map[pdate.Date]bool{} // dates that already earned a substitute
	for _, h := range hs {
		if h.observance || done[h.date] || !krEligible(h, off[h.date] > 1, year) {
			continue
		}
		done[h.date] = true
		from := h.date
		if h.kind == krLunarBreak {
			from = h.breakEnd
		}
		sub := from.AddDays(1)
		for off[sub] > 0 || sub.Weekday() == time.Saturday || sub.Weekday() == time.Sunday {
			sub = sub.AddDays(1)
		}
		off[sub]++
		days = append(days, Day{Date: sub, NameEN: "Substitute holiday (" + h.en + ")", NameLocal: "대체공휴일 (" + h.ko + ")", Kind: KindHoliday})
	}
	r := result{days: days, complete: year <= krOneOffsThrough}
	switch {
	case year == 2026:
		r.note = "Statutory days checked against the 2026 월력요항 (KASA/KASI, 1 Jul 2025), the Public Holidays Act amendment of 29 Jan 2026 (Constitution Day) and the Labour Day law of 31 Mar 2026; temporary public holidays designated during 2026 are not verified."
		r.noteZH = "法定假日已依韩国宇宙航空厅/天文研究院2026年《月历要项》（2025年7月1日发布）、2026年1月29日《公休日法》修正案（制宪节）及2026年3月31日劳动节法律核对；2026年内临时指定的公休日未核实。"
	case !r.complete:
		r.note = "Rule-based: temporary public holidays and election days designated after 2026 are not included; whether Labour Day earns a substitute holiday is not verified."
		r.noteZH = "按规则推算：不含2026年以后临时指定的公休日和选举日；劳动节是否适用代休日未核实。"
	}
	return r
}

// krEligible reports whether h earns a substitute holiday in year.
func krEligible(h krHoliday, overlaps bool, year int) bool {
	wd := h.date.Weekday()
	sat, sun := wd == time.Saturday, wd == time.Sunday
	d := h.date
	switch h.kind {
	case krLunarBreak:
		return year >= 2014 && (sun || overlaps)
	case krChildren:
		return year >= 2014 && (sat || sun || overlaps)
	case krNational:
		return d.After(pdate.Date{Y: 2021, M: 8, D: 3}) && (sat || sun || overlaps)
	case krBuddhaXmas:
		return d.After(pdate.Date{Y: 2023, M: 5, D: 3}) && (sat || sun || overlaps)
	}
	return false
}
