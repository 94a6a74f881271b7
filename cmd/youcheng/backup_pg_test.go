package main

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
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/seed"
)

// postgresDatabase creates a database on the test server (dropped at the
// end) and returns its URL.
func postgresDatabase(t *testing.T, base string) string {
	t.Helper()
	name := "yc_" + regexp.MustCompile(`[^a-z0-9_]`).ReplaceAllString(strings.ToLower(t.Name()), "_") + "_" + randomSuffix()
	admin, err := gorm.Open(postgres.Open(base), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	if err := admin.Exec("CREATE DATABASE " + name).Error; err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		if db, err := admin.DB(); err == nil {
			db.Close()
		}
	})
	u := regexp.MustCompile(`^(postgres(?:ql)?://[^/]*)/[^?]*`).ReplaceAllString(base, "$1/"+name)
	return regexp.MustCompile(`([?&])search_path=[^&]*&?`).ReplaceAllString(u, "$1")
}

// TestBackupRestorePostgres: youcheng backup writes a pg_dump archive of a
// seeded database with tokens, and youcheng restore loads it into a new
// database that answers every API call the same; a second restore into it,
// and a file that is no dump, are refused.
func TestBackupRestorePostgres(t *testing.T) {
	base := modeltest.PostgresURL()
	if base == "" {
		t.Skip("YOUCHENG_TEST_DATABASE_URL names no PostgreSQL server")
	}
	ctx := context.Background()
	a := sqliteConfig(t, "")
	a.DatabaseURL = postgresDatabase(t, base)
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
	b.DatabaseURL = postgresDatabase(t, base)
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
	c := postgresDatabase(t, base)
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

func randomSuffix() string {
	b := make([]byte, 4)
	rand.Read(b)
	return hex.EncodeToString(b)
}
