package model

import (
	"context"

	"gorm.io/gorm"
)

// Test hooks for the external tests of this package.

// MigrationStep is a migration step a test may run on its own database.
type MigrationStep = migration

// ApplyStep runs one migration step as Migrate would.
func (s *Store) ApplyStep(ctx context.Context, step MigrationStep) (bool, error) {
	return s.applyStep(ctx, step)
}

// SchemaV1Columns are step 1's columns per table.
var SchemaV1Columns = schemaV1Columns

// DB is the store's handle, for this package's external tests only: the
// exported API keeps GORM inside the store.
func (s *Store) DB() *gorm.DB { return s.db }
