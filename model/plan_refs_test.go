package model_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// TestDeleteRacesPlanGeneration: a partnership deleted while a plan is
// being made for it. Exactly one of the two wins — the delete (the plan is
// refused: the partnership does not exist) or the plan (the delete is a
// conflict naming the draft) — and no draft is left referring to a deleted
// partnership. On PostgreSQL the row locks of plan_refs.go order the two;
// SQLite's write lock does.
func TestDeleteRacesPlanGeneration(t *testing.T) {
	ctx, st := modeltest.Parallel(t)
	for i := range 12 {
		p := &model.Partner{NameEN: fmt.Sprintf("Ube %d", i), NameZH: fmt.Sprintf("宇部%d", i), Country: "JP"}
		if err := st.CreatePartner(ctx, p); err != nil {
			t.Fatal(err)
		}
		ps := &model.Partnership{PartnerID: p.ID, LocalParty: "Weihai", Type: vocab.TypeSisterCity, Status: vocab.StatusActive,
			EstablishedOn: pdate.MustParse("1992-05-18"), Confidence: "confirmed"}
		if err := st.CreatePartnership(ctx, ps); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		var delErr, genErr error
		var plan *model.Plan
		wg.Add(2)
		go func() {
			defer wg.Done()
			delErr = st.DeletePartnership(ctx, ps.ID, nil)
		}()
		go func() {
			defer wg.Done()
			plan, genErr = st.GeneratePlan(ctx, model.PlanRequest{Template: "anniversary_series", PartnershipID: &ps.ID, Year: 2022})
		}()
		wg.Wait()
		switch {
		case delErr == nil && genErr == nil:
			t.Fatalf("round %d: both the delete and the plan succeeded; draft %d refers to deleted partnership %d", i, plan.ID, ps.ID)
		case delErr != nil && genErr != nil:
			t.Fatalf("round %d: both failed: delete: %v; plan: %v", i, delErr, genErr)
		case delErr != nil && model.ErrorKind(delErr) != model.KindConflict:
			t.Fatalf("round %d: the plan won, but the delete failed with %v, not a conflict", i, delErr)
		case genErr != nil && !isKind(genErr, model.KindInvalid, model.KindNotFound):
			t.Fatalf("round %d: the delete won, but the plan failed with %v", i, genErr)
		}
		if genErr == nil {
			if _, err := st.GetPartnership(ctx, ps.ID); err != nil {
				t.Fatalf("round %d: draft %d kept, but its partnership is gone: %v", i, plan.ID, err)
			}
		}
	}
}

func isKind(err error, kinds ...model.Kind) bool {
	for _, k := range kinds {
		if model.ErrorKind(err) == k {
			return true
		}
	}
	return false
}
