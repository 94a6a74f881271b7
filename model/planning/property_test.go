package planning_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"testing"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/planning"
)

// Partner cities with real zones: every country the brief names, a regional
// calendar (GB-SCT), both sides of the date line and half-hour-free DST
// zones in both hemispheres.
var propParties = []planning.Party{
	{Country: "JP", Timezone: "Asia/Tokyo"},
	{Country: "KR", Timezone: "Asia/Seoul"},
	{Country: "GB", Timezone: "Europe/London"},
	{Country: "GB", Region: "GB-SCT", Timezone: "Europe/London"},
	{Country: "US", Timezone: "America/New_York"},
	{Country: "US", Timezone: "America/Los_Angeles"},
	{Country: "US", Timezone: "Pacific/Honolulu"},
	{Country: "RU", Timezone: "Europe/Moscow"},
	{Country: "RU", Timezone: "Asia/Vladivostok"},
	{Country: "BY", Timezone: "Europe/Minsk"},
	{Country: "FR", Timezone: "Europe/Paris"},
	{Country: "SN", Timezone: "Africa/Dakar"},
	{Country: "TN", Timezone: "Africa/Tunis"},
	{Country: "NZ", Timezone: "Pacific/Auckland"},
	{Country: "UA", Timezone: "Europe/Kyiv"},
	{Country: "AU", Region: "AU-NSW", Timezone: "Australia/Sydney"},
}

// randomRequest builds a request that must succeed: anchors are given for
// partial origins of a series.
func randomRequest(rng *rand.Rand, i int) (planning.Request, map[int64]planning.Party) {
	year := 2015 + rng.IntN(16)
	partners := map[int64]planning.Party{}
	mk := func(k int) planning.PartnershipInput {
		party := propParties[rng.IntN(len(propParties))]
		party.NameEN = fmt.Sprintf("City %d-%d", i, k)
		party.NameZH = fmt.Sprintf("城市%d-%d", i, k)
		pid := int64(100*i + k)
		partners[pid] = party
		est := pdate.Random(rng, year-60, 60, 10)
		if rng.IntN(20) == 0 {
			est = pdate.Date{}
		}
		return planning.PartnershipInput{ID: int64(1000*i + k), PartnerID: pid, Local: weihai, Partner: party,
			Type: []string{"sister_city", "friendship_city", "cooperation"}[rng.IntN(3)], Established: est}
	}
	r := planning.Request{Year: year, Busy: map[int64][]pdate.Date{}}
	if rng.IntN(10) < 7 {
		r.Template = "anniversary_series"
		ps := mk(0)
		if ps.Established.IsZero() {
			ps.Established = pdate.Date{Y: year - 30, M: 6, D: 1}
		}
		if ps.Established.Precision() != pdate.Day || rng.IntN(10) == 0 {
			r.Anchor = pdate.Date{Y: year, M: 1 + rng.IntN(12)}
			r.Anchor.D = 1 + rng.IntN(pdate.DaysIn(year, r.Anchor.M))
		}
		r.Partnership = &ps
	} else {
		r.Template = "annual_program"
		for k := range 1 + rng.IntN(6) {
			r.Partnerships = append(r.Partnerships, mk(k))
		}
	}
	for pid := range partners {
		for range rng.IntN(25) {
			r.Busy[pid] = append(r.Busy[pid], pdate.Date{Y: year, M: 1, D: 1}.AddDays(rng.IntN(365)))
		}
	}
	return r, partners
}

func TestPropertyRulesHold(t *testing.T) {
	p := planning.New(hol)
	rng := rand.New(rand.NewPCG(2022, 30))
	start := time.Now()
	items, flagships := 0, 0
	for i := range 200 {
		req, partners := randomRequest(rng, i)
		plan, err := p.Generate(req)
		if err != nil {
			t.Fatalf("case %d (%s %d): %v", i, req.Template, req.Year, err)
		}
		items += len(plan.Items)
		if v := p.Check(plan, planning.CheckContext{Home: weihai, Partners: partners, Busy: req.Busy}); len(v) != 0 {
			t.Errorf("case %d: Check reports %+v", i, v)
		}
		for _, e := range assertRules(plan, partners, req.Busy) {
			t.Errorf("case %d (%s %d): %s", i, req.Template, req.Year, e)
		}
		for _, it := range plan.Items {
			if it.Flagship {
				flagships++
			}
			if it.Rationale == "" {
				t.Errorf("case %d: %q has no rationale", i, it.TitleEN)
			}
		}
	}
	if items < 1000 || flagships < 100 {
		t.Errorf("only %d items, %d flagships: the cases test too little", items, flagships)
	}
	t.Logf("200 plans, %d items, %d flagships in %v", items, flagships, time.Since(start))
}

var hhmm = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)

// assertRules checks rules 1–5 with nothing but the holiday
// service and package time, independently of the planner's code.
func assertRules(plan planning.Plan, partners map[int64]planning.Party, busy map[int64][]pdate.Date) []error {
	var errs []error
	fail := func(it planning.Item, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%q %s: %s", it.TitleEN, it.StartDate, fmt.Sprintf(format, args...)))
	}
	work := func(p planning.Party, day pdate.Date) bool { return hol.IsWorkday(p.Country, p.Region, day) }
	type key struct {
		pid int64
		day pdate.Date
	}
	starts := map[key]bool{}
	for _, it := range plan.Items {
		// Rule 1.
		if it.StartDate.Precision() != pdate.Day || it.EndDate.Precision() != pdate.Day ||
			it.StartDate.Y != plan.Year || it.EndDate.Y != plan.Year || it.EndDate.Before(it.StartDate) {
			fail(it, "rule 1: %s–%s not in %d", it.StartDate, it.EndDate, plan.Year)
			continue
		}
		every := it.Kind == "official_visit" || it.Kind == "ceremony" || it.Kind == "dialogue"
		for _, pid := range it.PartnerIDs {
			partner := partners[pid]
			// Rule 2.
			if it.Format == "in_person" || it.Format == "hybrid" {
				last := it.StartDate
				if every {
					last = it.EndDate
				}
				for day := it.StartDate; !day.After(last); day = day.AddDays(1) {
					if !work(weihai, day) || !work(partner, day) {
						fail(it, "rule 2: %s is not a working day in CN and %s", day, partner.Country)
					}
				}
			}
			// Rule 4.
			k := key{pid, it.StartDate}
			if starts[k] {
				fail(it, "rule 4: another item of partner %d starts that day", pid)
			}
			starts[k] = true
			last := it.StartDate
			if every && it.Format != "online" {
				last = it.EndDate
			}
			for _, b := range busy[pid] {
				if !b.Before(it.StartDate) && !b.After(last) {
					fail(it, "rule 4: partner %d is busy on %s", pid, b)
				}
			}
			// Rule 5.
			if it.Format == "online" {
				if e := assertOnline(it, partner); e != "" {
					fail(it, "rule 5: %s", e)
				}
			}
		}
	}
	// Rule 3, for in-person flagships (the templates' only kind).
	for _, it := range plan.Items {
		if !it.Flagship || it.Format == "online" {
			continue
		}
		span := int(it.EndDate.Time().Sub(it.StartDate.Time()).Hours()/24) + 1
		allowed := func(start pdate.Date) bool {
			for k := range span {
				day := start.AddDays(k)
				if day.Y != plan.Year || !work(weihai, day) {
					return false
				}
				for _, pid := range it.PartnerIDs {
					if !work(partners[pid], day) {
						return false
					}
					for _, b := range busy[pid] {
						if b == day {
							return false
						}
					}
				}
			}
			for _, o := range plan.Items {
				if o.Flagship && o.StartDate == start && o.TitleEN != it.TitleEN && o.PartnerIDs[0] == it.PartnerIDs[0] {
					return false
				}
			}
			return true
		}
		var want pdate.Date
		for k := 0; want.IsZero() && k < 366; k++ {
			if allowed(it.Target.AddDays(-k)) {
				want = it.Target.AddDays(-k)
			} else if allowed(it.Target.AddDays(k)) {
				want = it.Target.AddDays(k)
			}
		}
		if it.StartDate != want {
			fail(it, "rule 3: flagship for %s should be on %s", it.Target, want)
		}
	}
	return errs
}

// assertOnline checks rule 5 minute by minute.
func assertOnline(it planning.Item, partner planning.Party) string {
	if !hhmm.MatchString(it.StartTime) {
		return "start_time " + it.StartTime
	}
	home, err1 := time.LoadLocation(weihai.Timezone)
	zone, err2 := time.LoadLocation(it.Timezone)
	ploc, err3 := time.LoadLocation(partner.Timezone)
	if err1 != nil || err2 != nil || err3 != nil {
		return "zone"
	}
	start, err := time.ParseInLocation("2006-01-02 15:04", it.StartDate.String()+" "+it.StartTime, zone)
	if err != nil {
		return err.Error()
	}
	minutes := it.DurationMinutes
	end := start.Add(time.Duration(minutes) * time.Minute)
	type city struct {
		party planning.Party
		loc   *time.Location
	}
	cities := []city{{weihai, home}, {partner, ploc}}
	for _, c := range cities {
		for _, t := range []time.Time{start, end.Add(-time.Minute)} {
			if day := pdate.FromTime(t.In(c.loc)); !hol.IsWorkday(c.party.Country, c.party.Region, day) {
				return fmt.Sprintf("%s is not a working day in %s", day, c.party.Country)
			}
		}
	}
	// Working minute: within 09:00–17:00 local on a local working day.
	working := func(c city, t time.Time) bool {
		l := t.In(c.loc)
		return l.Hour() >= 9 && l.Hour() < 17 && hol.IsWorkday(c.party.Country, c.party.Region, pdate.FromTime(l))
	}
	// The shared working minutes of the home date.
	hd := pdate.FromTime(start.In(home))
	shared := 0
	for t := time.Date(hd.Y, time.Month(hd.M), hd.D, 0, 0, 0, 0, home); pdate.FromTime(t.In(home)) == hd; t = t.Add(time.Minute) {
		if working(cities[0], t) && working(cities[1], t) {
			shared++
		}
	}
	if shared >= minutes {
		for t := start; t.Before(end); t = t.Add(time.Minute) {
			if !working(cities[0], t) || !working(cities[1], t) {
				return fmt.Sprintf("%d shared working minutes that day, but the meeting runs outside them at %s", shared, t.In(home).Format("15:04"))
			}
		}
	}
	return ""
}

// TestPropertyErrors: requests the planner must refuse, never half-plan.
func TestPropertyErrors(t *testing.T) {
	p := planning.New(hol)
	rng := rand.New(rand.NewPCG(7, 7))
	for range 50 {
		year := 2015 + rng.IntN(16)
		est := pdate.Date{Y: year - 1 - rng.IntN(40), M: 1 + rng.IntN(12)}
		if rng.IntN(2) == 0 {
			est.M = 0
		}
		ps := &planning.PartnershipInput{ID: 1, PartnerID: 2, Local: weihai, Partner: propParties[rng.IntN(len(propParties))], Established: est}
		if _, err := p.Generate(planning.Request{Template: "anniversary_series", Year: year, Partnership: ps}); !errors.Is(err, planning.ErrPartialOrigin) {
			t.Errorf("%s in %d: %v, want ErrPartialOrigin", est, year, err)
		}
	}
}
