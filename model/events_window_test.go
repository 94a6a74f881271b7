package model_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/model/pdate"
)

// TestEventWindowPages: for random windows and page sizes, paging through
// ListEvents gives exactly the events whose [start, end] overlaps the window,
// by start then id — checked against a plain loop over every event.
func TestEventWindowPages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := modeltest.NewStore(t)
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
