package planning_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/youcheng/youcheng/model/holidays"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/planning"
	"github.com/youcheng/youcheng/model/vocab"
)

// One holiday service for the package's tests: its cache makes them fast.
var hol = holidays.New()

var (
	weihai     = planning.Party{NameEN: "Weihai", NameZH: "威海", Country: "CN", Timezone: "Asia/Shanghai"}
	ube        = planning.Party{NameEN: "Ube", NameZH: "宇部", Country: "JP", Timezone: "Asia/Tokyo"}
	cheltenham = planning.Party{NameEN: "Cheltenham", NameZH: "彻特纳姆", Country: "GB", Timezone: "Europe/London"}
	aberdeen   = planning.Party{NameEN: "Aberdeen", NameZH: "阿伯丁", Country: "GB", Region: "GB-SCT", Timezone: "Europe/London"}
)

func d(s string) pdate.Date { return pdate.MustParse(s) }

// mustGenerate generates the plan of req, or fails the test.
func mustGenerate(t *testing.T, req planning.Request) planning.Plan {
	t.Helper()
	plan, err := planning.New(hol).Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

func series(partner planning.Party, est string) *planning.PartnershipInput {
	var e pdate.Date
	if est != "" {
		e = d(est)
	}
	return &planning.PartnershipInput{ID: 1, PartnerID: 7, Local: weihai, Partner: partner, Type: "sister_city", Established: e}
}

func flagship(t *testing.T, p planning.Plan) planning.Item {
	t.Helper()
	var out []planning.Item
	for _, it := range p.Items {
		if it.Flagship {
			out = append(out, it)
		}
	}
	if len(out) != 1 {
		t.Fatalf("want one flagship, got %d: %+v", len(out), p.Items)
	}
	return out[0]
}

func bySpec(t *testing.T, p planning.Plan, key string) planning.Item {
	t.Helper()
	for _, it := range p.Items {
		if it.Spec == key {
			return it
		}
	}
	t.Fatalf("no item %q in %+v", key, p.Items)
	return planning.Item{}
}

func checkClean(t *testing.T, p *planning.Planner, plan planning.Plan, partners map[int64]planning.Party, busy map[int64][]pdate.Date) {
	t.Helper()
	if v := p.Check(plan, planning.CheckContext{Home: weihai, Partners: partners, Busy: busy}); len(v) != 0 {
		t.Errorf("generated plan has violations: %+v", v)
	}
}

func TestFlagshipPlacement(t *testing.T) {
	p := planning.New(hol)
	cases := []struct {
		name      string
		partner   planning.Party
		est       string
		anchor    string
		busy      []string
		want      string   // flagship start
		rationale []string // substrings
	}{
		{name: "Ube 30th on a Wednesday", partner: ube, est: "1992-05-18", want: "2022-05-18",
			rationale: []string{"Flagship on the 30th anniversary, 2022-05-18 (Wednesday)"}},
		{name: "Golden Week: both sides off", partner: ube, est: "1992-05-03", want: "2022-05-06",
			rationale: []string{"moved from 2022-05-03: Constitution Memorial Day (JP) and Labour Day break (CN)", "2022-05-06 (Friday) is the nearest allowed day, 3 days later"}},
		{name: "tie goes to the earlier day", partner: ube, est: "1992-02-23", want: "2022-02-22",
			rationale: []string{"moved from 2022-02-23: The Emperor's Birthday (JP)"}},
		{name: "CN make-up Saturday is a JP weekend", partner: ube, est: "1992-10-08", want: "2022-10-11",
			rationale: []string{"moved from 2022-10-08: Saturday (JP)"}},
		{name: "CN make-up Saturday is a GB weekend", partner: cheltenham, est: "1992-10-08", want: "2022-10-10",
			rationale: []string{"moved from 2022-10-08: Saturday (GB)"}},
		{name: "29 February falls on 28 February", partner: ube, est: "1992-02-29", want: "2022-02-28"},
		{name: "Scotland's St Andrew's Day", partner: aberdeen, est: "1992-11-30", want: "2022-11-29",
			rationale: []string{"St Andrew's Day (GB-SCT)"}},
		{name: "England works on St Andrew's Day", partner: cheltenham, est: "1992-11-30", want: "2022-11-30"},
		{name: "partial origin with anchor", partner: cheltenham, est: "1987-07", anchor: "2022-07-15", want: "2022-07-15",
			rationale: []string{"anchor_date 2022-07-15 stands in for the 35th anniversary (2022-07)"}},
		{name: "anchor on a Saturday", partner: cheltenham, est: "1987-07", anchor: "2022-07-16", want: "2022-07-15",
			rationale: []string{"Saturday (GB, CN)"}},
		{name: "busy anniversary", partner: ube, est: "1992-05-18", busy: []string{"2022-05-18"}, want: "2022-05-17",
			rationale: []string{"an existing event of Ube that day"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var anchor pdate.Date
			if c.anchor != "" {
				anchor = d(c.anchor)
			}
			busy := map[int64][]pdate.Date{}
			for _, b := range c.busy {
				busy[7] = append(busy[7], d(b))
			}
			plan, err := p.Generate(planning.Request{Template: "anniversary_series", Year: 2022, Anchor: anchor,
				Partnership: series(c.partner, c.est), Busy: busy})
			if err != nil {
				t.Fatal(err)
			}
			f := flagship(t, plan)
			if f.StartDate.String() != c.want || f.EndDate != f.StartDate {
				t.Errorf("flagship %s–%s, want %s; rationale %q", f.StartDate, f.EndDate, c.want, f.Rationale)
			}
			for _, s := range c.rationale {
				if !strings.Contains(f.Rationale, s) {
					t.Errorf("rationale %q lacks %q", f.Rationale, s)
				}
			}
			if len(plan.Items) != 8 {
				t.Errorf("want 8 items, got %d (warnings %q)", len(plan.Items), plan.Warnings)
			}
			checkClean(t, p, plan, map[int64]planning.Party{7: c.partner}, busy)
		})
	}
}

func TestMakeUpSaturdayHoliday(t *testing.T) {
	// The premise of the make-up case: a working Saturday in China only.
	sat := d("2022-10-08")
	if !hol.IsWorkday("CN", "", sat) || hol.IsWorkday("JP", "", sat) {
		t.Fatal("holiday data changed: 2022-10-08 should be a CN make-up workday and a JP weekend")
	}
	plan := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "1992-10-08")})
	for _, it := range plan.Items {
		if it.Format != vocab.FormatOnline && it.StartDate == sat {
			t.Errorf("%q starts on the CN make-up Saturday", it.TitleEN)
		}
	}
}

// TestRationaleZHNamesCitiesInChinese: the Chinese rationale a staff member
// reads names Weihai and Ube as 威海 and 宇部, also in an online item's
// meeting times, never in English.
func TestRationaleZHNamesCitiesInChinese(t *testing.T) {
	plan := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "1992-05-18")})
	online := 0
	for _, it := range plan.Items {
		if strings.Contains(it.RationaleZH, "Weihai") || strings.Contains(it.RationaleZH, "Ube") {
			t.Errorf("%q: the Chinese rationale names a city in English: %s", it.TitleEN, it.RationaleZH)
		}
		if it.Format == vocab.FormatOnline {
			online++
			if !strings.Contains(it.RationaleZH, "（威海）") || !strings.Contains(it.RationaleZH, "宇部") {
				t.Errorf("%q: the meeting times do not name 威海 and 宇部: %s", it.TitleEN, it.RationaleZH)
			}
			// Chinese runs on without a space: 威海时间, not 威海 时间.
			if strings.Contains(it.RationaleZH, "威海 时间") || !strings.Contains(it.RationaleZH, "威海时间") {
				t.Errorf("%q: the overlap is not given in 威海时间: %s", it.TitleEN, it.RationaleZH)
			}
		}
	}
	if online == 0 {
		t.Fatal("the series has no online item to check")
	}
}

func TestTitles(t *testing.T) {
	plan := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "1992-05-18")})
	if plan.TitleEN != "30th anniversary of Weihai–Ube sister-city relationship: series of events" || plan.TitleZH != "威海—宇部结好30周年系列活动" {
		t.Errorf("plan titles %q / %q", plan.TitleEN, plan.TitleZH)
	}
	f := flagship(t, plan)
	if f.TitleEN != "Commemorative ceremony for the 30th anniversary of Weihai–Ube sister-city relationship" || f.TitleZH != "威海—宇部结好30周年纪念仪式" {
		t.Errorf("flagship titles %q / %q", f.TitleEN, f.TitleZH)
	}
	if f.Kind != "ceremony" || f.Format != "in_person" || f.Target != d("2022-05-18") || f.PartnerIDs[0] != 7 || f.PartnershipID != 1 {
		t.Errorf("flagship %+v", f)
	}
	ex := bySpec(t, plan, "photo_exhibition")
	if ex.TitleEN != "Ube photo exhibition for the 30th anniversary" || ex.TitleZH != "威海—宇部结好30周年图片展" {
		t.Errorf("exhibition titles %q / %q", ex.TitleEN, ex.TitleZH)
	}
	if ex.DurationDays != 21 || ex.EndDate != ex.StartDate.AddDays(20) {
		t.Errorf("exhibition span %s–%s (%d days)", ex.StartDate, ex.EndDate, ex.DurationDays)
	}
	if !slices.IsSortedFunc(plan.Items, func(a, b planning.Item) int { return a.StartDate.Compare(b.StartDate) }) {
		t.Error("items not sorted by start date")
	}
	for _, it := range plan.Items {
		if it.Rationale == "" {
			t.Errorf("%q has no rationale", it.TitleEN)
		}
	}
	kinds := map[string]bool{}
	for _, it := range plan.Items {
		kinds[it.Kind+"/"+it.Format] = true
	}
	for _, k := range []string{"ceremony/in_person", "culture/in_person", "youth/online", "economy/in_person", "media/in_person", "official_visit/in_person"} {
		if !kinds[k] {
			t.Errorf("no %s item", k)
		}
	}
}

func TestErrors(t *testing.T) {
	p := planning.New(hol)
	cases := []struct {
		name  string
		req   planning.Request
		want  error
		field string
		msg   string
	}{
		{"partial origin, no anchor", planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(cheltenham, "1987-07")},
			planning.ErrPartialOrigin, "anchor_date", "known only to the month (1987-07)"},
		{"year-only origin, no anchor", planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(cheltenham, "1987")},
			planning.ErrPartialOrigin, "anchor_date", "give anchor_date"},
		{"unknown template", planning.Request{Template: "nope", Year: 2022, Partnership: series(ube, "1992-05-18")},
			planning.ErrUnknownTemplate, "template", "nope"},
		{"no partnership", planning.Request{Template: "anniversary_series", Year: 2022},
			planning.ErrNoPartnership, "partnership_id", ""},
		{"no partnerships", planning.Request{Template: "annual_program", Year: 2022},
			planning.ErrNoPartnership, "partnership_id", ""},
		{"year before holiday data", planning.Request{Template: "anniversary_series", Year: 1995, Partnership: series(ube, "1992-05-18")},
			planning.ErrBadYear, "year", "2000–2100"},
		{"year not after origin", planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "2022-05-18")},
			planning.ErrBadYear, "year", "not after"},
		{"unknown origin", planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "")},
			planning.ErrNoOrigin, "partnership_id", ""},
		{"anchor in another year", planning.Request{Template: "anniversary_series", Year: 2022, Anchor: d("2023-07-15"), Partnership: series(cheltenham, "1987-07")},
			planning.ErrBadAnchor, "anchor_date", ""},
		{"partial anchor", planning.Request{Template: "anniversary_series", Year: 2022, Anchor: d("2022-07"), Partnership: series(cheltenham, "1987-07")},
			planning.ErrBadAnchor, "anchor_date", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := p.Generate(c.req)
			if !errors.Is(err, c.want) {
				t.Fatalf("err %v, want %v", err, c.want)
			}
			var re *planning.RequestError
			if !errors.As(err, &re) || re.Field != c.field {
				t.Errorf("err %#v: want a RequestError on %s", err, c.field)
			}
			if !strings.Contains(err.Error(), c.msg) {
				t.Errorf("message %q lacks %q", err.Error(), c.msg)
			}
		})
	}
}

func TestAnchorIgnoredForFullOrigin(t *testing.T) {
	plan := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2022, Anchor: d("2022-06-01"), Partnership: series(ube, "1992-05-18")})
	if f := flagship(t, plan); f.StartDate != d("2022-05-18") {
		t.Errorf("flagship on %s", f.StartDate)
	}
	if !slices.ContainsFunc(plan.Warnings, func(w string) bool { return strings.Contains(w, "anchor_date 2022-06-01 ignored") }) {
		t.Errorf("warnings %q", plan.Warnings)
	}
}

// onlineAt returns the online item of the plan and its start in London.
func onlineAt(t *testing.T, plan planning.Plan) (planning.Item, time.Time) {
	t.Helper()
	it := bySpec(t, plan, "online_youth_exchange")
	sh, _ := time.LoadLocation(it.Timezone)
	lon, _ := time.LoadLocation("Europe/London")
	st, err := time.ParseInLocation("2006-01-02 15:04", it.StartDate.String()+" "+it.StartTime, sh)
	if err != nil {
		t.Fatal(err)
	}
	return it, st.In(lon)
}

func TestOnlineAcrossTimeZones(t *testing.T) {
	p := planning.New(hol)
	// Summer (BST, 7 hours apart): working hours overlap 16:00–17:00 Weihai
	// = 09:00–10:00 London; the meeting fills that hour.
	summer := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2022, Anchor: d("2022-08-29"), Partnership: series(cheltenham, "1987-07")})
	it, lon := onlineAt(t, summer)
	if it.StartDate != d("2022-07-15") || it.StartTime != "16:00" || it.Timezone != "Asia/Shanghai" || it.DurationMinutes != 60 ||
		lon.Format("15:04") != "09:00" || lon.Format("2006-01-02") != "2022-07-15" {
		t.Errorf("summer meeting %s %s %s (London %s): %s", it.StartDate, it.StartTime, it.Timezone, lon, it.Rationale)
	}
	if !strings.Contains(it.Rationale, "overlap 16:00–17:00 Weihai time") || !strings.Contains(it.Rationale, "UTC+01:00") {
		t.Errorf("summer rationale %q", it.Rationale)
	}
	// Winter (GMT, 8 hours apart): Weihai 17:00 = London 09:00, the hours
	// only touch. No overlap: the meeting straddles both edges, half an hour
	// outside working hours in each city.
	winter := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2022, Anchor: d("2022-03-01"), Partnership: series(cheltenham, "1987-07")})
	it, lon = onlineAt(t, winter)
	if it.StartTime != "16:30" || lon.Format("15:04") != "08:30" || it.StartDate.M != 1 {
		t.Errorf("winter meeting %s %s (London %s): %s", it.StartDate, it.StartTime, lon, it.Rationale)
	}
	if !strings.Contains(it.Rationale, "do not overlap") || !strings.Contains(it.Rationale, "30 min after 17:00 in Weihai, 30 min before 09:00 in Cheltenham") {
		t.Errorf("winter rationale %q", it.Rationale)
	}
	if !slices.ContainsFunc(winter.Warnings, func(w string) bool { return strings.Contains(w, "working hours do not overlap") }) {
		t.Errorf("winter warnings %q", winter.Warnings)
	}
	for _, plan := range []planning.Plan{summer, winter} {
		checkClean(t, p, plan, map[int64]planning.Party{7: cheltenham}, nil)
	}
	// Ube is one hour ahead: an hour into the shared hours, 10:00 Weihai.
	ubePlan := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "1992-05-18")})
	if it := bySpec(t, ubePlan, "online_youth_exchange"); it.StartTime != "10:00" {
		t.Errorf("Ube meeting at %s: %s", it.StartTime, it.Rationale)
	}
}

func TestBusyDaysAvoided(t *testing.T) {
	p := planning.New(hol)
	base := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "1992-05-18")})
	// Make every start day of the first plan (but the flagship's) busy.
	var busy []pdate.Date
	for _, it := range base.Items {
		if !it.Flagship {
			busy = append(busy, it.StartDate)
		}
	}
	busy = append(busy, d("2022-08-02")) // inside the delegation visit
	plan, err := p.Generate(planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "1992-05-18"),
		Busy: map[int64][]pdate.Date{7: busy, 8: {d("2022-05-18")}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range plan.Items {
		if slices.Contains(busy, it.StartDate) {
			t.Errorf("%q starts on busy day %s", it.TitleEN, it.StartDate)
		}
		if it.Kind == "official_visit" {
			for x := it.StartDate; !x.After(it.EndDate); x = x.AddDays(1) {
				if slices.Contains(busy, x) {
					t.Errorf("visit %s–%s covers busy day %s", it.StartDate, it.EndDate, x)
				}
			}
		}
	}
	if f := flagship(t, plan); f.StartDate != d("2022-05-18") {
		t.Errorf("another partner's event moved the flagship to %s", f.StartDate)
	}
	checkClean(t, p, plan, map[int64]planning.Party{7: ube}, map[int64][]pdate.Date{7: busy})
}

func TestUnknownTimezoneAndRegion(t *testing.T) {
	partner := planning.Party{NameEN: "Nowhere", Country: "GB", Region: "GB-XX", Timezone: "Mars/Olympus"}
	plan := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(partner, "1992-05-18")})
	for _, want := range []string{`unknown time zone "Mars/Olympus"`, "Region GB-XX has no holiday set"} {
		if !slices.ContainsFunc(plan.Warnings, func(w string) bool { return strings.Contains(w, want) }) {
			t.Errorf("warnings %q lack %q", plan.Warnings, want)
		}
	}
	if it := bySpec(t, plan, "online_youth_exchange"); it.Timezone != "Asia/Shanghai" {
		t.Errorf("online item zone %q", it.Timezone)
	}
}

func TestIncompleteHolidayWarning(t *testing.T) {
	p := planning.New(hol)
	plan := mustGenerate(t, planning.Request{Template: "anniversary_series", Year: 2029, Partnership: series(ube, "1999-05-18")})
	for _, c := range []string{"CN", "JP"} {
		if hol.Complete(c, 2029) {
			t.Fatalf("premise: %s 2029 should be incomplete", c)
		}
		if !slices.ContainsFunc(plan.Warnings, func(w string) bool { return strings.Contains(w, "Holiday data for "+c+" in 2029 is incomplete") }) {
			t.Errorf("no incomplete-data warning for %s: %q", c, plan.Warnings)
		}
	}
	ok, err := p.Generate(planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "1992-05-18")})
	if err != nil || len(ok.Warnings) != 0 {
		t.Errorf("2022 warnings %q (%v)", ok.Warnings, err)
	}
}

func TestAnnualProgram(t *testing.T) {
	p := planning.New(hol)
	incheon := planning.Party{NameEN: "Incheon Jung-gu", NameZH: "仁川中区", Country: "KR", Timezone: "Asia/Seoul"}
	lancaster := planning.Party{NameEN: "Lancaster", NameZH: "兰卡斯特", Country: "GB", Timezone: "Europe/London"}
	ps := []planning.PartnershipInput{
		{ID: 1, PartnerID: 11, Local: weihai, Partner: ube, Type: "sister_city", Established: d("1992-05-18")},
		{ID: 2, PartnerID: 12, Local: weihai, Partner: cheltenham, Type: "sister_city", Established: d("1987-07")},
		{ID: 3, PartnerID: 13, Local: weihai, Partner: lancaster, Type: "friendship_city"},
		{ID: 4, PartnerID: 14, Local: weihai, Partner: incheon, Type: "cooperation", Established: d("2001-03-05")},
	}
	partners := map[int64]planning.Party{11: ube, 12: cheltenham, 13: lancaster, 14: incheon}
	plan := mustGenerate(t, planning.Request{Template: "annual_program", Year: 2022, Partnerships: ps})
	if plan.TitleEN != "Weihai international exchange programme 2022" || plan.TitleZH != "威海2022年国际友城交流计划" {
		t.Errorf("titles %q / %q", plan.TitleEN, plan.TitleZH)
	}
	count := map[int64]int{}
	for _, it := range plan.Items {
		count[it.PartnershipID]++
		if it.PartnershipID == 1 && it.Flagship && it.StartDate != d("2022-05-18") {
			t.Errorf("Ube flagship on %s", it.StartDate)
		}
		if it.PartnershipID != 1 && (it.Spec != "cloud_dialogue" || it.Format != "online" || it.Kind != "dialogue") {
			t.Errorf("regular partnership item %+v", it)
		}
	}
	if count[1] != 8 || count[2] != 1 || count[3] != 1 || count[4] != 1 {
		t.Errorf("items per partnership %v", count)
	}
	if !slices.ContainsFunc(plan.Warnings, func(w string) bool {
		return strings.Contains(w, "Cheltenham: the 35th anniversary falls in 2022-07 but its day is unknown")
	}) {
		t.Errorf("warnings %q", plan.Warnings)
	}
	checkClean(t, p, plan, partners, nil)

	// An anchor gives Cheltenham its series.
	plan = mustGenerate(t, planning.Request{Template: "annual_program", Year: 2022, Partnerships: ps,
		Anchors: map[int64]pdate.Date{2: d("2022-07-15")}})
	count = map[int64]int{}
	for _, it := range plan.Items {
		count[it.PartnershipID]++
		if it.PartnershipID == 2 && it.Flagship && it.StartDate != d("2022-07-15") {
			t.Errorf("Cheltenham flagship on %s", it.StartDate)
		}
	}
	if count[2] != 8 {
		t.Errorf("items per partnership with anchor %v", count)
	}
	checkClean(t, p, plan, partners, nil)
}

func TestAnnualProgramSpread(t *testing.T) {
	p := planning.New(hol)
	moscow := planning.Party{NameEN: "Moscow", Country: "RU", Timezone: "Europe/Moscow"}
	seoul := planning.Party{NameEN: "Seoul", Country: "KR", Timezone: "Asia/Seoul"}
	for _, tc := range []struct {
		name    string
		parties []planning.Party
		// Partners whose working hours always overlap Weihai's never share
		// a start day while free days remain; with Europe in winter, an
		// overlap day is worth sharing.
		distinctDays bool
	}{
		{"always overlapping", []planning.Party{ube, moscow, seoul}, true},
		{"Europe in winter", []planning.Party{ube, cheltenham, aberdeen}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ps []planning.PartnershipInput
			partners := map[int64]planning.Party{}
			for i := range 60 {
				party := tc.parties[i%3]
				ps = append(ps, planning.PartnershipInput{ID: int64(i + 1), PartnerID: int64(100 + i), Local: weihai, Partner: party,
					Established: pdate.Date{Y: 1993 + i%4, M: 1 + i%12, D: 1 + i%28}}) // never a milestone in 2022
				partners[int64(100+i)] = party
			}
			plan := mustGenerate(t, planning.Request{Template: "annual_program", Year: 2022, Partnerships: ps})
			if len(plan.Items) != 60 {
				t.Fatalf("%d items, warnings %q", len(plan.Items), plan.Warnings)
			}
			perMonth := map[int]int{}
			perDay := map[pdate.Date]int{}
			for _, it := range plan.Items {
				perMonth[it.StartDate.M]++
				perDay[it.StartDate]++
			}
			// ceil(60/12)+1 = 6 is "crowded"; least-loaded assignment gives 5 each.
			for m := 1; m <= 12; m++ {
				if perMonth[m] != 5 {
					t.Errorf("month %d has %d items: %v", m, perMonth[m], perMonth)
				}
			}
			for day, n := range perDay {
				if tc.distinctDays && n > 1 {
					t.Errorf("%d items start on %s although free days remain", n, day)
				}
			}
			checkClean(t, p, plan, partners, nil)
		})
	}
}

func TestTemplates(t *testing.T) {
	p := planning.New(hol)
	ts := p.Templates()
	keys := []string{}
	for _, tm := range ts {
		keys = append(keys, tm.Key)
	}
	if !slices.Equal(keys, []string{"anniversary_series", "annual_program"}) {
		t.Fatalf("keys %v", keys)
	}
	as, ok := p.Template("anniversary_series")
	if !ok || as.Scope != planning.ScopePartnership || len(as.Items) < 7 || as.TitleZH == "" || as.Description == "" {
		t.Fatalf("anniversary_series %+v", as)
	}
	for _, s := range as.Items {
		if s.Target.OffsetDays == nil || s.Kind == "" || s.Format == "" || (s.DurationDays == 0) == (s.DurationMinutes == 0) {
			t.Errorf("spec %+v", s)
		}
	}
	// Copies: changing one changes nothing inside the planner.
	*ts[0].Items[0].Target.OffsetDays = 99
	ts[0].Items[0].Kind = "other"
	again, _ := p.Template("anniversary_series")
	if *again.Items[0].Target.OffsetDays != 0 || again.Items[0].Kind != "ceremony" {
		t.Error("Templates returned shared data")
	}
}

func TestConcurrentGenerate(t *testing.T) {
	p := planning.New(holidays.New())
	req := planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "1992-05-03")}
	want, err := p.Generate(req)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			got, err := p.Generate(req)
			switch {
			case err != nil:
				errs <- err.Error()
			case !slices.EqualFunc(got.Items, want.Items, func(a, b planning.Item) bool {
				return a.StartDate == b.StartDate && a.StartTime == b.StartTime && a.Rationale == b.Rationale
			}):
				errs <- "plans differ"
			default:
				errs <- ""
			}
		}()
	}
	for range 8 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
