package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/seed"
)

// TestBackupRestorePostgres: youcheng backup writes a pg_dump archive of a
// seeded database with tokens, and youcheng restore loads it into a new
// database that answers every API call the same; a second restore into it,
// and a file that is no dump, are refused.
func TestBackupRestorePostgres(t *testing.T) {
	postgresOnly(t)
	ctx := context.Background()
	a := pinnedConfig(t, "")
	a.DatabaseURL = modeltest.PostgresDatabase(t)
	st := openTestStore(t, a)
	if _, err := seed.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.CreateToken(ctx, "Li Wei", "editor"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	dump := filepath.Join(t.TempDir(), "youcheng.dump")
	must(t, on(a, "backup", "--to", dump)...)
	if _, _, err := youcheng("", on(a, "backup", "--to", dump)...); err == nil {
		t.Error("backup overwrote an existing file")
	}
	b := a
	b.DatabaseURL = modeltest.PostgresDatabase(t)
	must(t, on(b, "restore", "--from", dump)...)
	sameListings(t, a, b)
	if _, _, err := youcheng("", on(b, "restore", "--from", dump)...); err == nil || !strings.Contains(err.Error(), "new, empty database") {
		t.Errorf("a restore over a full database: %v", err)
	}
	junk := filepath.Join(t.TempDir(), "junk.dump")
	os.WriteFile(junk, []byte("PGDMP but not really"), 0o600)
	if _, _, err := youcheng("", "restore", "--database-url", modeltest.PostgresDatabase(t), "--from", junk); err == nil {
		t.Error("a broken archive was restored")
	}
}

// TestBackupPostgresWithoutPgDump: without pg_dump on PATH, backup says
// that it needs pg_dump (no server is contacted before that).
func TestBackupPostgresWithoutPgDump(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	nowhere := "postgres://nobody@127.0.0.1:1/none"
	if _, _, err := youcheng("", "backup", "--database-url", nowhere, "--to", filepath.Join(t.TempDir(), "x.dump")); err == nil || !strings.Contains(err.Error(), "pg_dump") {
		t.Errorf("backup without pg_dump: %v", err)
	}
	dump := filepath.Join(t.TempDir(), "x.dump")
	os.WriteFile(dump, []byte("PGDMP"), 0o600)
	if _, _, err := youcheng("", "restore", "--database-url", nowhere, "--from", dump); err == nil || !strings.Contains(err.Error(), "pg_restore") {
		t.Errorf("restore without pg_restore: %v", err)
	}
}
