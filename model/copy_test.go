package model_test

import (
	"context"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
)

// TestCopyToComparesEveryTable copies a store with rows in it into an empty
// one, refuses to copy into it again, and shows that the per-table digest
// it compares by notices a single changed value.
func TestCopyToComparesEveryTable(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src, dst := modeltest.NewStore(t), modeltest.NewStore(t)
	p := &model.Partner{NameEN: "Ube", Country: "JP", Notes: "宇部"}
	if err := src.CreatePartner(ctx, p); err != nil {
		t.Fatal(err)
	}
	report, err := src.CopyTo(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	tables, _ := model.Tables()
	if len(report) != len(tables) {
		t.Errorf("report covers %d tables, the model list %d", len(report), len(tables))
	}
	for _, r := range report {
		if !r.Same() {
			t.Errorf("%s differs after the copy", r.Table)
		}
	}
	if _, err := src.CopyTo(ctx, dst); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("a second copy into the same store: %v", err)
	}
	var partners model.Table
	for _, tb := range tables {
		if tb.Name == "partners" {
			partners = tb
		}
	}
	cols, err := model.TableColumns(dst.DB(), "partners")
	if err != nil {
		t.Fatal(err)
	}
	before, _ := model.TableDigest(ctx, dst.DB(), partners, cols)
	dst.DB().Exec("UPDATE partners SET notes = ? WHERE id = ?", "宇部市", p.ID)
	after, _ := model.TableDigest(ctx, dst.DB(), partners, cols)
	if before.Rows != after.Rows || before.Sum == after.Sum {
		t.Errorf("the digest missed a changed value: %+v %+v", before, after)
	}
}
