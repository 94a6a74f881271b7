package model

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Table describes one table of the schema as `youcheng copy` and the
// upgrade checks see it.
type Table struct {
	Name       string
	PrimaryKey []string
	// Serial is the auto-increment id column ("" when the key is not one),
	// whose PostgreSQL sequence must follow a copy.
	Serial string
}

// Tables returns the tables of Models(), referenced tables first.
func Tables() ([]Table, error) {
	var out []Table
	cache := &sync.Map{}
	for _, m := range Models() {
		sch, err := schema.Parse(m, cache, schema.NamingStrategy{})
		if err != nil {
			return nil, err
		}
		t := Table{Name: sch.Table, PrimaryKey: sch.PrimaryFieldDBNames}
		if len(sch.PrimaryFields) == 1 && sch.PrimaryFields[0].AutoIncrement ||
			len(sch.PrimaryFields) == 1 && sch.PrimaryFields[0].DBName == "id" && sch.PrimaryFields[0].DataType == schema.Int {
			t.Serial = sch.PrimaryFields[0].DBName
		}
		out = append(out, t)
	}
	return out, nil
}

// Digest is a table's row count and a SHA-256 over its rows' values in
// primary-key order, written the same way whichever database holds them
// (times in UTC, booleans as 0/1, NULL apart from the empty string).
type Digest struct {
	Rows int64
	Sum  string
}

// TableColumns returns the columns of table in the database, sorted by name.
func TableColumns(db *gorm.DB, table string) ([]string, error) {
	types, err := db.Migrator().ColumnTypes(table)
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	cols := make([]string, len(types))
	for i, c := range types {
		cols[i] = c.Name()
	}
	sort.Strings(cols)
	return cols, nil
}

// TableDigest reads cols of every row of t in db and returns their Digest.
func TableDigest(ctx context.Context, db *gorm.DB, t Table, cols []string) (Digest, error) {
	h := sha256.New()
	var d Digest
	err := eachRow(ctx, db, t, cols, func(vals []any) error {
		d.Rows++
		for i, v := range vals {
			fmt.Fprintf(h, "%s=%s\x1f", cols[i], canonical(v))
		}
		h.Write([]byte{'\n'})
		return nil
	})
	if err != nil {
		return Digest{}, err
	}
	d.Sum = hex.EncodeToString(h.Sum(nil))
	return d, nil
}

// eachRow calls f with cols of every row of t in db, in primary-key order;
// vals is reused from row to row. Read errors name the table.
func eachRow(ctx context.Context, db *gorm.DB, t Table, cols []string, f func(vals []any) error) error {
	q := fmt.Sprintf("SELECT %s FROM %s ORDER BY %s", quoteAll(cols), quoteIdent(t.Name), quoteAll(t.PrimaryKey))
	rows, err := db.WithContext(ctx).Raw(q).Rows()
	if err != nil {
		return fmt.Errorf("read %s: %w", t.Name, err)
	}
	defer rows.Close()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("read %s: %w", t.Name, err)
		}
		if err := f(vals); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read %s: %w", t.Name, err)
	}
	return nil
}

// canonical writes a scanned value the same way for SQLite and PostgreSQL.
func canonical(v any) string {
	switch x := v.(type) {
	case nil:
		return "\x00NULL"
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano)
	case bool:
		if x {
			return "1"
		}
		return "0"
	case []byte:
		return canonicalString(string(x))
	case string:
		return canonicalString(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e15 {
			return strconv.FormatInt(int64(x), 10)
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	case sql.RawBytes:
		return canonicalString(string(x))
	}
	return fmt.Sprint(v)
}

// canonicalString: SQLite may hand back a datetime it could not parse as
// text; everything else is compared as is.
func canonicalString(s string) string {
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", "2006-01-02T15:04:05.999999999Z07:00"} {
		if len(s) >= 19 && s[4] == '-' && s[10] == ' ' || len(s) >= 19 && s[4] == '-' && s[10] == 'T' {
			if t, err := time.Parse(layout, s); err == nil {
				return t.UTC().Format(time.RFC3339Nano)
			}
		}
	}
	return s
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func quoteAll(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = quoteIdent(c)
	}
	return strings.Join(q, ", ")
}
