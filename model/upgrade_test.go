package model_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
)

// TestUpgradeFromA055a54 opens databases made by commit a055a54, the last
// release before versioned migrations (testdata/a055a54, rebuilt by its
// make.sh), migrates them to this binary's schema and checks that every
// row of every table is still there with the same values, and that the
// store reads and writes them.
func TestUpgradeFromA055a54(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		t.Parallel()
		path := filepath.Join(t.TempDir(), "youcheng.db")
		copyFile(t, "testdata/a055a54/youcheng.sqlite", path)
		old, err := gorm.Open(sqlite.Open("file:"+path+"?_foreign_keys=1"), &gorm.Config{Logger: logger.Discard})
		if err != nil {
			t.Fatal(err)
		}
		before := digests(t, old)
		closeDB(old)
		st, err := model.Open(context.Background(), model.Options{SQLitePath: path, Home: model.DefaultHome(), Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		checkUpgraded(t, st, before)
	})
	t.Run("postgres", func(t *testing.T) {
		base := modeltest.PostgresURL()
		if base == "" {
			t.Skip("YOUCHENG_TEST_DATABASE_URL names no PostgreSQL server")
		}
		t.Parallel()
		url := restorePostgresDump(t, base, "testdata/a055a54/postgres.sql")
		old, err := gorm.Open(postgres.Open(url), &gorm.Config{Logger: logger.Discard})
		if err != nil {
			t.Fatal(err)
		}
		before := digests(t, old)
		closeDB(old)
		st, err := model.Open(context.Background(), model.Options{PostgresURL: url, Home: model.DefaultHome(), Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		checkUpgraded(t, st, before)
	})
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
func restorePostgresDump(t *testing.T, base, dump string) string {
	t.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	name := "yc_upgrade_" + hex.EncodeToString(b)
	admin, err := gorm.Open(postgres.Open(base), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	if err := admin.Exec("CREATE DATABASE " + name).Error; err != nil {
		t.Fatal(err)
	}
	url := regexp.MustCompile(`^(postgres(?:ql)?://[^/]*)/[^?]*`).ReplaceAllString(base, "$1/"+name)
	url = regexp.MustCompile(`([?&])search_path=[^&]*&?`).ReplaceAllString(url, "$1")
	t.Cleanup(func() {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		closeDB(admin)
	})
	sqlText, err := os.ReadFile(dump)
	if err != nil {
		t.Fatal(err)
	}
	db, err := gorm.Open(postgres.Open(url), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer closeDB(db)
	// A plain dump without COPY blocks is one multi-statement string.
	if err := db.Exec(string(sqlText)).Error; err != nil {
		t.Fatalf("restore %s: %v", dump, err)
	}
	return url
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}

func closeDB(db *gorm.DB) {
	if s, err := db.DB(); err == nil {
		s.Close()
	}
}
