package model_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/model/pdate"
)

// TestAnniversaryPageMatchesFullList: paging through AnniversaryPage gives
// exactly the full, sorted list of Anniversaries, for random origins of
// every precision (29 February included), ranges, filters and page sizes.
func TestAnniversaryPageMatchesFullList(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := modeltest.NewStore(t)
	rng := rand.New(rand.NewPCG(7, 8))
	countries := []string{"JP", "KR", "GB"}
	for i := 0; i < 60; i++ {
		p := &model.Partner{NameEN: fmt.Sprintf("City %02d", i), NameZH: fmt.Sprintf("城%02d市", i), Country: countries[i%3]}
		if err := st.CreatePartner(ctx, p); err != nil {
			t.Fatal(err)
		}
		d := pdate.Date{Y: 1980 + rng.IntN(40), M: 1 + rng.IntN(12)}
		d.D = 1 + rng.IntN(pdate.DaysIn(d.Y, d.M))
		switch rng.IntN(8) {
		case 0:
			d.M, d.D = 0, 0
		case 1:
			d.D = 0
		case 2:
			d = pdate.Date{Y: 1984 + 4*rng.IntN(8), M: 2, D: 29}
		case 3: // several origins on one day: ties broken by title
			d = pdate.Date{Y: 1990 + rng.IntN(5), M: 5, D: 18}
		}
		status := model.StatusActive
		if i%7 == 0 {
			status = model.StatusSuspended
		}
		if err := st.CreatePartnership(ctx, &model.Partnership{PartnerID: p.ID, Type: model.TypeSisterCity, Status: status,
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
			q.Status = model.StatusSuspended
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
