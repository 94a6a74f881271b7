package holidays

import (
	"sort"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
)

// South Korea: rickar/cal ships no kr package, so the rules are written
// here from the Regulations on Holidays of Government Offices
// (관공서의 공휴일에 관한 규정, Presidential Decree; last amended by Decree
// 36290 of 30 Apr 2026) and, from 2022, the Act on Public Holidays (공휴일에
// 관한 법률, Act No. 18291; amended by Act 21338 of 10 Feb 2026, Constitution
// Day, and Act 21543 of 9 Apr 2026, Labour Day). Lunar holidays use the
// Korean lunar calendar (koreanLunarToSolar: UTC+9).
//
// Substitute holidays (대체공휴일, art. 3 of the Regulations) are in
// krSubRules. The substitute is the first following day that is neither a
// Saturday, Sunday nor public holiday (for Seollal and Chuseok: after the
// break).
const (
	krFrom = 2000
	krTo   = 2100
	// krVerifiedThrough is the last year checked against the official
	// calendar (KASA's 월력요항 for 2027, published 29 Jun 2026) with all its
	// one-off days (elections, temporary holidays) listed.
	krVerifiedThrough = 2027
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
	// Fixed by law (art. 34: first Wednesday from the 50th day before the
	// 22nd National Assembly's term ends on 29 May 2028).
	{"2028-04-12", "23rd legislative election", "제23대 국회의원 선거일"},
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
	krNational                 // national days: 3·1, 7·17 (2026+), 8·15, 10·3, 10·9
	krBuddhaXmas               // Buddha's Birthday, Christmas
	krLabour                   // Labour Day (2026+)
)

// krSubRule says from when a kind earns a substitute holiday: always when
// it falls on a Sunday or on another public holiday, and when on a
// Saturday too if saturday is set.
type krSubRule struct {
	from     pdate.Date
	saturday bool
}

var krSubRules = map[krKind]krSubRule{
	// Decree 24828 (Nov 2013), first applied in 2014.
	krLunarBreak: {pdate.Date{Y: 2014, M: 1, D: 1}, false},
	krChildren:   {pdate.Date{Y: 2014, M: 1, D: 1}, true},
	// Decree 31900 and the Act on Public Holidays (Aug 2021).
	krNational: {pdate.Date{Y: 2021, M: 8, D: 4}, true},
	// Decree 33445 (May 2023).
	krBuddhaXmas: {pdate.Date{Y: 2023, M: 5, D: 4}, true},
	// Act 21543 (in force 1 May 2026) and Decree 36290, art. 3(1) item 1.
	krLabour: {pdate.Date{Y: 2026, M: 5, D: 1}, true},
}

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
	hs := krHolidays(year)
	days := make([]Day, 0, len(hs)+3)
	for _, h := range hs {
		k := KindHoliday
		if h.observance {
			k = KindObservance
		}
		days = append(days, Day{Date: h.date, NameEN: h.en, NameLocal: h.ko, Kind: k})
	}
	r := result{days: append(days, krSubstitutes(hs)...), complete: year <= krVerifiedThrough}
	if !r.complete {
		r.note = "Rule-based: KASA has not published this year's calendar (월력요항) yet; temporary public holidays and election days not fixed by law are not included."
		r.noteZH = "按规则推算：韩国宇宙航空厅尚未公布本年度《月历要项》；不含临时指定的公休日和法律未固定日期的选举日。"
	}
	return r
}

// krHolidays lists the statutory holidays and one-off days of year, sorted.
func krHolidays(year int) []krHoliday {
	var hs []krHoliday
	add := func(d pdate.Date, en, ko string, k krKind) {
		hs = append(hs, krHoliday{date: d, en: en, ko: ko, kind: k})
	}
	fixed := func(m, d int, en, ko string, k krKind) { add(pdate.Date{Y: year, M: m, D: d}, en, ko, k) }
	lunarBreak := func(center pdate.Date, en, ko string) {
		for i := -1; i <= 1; i++ {
			n, k := en, ko
			if i != 0 {
				n, k = en+" holiday", ko+" 연휴"
			}
			hs = append(hs, krHoliday{date: center.AddDays(i), en: n, ko: k, kind: krLunarBreak, breakEnd: center.AddDays(1)})
		}
	}
	fixed(1, 1, "New Year's Day", "신정", krPlain)
	lunarBreak(koreanLunarToSolar(year, 1, 1), "Seollal", "설날")
	fixed(3, 1, "Independence Movement Day", "삼일절", krNational)
	if year <= 2005 {
		fixed(4, 5, "Arbor Day", "식목일", krPlain)
	}
	if year >= 2026 {
		// Labour Day (노동절, renamed from 근로자의 날 in Oct 2025): a public
		// holiday from 1 May 2026 (Act 21543).
		fixed(5, 1, "Labour Day", "노동절", krLabour)
	}
	add(koreanLunarToSolar(year, 4, 8), "Buddha's Birthday", "부처님오신날", krBuddhaXmas)
	fixed(5, 5, "Children's Day", "어린이날", krChildren)
	fixed(6, 6, "Memorial Day", "현충일", krPlain)
	hs = append(hs, krConstitutionDay(year))
	fixed(8, 15, "Liberation Day", "광복절", krNational)
	lunarBreak(koreanLunarToSolar(year, 8, 15), "Chuseok", "추석")
	fixed(10, 3, "National Foundation Day", "개천절", krNational)
	if year >= 2013 {
		fixed(10, 9, "Hangul Day", "한글날", krNational)
	}
	fixed(12, 25, "Christmas Day", "기독탄신일", krBuddhaXmas)
	for _, o := range krOneOffs {
		if d := pdate.MustParse(o.date); d.Y == year {
			add(d, o.en, o.ko, krPlain)
		}
	}
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].date.Before(hs[j].date) })
	return hs
}

// krConstitutionDay is 17 July: a public holiday until 2007, a national
// day only from 2008 (Decree 20553) to 2025, and a public holiday again from
// 2026 (Act 21338, in force 11 May 2026: every national day a public
// holiday), with the national days' substitute rule.
func krConstitutionDay(year int) krHoliday {
	h := krHoliday{date: pdate.Date{Y: year, M: 7, D: 17}, en: "Constitution Day", ko: "제헌절"}
	switch {
	case year >= 2026:
		h.kind = krNational
	case year >= 2008:
		h.observance = true
	}
	return h
}

// krSubstitutes returns the substitute holidays earned by hs (sorted).
func krSubstitutes(hs []krHoliday) []Day {
	off := map[pdate.Date]int{} // holidays per date
	for _, h := range hs {
		if !h.observance {
			off[h.date]++
		}
	}
	var subs []Day
	done := map[pdate.Date]bool{} // dates that already earned a substitute
	for _, h := range hs {
		if h.observance || done[h.date] || !krEligible(h, off[h.date] > 1) {
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
		subs = append(subs, Day{Date: sub, NameEN: "Substitute holiday (" + h.en + ")", NameLocal: "대체공휴일 (" + h.ko + ")", Kind: KindHoliday})
	}
	return subs
}

// krEligible reports whether h earns a substitute holiday.
func krEligible(h krHoliday, overlaps bool) bool {
	r, ok := krSubRules[h.kind]
	if !ok || h.date.Before(r.from) {
		return false
	}
	wd := h.date.Weekday()
	return overlaps || wd == time.Sunday || (r.saturday && wd == time.Saturday)
}
