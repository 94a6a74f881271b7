package model

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// PostgreSQL backups are pg_dump's custom-format archives, restored with
// pg_restore (a plain-SQL dump, e.g. from `pg_dump -f x.sql`, is restored
// with psql). The client tools must be on PATH and at least as new as the
// server; without them these functions say so by name.

// libpqURL turns the URL Youcheng connects with into one the PostgreSQL
// client tools accept, with the environment they need: pgx's search_path
// parameter is not libpq's, so it travels as PGOPTIONS, and its first
// schema is returned for pg_dump --schema.
func libpqURL(raw string) (u string, env []string, schema string, err error) {
	p, err := url.Parse(raw)
	if err != nil {
		return "", nil, "", fmt.Errorf("database URL: %w", err)
	}
	q := p.Query()
	if sp := q.Get("search_path"); sp != "" {
		schema = strings.TrimSpace(strings.Split(sp, ",")[0])
		env = append(env, "PGOPTIONS=-c search_path="+sp)
		q.Del("search_path")
	}
	p.RawQuery = q.Encode()
	return p.String(), env, schema, nil
}

// tool finds a PostgreSQL client program or says which one is missing.
func tool(name, purpose string) (string, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("%s needs %s (PostgreSQL's client tools, e.g. `apt-get install postgresql-client`), which is not on PATH", purpose, name)
	}
	return path, nil
}

func runTool(ctx context.Context, env []string, bin string, args ...string) error {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %w: %s", filepath.Base(bin), err, strings.TrimSpace(out.String()))
	}
	return nil
}

// BackupPostgres writes a consistent pg_dump archive (custom format: one
// snapshot, while servers keep serving) of the database at dbURL to path,
// which must not exist. It returns an error naming pg_dump when that is
// not installed.
func BackupPostgres(ctx context.Context, dbURL, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("backup: %s exists; choose a new file", path)
	}
	bin, err := tool("pg_dump", "backup of a PostgreSQL database")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	u, env, schema, err := libpqURL(dbURL)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	tmp := path + ".partial"
	os.Remove(tmp)
	args := []string{"--format=custom", "--no-owner", "--no-privileges", "--file=" + tmp}
	if schema != "" {
		args = append(args, "--schema="+schema)
	}
	if err := runTool(ctx, env, bin, append(args, "--dbname="+u)...); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("backup: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// RestorePostgres loads a backup made by BackupPostgres (or a plain-SQL
// pg_dump) into the database at dbURL, in one transaction. The database
// must hold no Youcheng tables: restore into a new one (createdb) and point
// the servers at it, which also keeps the old one for a second try. It
// returns an error naming pg_restore or psql when that is not installed.
func RestorePostgres(ctx context.Context, dbURL, from string) error {
	head := make([]byte, 5)
	f, err := os.Open(from)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	_, _ = f.Read(head)
	f.Close()
	custom := string(head) == "PGDMP"
	name := "psql"
	if custom {
		name = "pg_restore"
	}
	bin, err := tool(name, "restore of a PostgreSQL database")
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	u, env, _, err := libpqURL(dbURL)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if custom {
		// The archive's table of contents must read before anything is touched.
		if err := runTool(ctx, env, bin, "--list", from); err != nil {
			return fmt.Errorf("restore: %s is not a readable pg_dump archive: %w", from, err)
		}
	} else if !bytes.Contains(readHead(from, 4096), []byte("PostgreSQL database dump")) {
		return fmt.Errorf("restore: %s is neither a pg_dump archive nor a plain pg_dump SQL file", from)
	}
	if err := checkEmptyPostgres(ctx, dbURL); err != nil {
		return err
	}
	if custom {
		err = runTool(ctx, env, bin, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname="+u, from)
	} else {
		err = runTool(ctx, env, bin, "--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "--single-transaction", "--dbname="+u, "--file="+from)
	}
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

func readHead(path string, n int) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	b := make([]byte, n)
	k, _ := f.Read(b)
	return b[:k]
}

// checkEmptyPostgres refuses a database (its first search_path schema)
// that already has Youcheng's tables.
func checkEmptyPostgres(ctx context.Context, dbURL string) error {
	db, err := gorm.Open(postgres.Open(dbURL), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return fmt.Errorf("restore: connect: %w", err)
	}
	if s, err := db.DB(); err == nil {
		defer s.Close()
	}
	var n int64
	if err := db.WithContext(ctx).Raw(`SELECT COUNT(*) FROM information_schema.tables
		WHERE table_schema = current_schema() AND table_name IN ('partners', 'schema_migrations')`).Scan(&n).Error; err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if n > 0 {
		return errors.New("restore: the target database already has Youcheng's tables; restore into a new, empty database (createdb NAME) and point YOUCHENG_DATABASE_URL at it")
	}
	return nil
}
