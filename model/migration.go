package model

// Versioned migrations.
//
// The schema is the result of a numbered list of steps (migrations below).
// Table schema_migrations holds one row per applied step (version, name,
// applied_at); a database's version is its highest row. Open runs every
// pending step in order, each in its own transaction together with its
// schema_migrations row, so a failed step leaves the database at the
// previous version. Steps only go forward; there are no down steps (restore
// a backup instead). A database whose version is higher than the last step
// this binary knows is refused with ErrSchemaNewer: an older binary must not
// write to a schema it does not understand.
//
// PostgreSQL instances starting together take the installation advisory lock
// in each step's transaction and re-read the version under it, so a step
// runs once. On SQLite the transaction begins IMMEDIATE (sqliteDSN), which
// serialises processes on the same file the same way.
//
// Step 1 is the schema of commit a055a54 as GORM's AutoMigrate created it,
// written out as DDL per dialect. A database made before versioning (tables
// present, no schema_migrations) is checked against step 1's columns and
// recorded as version 1 without touching its rows.
//
// HOW TO CHANGE THE SCHEMA (one new step per change; never edit a step that
// has landed on main — databases in the field already ran it):
//
//  1. Append a step to migrations with the next Version and a short Name:
//
//     {Version: 2, Name: "event tags", Up: func(m Migrator) error {
//     	return m.Exec(
//     		`CREATE TABLE event_tags (event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
//     		   tag VARCHAR(40) NOT NULL, PRIMARY KEY (event_id, tag))`,
//     		`CREATE INDEX IF NOT EXISTS idx_event_tags_tag ON event_tags (tag)`)
//     }},
//
//     - a new column:  m.AddColumn("events", "tags", "TEXT NOT NULL DEFAULT ''")
//     (both dialects; use m.Postgres to choose a type when they differ, e.g.
//     "timestamptz" vs "datetime", "bigint" vs "integer", "boolean" vs "numeric");
//     - a new index:   m.Exec(`CREATE INDEX IF NOT EXISTS ix_events_tags ON events (tags)`);
//     - a new table:   explicit CREATE TABLE as above (per dialect when the types
//     differ: m.Postgres ? "..." : "..."), or m.CreateTable(&YourModel{}) —
//     GORM's CreateTable, brand-new tables ONLY. AddColumn and CreateTable
//     skip what exists, so a later step adding a field that CreateTable
//     already made from the current struct is harmless.
//  2. A new table's model also goes into Models() (below), in an order where
//     referenced tables come first: `youcheng copy` copies every table listed
//     there, in that order.
//  3. Never call AutoMigrate on an existing table and never DROP a table that
//     others reference: on SQLite, AutoMigrate rebuilds a table to change a
//     constraint, and dropping a parent table with foreign keys on runs its
//     ON DELETE CASCADE — the children's rows are gone. Changing a constraint
//     on SQLite needs a rebuild: set RebuildsTables: true on the step (it
//     then runs with foreign keys off and ends with PRAGMA foreign_key_check)
//     and use m.RebuildSQLiteTable(table, newCreateTableSQL); on PostgreSQL
//     use ALTER TABLE ... ADD CONSTRAINT.
//  4. Add the data you expect to survive to TestUpgradeFromA055a54 if the step
//     moves or rewrites rows; that test opens databases made by commit
//     a055a54 and checks that every record is still there.

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Models lists every table's model, referenced tables before the tables
// that reference them. `youcheng copy` copies exactly these tables, in this
// order; a new table belongs here as well as in a migration step.
func Models() []any {
	return []any{&Partner{}, &Partnership{}, &PartnershipChange{}, &Commemoration{},
		&Event{}, &EventPartner{}, &EventTag{}, &AuditRecord{}, &Setting{}, &Token{}, &Feed{}, &Plan{}, &Target{},
		&User{}, &Session{}, &LoginFailure{}, &HolidayOverride{}, &EventCount{}, &EventPartnerStat{}, &PartnershipCount{}}
}

// Migrator is what a step's Up function works with: the step's transaction
// and which dialect it runs on.
type Migrator struct {
	Tx       *gorm.DB
	Postgres bool
}

// Exec runs each statement in order and stops at the first error.
func (m Migrator) Exec(stmts ...string) error {
	for _, s := range stmts {
		if err := m.Tx.Exec(s).Error; err != nil {
			return fmt.Errorf("%s: %w", firstLine(s), err)
		}
	}
	return nil
}

// AddColumn adds column to table with the given SQL type and constraints
// unless the column exists.
func (m Migrator) AddColumn(table, column, definition string) error {
	if m.Tx.Migrator().HasColumn(table, column) {
		return nil
	}
	return m.Exec(fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s %s", table, column, definition))
}

// CreateTable creates the tables of brand-new models (with their indexes
// and foreign keys) unless they exist. Never use it to change a table.
func (m Migrator) CreateTable(models ...any) error {
	for _, v := range models {
		if m.Tx.Migrator().HasTable(v) {
			continue
		}
		if err := m.Tx.Migrator().CreateTable(v); err != nil {
			return err
		}
	}
	return nil
}

// RebuildSQLiteTable replaces table by one made with createSQL (a CREATE
// TABLE statement naming the same table), copying the columns both have and
// recreating the table's own indexes. SQLite only (a no-op on PostgreSQL),
// and only in a step with RebuildsTables set, so that foreign keys are off
// and dropping the old table deletes nothing elsewhere.
func (m Migrator) RebuildSQLiteTable(table, createSQL string) error {
	if m.Postgres {
		return nil
	}
	var fk int
	if err := m.Tx.Raw("PRAGMA foreign_keys").Scan(&fk).Error; err != nil {
		return err
	}
	if fk != 0 {
		return fmt.Errorf("rebuild %s: foreign keys are on; set RebuildsTables on the step", table)
	}
	var indexes []string
	if err := m.Tx.Raw("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", table).
		Scan(&indexes).Error; err != nil {
		return err
	}
	oldCols, err := sqliteColumns(m.Tx, table)
	if err != nil {
		return err
	}
	tmp := table + "_rebuild"
	re := regexp.MustCompile("(?i)^\\s*CREATE\\s+TABLE\\s+[`\"]?" + regexp.QuoteMeta(table) + "[`\"]?")
	if !re.MatchString(createSQL) {
		return fmt.Errorf("rebuild %s: createSQL must start with CREATE TABLE %s", table, table)
	}
	if err := m.Exec(re.ReplaceAllString(createSQL, "CREATE TABLE "+tmp)); err != nil {
		return err
	}
	newCols, err := sqliteColumns(m.Tx, tmp)
	if err != nil {
		return err
	}
	var common []string
	for _, c := range oldCols {
		for _, n := range newCols {
			if c == n {
				common = append(common, `"`+c+`"`)
			}
		}
	}
	cols := strings.Join(common, ", ")
	return m.Exec(
		fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s", tmp, cols, cols, table),
		"DROP TABLE "+table,
		fmt.Sprintf("ALTER TABLE %s RENAME TO %s", tmp, table),
		strings.Join(indexes, ";\n"),
	)
}

func sqliteColumns(tx *gorm.DB, table string) ([]string, error) {
	var cols []string
	err := tx.Raw("SELECT name FROM pragma_table_info(?)", table).Scan(&cols).Error
	return cols, err
}

// migration is one forward step of the schema.
type migration struct {
	Version int
	Name    string
	// RebuildsTables runs the step on SQLite with foreign key enforcement
	// off (it cannot change inside a transaction) and checks the foreign
	// keys with PRAGMA foreign_key_check before committing.
	RebuildsTables bool
	Up             func(m Migrator) error
}

// migrations is the schema's history. Append only; see the file comment.
var migrations = []migration{
	{Version: 1, Name: "schema of commit a055a54", Up: func(m Migrator) error {
		if m.Postgres {
			return m.Exec(schemaV1Postgres...)
		}
		return m.Exec(schemaV1SQLite...)
	}},
	{Version: 2, Name: "event tags and work-plan targets", Up: func(m Migrator) error {
		return m.CreateTable(&EventTag{}, &Target{})
	}},
	{Version: 3, Name: "users, sessions and sign-in failures", Up: func(m Migrator) error {
		return m.CreateTable(&User{}, &Session{}, &LoginFailure{})
	}},
	{Version: 4, Name: "plan warnings in Chinese", Up: func(m Migrator) error {
		return m.AddColumn("plans", "warnings_zh", "TEXT")
	}},
	{Version: 5, Name: "holiday overrides", Up: func(m Migrator) error {
		if m.Postgres {
			return m.Exec(`CREATE TABLE holiday_overrides (
`+pgMetaColumns+`    country character varying(2) NOT NULL,
    region character varying(10) DEFAULT '' NOT NULL,
    year bigint NOT NULL,
    mode character varying(10) NOT NULL,
    source text NOT NULL,
    complete boolean,
    items text NOT NULL)`,
				`CREATE UNIQUE INDEX ux_holiday_override ON holiday_overrides (country, region, year)`)
		}
		return m.Exec("CREATE TABLE `holiday_overrides` (`id` integer PRIMARY KEY AUTOINCREMENT,`version` integer NOT NULL DEFAULT 1,"+
			"`created_at` datetime NOT NULL,`updated_at` datetime NOT NULL,`country` text NOT NULL,`region` text NOT NULL DEFAULT '',"+
			"`year` integer NOT NULL,`mode` text NOT NULL,`source` text NOT NULL,`complete` numeric,`items` text NOT NULL)",
			"CREATE UNIQUE INDEX `ux_holiday_override` ON `holiday_overrides`(`country`,`region`,`year`)")
	}},
	{Version: 6, Name: "statistics rollups", Up: func(m Migrator) error {
		// Its tables are filled by step 7, which replaces two of them.
		return m.CreateTable(&legacyEventStat{}, &EventPartnerStat{}, &legacyPartnershipStat{})
	}},
	{Version: 7, Name: "statistics rollups by dimension", Up: func(m Migrator) error {
		if err := m.Exec("DROP TABLE IF EXISTS event_stats", "DROP TABLE IF EXISTS partnership_stats"); err != nil {
			return err
		}
		if err := m.CreateTable(&EventCount{}, &PartnershipCount{}); err != nil {
			return err
		}
		return rebuildStats(m.Tx)
	}},
	{Version: 8, Name: "plans refer to their partnership by foreign key", RebuildsTables: true, Up: func(m Migrator) error {
		// A plan whose partnership was deleted before this key existed is
		// unlinked; a draft among them still cannot be adopted, since its
		// items name the partnership (see model/plan_refs.go).
		if err := m.Exec(`UPDATE plans SET partnership_id = NULL
			WHERE partnership_id IS NOT NULL AND partnership_id NOT IN (SELECT id FROM partnerships)`); err != nil {
			return err
		}
		if m.Postgres {
			return m.Exec(`ALTER TABLE plans ADD CONSTRAINT fk_plans_partnership
				FOREIGN KEY (partnership_id) REFERENCES partnerships (id) ON DELETE SET NULL`)
		}
		return m.RebuildSQLiteTable("plans", "CREATE TABLE `plans` (`id` integer PRIMARY KEY AUTOINCREMENT,"+
			"`version` integer NOT NULL DEFAULT 1,`created_at` datetime NOT NULL,`updated_at` datetime NOT NULL,"+
			"`template` text NOT NULL,`year` integer NOT NULL,`status` text NOT NULL,`partnership_id` integer,"+
			"`anchor_date` varchar(10),`title_en` text NOT NULL DEFAULT \"\",`title_zh` text NOT NULL DEFAULT \"\","+
			"`warnings` text,`items` text,`warnings_zh` TEXT,"+
			"CONSTRAINT `fk_plans_partnership` FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON DELETE SET NULL)")
	}},
}

// SchemaVersion is the version of the schema this binary writes: the last
// migration step it knows.
func SchemaVersion() int { return migrations[len(migrations)-1].Version }

// ErrSchemaNewer is returned (wrapped) by Open and Migrate when the
// database was migrated by a newer Youcheng than this one.
var ErrSchemaNewer = errors.New("the database schema is newer than this program")

// schemaMigration is a row of schema_migrations.
type schemaMigration struct {
	Version   int       `gorm:"primaryKey;autoIncrement:false"`
	Name      string    `gorm:"size:200;not null"`
	AppliedAt time.Time `gorm:"not null"`
}

func (schemaMigration) TableName() string { return "schema_migrations" }

// Migrate brings the schema to SchemaVersion, one step per transaction.
// It returns an error wrapping ErrSchemaNewer when the database is ahead of
// this binary, and the failing step's error otherwise (that step rolled
// back; earlier steps stay applied).
func (s *Store) Migrate(ctx context.Context) error {
	for _, step := range migrations {
		applied, err := s.applyStep(ctx, step)
		if err != nil {
			return fmt.Errorf("model: migrate: step %d (%s): %w", step.Version, step.Name, err)
		}
		if applied {
			s.log.Info("migrated the database", "version", step.Version, "step", step.Name)
		}
	}
	v, err := s.SchemaVersionOf(ctx)
	if err != nil {
		return fmt.Errorf("model: migrate: %w", err)
	}
	if v > SchemaVersion() {
		return fmt.Errorf("model: migrate: database version %d, this program knows up to %d: %w; run the newer release (or restore a backup made by this one)",
			v, SchemaVersion(), ErrSchemaNewer)
	}
	return nil
}

// SchemaVersionOf returns the database's schema version: 0 for an empty
// database or one made before versioned migrations.
func (s *Store) SchemaVersionOf(ctx context.Context) (int, error) {
	return currentVersion(s.db.WithContext(ctx))
}

func currentVersion(tx *gorm.DB) (int, error) {
	if !tx.Migrator().HasTable("schema_migrations") {
		return 0, nil
	}
	var v *int
	if err := tx.Raw("SELECT MAX(version) FROM schema_migrations").Scan(&v).Error; err != nil {
		return 0, err
	}
	if v == nil {
		return 0, nil
	}
	return *v, nil
}

// applyStep runs step in one transaction unless the database already has
// it; it reports whether it ran.
func (s *Store) applyStep(ctx context.Context, step migration) (applied bool, err error) {
	run := func(db *gorm.DB) error {
		return db.Transaction(func(tx *gorm.DB) error {
			if err := s.lockInstallation(tx); err != nil {
				return err
			}
			if err := tx.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at ` +
				map[bool]string{true: "TIMESTAMPTZ", false: "DATETIME"}[s.postgres] + ` NOT NULL)`).Error; err != nil {
				return err
			}
			v, err := currentVersion(tx)
			if err != nil {
				return err
			}
			if v > SchemaVersion() {
				return fmt.Errorf("database version %d, this program knows up to %d: %w; run the newer release (or restore a backup made by this one)",
					v, SchemaVersion(), ErrSchemaNewer)
			}
			if v >= step.Version {
				return nil
			}
			if v != step.Version-1 {
				return fmt.Errorf("database is at version %d, step %d cannot follow it", v, step.Version)
			}
			if step.Version == 1 && tx.Migrator().HasTable("partners") {
				// Made before versioning: baseline it.
				if err := checkBaseline(tx, s.postgres); err != nil {
					return err
				}
			} else if err := step.Up(Migrator{Tx: tx, Postgres: s.postgres}); err != nil {
				return err
			}
			if step.RebuildsTables && !s.postgres {
				var bad []map[string]any
				if err := tx.Raw("PRAGMA foreign_key_check").Scan(&bad).Error; err != nil {
					return err
				}
				if len(bad) > 0 {
					return fmt.Errorf("foreign key check failed after the step: %v", bad)
				}
			}
			applied = true
			return tx.Create(&schemaMigration{Version: step.Version, Name: step.Name, AppliedAt: time.Now().UTC()}).Error
		})
	}
	db := s.db.WithContext(ctx)
	if step.RebuildsTables && !s.postgres {
		// PRAGMA foreign_keys is a no-op inside a transaction: switch it off
		// on one pooled connection around the step's transaction.
		err = db.Connection(func(conn *gorm.DB) error {
			if err := conn.Exec("PRAGMA foreign_keys = OFF").Error; err != nil {
				return err
			}
			defer conn.Exec("PRAGMA foreign_keys = ON")
			return run(conn)
		})
	} else {
		err = run(db)
	}
	return applied, err
}

// checkBaseline verifies that a database made before versioning has every
// table and column of step 1; a database older than commit a055a54 misses
// some and must first be started once by that release.
func checkBaseline(tx *gorm.DB, postgres bool) error {
	var missing []string
	tables := make([]string, 0, len(schemaV1Columns))
	for t := range schemaV1Columns {
		tables = append(tables, t)
	}
	sort.Strings(tables)
	for _, t := range tables {
		if !tx.Migrator().HasTable(t) {
			missing = append(missing, t)
			continue
		}
		types, err := tx.Migrator().ColumnTypes(t)
		if err != nil {
			return err
		}
		have := map[string]bool{}
		for _, c := range types {
			have[c.Name()] = true
		}
		for _, c := range strings.Fields(schemaV1Columns[t]) {
			if !have[c] {
				missing = append(missing, t+"."+c)
			}
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("the database predates versioned migrations and lacks %s; start it once with the release of commit a055a54, then with this one",
			strings.Join(missing, ", "))
	}
	return nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

// schemaV1Columns are the columns of step 1, per table.
var schemaV1Columns = map[string]string{
	"partners":            "id version created_at updated_at name_en name_zh name_local kind country admin_area timezone website notes",
	"partnerships":        "id version created_at updated_at partner_id local_party type status established_on est_year est_key ended_on confidence sources notes",
	"partnership_changes": "id partnership_id effective_on status type note actor recorded_at",
	"commemorations":      "id version created_at updated_at title_en title_zh date date_year date_key country partner_id confidence sources notes",
	"events":              "id version created_at updated_at title_en title_zh kind status format start_date end_date span_start span_end long_span start_time timezone location organizer description participants plan_id sources",
	"event_partners":      "event_id partner_id",
	"audit_records":       "id at actor action entity entity_id before after",
	"settings":            "key value",
	"tokens":              "id name role hash created_at revoked_at last_used_at",
	"feeds":               "id name hash partner_id country created_by created_at revoked_at",
	"plans":               "id version created_at updated_at template year status partnership_id anchor_date title_en title_zh warnings items",
}

// schemaV1SQLite is what GORM's AutoMigrate made on SQLite at commit a055a54.
var schemaV1SQLite = []string{
	"CREATE TABLE `partners` (`id` integer PRIMARY KEY AUTOINCREMENT,`version` integer NOT NULL DEFAULT 1,`created_at` datetime NOT NULL,`updated_at` datetime NOT NULL,`name_en` text NOT NULL,`name_zh` text NOT NULL DEFAULT \"\",`name_local` text NOT NULL DEFAULT \"\",`kind` text NOT NULL,`country` text NOT NULL DEFAULT \"\",`admin_area` text NOT NULL DEFAULT \"\",`timezone` text NOT NULL DEFAULT \"\",`website` text NOT NULL DEFAULT \"\",`notes` text NOT NULL DEFAULT \"\")",
	"CREATE INDEX `idx_partners_kind` ON `partners`(`kind`)",
	"CREATE UNIQUE INDEX `ux_partners_name_country` ON `partners`(`country`,`name_en`)",
	"CREATE TABLE `partnerships` (`id` integer PRIMARY KEY AUTOINCREMENT,`version` integer NOT NULL DEFAULT 1,`created_at` datetime NOT NULL,`updated_at` datetime NOT NULL,`partner_id` integer NOT NULL,`local_party` text NOT NULL,`type` text NOT NULL,`status` text NOT NULL,`established_on` varchar(10),`est_year` integer NOT NULL DEFAULT 0,`est_key` integer NOT NULL DEFAULT 0,`ended_on` varchar(10),`confidence` text NOT NULL,`sources` text,`notes` text NOT NULL DEFAULT \"\",CONSTRAINT `fk_partnerships_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON DELETE RESTRICT)",
	"CREATE INDEX `ix_partnerships_anniv` ON `partnerships`(`status`,`est_key`,`est_year`)",
	"CREATE INDEX `idx_partnerships_status` ON `partnerships`(`status`)",
	"CREATE INDEX `idx_partnerships_type` ON `partnerships`(`type`)",
	"CREATE UNIQUE INDEX `ux_partnerships_pair` ON `partnerships`(`local_party`,`partner_id`)",
	"CREATE INDEX `idx_partnerships_partner_id` ON `partnerships`(`partner_id`)",
	"CREATE TABLE `partnership_changes` (`id` integer PRIMARY KEY AUTOINCREMENT,`partnership_id` integer NOT NULL,`effective_on` varchar(10),`status` text NOT NULL,`type` text NOT NULL,`note` text NOT NULL DEFAULT \"\",`actor` text NOT NULL DEFAULT \"\",`recorded_at` datetime NOT NULL,CONSTRAINT `fk_partnership_changes_partnership` FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON DELETE CASCADE)",
	"CREATE INDEX `idx_partnership_changes_partnership_id` ON `partnership_changes`(`partnership_id`)",
	"CREATE TABLE `commemorations` (`id` integer PRIMARY KEY AUTOINCREMENT,`version` integer NOT NULL DEFAULT 1,`created_at` datetime NOT NULL,`updated_at` datetime NOT NULL,`title_en` text NOT NULL,`title_zh` text NOT NULL DEFAULT \"\",`date` varchar(10) NOT NULL,`date_year` integer NOT NULL DEFAULT 0,`date_key` integer NOT NULL DEFAULT 0,`country` text NOT NULL DEFAULT \"\",`partner_id` integer,`confidence` text NOT NULL DEFAULT \"confirmed\",`sources` text,`notes` text NOT NULL DEFAULT \"\",CONSTRAINT `fk_commemorations_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON DELETE RESTRICT)",
	"CREATE INDEX `idx_commemorations_partner_id` ON `commemorations`(`partner_id`)",
	"CREATE INDEX `idx_commemorations_country` ON `commemorations`(`country`)",
	"CREATE INDEX `ix_commemorations_anniv` ON `commemorations`(`date_key`,`date_year`)",
	"CREATE TABLE `events` (`id` integer PRIMARY KEY AUTOINCREMENT,`version` integer NOT NULL DEFAULT 1,`created_at` datetime NOT NULL,`updated_at` datetime NOT NULL,`title_en` text NOT NULL DEFAULT \"\",`title_zh` text NOT NULL DEFAULT \"\",`kind` text NOT NULL,`status` text NOT NULL,`format` text NOT NULL,`start_date` varchar(10) NOT NULL,`end_date` varchar(10),`span_start` text NOT NULL,`span_end` text NOT NULL,`long_span` numeric NOT NULL DEFAULT false,`start_time` text NOT NULL DEFAULT \"\",`timezone` text NOT NULL DEFAULT \"\",`location` text NOT NULL DEFAULT \"\",`organizer` text NOT NULL DEFAULT \"\",`description` text NOT NULL DEFAULT \"\",`participants` integer,`plan_id` integer,`sources` text)",
	"CREATE INDEX `idx_events_plan_id` ON `events`(`plan_id`)",
	"CREATE INDEX `ix_events_long_span` ON `events`(`long_span`,`span_start`,`span_end`)",
	"CREATE INDEX `ix_events_span` ON `events`(`span_start`,`span_end`)",
	"CREATE INDEX `idx_events_status` ON `events`(`status`)",
	"CREATE INDEX `idx_events_kind` ON `events`(`kind`)",
	"CREATE TABLE `event_partners` (`event_id` integer,`partner_id` integer,PRIMARY KEY (`event_id`,`partner_id`),CONSTRAINT `fk_event_partners_event` FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON DELETE CASCADE,CONSTRAINT `fk_event_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON DELETE RESTRICT)",
	"CREATE INDEX `idx_event_partners_partner_id` ON `event_partners`(`partner_id`)",
	"CREATE TABLE `audit_records` (`id` integer PRIMARY KEY AUTOINCREMENT,`at` datetime NOT NULL,`actor` text NOT NULL,`action` text NOT NULL,`entity` text NOT NULL,`entity_id` integer NOT NULL,`before` text NOT NULL DEFAULT \"{}\",`after` text NOT NULL DEFAULT \"{}\")",
	"CREATE INDEX `ix_audit_entity` ON `audit_records`(`entity`,`entity_id`)",
	"CREATE INDEX `idx_audit_records_at` ON `audit_records`(`at`)",
	"CREATE TABLE `settings` (`key` text,`value` text NOT NULL,PRIMARY KEY (`key`))",
	"CREATE TABLE `tokens` (`id` integer PRIMARY KEY AUTOINCREMENT,`name` text NOT NULL,`role` text NOT NULL,`hash` text NOT NULL,`created_at` datetime NOT NULL,`revoked_at` datetime,`last_used_at` datetime)",
	"CREATE UNIQUE INDEX `idx_tokens_hash` ON `tokens`(`hash`)",
	"CREATE UNIQUE INDEX `idx_tokens_name` ON `tokens`(`name`)",
	"CREATE TABLE `feeds` (`id` integer PRIMARY KEY AUTOINCREMENT,`name` text NOT NULL,`hash` text NOT NULL,`partner_id` integer,`country` text NOT NULL DEFAULT \"\",`created_by` text NOT NULL DEFAULT \"\",`created_at` datetime NOT NULL,`revoked_at` datetime)",
	"CREATE UNIQUE INDEX `idx_feeds_hash` ON `feeds`(`hash`)",
	"CREATE TABLE `plans` (`id` integer PRIMARY KEY AUTOINCREMENT,`version` integer NOT NULL DEFAULT 1,`created_at` datetime NOT NULL,`updated_at` datetime NOT NULL,`template` text NOT NULL,`year` integer NOT NULL,`status` text NOT NULL,`partnership_id` integer,`anchor_date` varchar(10),`title_en` text NOT NULL DEFAULT \"\",`title_zh` text NOT NULL DEFAULT \"\",`warnings` text,`items` text)",
	"CREATE INDEX `idx_plans_partnership_id` ON `plans`(`partnership_id`)",
	"CREATE INDEX `idx_plans_status` ON `plans`(`status`)",
	"CREATE INDEX `idx_plans_year` ON `plans`(`year`)",
}

// pgMetaColumns are the PostgreSQL columns of Meta (id, version and the two
// timestamps) as AutoMigrate wrote them, first in every versioned table.
const pgMetaColumns = `    id bigserial PRIMARY KEY,
    version bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
`

// schemaV1Postgres is what GORM's AutoMigrate made on PostgreSQL at commit
// a055a54 (bigserial makes the same <table>_id_seq sequences and defaults).
var schemaV1Postgres = []string{
	`CREATE TABLE partners (
` + pgMetaColumns + `    name_en character varying(200) NOT NULL,
    name_zh character varying(200) DEFAULT '' NOT NULL,
    name_local character varying(200) DEFAULT '' NOT NULL,
    kind character varying(20) NOT NULL,
    country character varying(2) DEFAULT '' NOT NULL,
    admin_area character varying(200) DEFAULT '' NOT NULL,
    timezone character varying(64) DEFAULT '' NOT NULL,
    website character varying(2000) DEFAULT '' NOT NULL,
    notes text DEFAULT '' NOT NULL)`,
	`CREATE INDEX idx_partners_kind ON partners (kind)`,
	`CREATE UNIQUE INDEX ux_partners_name_country ON partners (country, name_en)`,
	`CREATE TABLE partnerships (
` + pgMetaColumns + `    partner_id bigint NOT NULL,
    local_party character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    established_on character varying(10),
    est_year bigint DEFAULT 0 NOT NULL,
    est_key bigint DEFAULT 0 NOT NULL,
    ended_on character varying(10),
    confidence character varying(20) NOT NULL,
    sources text,
    notes text DEFAULT '' NOT NULL,
    CONSTRAINT fk_partnerships_partner FOREIGN KEY (partner_id) REFERENCES partners(id) ON DELETE RESTRICT)`,
	`CREATE INDEX ix_partnerships_anniv ON partnerships (status, est_key, est_year)`,
	`CREATE INDEX idx_partnerships_status ON partnerships (status)`,
	`CREATE INDEX idx_partnerships_type ON partnerships (type)`,
	`CREATE UNIQUE INDEX ux_partnerships_pair ON partnerships (local_party, partner_id)`,
	`CREATE INDEX idx_partnerships_partner_id ON partnerships (partner_id)`,
	`CREATE TABLE partnership_changes (
    id bigserial PRIMARY KEY,
    partnership_id bigint NOT NULL,
    effective_on character varying(10),
    status character varying(20) NOT NULL,
    type character varying(20) NOT NULL,
    note text DEFAULT '' NOT NULL,
    actor character varying(200) DEFAULT '' NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT fk_partnership_changes_partnership FOREIGN KEY (partnership_id) REFERENCES partnerships(id) ON DELETE CASCADE)`,
	`CREATE INDEX idx_partnership_changes_partnership_id ON partnership_changes (partnership_id)`,
	`CREATE TABLE commemorations (
` + pgMetaColumns + `    title_en character varying(300) NOT NULL,
    title_zh character varying(300) DEFAULT '' NOT NULL,
    date character varying(10) NOT NULL,
    date_year bigint DEFAULT 0 NOT NULL,
    date_key bigint DEFAULT 0 NOT NULL,
    country character varying(2) DEFAULT '' NOT NULL,
    partner_id bigint,
    confidence character varying(20) DEFAULT 'confirmed' NOT NULL,
    sources text,
    notes text DEFAULT '' NOT NULL,
    CONSTRAINT fk_commemorations_partner FOREIGN KEY (partner_id) REFERENCES partners(id) ON DELETE RESTRICT)`,
	`CREATE INDEX idx_commemorations_partner_id ON commemorations (partner_id)`,
	`CREATE INDEX idx_commemorations_country ON commemorations (country)`,
	`CREATE INDEX ix_commemorations_anniv ON commemorations (date_key, date_year)`,
	`CREATE TABLE events (
` + pgMetaColumns + `    title_en character varying(300) DEFAULT '' NOT NULL,
    title_zh character varying(300) DEFAULT '' NOT NULL,
    kind character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    format character varying(20) NOT NULL,
    start_date character varying(10) NOT NULL,
    end_date character varying(10),
    span_start character varying(10) NOT NULL,
    span_end character varying(10) NOT NULL,
    long_span boolean DEFAULT false NOT NULL,
    start_time character varying(5) DEFAULT '' NOT NULL,
    timezone character varying(64) DEFAULT '' NOT NULL,
    location character varying(300) DEFAULT '' NOT NULL,
    organizer character varying(300) DEFAULT '' NOT NULL,
    description text DEFAULT '' NOT NULL,
    participants bigint,
    plan_id bigint,
    sources text)`,
	`CREATE INDEX idx_events_plan_id ON events (plan_id)`,
	`CREATE INDEX ix_events_long_span ON events (long_span, span_start, span_end)`,
	`CREATE INDEX ix_events_span ON events (span_start, span_end)`,
	`CREATE INDEX idx_events_status ON events (status)`,
	`CREATE INDEX idx_events_kind ON events (kind)`,
	`CREATE TABLE event_partners (
    event_id bigint NOT NULL,
    partner_id bigint NOT NULL,
    PRIMARY KEY (event_id, partner_id),
    CONSTRAINT fk_event_partners_event FOREIGN KEY (event_id) REFERENCES events(id) ON DELETE CASCADE,
    CONSTRAINT fk_event_partners_partner FOREIGN KEY (partner_id) REFERENCES partners(id) ON DELETE RESTRICT)`,
	`CREATE INDEX idx_event_partners_partner_id ON event_partners (partner_id)`,
	`CREATE TABLE audit_records (
    id bigserial PRIMARY KEY,
    at timestamp with time zone NOT NULL,
    actor character varying(200) NOT NULL,
    action character varying(10) NOT NULL,
    entity character varying(40) NOT NULL,
    entity_id bigint NOT NULL,
    before text DEFAULT '{}' NOT NULL,
    after text DEFAULT '{}' NOT NULL)`,
	`CREATE INDEX ix_audit_entity ON audit_records (entity, entity_id)`,
	`CREATE INDEX idx_audit_records_at ON audit_records (at)`,
	`CREATE TABLE settings (
    key character varying(100) PRIMARY KEY,
    value text NOT NULL)`,
	`CREATE TABLE tokens (
    id bigserial PRIMARY KEY,
    name character varying(200) NOT NULL,
    role character varying(20) NOT NULL,
    hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone)`,
	`CREATE UNIQUE INDEX idx_tokens_hash ON tokens (hash)`,
	`CREATE UNIQUE INDEX idx_tokens_name ON tokens (name)`,
	`CREATE TABLE feeds (
    id bigserial PRIMARY KEY,
    name character varying(200) NOT NULL,
    hash character varying(64) NOT NULL,
    partner_id bigint,
    country character varying(2) DEFAULT '' NOT NULL,
    created_by character varying(200) DEFAULT '' NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone)`,
	`CREATE UNIQUE INDEX idx_feeds_hash ON feeds (hash)`,
	`CREATE TABLE plans (
` + pgMetaColumns + `    template character varying(40) NOT NULL,
    year bigint NOT NULL,
    status character varying(20) NOT NULL,
    partnership_id bigint,
    anchor_date character varying(10),
    title_en character varying(300) DEFAULT '' NOT NULL,
    title_zh character varying(300) DEFAULT '' NOT NULL,
    warnings text,
    items text)`,
	`CREATE INDEX idx_plans_partnership_id ON plans (partnership_id)`,
	`CREATE INDEX idx_plans_status ON plans (status)`,
	`CREATE INDEX idx_plans_year ON plans (year)`,
}
