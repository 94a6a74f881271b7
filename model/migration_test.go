package model_test

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/model/pdate"
)

func TestMigrateFreshThenNothingToDo(t *testing.T) {
	ctx, st := modeltest.Parallel(t)
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
	ctx, st := modeltest.Parallel(t)
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
	ctx, st := modeltest.Parallel(t)
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
	ctx, st := modeltest.Parallel(t)
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

// TestUpgradeFromA055a54 opens databases made by commit a055a54, the last
// release before versioned migrations (testdata/a055a54, rebuilt by its
// make.sh), migrates them to this binary's schema and checks that every
// row of every table is still there with the same values, and that the
// store reads and writes them.
func TestUpgradeFromA055a54(t *testing.T) {
	for _, c := range []struct {
		name string
		// restore puts the fixture in a new database and returns the
		// options that open it.
		restore func(t *testing.T) (gorm.Dialector, model.Options)
	}{
		{"sqlite", func(t *testing.T) (gorm.Dialector, model.Options) {
			path := filepath.Join(t.TempDir(), "youcheng.db")
			copyFile(t, "testdata/a055a54/youcheng.sqlite", path)
			return sqlite.Open("file:" + path + "?_foreign_keys=1"), model.Options{SQLitePath: path}
		}},
		{"postgres", func(t *testing.T) (gorm.Dialector, model.Options) {
			url := restorePostgresDump(t, "testdata/a055a54/postgres.sql")
			return postgres.Open(url), model.Options{PostgresURL: url}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.name == "postgres" && modeltest.PostgresURL() == "" {
				t.Skip("YOUCHENG_TEST_DATABASE_URL names no PostgreSQL server")
			}
			t.Parallel()
			dialector, opts := c.restore(t)
			old, err := gorm.Open(dialector, &gorm.Config{Logger: logger.Discard})
			if err != nil {
				t.Fatal(err)
			}
			before := digests(t, old)
			modeltest.CloseDB(old)
			opts.Home, opts.Logger = model.DefaultHome(), slog.New(slog.DiscardHandler)
			st, err := model.Open(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			checkUpgraded(t, st, before)
		})
	}
}

// digests returns each step-1 table's digest over its step-1 columns.
func digests(t *testing.T, db *gorm.DB) map[string]model.Digest {
	t.Helper()
	tables, err := model.Tables()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]model.Digest{}
	for _, tb := range tables {
		cols, ok := model.SchemaV1Columns[tb.Name]
		if !ok {
			continue // added after step 1
		}
		d, err := model.TableDigest(context.Background(), db, tb, strings.Fields(cols))
		if err != nil {
			t.Fatal(err)
		}
		out[tb.Name] = d
	}
	if len(out) != len(model.SchemaV1Columns) {
		t.Fatalf("Models() covers %d of step 1's %d tables", len(out), len(model.SchemaV1Columns))
	}
	return out
}

func checkUpgraded(t *testing.T, st *model.Store, before map[string]model.Digest) {
	t.Helper()
	ctx := context.Background()
	if v, err := st.SchemaVersionOf(ctx); err != nil || v != model.SchemaVersion() {
		t.Fatalf("after the upgrade: version %d (%v), want %d", v, err, model.SchemaVersion())
	}
	after := digests(t, st.DB())
	for table, b := range before {
		if b.Rows == 0 {
			t.Errorf("the fixture's %s is empty: it checks nothing", table)
		}
		if a := after[table]; a != b {
			t.Errorf("%s changed in the upgrade: %d rows %s before, %d rows %s after", table, b.Rows, b.Sum[:12], a.Rows, a.Sum[:12])
		}
	}
	// The store reads what the old release wrote...
	p, err := st.GetPartner(ctx, 1)
	if err != nil || p.Version != 2 || p.Notes != "30th anniversary series planned" {
		t.Errorf("partner 1 after the upgrade: %+v %v", p, err)
	}
	toks, err := st.ListTokens(ctx)
	revoked := 0
	for _, tk := range toks {
		if tk.RevokedAt != nil {
			revoked++
		}
	}
	if err != nil || len(toks) != 3 || revoked != 1 {
		t.Errorf("tokens after the upgrade: %d, %d revoked (%v)", len(toks), revoked, err)
	}
	plan, err := st.GetPlan(ctx, 1)
	if err != nil || plan.Status != "adopted" || len(plan.Items) == 0 {
		t.Errorf("plan 1 after the upgrade: %v %v", plan, err)
	}
	// ...and writes after it, with ids after the old ones.
	np := &model.Partner{NameEN: "Upgraded", Country: "JP"}
	if err := st.CreatePartner(ctx, np); err != nil {
		t.Fatal(err)
	}
	if np.ID <= before["partners"].Rows {
		t.Errorf("a partner created after the upgrade got id %d", np.ID)
	}
}

// restorePostgresDump loads a plain-SQL pg_dump into a new database on the
// test server (dropped when the test ends) and returns its URL.
func restorePostgresDump(t *testing.T, dump string) string {
	t.Helper()
	url := modeltest.PostgresDatabase(t)
	sqlText, err := os.ReadFile(dump)
	if err != nil {
		t.Fatal(err)
	}
	db, err := gorm.Open(postgres.Open(url), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer modeltest.CloseDB(db)
	// A plain dump without COPY blocks is one multi-statement string.
	if err := db.Exec(string(sqlText)).Error; err != nil {
		t.Fatalf("restore %s: %v", dump, err)
	}
	return url
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err == nil {
		err = os.WriteFile(to, b, 0o600)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestCopyToComparesEveryTable copies a store with rows in it into an empty
// one, refuses to copy into it again, and shows that the per-table digest
// it compares by notices a single changed value.
func TestCopyToComparesEveryTable(t *testing.T) {
	ctx, src := modeltest.Parallel(t)
	dst := modeltest.NewStore(t)
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
