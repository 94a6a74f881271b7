package model

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Backup writes a consistent copy of a SQLite database to path with VACUUM
// INTO, which reads one snapshot while the server keeps serving. path must
// not exist. PostgreSQL databases are backed up by BackupPostgres.
func (s *Store) Backup(ctx context.Context, path string) error {
	if s.postgres {
		return errors.New("backup: this store is PostgreSQL; use BackupPostgres")
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("backup: %s exists; choose a new file", path)
	}
	if err := s.db.WithContext(ctx).Exec("VACUUM INTO ?", path).Error; err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// CheckSQLite opens a SQLite file read-only and runs PRAGMA
// integrity_check; it returns an error unless the answer is "ok".
func CheckSQLite(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err != nil {
		return err
	}
	db, err := gorm.Open(sqlite.Open("file:"+path+"?mode=ro"), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		return err
	}
	if sqlDB, err := db.DB(); err == nil {
		defer sqlDB.Close()
	}
	var res []string
	if err := db.WithContext(ctx).Raw("PRAGMA integrity_check").Scan(&res).Error; err != nil {
		return err
	}
	if len(res) != 1 || res[0] != "ok" {
		return fmt.Errorf("integrity check failed: %s", strings.Join(res, "; "))
	}
	var n int64
	if err := db.Raw("SELECT COUNT(*) FROM partners").Scan(&n).Error; err != nil {
		return fmt.Errorf("%s is not a Youcheng database: %w", path, err)
	}
	return nil
}

// RestoreSQLite replaces the database at dbPath with the backup at from,
// after checking the backup's integrity. The server must be stopped. The
// old file is kept as dbPath.before-restore.
func RestoreSQLite(ctx context.Context, from, dbPath string) error {
	if err := CheckSQLite(ctx, from); err != nil {
		return fmt.Errorf("restore: %s: %w", from, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(dbPath), ".restore-*")
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer os.Remove(tmp.Name())
	src, err := os.Open(from)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer src.Close()
	if _, err := io.Copy(tmp, src); err != nil {
		tmp.Close()
		return fmt.Errorf("restore: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("restore: %w", err)
	}
	tmp.Close()
	if _, err := os.Stat(dbPath); err == nil {
		if err := os.Rename(dbPath, dbPath+".before-restore"); err != nil {
			return fmt.Errorf("restore: keep the old database: %w", err)
		}
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(dbPath + suffix)
	}
	if err := os.Rename(tmp.Name(), dbPath); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}
