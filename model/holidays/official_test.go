package holidays

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
)

// officialCase is one published schedule: the days off that fall on
// Monday–Friday (weekend holidays are listed differently by each source, so
// they are not compared) and the weekend days made working days.
type officialCase struct {
	country, region string
	year            int
	source          string
	offWeekdays     string // "MM-DD ..." days off on Monday–Friday
	workdays        string // "MM-DD ..." weekend days worked
	workdayCount    int    // working days in the year, when the source gives it
	// incomplete: the source covers the statutory days but not the whole
	// year (e.g. temporary holidays still to be designated).
	incomplete  bool
	observances string // "MM-DD ..." days of note that are no day off
}

// officialCases are the schedules as published; each cites its source.
var officialCases = []officialCase{
	// ---- China: State Council notices (国务院办公厅关于…部分节假日安排的通知).
	{country: "CN", year: 2022, source: "国办发明电〔2021〕11号 (http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm)",
		offWeekdays: "01-03 01-31 02-01 02-02 02-03 02-04 04-04 04-05 05-02 05-03 05-04 06-03 09-12 10-03 10-04 10-05 10-06 10-07",
		workdays:    "01-29 01-30 04-02 04-24 05-07 10-08 10-09"},
	{country: "CN", year: 2023, source: "国办发明电〔2022〕16号 (http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm)",
		offWeekdays: "01-02 01-23 01-24 01-25 01-26 01-27 04-05 05-01 05-02 05-03 06-22 06-23 09-29 10-02 10-03 10-04 10-05 10-06",
		workdays:    "01-28 01-29 04-23 05-06 06-25 10-07 10-08"},
	{country: "CN", year: 2024, source: "国办发明电〔2023〕7号 (https://www.gov.cn/zhengce/content/202310/content_6911527.htm)",
		offWeekdays: "01-01 02-12 02-13 02-14 02-15 02-16 04-04 04-05 05-01 05-02 05-03 06-10 09-16 09-17 10-01 10-02 10-03 10-04 10-07",
		workdays:    "02-04 02-18 04-07 04-28 05-11 09-14 09-29 10-12"},
	{country: "CN", year: 2025, source: "国办发〔2024〕12号 (https://www.gov.cn/zhengce/content/202411/content_6986382.htm)",
		offWeekdays: "01-01 01-28 01-29 01-30 01-31 02-03 02-04 04-04 05-01 05-02 05-05 06-02 10-01 10-02 10-03 10-06 10-07 10-08",
		workdays:    "01-26 02-08 04-27 09-28 10-11"},

	// ---- South Korea: KASI 월력요항 (https://astro.kasi.re.kr/life/pageView/5)
	// and Ministry of the Interior and Safety announcements.
	{country: "KR", year: 2022, source: "KASI 2022 월력요항; 관공서의 공휴일에 관한 규정",
		offWeekdays: "01-31 02-01 02-02 03-01 03-09 05-05 06-01 06-06 08-15 09-09 09-12 10-03 10-10", observances: "07-17"},
	{country: "KR", year: 2023, source: "KASI 2023 월력요항; 임시공휴일 2023-10-02 (국무회의 의결 2023-09-05)",
		offWeekdays: "01-23 01-24 03-01 05-05 05-29 06-06 08-15 09-28 09-29 10-02 10-03 10-09 12-25", observances: "07-17"},
	{country: "KR", year: 2024, source: "KASI 2024 월력요항; 임시공휴일 2024-10-01 (국무회의 의결 2024-09-03)",
		offWeekdays: "01-01 02-09 02-12 03-01 04-10 05-06 05-15 06-06 08-15 09-16 09-17 09-18 10-01 10-03 10-09 12-25", observances: "07-17"},
	{country: "KR", year: 2025, source: "KASI 2025 월력요항; 임시공휴일 2025-01-27; 제21대 대통령 선거 2025-06-03",
		offWeekdays: "01-01 01-27 01-28 01-29 01-30 03-03 05-05 05-06 06-03 06-06 08-15 10-03 10-06 10-07 10-08 10-09 12-25", observances: "07-17"},
	// 2026: the 2026 월력요항 (KASA, 30 Jun 2025: Seollal 16–18 Feb, substitutes 2 Mar, 25 May,
	// 17 Aug, 5 Oct), the 9th local elections (3 Jun), Labour Day (1 May, Act 21543) and
	// Constitution Day (17 Jul, Act 21338), confirmed by the 2027 월력요항 ("노동절·제헌절의
	// 공휴일 지정('26.4.)으로 2026년 월력요항 대비 공휴일이 2일 증가"). No temporary holiday.
	{country: "KR", year: 2026,
		source:      "2026 월력요항 (KASA); 공휴일에 관한 법률 (법률 제21338호, 제21543호); 관공서의 공휴일에 관한 규정 (대통령령 제36290호)",
		offWeekdays: "01-01 02-16 02-17 02-18 03-02 05-01 05-05 05-25 06-03 07-17 08-17 09-24 09-25 10-05 10-09 12-25"},
	// 2027: the 2027 월력요항 (KASA, 29 Jun 2026): "5월 1~3일(노동절, 일요일 및 노동절 대체공휴일)",
	// "7월 17~19일(제헌절, 일요일 및 제헌절 대체공휴일)".
	{country: "KR", year: 2027, source: "2027 월력요항 (KASA, 2026-06-29)",
		offWeekdays: "01-01 02-08 02-09 03-01 05-03 05-05 05-13 07-19 08-16 09-14 09-15 09-16 10-04 10-11 12-27"},

	// ---- Japan: Cabinet Office 「国民の祝日」について
	// (https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html, syukujitsu.csv).
	{country: "JP", year: 2022, source: "内閣府 国民の祝日 2022",
		offWeekdays: "01-10 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-18 08-11 09-19 09-23 10-10 11-03 11-23"},
	{country: "JP", year: 2023, source: "内閣府 国民の祝日 2023",
		offWeekdays: "01-02 01-09 02-23 03-21 05-03 05-04 05-05 07-17 08-11 09-18 10-09 11-03 11-23"},
	{country: "JP", year: 2024, source: "内閣府 国民の祝日 2024",
		offWeekdays: "01-01 01-08 02-12 02-23 03-20 04-29 05-03 05-06 07-15 08-12 09-16 09-23 10-14 11-04"},
	{country: "JP", year: 2025, source: "内閣府 国民の祝日 2025",
		offWeekdays: "01-01 01-13 02-11 02-24 03-20 04-29 05-05 05-06 07-21 08-11 09-15 09-23 10-13 11-03 11-24"},

	{country: "JP", year: 2026, source: "内閣府 国民の祝日 2026 (春分 3/20, 秋分 9/23, 国民の休日 9/22)",
		offWeekdays: "01-01 01-12 02-11 02-23 03-20 04-29 05-04 05-05 05-06 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23"},

	// ---- United States: OPM federal holidays (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/).
	{country: "US", year: 2026, source: "OPM federal holidays 2026 (Independence Day observed Fri 3 July)",
		offWeekdays: "01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25"},

	// ---- New Zealand: employment.govt.nz public holidays 2026 (Mondayised ANZAC and Boxing Day).
	{country: "NZ", year: 2026, source: "employment.govt.nz public holidays 2026",
		offWeekdays: "01-01 01-02 02-06 04-03 04-06 04-27 06-01 07-10 10-26 12-25 12-28"},

	// ---- Italy: St Francis of Assisi (4 October) a national holiday from 2026 (law of 1 Oct 2025);
	// first on a weekday in 2027.
	{country: "IT", year: 2027, source: "Legge 2025 festa nazionale di San Francesco d'Assisi; art. 2 L. 260/1949",
		offWeekdays: "01-01 01-06 03-29 06-02 10-04 11-01 12-08"},

	// ---- United Kingdom: https://www.gov.uk/bank-holidays
	{country: "GB", year: 2022, source: "gov.uk bank holidays, England and Wales 2022",
		offWeekdays: "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27"},
	{country: "GB", year: 2023, source: "gov.uk bank holidays, England and Wales 2023",
		offWeekdays: "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26"},
	{country: "GB", year: 2024, source: "gov.uk bank holidays, England and Wales 2024",
		offWeekdays: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26"},
	{country: "GB", year: 2025, source: "gov.uk bank holidays, England and Wales 2025",
		offWeekdays: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26"},
	{country: "GB", region: "GB-SCT", year: 2022, source: "gov.uk bank holidays, Scotland 2022",
		offWeekdays: "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27"},
	{country: "GB", region: "GB-SCT", year: 2024, source: "gov.uk bank holidays, Scotland 2024",
		offWeekdays: "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26"},
	{country: "GB", region: "GB-SCT", year: 2026, source: "gov.uk bank holidays, Scotland 2026; Royal Proclamation of 4 Feb 2026 (15 June)",
		offWeekdays: "01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28"},
	{country: "GB", year: 2026, source: "gov.uk bank holidays, England and Wales 2026",
		offWeekdays: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28"},
	{country: "GB", region: "GB-SCT", year: 2023, source: "gov.uk bank holidays, Scotland 2023 (coronation 8 May)",
		offWeekdays: "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26"},
	{country: "GB", region: "GB-NIR", year: 2024, source: "gov.uk bank holidays, Northern Ireland 2024",
		offWeekdays: "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26"},

	// ---- Russia: Labour Code art. 112 and government resolutions.
	{country: "RU", year: 2022, source: "Постановление Правительства РФ от 16.09.2021 № 1564", workdayCount: 247,
		offWeekdays: "01-03 01-04 01-05 01-06 01-07 02-23 03-07 03-08 05-02 05-03 05-09 05-10 06-13 11-04",
		workdays:    "03-05"},
	{country: "RU", year: 2023, source: "Постановление Правительства РФ от 29.08.2022 № 1505", workdayCount: 247,
		offWeekdays: "01-02 01-03 01-04 01-05 01-06 02-23 02-24 03-08 05-01 05-08 05-09 06-12 11-06"},
	{country: "RU", year: 2024, source: "Постановление Правительства РФ от 10.08.2023 № 1314", workdayCount: 248,
		offWeekdays: "01-01 01-02 01-03 01-04 01-05 01-08 02-23 03-08 04-29 04-30 05-01 05-09 05-10 06-12 11-04 12-30 12-31",
		workdays:    "04-27 11-02 12-28"},
	{country: "RU", year: 2025, source: "Постановление Правительства РФ от 04.10.2024 № 1335", workdayCount: 247,
		offWeekdays: "01-01 01-02 01-03 01-06 01-07 01-08 05-01 05-02 05-08 05-09 06-12 06-13 11-03 11-04 12-31",
		workdays:    "11-01"},

	{country: "RU", year: 2026, source: "Постановление Правительства РФ от 24.09.2025 (3 и 4 января перенесены на 9 января и 31 декабря)",
		offWeekdays: "01-01 01-02 01-05 01-06 01-07 01-08 01-09 02-23 03-09 05-01 05-11 06-12 11-04 12-31"},

	// ---- Belarus: Decree No. 157 and Council of Ministers resolutions
	// (pravo.by, Национальный правовой Интернет-портал).
	{country: "BY", year: 2022, source: "Постановление Совета Министров РБ от 11.10.2021 № 572",
		offWeekdays: "01-07 03-07 03-08 05-02 05-03 05-09 11-07",
		workdays:    "03-12 05-14"},
	{country: "BY", year: 2023, source: "Постановление Совета Министров РБ от 01.11.2022 № 739",
		offWeekdays: "01-02 03-08 04-24 04-25 05-01 05-08 05-09 07-03 11-06 11-07 12-25",
		workdays:    "04-29 05-13 11-11"},
	{country: "BY", year: 2024, source: "Постановление Совета Министров РБ от 23.11.2023 № 814",
		offWeekdays: "01-01 01-02 03-08 05-01 05-09 05-13 05-14 07-03 11-07 11-08 12-25",
		workdays:    "05-18 11-16"},
	{country: "BY", year: 2025, source: "Постановление Совета Министров РБ от 14.11.2024 № 839",
		offWeekdays: "01-01 01-02 01-06 01-07 04-28 04-29 05-01 05-09 07-03 07-04 11-07 12-25 12-26",
		workdays:    "01-11 04-26 07-12 12-20"},
	{country: "BY", year: 2026, source: "Постановление Совета Министров РБ от 22.07.2025 № 397",
		offWeekdays: "01-01 01-02 01-07 04-20 04-21 05-01 07-03 12-25",
		workdays:    "04-25"},
}

func TestOfficialSchedules(t *testing.T) {
	t.Parallel()
	s := New()
	for _, c := range officialCases {
		t.Run(c.country+c.region+"/"+itoa(c.year), func(t *testing.T) {
			t.Parallel()
			y, err := s.Year(c.country, c.region, c.year)
			if err != nil {
				t.Fatal(err)
			}
			if y.Complete == c.incomplete {
				t.Errorf("Complete = %v, want %v (source %s)", y.Complete, !c.incomplete, c.source)
			}
			var off, work, obs []string
			for _, d := range y.Days {
				wd := d.Date.Weekday()
				switch {
				case d.Kind == KindObservance:
					obs = append(obs, d.Date.String()[5:])
					if !s.IsWorkday(c.country, c.region, d.Date) && wd != time.Saturday && wd != time.Sunday {
						t.Errorf("observance %s is not a working day", d.Date)
					}
				case d.Kind == KindWorkday:
					work = append(work, d.Date.String()[5:])
					if wd != time.Saturday && wd != time.Sunday {
						t.Errorf("workday item %s is a %s", d.Date, wd)
					}
				case wd != time.Saturday && wd != time.Sunday:
					off = append(off, d.Date.String()[5:])
				}
			}
			if got, want := strings.Join(off, " "), c.offWeekdays; got != want {
				t.Errorf("weekday days off (%s)\n got %s\nwant %s", c.source, got, want)
			}
			if got, want := strings.Join(work, " "), c.workdays; got != want {
				t.Errorf("make-up workdays (%s)\n got %s\nwant %s", c.source, got, want)
			}
			if got, want := strings.Join(obs, " "), c.observances; got != want {
				t.Errorf("observances (%s)\n got %s\nwant %s", c.source, got, want)
			}
			for _, w := range fields(c.workdays) {
				d := pdate.MustParse(itoa(c.year) + "-" + w)
				if !s.IsWorkday(c.country, c.region, d) {
					t.Errorf("IsWorkday(%s) = false for a make-up workday", d)
				}
			}
			if c.workdayCount > 0 {
				n := 0
				for d := (pdate.Date{Y: c.year, M: 1, D: 1}); d.Y == c.year; d = d.AddDays(1) {
					if s.IsWorkday(c.country, c.region, d) {
						n++
					}
				}
				if n != c.workdayCount {
					t.Errorf("working days = %d, want %d (%s)", n, c.workdayCount, c.source)
				}
			}
			if !sort.SliceIsSorted(y.Days, func(i, j int) bool { return y.Days[i].Date.Before(y.Days[j].Date) }) {
				t.Error("days not sorted")
			}
		})
	}
}

func fields(s string) []string { return strings.Fields(s) }

func itoa(n int) string { return pdate.Date{Y: n}.String() }
