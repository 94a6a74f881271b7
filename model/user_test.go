package model_test

import (
	"context"
	"sync"
	"testing"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
)

// Two admins demoting each other at once: exactly one succeeds, so an
// active admin always remains (row locks on PostgreSQL, one writer on SQLite).
func TestLastAdminSurvivesRacingDemotions(t *testing.T) {
	t.Parallel()
	st := modeltest.NewStore(t)
	ctx := context.Background()
	for round := range 5 {
		a := &model.User{Name: "a" + string(rune('0'+round)), Role: model.RoleAdmin}
		b := &model.User{Name: "b" + string(rune('0'+round)), Role: model.RoleAdmin}
		for _, u := range []*model.User{a, b} {
			if err := st.CreateUser(ctx, u, "0123456789"); err != nil {
				t.Fatal(err)
			}
		}
		// Only a and b are admins in this round.
		var ids []int64
		st.DB().Model(&model.User{}).Where("role = ? AND id NOT IN ?", model.RoleAdmin, []int64{a.ID, b.ID}).Pluck("id", &ids)
		for _, id := range ids {
			editor := model.RoleEditor
			if _, err := st.UpdateUser(ctx, id, nil, model.UserChange{Role: &editor}); err != nil {
				t.Fatal(err)
			}
		}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, u := range []*model.User{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				editor := model.RoleEditor
				_, errs[i] = st.UpdateUser(ctx, u.ID, nil, model.UserChange{Role: &editor})
			}()
		}
		wg.Wait()
		failed := 0
		for _, err := range errs {
			if err != nil {
				if model.ErrorKind(err) != model.KindConflict {
					t.Fatalf("round %d: %v", round, err)
				}
				failed++
			}
		}
		if failed != 1 {
			t.Fatalf("round %d: %d of 2 demotions failed, want exactly 1", round, failed)
		}
	}
}
