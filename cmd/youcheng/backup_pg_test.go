package main

import (
	"context"
	"io"
	"log/slog"
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
	a := sqliteConfig(t, "")
	a.DatabaseURL = modeltest.PostgresDatabase(t)
	st, err := openStore(ctx, a, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.CreateToken(ctx, "Li Wei", "editor"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	dump := filepath.Join(t.TempDir(), "youcheng.dump")
	if err := run(ctx, []string{"backup", "--database-url", a.DatabaseURL, "--to", dump}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"backup", "--database-url", a.DatabaseURL, "--to", dump}, io.Discard, io.Discard); err == nil {
		t.Error("backup overwrote an existing file")
	}
	b := a
	b.DatabaseURL = modeltest.PostgresDatabase(t)
	if err := run(ctx, []string{"restore", "--database-url", b.DatabaseURL, "--from", dump}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	sameListings(t, a, b)
	err = run(ctx, []string{"restore", "--database-url", b.DatabaseURL, "--from", dump}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "new, empty database") {
		t.Errorf("a restore over a full database: %v", err)
	}
	junk := filepath.Join(t.TempDir(), "junk.dump")
	os.WriteFile(junk, []byte("PGDMP but not really"), 0o600)
	c := modeltest.PostgresDatabase(t)
	if err := run(ctx, []string{"restore", "--database-url", c, "--from", junk}, io.Discard, io.Discard); err == nil {
		t.Error("a broken archive was restored")
	}
}

// TestBackupPostgresWithoutPgDump: without pg_dump on PATH, backup says
// that it needs pg_dump (no server is contacted before that).
func TestBackupPostgresWithoutPgDump(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := run(context.Background(), []string{"backup", "--database-url", "postgres://nobody@127.0.0.1:1/none", "--to", filepath.Join(t.TempDir(), "x.dump")}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "pg_dump") {
		t.Errorf("backup without pg_dump: %v", err)
	}
	dump := filepath.Join(t.TempDir(), "x.dump")
	os.WriteFile(dump, []byte("PGDMP"), 0o600)
	err = run(context.Background(), []string{"restore", "--database-url", "postgres://nobody@127.0.0.1:1/none", "--from", dump}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "pg_restore") {
		t.Errorf("restore without pg_restore: %v", err)
	}
}
