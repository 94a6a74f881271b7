// Package modeltest gives tests a fresh, migrated database each: a SQLite
// file in the test's temporary folder, or, when YOUCHENG_TEST_DATABASE_URL
// names a PostgreSQL server, a schema of its own there.
package modeltest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/youcheng/youcheng/model"
)

// PostgresURL is the server the suite runs against, "" for SQLite.
func PostgresURL() string { return os.Getenv("YOUCHENG_TEST_DATABASE_URL") }

// NewStore returns a store on a fresh, empty database, closed (and on
// PostgreSQL dropped) when the test ends. Its home is model.DefaultHome;
// options may change it or pin the clock (see At).
func NewStore(t testing.TB, options ...func(*model.Options)) *model.Store {
	t.Helper()
	return Instances(t, 1, options...)[0]
}

// Instances returns n stores on one fresh database, as n server instances
// sharing it would have (each with its own caches).
func Instances(t testing.TB, n int, options ...func(*model.Options)) []*model.Store {
	t.Helper()
	ctx := context.Background()
	// The cheapest password hashes: tests check behaviour, not the work factor.
	opts := model.Options{Home: model.DefaultHome(), Logger: slog.New(slog.DiscardHandler), PasswordCost: 4}
	for _, o := range options {
		o(&opts)
	}
	if PostgresURL() != "" {
		opts.PostgresURL = PostgresSchema(t)
	} else {
		opts.SQLitePath = filepath.Join(t.TempDir(), "test.db")
	}
	stores := make([]*model.Store, n)
	for i := range stores {
		st, err := model.Open(ctx, opts)
		if err != nil {
			t.Fatalf("modeltest: open store: %v", err)
		}
		t.Cleanup(func() { st.Close() })
		stores[i] = st
	}
	return stores
}

// PostgresSchema makes an empty schema on the test server (PostgresURL),
// dropped with everything in it when the test ends, and returns a URL whose
// search_path is that schema.
func PostgresSchema(t testing.TB) string {
	t.Helper()
	schema := "t_" + randomHex(8)
	admin(t, "CREATE SCHEMA "+schema, "DROP SCHEMA "+schema+" CASCADE")
	return withSearchPath(PostgresURL(), schema)
}

// PostgresDatabase makes an empty database on the test server
// (PostgresURL), dropped when the test ends, and returns its URL (the
// server's, with the database's name and no search_path).
func PostgresDatabase(t testing.TB) string {
	t.Helper()
	name := "yc_" + randomHex(8)
	admin(t, "CREATE DATABASE "+name, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	u := regexp.MustCompile(`^(postgres(?:ql)?://[^/]*)/[^?]*`).ReplaceAllString(PostgresURL(), "$1/"+name)
	return regexp.MustCompile(`([?&])search_path=[^&]*&?`).ReplaceAllString(u, "$1")
}

// admin runs create on the test server now and drop when the test ends.
func admin(t testing.TB, create, drop string) {
	t.Helper()
	db, err := gorm.Open(postgres.Open(PostgresURL()), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatalf("modeltest: connect to PostgreSQL: %v", err)
	}
	if err := db.Exec(create).Error; err != nil {
		t.Fatalf("modeltest: %s: %v", create, err)
	}
	t.Cleanup(func() {
		db.Exec(drop)
		CloseDB(db)
	})
}

// Parallel marks t as a parallel test and returns a background context and
// a store from NewStore: the opening of most store tests.
func Parallel(t *testing.T, options ...func(*model.Options)) (context.Context, *model.Store) {
	t.Helper()
	t.Parallel()
	return context.Background(), NewStore(t, options...)
}

// CloseDB closes db's connections.
func CloseDB(db *gorm.DB) {
	if s, err := db.DB(); err == nil {
		s.Close()
	}
}

// At pins the store's clock to now: audit times, history dates and
// "today" all read it.
func At(now time.Time) func(*model.Options) {
	return func(o *model.Options) { o.Now = func() time.Time { return now } }
}

// withSearchPath points a PostgreSQL URL at one schema.
func withSearchPath(url, schema string) string {
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return fmt.Sprintf("%s%ssearch_path=%s", url, sep, schema)
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
