package model_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// TestAnniversaryPageMatchesFullList: paging through AnniversaryPage gives
// exactly the full, sorted list of Anniversaries, for random origins of
// every precision (29 February included), ranges, filters and page sizes.
func TestAnniversaryPageMatchesFullList(t *testing.T) {
	ctx, st := modeltest.Parallel(t)
	rng := rand.New(rand.NewPCG(7, 8))
	countries := []string{"JP", "KR", "GB"}
	for i := 0; i < 60; i++ {
		p := &model.Partner{NameEN: fmt.Sprintf("City %02d", i), NameZH: fmt.Sprintf("城%02d市", i), Country: countries[i%3]}
		if err := st.CreatePartner(ctx, p); err != nil {
			t.Fatal(err)
		}
		// One in eight each: year only, month only, 29 February, and
		// several origins on one day (ties broken by title).
		d := pdate.Random(rng, 1980, 40, 8)
		switch k := rng.IntN(6); {
		case d.D == 0:
		case k == 0:
			d = pdate.Date{Y: 1984 + 4*rng.IntN(8), M: 2, D: 29}
		case k == 1:
			d = pdate.Date{Y: 1990 + rng.IntN(5), M: 5, D: 18}
		}
		status := vocab.StatusActive
		if i%7 == 0 {
			status = vocab.StatusSuspended
		}
		if err := st.CreatePartnership(ctx, &model.Partnership{PartnerID: p.ID, Type: vocab.TypeSisterCity, Status: status,
			EstablishedOn: d, Confidence: model.ConfidenceConfirmed}); err != nil {
			t.Fatal(err)
		}
		if i%4 == 0 {
			pid := p.ID
			if err := st.CreateCommemoration(ctx, &model.Commemoration{TitleEN: fmt.Sprintf("Treaty %d", i), TitleZH: "条约",
				Date: pdate.Date{Y: d.Y - 3, M: d.M, D: min(d.D, 28)}, Country: countries[(i+1)%3], PartnerID: &pid}); err != nil {
				t.Fatal(err)
			}
		}
	}
	key := func(a anniversary.Anniversary) string {
		return fmt.Sprintf("%s|%d|%s|%d|%s", a.Date, a.Years, a.Source, a.SourceID, a.TitleZH)
	}
	for trial := 0; trial < 60; trial++ {
		from := pdate.Date{Y: 2019 + rng.IntN(6), M: 1 + rng.IntN(12), D: 1 + rng.IntN(28)}
		to := from.AddDays(rng.IntN(800))
		switch trial % 10 {
		case 0:
			from, to = pdate.Date{Y: 2023, M: 1, D: 1}, pdate.Date{Y: 2023, M: 12, D: 31}
		case 1: // a common year's window ending on 28 February holds the 29 February origins
			from, to = pdate.Date{Y: 2023, M: 2, D: 1}, pdate.Date{Y: 2023, M: 2, D: 28}
		case 3:
			from, to = pdate.Date{Y: 2025, M: 2, D: 28}, pdate.Date{Y: 2025, M: 3, D: 1}
		case 7:
			from, to = pdate.Date{Y: 2024, M: 2, D: 29}, pdate.Date{Y: 2024, M: 2, D: 29}
		}
		q := model.AnniversaryQuery{From: from, To: to, MilestoneOnly: trial%3 == 0}
		switch trial % 4 {
		case 1:
			q.Country = countries[trial%3]
		case 2:
			q.Status = vocab.StatusSuspended
		}
		full, err := st.Anniversaries(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		limit := 1 + rng.IntN(15)
		var paged []anniversary.Anniversary
		for off := 0; ; off += limit {
			pg, total, err := st.AnniversaryPage(ctx, q, model.Page{Limit: limit, Offset: off})
			if err != nil {
				t.Fatal(err)
			}
			if total != len(full) {
				t.Fatalf("%v..%v %+v: total %d, full list %d", from, to, q, total, len(full))
			}
			paged = append(paged, pg...)
			if len(pg) < limit {
				break
			}
		}
		if len(paged) != len(full) {
			t.Fatalf("%v..%v: %d paged, %d in full", from, to, len(paged), len(full))
		}
		for i := range full {
			if key(paged[i]) != key(full[i]) {
				t.Fatalf("%v..%v limit %d, item %d: paged %s, full %s", from, to, limit, i, key(paged[i]), key(full[i]))
			}
		}
	}
}

// TestEventWindowPages: for random windows and page sizes, paging through
// ListEvents gives exactly the events whose [start, end] overlaps the window,
// by start then id — checked against a plain loop over every event.
func TestEventWindowPages(t *testing.T) {
	ctx, st := modeltest.Parallel(t)
	rng := rand.New(rand.NewPCG(11, 12))
	type span struct {
		id         int64
		first, end pdate.Date
	}
	var all []span
	for i := 0; i < 120; i++ {
		start := pdate.Date{Y: 2021, M: 1, D: 1}.AddDays(rng.IntN(700))
		e := &model.Event{TitleEN: fmt.Sprintf("E%03d", i), Kind: "culture", Status: "planned", StartDate: start}
		switch r := rng.IntN(10); {
		case r == 0: // a long one
			e.EndDate = start.AddDays(32 + rng.IntN(300))
		case r < 4:
			e.EndDate = start.AddDays(rng.IntN(10))
		case r == 4: // an idea of a month
			e.Status, e.StartDate = "idea", pdate.Date{Y: start.Y, M: start.M}
		case r == 5: // an idea of a year
			e.Status, e.StartDate = "idea", pdate.Date{Y: start.Y}
		}
		if err := st.CreateEvent(ctx, e); err != nil {
			t.Fatal(err)
		}
		last := e.StartDate.Last()
		if !e.EndDate.IsZero() {
			last = e.EndDate.Last()
		}
		all = append(all, span{e.ID, e.StartDate.First(), last})
	}
	for trial := 0; trial < 40; trial++ {
		from := pdate.Date{Y: 2021, M: 1, D: 1}.AddDays(rng.IntN(760))
		to := from.AddDays(rng.IntN(90))
		var want []span
		for _, s := range all {
			if !s.first.After(to) && !s.end.Before(from) {
				want = append(want, s)
			}
		}
		slices.SortFunc(want, func(a, b span) int {
			if c := a.first.Compare(b.first); c != 0 {
				return c
			}
			return int(a.id - b.id)
		})
		limit := 1 + rng.IntN(12)
		var got []int64
		for off := 0; ; off += limit {
			page, total, err := st.ListEvents(ctx, model.EventFilter{From: from, To: to, Page: model.Page{Limit: limit, Offset: off}})
			if err != nil {
				t.Fatal(err)
			}
			if int(total) != len(want) {
				t.Fatalf("%s..%s: total %d, want %d", from, to, total, len(want))
			}
			for _, e := range page {
				got = append(got, e.ID)
			}
			if len(page) < limit {
				break
			}
		}
		var wantIDs []string
		for _, s := range want {
			wantIDs = append(wantIDs, fmt.Sprint(s.id))
		}
		var gotIDs []string
		for _, id := range got {
			gotIDs = append(gotIDs, fmt.Sprint(id))
		}
		if strings.Join(gotIDs, ",") != strings.Join(wantIDs, ",") {
			t.Fatalf("%s..%s limit %d:\n got  %v\n want %v", from, to, limit, gotIDs, wantIDs)
		}
	}
}
