package model_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// world is random registry data written through the store (creates,
// changes and deletes), so that every write path keeps the figures right.
type world struct {
	partners []model.Partner
	ships    []model.Partnership
	comms    []model.Commemoration
	events   []model.Event
}

var (
	statCountries = []string{"JP", "KR", "GB", "FR", "RU"}
	statTags      = []string{"海这边 海那边", "云对话", "2022工作要点", "youth"}
)

func randomDate(rng *rand.Rand, y0, years int, precision int) pdate.Date {
	d := pdate.Date{Y: y0 + rng.IntN(years), M: 1 + rng.IntN(12)}
	d.D = 1 + rng.IntN(pdate.DaysIn(d.Y, d.M))
	switch precision {
	case 0:
		d.M, d.D = 0, 0
	case 1:
		d.D = 0
	}
	return d
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func some[T any](rng *rand.Rand, xs []T, max int) []T {
	n := rng.IntN(max + 1)
	out := make([]T, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, pick(rng, xs))
	}
	return out
}

func randomEvent(rng *rand.Rand, e *model.Event, pids []int64) {
	e.Kind = pick(rng, vocab.EventKinds)
	e.Status = pick(rng, vocab.EventStatuses)
	e.Format = pick(rng, vocab.EventFormats)
	e.StartDate = randomDate(rng, 2020, 4, 2)
	e.EndDate = pdate.Date{}
	if e.Status == "idea" && rng.IntN(2) == 0 {
		e.StartDate = randomDate(rng, 2020, 4, rng.IntN(2))
	} else if rng.IntN(4) == 0 {
		e.EndDate = e.StartDate.AddDays(rng.IntN(40))
	}
	e.PartnerIDs = some(rng, pids, 3)
	e.Tags = some(rng, statTags, 2)
}

func buildWorld(t *testing.T, st *model.Store, seed uint64) *world {
	t.Helper()
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, seed+1))
	w := &world{}
	var pids []int64
	for i := 0; i < 25; i++ {
		p := model.Partner{NameEN: fmt.Sprintf("City %d", i), NameZH: fmt.Sprintf("城市%d", i), Country: pick(rng, statCountries)}
		if i%8 == 7 {
			p.Kind, p.Country = "organization", ""
		}
		if p.Country == "RU" || p.Country == "" {
			p.Timezone = "Europe/Moscow"
		}
		if err := st.CreatePartner(ctx, &p); err != nil {
			t.Fatal(err)
		}
		pids = append(pids, p.ID)
	}
	for i, id := range pids {
		if i%5 == 4 {
			continue
		}
		ps := model.Partnership{PartnerID: id, Type: pick(rng, vocab.PartnershipTypes), Status: pick(rng, vocab.PartnershipStatuses),
			Confidence: "confirmed"}
		if rng.IntN(6) > 0 {
			ps.EstablishedOn = randomDate(rng, 1960, 66, rng.IntN(3))
		}
		if ps.Status == "ended" || ps.Status == "suspended" {
			ps.EndedOn = pdate.Date{Y: 2026}
		}
		if err := st.CreatePartnership(ctx, &ps); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 8; i++ {
		c := model.Commemoration{TitleEN: fmt.Sprintf("Treaty %d", i), Date: randomDate(rng, 1900, 125, rng.IntN(3))}
		if err := st.CreateCommemoration(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	var eids []int64
	for i := 0; i < 120; i++ {
		e := model.Event{TitleEN: fmt.Sprintf("Exchange %d", i)}
		randomEvent(rng, &e, pids)
		if err := st.CreateEvent(ctx, &e); err != nil {
			t.Fatalf("%+v: %v", e, err)
		}
		eids = append(eids, e.ID)
	}
	// Changes and deletes: events moved, retagged and relinked; a partner
	// changing country; partnerships changing status and date.
	for i := 0; i < 40; i++ {
		id := pick(rng, eids)
		if _, err := st.UpdateEvent(ctx, id, nil, func(e *model.Event) error { randomEvent(rng, e, pids); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	deleted := map[int64]bool{}
	for i := 0; i < 15; i++ {
		id := pick(rng, eids)
		if deleted[id] {
			continue
		}
		deleted[id] = true
		if err := st.DeleteEvent(ctx, id, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.UpdatePartner(ctx, pids[0], nil, func(p *model.Partner) error { p.Country = "FR"; p.Timezone = ""; return nil }); err != nil {
		t.Fatal(err)
	}
	ships, _, err := st.ListPartnerships(ctx, model.PartnershipFilter{Page: model.Page{Limit: 500}})
	if err != nil {
		t.Fatal(err)
	}
	for _, ps := range ships[:5] {
		if _, err := st.UpdatePartnership(ctx, ps.ID, nil, func(p *model.Partnership) error {
			p.Status, p.EndedOn = "active", pdate.Date{}
			p.EstablishedOn = randomDate(rng, 1980, 40, 2)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.DeletePartnership(ctx, ships[len(ships)-1].ID, nil); err != nil {
		t.Fatal(err)
	}
	// Read back the world as stored.
	if w.partners, _, err = st.ListPartners(ctx, model.PartnerFilter{Page: model.Page{Limit: 500}}); err != nil {
		t.Fatal(err)
	}
	if w.ships, _, err = st.ListPartnerships(ctx, model.PartnershipFilter{Page: model.Page{Limit: 500}}); err != nil {
		t.Fatal(err)
	}
	if w.comms, _, err = st.ListCommemorations(ctx, model.CommemorationFilter{Page: model.Page{Limit: 500}}); err != nil {
		t.Fatal(err)
	}
	if w.events, _, err = st.ListEvents(ctx, model.EventFilter{Page: model.Page{Limit: 500}}); err != nil {
		t.Fatal(err)
	}
	return w
}

func sortedCounts(m map[string]int64) []model.KeyCount {
	out := []model.KeyCount{}
	for k, n := range m {
		out = append(out, model.KeyCount{Key: k, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// plainStats counts w's figures for year with plain loops.
func (w *world) plainStats(year int) model.Stats {
	var s model.Stats
	s.Year = year
	country := map[int64]string{}
	names := map[int64]model.Partner{}
	for _, p := range w.partners {
		country[p.ID] = p.Country
		names[p.ID] = p
	}
	byCountry, byType, byStatus := map[string]int64{}, map[string]int64{}, map[string]int64{}
	decades := map[int]int64{}
	for _, ps := range w.ships {
		if ps.EstablishedOn.Y > year {
			continue
		}
		s.Partnerships.Total++
		byCountry[country[ps.PartnerID]]++
		byType[ps.Type]++
		byStatus[ps.Status]++
		if ps.EstablishedOn.Y > 0 {
			decades[ps.EstablishedOn.Y/10*10]++
		}
		if ps.Status == "active" && ps.EstablishedOn.Y > 0 && ps.EstablishedOn.Y < year {
			s.Anniversaries.Total++
			if (year-ps.EstablishedOn.Y)%5 == 0 {
				s.Anniversaries.Milestones++
			}
		}
	}
	for _, c := range w.comms {
		if c.Date.Y < year {
			s.Anniversaries.Total++
			if (year-c.Date.Y)%5 == 0 {
				s.Anniversaries.Milestones++
			}
		}
	}
	s.Partnerships.ByCountry, s.Partnerships.ByType, s.Partnerships.ByStatus = sortedCounts(byCountry), sortedCounts(byType), sortedCounts(byStatus)
	s.Partnerships.ByDecade = []model.IntCount{}
	for d, n := range decades {
		s.Partnerships.ByDecade = append(s.Partnerships.ByDecade, model.IntCount{Key: d, Count: n})
	}
	slices.SortFunc(s.Partnerships.ByDecade, func(a, b model.IntCount) int { return a.Key - b.Key })

	kinds, statuses, formats := map[string]int64{}, map[string]int64{}, map[string]int64{}
	perPartner := map[int64]int64{}
	s.Events.ByMonth = make([]model.IntCount, 12)
	for i := range s.Events.ByMonth {
		s.Events.ByMonth[i].Key = i + 1
	}
	for _, e := range w.events {
		if e.StartDate.Y != year {
			continue
		}
		s.Events.Total++
		if e.StartDate.M > 0 {
			s.Events.ByMonth[e.StartDate.M-1].Count++
		}
		kinds[e.Kind]++
		statuses[e.Status]++
		formats[e.Format]++
		for _, p := range e.PartnerIDs {
			perPartner[p]++
		}
	}
	s.Events.ByKind, s.Events.ByStatus, s.Events.ByFormat = sortedCounts(kinds), sortedCounts(statuses), sortedCounts(formats)
	s.Events.PartnersTotal = int64(len(perPartner))
	s.Events.ByPartner = []model.PartnerCount{}
	for id, n := range perPartner {
		s.Events.ByPartner = append(s.Events.ByPartner, model.PartnerCount{PartnerID: id, NameZH: names[id].NameZH, NameEN: names[id].NameEN, Count: n})
	}
	slices.SortFunc(s.Events.ByPartner, func(a, b model.PartnerCount) int {
		if a.Count != b.Count {
			return int(b.Count - a.Count)
		}
		return int(a.PartnerID - b.PartnerID)
	})
	return s
}

// TestStatsMatchPlainCounts: over random data written through every store
// path, the database's GROUP BY figures equal plain counts, for each year.
func TestStatsMatchPlainCounts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			st := modeltest.NewStore(t)
			w := buildWorld(t, st, seed)
			// First the rollups kept write by write, then a rebuild from the tables.
			for _, rebuilt := range []bool{false, true} {
				if rebuilt {
					if err := st.RebuildStats(ctx); err != nil {
						t.Fatal(err)
					}
				}
				for year := 2019; year <= 2024; year++ {
					got, err := st.Stats(ctx, year, 1000)
					if err != nil {
						t.Fatal(err)
					}
					want := w.plainStats(year)
					if fmt.Sprintf("%+v", *got) != fmt.Sprintf("%+v", want) {
						t.Errorf("year %d (rebuilt %v):\n got %+v\nwant %+v", year, rebuilt, *got, want)
					}
					top, err := st.Stats(ctx, year, 2)
					if err != nil {
						t.Fatal(err)
					}
					if len(want.Events.ByPartner) > 2 && !slices.Equal(top.Events.ByPartner, want.Events.ByPartner[:2]) {
						t.Errorf("year %d top 2: %+v, want %+v", year, top.Events.ByPartner, want.Events.ByPartner[:2])
					}
				}
			}
		})
	}
}

// TestTargetProgressMatchesPlainMatch: for random criteria, a target's
// progress lists exactly the events a plain loop finds.
func TestTargetProgressMatchesPlainMatch(t *testing.T) {
	ctx, st := modeltest.Parallel(t)
	w := buildWorld(t, st, 7)
	rng := rand.New(rand.NewPCG(8, 9))
	country := map[int64]string{}
	var pids []int64
	for _, p := range w.partners {
		country[p.ID] = p.Country
		pids = append(pids, p.ID)
	}
	anyOf := func(list []string, v string) bool { return len(list) == 0 || slices.Contains(list, v) }
	for trial := 0; trial < 30; trial++ {
		c := model.TargetCriteria{Kinds: some(rng, vocab.EventKinds[:4], 2), Statuses: some(rng, vocab.EventStatuses, 2),
			PartnerIDs: some(rng, pids, 3), Countries: some(rng, statCountries, 2), Formats: some(rng, vocab.EventFormats, 1),
			Tags: some(rng, statTags, 2)}
		// Not every list at once, or nothing would match.
		switch rng.IntN(3) {
		case 0:
			c.PartnerIDs, c.Countries = nil, nil
		case 1:
			c.Kinds, c.Tags = nil, nil
		}
		tg := &model.Target{Year: 2020 + rng.IntN(4), TitleEN: "T", Count: 1 + rng.IntN(5), Criteria: c}
		if err := st.CreateTarget(ctx, tg); err != nil {
			t.Fatal(err)
		}
		var want []int64
		var done, sched int
		for _, e := range w.events {
			ok := e.StartDate.Y == tg.Year && anyOf(c.Kinds, e.Kind) && anyOf(c.Statuses, e.Status) && anyOf(c.Formats, e.Format)
			if len(c.PartnerIDs) > 0 {
				ok = ok && slices.ContainsFunc(e.PartnerIDs, func(p int64) bool { return slices.Contains(c.PartnerIDs, p) })
			}
			if len(c.Countries) > 0 {
				ok = ok && slices.ContainsFunc(e.PartnerIDs, func(p int64) bool { return slices.Contains(c.Countries, country[p]) })
			}
			if len(c.Tags) > 0 {
				ok = ok && slices.ContainsFunc(e.Tags, func(tag string) bool { return slices.Contains(c.Tags, tag) })
			}
			if !ok {
				continue
			}
			want = append(want, e.ID) // w.events is ordered by start, then id
			switch e.Status {
			case "done":
				done++
			case "planned", "confirmed":
				sched++
			}
		}
		got, err := st.GetTarget(ctx, tg.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Progress.EventIDs, orEmpty(want)) || got.Progress.Done != done || got.Progress.Scheduled != sched {
			t.Errorf("criteria %+v year %d: progress %+v, want ids %v done %d scheduled %d", c, tg.Year, got.Progress, want, done, sched)
		}
	}
}

func orEmpty(xs []int64) []int64 {
	if xs == nil {
		return []int64{}
	}
	return xs
}

func TestStatsWorldIsNotEmpty(t *testing.T) {
	t.Parallel()
	st := modeltest.NewStore(t)
	w := buildWorld(t, st, 1)
	s := w.plainStats(2021)
	if s.Events.Total < 10 || s.Partnerships.Total < 5 || s.Anniversaries.Milestones == 0 || len(s.Events.ByPartner) < 3 {
		t.Errorf("the random world is too thin to test anything: %+v", s)
	}
}
