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

// setting returns the value of key inside tx and whether it is set.
func setting(tx *gorm.DB, key string) (string, bool, error) {
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

// Setting returns the value of key and whether it is set.
func (s *Store) Setting(ctx context.Context, key string) (string, bool, error) {
	return setting(s.db.WithContext(ctx), key)
}

// Record is what a Loader inserts: *Partner, *Partnership, *Commemoration,
// *Event or *Target (the unexported method keeps other types out).
type Record interface {
	insert(l *Loader) error
}

func (p *Partner) insert(l *Loader) error     { return insertTx(l.ctx, l.s, l.tx, "partner", p) }
func (p *Partnership) insert(l *Loader) error { return insertTx(l.ctx, l.s, l.tx, "partnership", p) }
func (c *Commemoration) insert(l *Loader) error {
	return insertTx(l.ctx, l.s, l.tx, "commemoration", c)
}
func (t *Target) insert(l *Loader) error { return insertTx(l.ctx, l.s, l.tx, "target", t) }
func (e *Event) insert(l *Loader) error {
	e.PartnerIDs = dedupe(e.PartnerIDs)
	return l.s.createEventTx(l.ctx, l.tx, e)
}

// Loader inserts records inside LoadOnce's transaction.
type Loader struct {
	ctx context.Context
	s   *Store
	tx  *gorm.DB
}

// Insert validates r and inserts it with an audit record, as a create
// would. It returns KindInvalid or KindConflict as Create* do.
func (l *Loader) Insert(r Record) error { return r.insert(l) }

// AddPartnershipChanges appends history entries as given (the seed's
// sourced history); it does not touch the partnership itself.
func (l *Loader) AddPartnershipChanges(changes []PartnershipChange) error {
	if len(changes) == 0 {
		return nil
	}
	for i := range changes {
		if changes[i].RecordedAt.IsZero() {
			changes[i].RecordedAt = l.s.now()
		}
	}
	return l.tx.Create(&changes).Error
}

// LoadOnce runs load in one transaction, under the installation lock,
// unless setting key is already set; then it sets key to value in the same
// transaction. It reports whether load ran; any error rolls everything back.
func (s *Store) LoadOnce(ctx context.Context, key, value string, load func(*Loader) error) (bool, error) {
	ran := false
	err := s.transaction(ctx, func(tx *gorm.DB) error {
		if err := s.lockInstallation(tx); err != nil {
			return err
		}
		if _, done, err := setting(tx, key); err != nil || done {
			return err
		}
		if err := load(&Loader{ctx: ctx, s: s, tx: tx}); err != nil {
			return err
		}
		ran = true
		return tx.Save(&Setting{Key: key, Value: value}).Error
	})
	return ran && err == nil, err
}
