package model

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"

	"gorm.io/gorm"
)

// CopyTable is the outcome of copying one table.
type CopyTable struct {
	Table  string
	Source Digest
	Target Digest
}

// Same reports whether the target holds exactly the source's rows.
func (c CopyTable) Same() bool { return c.Source == c.Target }

// CopyTo copies every table of Models() from s into dst, ids, versions and
// timestamps included, in one transaction on dst, then sets dst's id
// sequences past the source's (so deleted ids are not handed out again) and
// compares each table's row count and content digest. Both stores must be
// migrated to the same version (Open does that) and dst must be empty.
//
// It returns an error when dst has rows, when the versions differ, or when
// any table differs after the copy (the report then says which); the
// source is only read, in one read transaction, so stop the servers using
// it first or the copy waits for their writes.
func (s *Store) CopyTo(ctx context.Context, dst *Store) ([]CopyTable, error) {
	tables, err := s.checkCopyTarget(ctx, dst)
	if err != nil {
		return nil, err
	}
	order, err := dst.insertOrder(ctx, tables)
	if err != nil {
		return nil, err
	}
	var report []CopyTable
	// One snapshot of the source: REPEATABLE READ on PostgreSQL; on SQLite
	// BEGIN IMMEDIATE (sqliteDSN) holds writers off while it reads.
	var srcOpts []*sql.TxOptions
	if s.postgres {
		srcOpts = append(srcOpts, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	}
	err = s.db.WithContext(ctx).Transaction(func(src *gorm.DB) error {
		err := dst.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			return s.copyTables(ctx, src, tx, order, dst.postgres)
		})
		if err != nil {
			return err
		}
		report, err = compareTables(ctx, src, dst.db, tables)
		return err
	}, srcOpts...)
	if err != nil {
		return report, fmt.Errorf("copy: %w", err)
	}
	var bad []string
	for _, r := range report {
		if !r.Same() {
			bad = append(bad, r.Table)
		}
	}
	if len(bad) > 0 {
		return report, fmt.Errorf("copy: the target differs from the source in %s", strings.Join(bad, ", "))
	}
	return report, nil
}

// checkCopyTarget returns the tables to copy once it has checked that dst
// is at s's schema version and empty.
func (s *Store) checkCopyTarget(ctx context.Context, dst *Store) ([]Table, error) {
	sv, err := s.SchemaVersionOf(ctx)
	if err != nil {
		return nil, err
	}
	dv, err := dst.SchemaVersionOf(ctx)
	if err != nil {
		return nil, err
	}
	if sv != dv {
		return nil, fmt.Errorf("copy: source schema version %d, target %d", sv, dv)
	}
	tables, err := Tables()
	if err != nil {
		return nil, err
	}
	for _, t := range tables {
		var n int64
		if err := dst.db.WithContext(ctx).Table(t.Name).Count(&n).Error; err != nil {
			return nil, fmt.Errorf("copy: target %s: %w", t.Name, err)
		}
		if n > 0 {
			return nil, fmt.Errorf("copy: the target is not empty (%s has %d rows); copy into a new database (start it with --no-seed, or not at all)", t.Name, n)
		}
	}
	return tables, nil
}

// copyTables copies the rows of the tables in order from src (s's
// transaction) into tx, then moves tx's id sequences to src's high water.
func (s *Store) copyTables(ctx context.Context, src, tx *gorm.DB, order []Table, toPostgres bool) error {
	if !toPostgres {
		// Checked at commit: rows may arrive before the rows they name.
		if err := tx.Exec("PRAGMA defer_foreign_keys = ON").Error; err != nil {
			return err
		}
	}
	for _, t := range order {
		if err := copyTable(ctx, src, tx, t, toPostgres); err != nil {
			return err
		}
	}
	for _, t := range order {
		if t.Serial == "" {
			continue
		}
		hw, err := highWater(src, t, s.postgres)
		if err != nil {
			return err
		}
		if err := setHighWater(tx, t, hw, toPostgres); err != nil {
			return err
		}
	}
	return nil
}

// compareTables digests every table in src and dst.
func compareTables(ctx context.Context, src, dst *gorm.DB, tables []Table) ([]CopyTable, error) {
	var report []CopyTable
	for _, t := range tables {
		cols, err := TableColumns(src, t.Name)
		if err != nil {
			return report, err
		}
		a, err := TableDigest(ctx, src, t, cols)
		if err != nil {
			return report, err
		}
		b, err := TableDigest(ctx, dst, t, cols)
		if err != nil {
			return report, err
		}
		report = append(report, CopyTable{Table: t.Name, Source: a, Target: b})
	}
	return report, nil
}

// copyTable inserts every row of t from src into tx, in batches.
func copyTable(ctx context.Context, src, tx *gorm.DB, t Table, toPostgres bool) error {
	cols, err := TableColumns(src, t.Name)
	if err != nil {
		return err
	}
	dstTypes, err := tx.Migrator().ColumnTypes(t.Name)
	if err != nil {
		return err
	}
	isBool := map[string]bool{}
	for _, c := range dstTypes {
		isBool[c.Name()] = strings.Contains(strings.ToLower(c.DatabaseTypeName()), "bool")
	}
	const batch = 100
	placeholders := "(" + strings.TrimSuffix(strings.Repeat("?,", len(cols)), ",") + ")"
	var args []any
	n := 0
	flush := func() error {
		if n == 0 {
			return nil
		}
		q := fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", quoteIdent(t.Name), quoteAll(cols),
			strings.TrimSuffix(strings.Repeat(placeholders+",", n), ","))
		if err := tx.Exec(q, args...).Error; err != nil {
			return fmt.Errorf("write %s: %w", t.Name, err)
		}
		args, n = args[:0], 0
		return nil
	}
	err = eachRow(ctx, src, t, cols, func(vals []any) error {
		for i, v := range vals {
			args = append(args, convertValue(v, isBool[cols[i]], toPostgres))
		}
		if n++; n == batch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// convertValue turns a value read from one database into one the other
// stores the same way: times in UTC, SQLite's 0/1 as a PostgreSQL boolean,
// text as text rather than bytes.
func convertValue(v any, toBool, toPostgres bool) any {
	switch x := v.(type) {
	case time.Time:
		return x.UTC()
	case []byte:
		return string(x)
	case int64:
		if toBool && toPostgres {
			return x != 0
		}
	case bool:
		if !toPostgres {
			if x {
				return 1
			}
			return 0
		}
	}
	return v
}

// highWater is the highest id t has handed out in db: its largest id, or
// the sequence's position when rows at the end were deleted.
func highWater(db *gorm.DB, t Table, postgres bool) (int64, error) {
	var maxID sql.NullInt64
	if err := db.Raw(fmt.Sprintf("SELECT MAX(%s) FROM %s", quoteIdent(t.Serial), quoteIdent(t.Name))).Scan(&maxID).Error; err != nil {
		return 0, err
	}
	hw := maxID.Int64
	var seq sql.NullInt64
	if postgres {
		var name sql.NullString
		if err := db.Raw("SELECT pg_get_serial_sequence(?, ?)", t.Name, t.Serial).Scan(&name).Error; err != nil {
			return 0, err
		}
		if name.Valid {
			var r struct {
				LastValue int64
				IsCalled  bool
			}
			if err := db.Raw("SELECT last_value, is_called FROM " + name.String).Scan(&r).Error; err != nil {
				return 0, err
			}
			if r.IsCalled {
				seq = sql.NullInt64{Int64: r.LastValue, Valid: true}
			}
		}
	} else if db.Migrator().HasTable("sqlite_sequence") {
		if err := db.Raw("SELECT seq FROM sqlite_sequence WHERE name = ?", t.Name).Scan(&seq).Error; err != nil {
			return 0, err
		}
	}
	if seq.Valid && seq.Int64 > hw {
		hw = seq.Int64
	}
	return hw, nil
}

// setHighWater makes the next id of t in db hw+1.
func setHighWater(db *gorm.DB, t Table, hw int64, postgres bool) error {
	if hw <= 0 {
		return nil
	}
	if postgres {
		var name sql.NullString
		if err := db.Raw("SELECT pg_get_serial_sequence(?, ?)", t.Name, t.Serial).Scan(&name).Error; err != nil {
			return err
		}
		if !name.Valid {
			return nil
		}
		return db.Exec("SELECT setval(?::regclass, ?, true)", name.String, hw).Error
	}
	if !db.Migrator().HasTable("sqlite_sequence") {
		return nil
	}
	res := db.Exec("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", hw, t.Name)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return db.Exec("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", t.Name, hw).Error
	}
	return nil
}

// insertOrder sorts tables so that each comes after the tables its foreign
// keys reference (as the database declares them), keeping Models() order
// otherwise: PostgreSQL checks each row as it arrives.
func (s *Store) insertOrder(ctx context.Context, tables []Table) ([]Table, error) {
	deps := map[string][]string{}
	db := s.db.WithContext(ctx)
	for _, t := range tables {
		var refs []string
		var err error
		if s.postgres {
			err = db.Raw(`SELECT DISTINCT ref.relname FROM pg_constraint c
				JOIN pg_class tbl ON tbl.oid = c.conrelid JOIN pg_class ref ON ref.oid = c.confrelid
				WHERE c.contype = 'f' AND tbl.relname = ? AND tbl.relnamespace = to_regnamespace(current_schema())::oid`, t.Name).Scan(&refs).Error
		} else {
			err = db.Raw(`SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)`, t.Name).Scan(&refs).Error
		}
		if err != nil {
			return nil, fmt.Errorf("copy: foreign keys of %s: %w", t.Name, err)
		}
		deps[t.Name] = refs
	}
	var out []Table
	done := map[string]bool{}
	for len(out) < len(tables) {
		progressed := false
		for _, t := range tables {
			if done[t.Name] {
				continue
			}
			ready := true
			for _, r := range deps[t.Name] {
				if r != t.Name && !done[r] && known(tables, r) {
					ready = false
				}
			}
			if ready {
				out = append(out, t)
				done[t.Name] = true
				progressed = true
			}
		}
		if !progressed {
			var left []string
			for _, t := range tables {
				if !done[t.Name] {
					left = append(left, t.Name)
				}
			}
			sort.Strings(left)
			return nil, fmt.Errorf("copy: foreign keys form a cycle among %s", strings.Join(left, ", "))
		}
	}
	return out, nil
}

func known(tables []Table, name string) bool {
	for _, t := range tables {
		if t.Name == name {
			return true
		}
	}
	return false
}
