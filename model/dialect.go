package model

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Where SQL differs between SQLite and PostgreSQL. Everything else the store
// writes is the SQL both run the same way (GORM's builders, LIKE with an
// explicit ESCAPE, integer arithmetic on the date keys of the anniversary
// window); a difference goes here, or is listed here where it lives:
//
//   - connecting: sqliteDSN (WAL, foreign keys, busy timeout, BEGIN
//     IMMEDIATE) and the pool size in Open; PostgreSQL takes the URL as is;
//   - one-time steps: lockInstallation (an advisory transaction lock on
//     PostgreSQL; SQLite's IMMEDIATE transactions already serialise);
//   - statistics after bulk loads: Analyze (VACUUM ANALYZE vs ANALYZE);
//   - SQLite's own checks: Pragma (journal mode, foreign keys, integrity);
//   - schema DDL: migration.go (step 1's per-dialect DDL; Migrator.Postgres
//     picks column types: TIMESTAMPTZ vs DATETIME, BIGINT vs INTEGER);
//   - backups: backup.go (VACUUM INTO on SQLite; pg_dump on PostgreSQL);
//   - copies: copy.go (a REPEATABLE READ snapshot and sequences reset with
//     setval on PostgreSQL; foreign keys read from pg_constraint vs
//     pragma_foreign_key_list).

// sqliteDSN enables WAL, foreign keys and a busy timeout on every pooled
// connection, and makes transactions take the write lock up front.
func sqliteDSN(path string) string {
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	if !strings.HasPrefix(path, "file:") {
		path = "file:" + path
	}
	return path + sep + "_journal_mode=WAL&_foreign_keys=1&_busy_timeout=10000&_synchronous=NORMAL&_txlock=immediate&_cache_size=-65536"
}

// installationLock is the PostgreSQL advisory lock key of one-time steps.
const installationLock = 0x79636867 // "ycgh"

// lockInstallation serialises one-time steps (migration, the seed) between
// server instances for the rest of transaction tx: a PostgreSQL advisory
// transaction lock. SQLite transactions already take the write lock first.
func (s *Store) lockInstallation(tx *gorm.DB) error {
	if !s.postgres {
		return nil
	}
	return tx.Exec("SELECT pg_advisory_xact_lock(?)", installationLock).Error
}

// Analyze refreshes the query planner's statistics after a bulk load, as
// autovacuum would on a server (on PostgreSQL VACUUM also sets the
// visibility map index-only scans rely on).
func (s *Store) Analyze(ctx context.Context) error {
	stmt := "ANALYZE"
	if s.postgres {
		stmt = "VACUUM ANALYZE"
	}
	return translate(s.db.WithContext(ctx).Exec(stmt).Error)
}

// Pragma returns the value of a SQLite PRAGMA that reads one value
// (journal_mode, foreign_keys, integrity_check); an error on PostgreSQL.
func (s *Store) Pragma(ctx context.Context, name string) (string, error) {
	if s.postgres {
		return "", fmt.Errorf("model: PRAGMA %s: not SQLite", name)
	}
	if strings.ContainsFunc(name, func(r rune) bool { return !(r == '_' || r >= 'a' && r <= 'z') }) {
		return "", fmt.Errorf("model: PRAGMA %q: not a pragma name", name)
	}
	var v string
	err := s.db.WithContext(ctx).Raw("PRAGMA " + name).Scan(&v).Error
	return v, translate(err)
}

// BulkInsert inserts rows (a pointer to a slice of a stored type) as they
// are, in batches, without validation or audit: for benchmarks that load
// hundreds of thousands of rows. Belongs-to associations are not upserted.
func (s *Store) BulkInsert(ctx context.Context, rows any) error {
	return translate(s.db.WithContext(ctx).Omit(clause.Associations).CreateInBatches(rows, 500).Error)
}
