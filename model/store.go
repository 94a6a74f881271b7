package model

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/logger"

	"github.com/youcheng/youcheng/model/holidays"
	"github.com/youcheng/youcheng/model/planning"
)

// Options say which database to open.
type Options struct {
	// PostgresURL, when set, selects PostgreSQL and wins over SQLitePath.
	PostgresURL string
	// SQLitePath is the SQLite file (created when missing).
	SQLitePath string
	// Home is the office's identity (required: see DefaultHome).
	Home Home
	// Now is the clock of every timestamp and of "today" in the home zone
	// (audit times, history dates); nil means time.Now. Tests pin it.
	Now    func() time.Time
	Logger *slog.Logger
	// PasswordCost is the bcrypt work factor of new password hashes
	// (default bcrypt.DefaultCost; tests use the minimum).
	PasswordCost int
}

// Store is the persistence layer. Its methods take a context first, return
// *Error values of this package, and run multi-step writes in one transaction.
type Store struct {
	db       *gorm.DB
	postgres bool
	home     Home
	loc      *time.Location
	now      func() time.Time
	log      *slog.Logger
	hol      *holidays.Service
	planner  *planning.Planner
	pwCost   int
	dummy    func() []byte // a hash to compare against when no such user exists
}

// Open connects to the database and migrates the schema.
func Open(ctx context.Context, o Options) (*Store, error) {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if err := o.Home.Validate(); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	now := func() time.Time { return o.Now().UTC().Truncate(time.Microsecond) }
	cfg := &gorm.Config{
		TranslateError: true,
		Logger:         logger.Discard,
		NowFunc:        now,
	}
	var (
		db  *gorm.DB
		err error
	)
	if o.PostgresURL != "" {
		db, err = gorm.Open(postgres.Open(o.PostgresURL), cfg)
	} else {
		if o.SQLitePath == "" {
			return nil, errors.New("model: no database configured")
		}
		db, err = gorm.Open(sqlite.Open(sqliteDSN(o.SQLitePath)), cfg)
	}
	if err != nil {
		return nil, fmt.Errorf("model: open database: %w", err)
	}
	hol := holidays.New()
	s := &Store{db: db, postgres: o.PostgresURL != "", home: o.Home, loc: o.Home.location(), now: now, log: o.Logger,
		hol: hol, planner: planning.New(hol)}
	s.setPasswordCost(o.PasswordCost)
	if !s.postgres {
		sqlDB, err := db.DB()
		if err != nil {
			return nil, err
		}
		// One writer at a time is SQLite's nature; BEGIN IMMEDIATE plus the
		// busy timeout queues writers instead of failing them.
		sqlDB.SetMaxOpenConns(8)
		var mode string
		if err := db.WithContext(ctx).Raw("PRAGMA journal_mode").Scan(&mode).Error; err != nil {
			return nil, fmt.Errorf("model: sqlite pragma: %w", err)
		}
		if !strings.EqualFold(mode, "wal") {
			return nil, fmt.Errorf("model: sqlite journal mode is %q, want wal", mode)
		}
	}
	if err := s.Migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.PingContext(ctx)
}

// IsPostgres reports whether the store runs on PostgreSQL.
func (s *Store) IsPostgres() bool { return s.postgres }

// Home is the office's identity the store was opened with.
func (s *Store) Home() Home { return s.home }

// Now is the store's clock (UTC, microseconds), the one the API uses too.
func (s *Store) Now() time.Time { return s.now() }

// Today is the current civil date in the home time zone.
func (s *Store) Today() time.Time { return s.now().In(s.loc) }

// Holidays is the holiday service the planner and calendars use.
func (s *Store) Holidays() *holidays.Service { return s.hol }

// Planner is the plan generator, for its templates.
func (s *Store) Planner() *planning.Planner { return s.planner }

// in returns a copy of the store whose queries run inside transaction tx,
// so that the exported reads can take part in a larger operation.
func (s *Store) in(tx *gorm.DB) *Store {
	c := *s
	c.db = tx
	return &c
}

// transaction runs fn in one transaction; any error rolls everything back.
func (s *Store) transaction(ctx context.Context, fn func(tx *gorm.DB) error) error {
	return translate(s.db.WithContext(ctx).Transaction(fn))
}

// translate maps database errors to this package's kinds. Driver text never
// reaches a client: unknown errors become KindInternal, their cause kept for logs.
func translate(err error) error {
	var e *Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &e):
		return err
	case errors.Is(err, gorm.ErrRecordNotFound):
		return &Error{Kind: KindNotFound, Message: "not found", Err: err}
	case errors.Is(err, gorm.ErrDuplicatedKey):
		return &Error{Kind: KindConflict, Message: "a record with the same identifying fields exists", Err: err}
	case errors.Is(err, gorm.ErrForeignKeyViolated):
		return &Error{Kind: KindConflict, Message: "the record is referenced by or refers to another record", Err: err}
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return &Error{Kind: KindInternal, Message: "request cancelled", Err: err}
	}
	return &Error{Kind: KindInternal, Message: "database error", Err: err}
}

// Page is the offset pagination of every list.
type Page struct {
	Limit  int
	Offset int
}

// likePattern returns a case-insensitive LIKE pattern for a substring,
// escaping the wildcards with backslash.
func likePattern(q string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + strings.ToLower(r.Replace(q)) + "%"
}

// likeAny adds "(LOWER(c1) LIKE ? OR LOWER(c2) LIKE ? ...)" for q.
func likeAny(db *gorm.DB, q string, cols ...string) *gorm.DB {
	pat := likePattern(q)
	parts := make([]string, len(cols))
	args := make([]any, len(cols))
	for i, c := range cols {
		parts[i] = "LOWER(" + c + `) LIKE ? ESCAPE '\'`
		args[i] = pat
	}
	return db.Where("("+strings.Join(parts, " OR ")+")", args...)
}

// updateVersioned writes m (already holding its new field values) if the
// row still has version old, bumping the version. It returns
// KindPrecondition when another writer got there first.
func updateVersioned(tx *gorm.DB, m any, id int64, old int, version *int) error {
	*version = old + 1
	res := tx.Model(m).Where("id = ? AND version = ?", id, old).Select("*").Omit("id", "created_at", clause.Associations).Updates(m)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return Errorf(KindPrecondition, "the record was changed by someone else (version %d is no longer current)", old)
	}
	return nil
}

// checkVersion returns KindPrecondition when the client's expected version
// (nil: no If-Match) differs from the current one.
func checkVersion(expected *int, current int) error {
	if expected != nil && *expected != current {
		return Errorf(KindPrecondition, "If-Match version %d does not match the current version %d", *expected, current)
	}
	return nil
}

// notFound returns a KindNotFound error for entity id.
func notFound(entity string, id int64) error {
	return Errorf(KindNotFound, "%s %d does not exist", entity, id)
}

// first loads one row by id into dst, mapping a miss to KindNotFound.
func first(tx *gorm.DB, dst any, entity string, id int64) error {
	err := tx.First(dst, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return notFound(entity, id)
	}
	return err
}

// SQLDB is the database/sql pool under the store, for its metrics
// (/metrics' collector); queries go through the store's methods.
func (s *Store) SQLDB() (*sql.DB, error) { return s.db.DB() }
