package model_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/model/pdate"
)

func TestMigrateFreshThenNothingToDo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := modeltest.NewStore(t)
	v, err := st.SchemaVersionOf(ctx)
	if err != nil || v != model.SchemaVersion() {
		t.Fatalf("fresh database at version %d (%v), want %d", v, err, model.SchemaVersion())
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var rows int64
	st.DB().Raw("SELECT COUNT(*) FROM schema_migrations").Scan(&rows)
	if rows != int64(model.SchemaVersion()) {
		t.Errorf("%d rows in schema_migrations after migrating twice, want %d", rows, model.SchemaVersion())
	}
}

func TestMigrateRefusesNewerDatabase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := modeltest.NewStore(t)
	newer := model.SchemaVersion() + 1
	if err := st.DB().Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from a newer release', CURRENT_TIMESTAMP)", newer).Error; err != nil {
		t.Fatal(err)
	}
	err := st.Migrate(ctx)
	if !errors.Is(err, model.ErrSchemaNewer) || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("migrating a database of version %d: %v, want ErrSchemaNewer", newer, err)
	}
}

// TestFailedStepRollsBack: a step that fails half-way leaves neither its
// changes nor its version behind.
func TestFailedStepRollsBack(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := modeltest.NewStore(t)
	step := model.MigrationStep{Version: model.SchemaVersion() + 1, Name: "fails", Up: func(m model.Migrator) error {
		if err := m.Exec("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"); err != nil {
			return err
		}
		return m.Exec("INSERT INTO no_such_table VALUES (1)")
	}}
	if _, err := st.ApplyStep(ctx, step); err == nil {
		t.Fatal("the failing step reported success")
	}
	if v, _ := st.SchemaVersionOf(ctx); v != model.SchemaVersion() {
		t.Errorf("version %d after a failed step, want %d", v, model.SchemaVersion())
	}
	if st.DB().Migrator().HasTable("half_done") {
		t.Error("the failed step's table is still there")
	}
}

// TestRebuildKeepsReferencingRows rebuilds a parent table on SQLite (the
// way a constraint changes there) and checks that the rows of the tables
// referencing it with ON DELETE CASCADE survive; on PostgreSQL the step is
// a no-op. A rebuild without RebuildsTables is refused.
func TestRebuildKeepsReferencingRows(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := modeltest.NewStore(t)
	p := &model.Partner{NameEN: "Ube", Country: "JP"}
	if err := st.CreatePartner(ctx, p); err != nil {
		t.Fatal(err)
	}
	ps := &model.Partnership{PartnerID: p.ID, Type: "sister_city", Status: "active", Confidence: "confirmed",
		EstablishedOn: pdate.MustParse("1992-05-18")}
	if err := st.CreatePartnership(ctx, ps); err != nil {
		t.Fatal(err)
	}
	count := func(table string) (n int64) {
		st.DB().Raw("SELECT COUNT(*) FROM " + table).Scan(&n)
		return n
	}
	changes := count("partnership_changes")
	if changes == 0 {
		t.Fatal("no partnership change recorded to lose")
	}
	var ddl string
	if !st.IsPostgres() {
		st.DB().Raw("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'partnerships'").Scan(&ddl)
		ddl = strings.Replace(ddl, "`notes` text NOT NULL DEFAULT \"\"", "`notes` text NOT NULL DEFAULT \"\" CHECK (length(`notes`) < 100000)", 1)
	}
	rebuild := func(m model.Migrator) error { return m.RebuildSQLiteTable("partnerships", ddl) }
	next := model.SchemaVersion() + 1
	if !st.IsPostgres() {
		if _, err := st.ApplyStep(ctx, model.MigrationStep{Version: next, Name: "unflagged", Up: rebuild}); err == nil {
			t.Fatal("a rebuild with foreign keys on was allowed")
		}
	}
	if _, err := st.ApplyStep(ctx, model.MigrationStep{Version: next, Name: "rebuild", RebuildsTables: true, Up: rebuild}); err != nil {
		t.Fatal(err)
	}
	if got := count("partnership_changes"); got != changes {
		t.Errorf("partnership_changes: %d rows after the rebuild, %d before", got, changes)
	}
	if got := count("partnerships"); got != 1 {
		t.Errorf("partnerships: %d rows after the rebuild", got)
	}
	if !st.IsPostgres() {
		var fk int
		st.DB().Raw("PRAGMA foreign_keys").Scan(&fk)
		var idx int64
		st.DB().Raw("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'partnerships'").Scan(&idx)
		if fk != 1 || idx < 5 {
			t.Errorf("after the rebuild: foreign_keys %d, %d indexes on partnerships", fk, idx)
		}
		if err := st.DeletePartner(ctx, p.ID, nil); err == nil {
			t.Error("the rebuilt table lost its foreign key: a referenced partner was deleted")
		}
	}
}
