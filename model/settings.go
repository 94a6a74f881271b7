package model

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

// Setting is a key-value pair of the installation itself (e.g. whether the
// seed was loaded), so that a restart never repeats a one-time step.
type Setting struct {
	Key   string `gorm:"primaryKey;size:100"`
	Value string `gorm:"type:text;not null"`
}

// Setting returns the value of key and whether it is set.
func (s *Store) Setting(ctx context.Context, tx *gorm.DB, key string) (string, bool, error) {
	if tx == nil {
		tx = s.db.WithContext(ctx)
	}
	var st Setting
	err := tx.Where("key = ?", key).First(&st).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, translate(err)
	}
	return st.Value, true, nil
}

// SetSetting stores key = value inside tx.
func (s *Store) SetSetting(tx *gorm.DB, key, value string) error {
	return tx.Save(&Setting{Key: key, Value: value}).Error
}

// InsertTx validates v (a *Partner, *Partnership, *Commemoration or *Event)
// and inserts it inside tx with an audit record; the seed loader uses it
// to load everything in one transaction.
func (s *Store) InsertTx(ctx context.Context, tx *gorm.DB, v any) error {
	switch x := v.(type) {
	case *Partner:
		return insertTx(ctx, s, tx, "partner", x)
	case *Partnership:
		return insertTx(ctx, s, tx, "partnership", x)
	case *Commemoration:
		return insertTx(ctx, s, tx, "commemoration", x)
	case *Event:
		x.PartnerIDs = dedupe(x.PartnerIDs)
		return s.createEventTx(ctx, tx, x)
	case *Target:
		return insertTx(ctx, s, tx, "target", x)
	}
	return Errorf(KindInternal, "InsertTx: unsupported type %T", v)
}

func insertTx[T any, PT entity[T]](ctx context.Context, s *Store, tx *gorm.DB, name string, v PT) error {
	v.prepare(s)
	if err := v.Validate(); err != nil {
		return err
	}
	v.meta().Version = 1
	if err := tx.Omit(gormAssociations(v)...).Create(v).Error; err != nil {
		return err
	}
	return writeAudit(ctx, tx, "create", name, v.meta().ID, nil, v)
}
