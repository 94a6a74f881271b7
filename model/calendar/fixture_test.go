package calendar

import (
	"time"

	"github.com/youcheng/youcheng/model/pdate"
)

func i64(v int64) *int64 { return &v }

// fixtureGenerated is the Generated stamp of fixture calendars.
var fixtureGenerated = time.Date(2022, 1, 5, 8, 30, 0, 0, time.UTC)

// fixture returns a 2022 calendar with every kind of entry, deliberately
// out of order.
func fixture() *Calendar {
	return &Calendar{
		Year:      2022,
		Generated: fixtureGenerated,
		Entries: []Entry{
			{
				Type: TypeHoliday, Date: pdate.MustParse("2022-10-01"), EndDate: pdate.MustParse("2022-10-07"),
				TitleZH: "国庆节", TitleEN: "National Day", Country: "CN", HolidayKind: HolidayOff,
			},
			{
				Type: TypeEvent, Date: pdate.MustParse("2022-09-15"), EndDate: pdate.MustParse("2022-09-18"),
				TitleZH: "宇部市友好代表团访问威海，第一站", TitleEN: `Ube delegation; day 1, "welcome" back\slash`,
				PartnerIDs: []int64{7, 9}, Country: "JP", Ref: Ref{EventID: i64(42)},
				Partners:    []Partner{{ID: 9, NameEN: "Shimonoseki"}, {ID: 7, NameZH: "宇部市", NameEN: "Ube"}},
				Description: "第一行\r\n第二行, with comma; semicolon", Location: "威海市政府, Weihai", Status: "confirmed",
				Kind: "official_visit", Format: "in_person", Tags: []string{"海这边 海那边", "友好交流"},
			},
			{
				Type: TypeAnniversary, Date: pdate.MustParse("2022-09-21"), Years: 30, Milestone: true,
				TitleZH: "威海—宇部结好30周年", TitleEN: "30th anniversary of Weihai–Ube sister-city ties",
				PartnerIDs: []int64{7}, Country: "JP", Ref: Ref{Source: "partnership", SourceID: i64(7)},
			},
			{
				Type: TypeEvent, Date: pdate.MustParse("2022-07-15"), StartTime: "14:00", Timezone: "Europe/London",
				DurationMinutes: 90, TitleZH: "威海文化周伦敦开幕式", TitleEN: "Weihai Culture Week opening, London",
				Country: "GB", Ref: Ref{EventID: i64(43)},
			},
			{
				Type: TypeEvent, Date: pdate.MustParse("2022-12-01"), StartTime: "10:00", Timezone: "Europe/London",
				TitleZH: "视频会议", TitleEN: "Video conference", Country: "GB", Ref: Ref{EventID: i64(44)}, Status: "planned",
				Kind: "dialogue", Format: "online",
			},
			{
				Type: TypeEvent, Date: pdate.MustParse("2022-11-10"), EndDate: pdate.MustParse("2022-11-12"),
				TitleZH: "青少年夏令营", TitleEN: "Youth camp", Country: "KR", PartnerIDs: []int64{5},
				Partners: []Partner{{ID: 5, NameZH: "春川市", NameEN: "Chuncheon"}}, Ref: Ref{EventID: i64(45)},
				Status: "cancelled", Kind: "youth", Format: "in_person", Location: "Chuncheon",
			},
			{
				Type: TypeAnniversary, Date: pdate.MustParse("2022-07"), Years: 5, Milestone: true,
				TitleZH: "威海—库克结好5周年", TitleEN: "5th anniversary of Weihai–Cork friendship", Country: "IE",
				PartnerIDs: []int64{11}, Ref: Ref{Source: "partnership", SourceID: i64(11)},
			},
			{
				Type: TypeAnniversary, Date: pdate.MustParse("2022"), Years: 50, Milestone: true,
				TitleZH: "中日邦交正常化50周年", TitleEN: "50th anniversary of China–Japan normalization",
				Country: "JP", Ref: Ref{Source: "commemoration", SourceID: i64(3)},
			},
			{
				Type: TypeAnniversary, Date: pdate.MustParse("2022-03-02"), Years: 12,
				TitleZH: "威海—春川结好12周年", TitleEN: "12th anniversary of Weihai–Chuncheon ties", Country: "KR",
				PartnerIDs: []int64{5}, Ref: Ref{Source: "partnership", SourceID: i64(5)},
			},
			{
				Type: TypeHoliday, Date: pdate.MustParse("2022-10-08"), TitleZH: "国庆节调休上班", TitleEN: "National Day adjusted working day",
				Country: "CN", HolidayKind: HolidayWorkday,
			},
			{
				Type: TypeHoliday, Date: pdate.MustParse("2022-09-19"), TitleZH: "敬老日", TitleEN: "Respect for the Aged Day",
				Country: "JP", HolidayKind: HolidayOff,
			},
		},
	}
}
