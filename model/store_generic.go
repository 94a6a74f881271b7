package model

import (
	"context"
	"reflect"
	"strings"

	"gorm.io/gorm"
)

// entity is what the generic update and delete helpers need of a stored type.
type entity[T any] interface {
	*T
	meta() *Meta
	prepare(s *Store) // fill defaults and derived columns
	Validate() error
}

func (m *Meta) meta() *Meta { return m }

func (p *Partner) prepare(*Store)       { p.Normalize() }
func (p *Partnership) prepare(s *Store) { p.Normalize(s.home.City) }
func (c *Commemoration) prepare(*Store) { c.Normalize() }
func (e *Event) prepare(*Store)         { e.Normalize() }

// hooks let one resource add checks and side effects to the generic
// update and delete, inside their transaction.
type hooks[T any] struct {
	load        func(tx *gorm.DB, v *T) error // after loading (e.g. event partner ids)
	beforeWrite func(tx *gorm.DB, before, after *T) error
	afterWrite  func(tx *gorm.DB, before, after *T) error
}

// update loads row id of type T, checks the If-Match version, applies
// change, validates and writes it with the version bumped, and audits —
// all in one transaction. A change that changes no field writes nothing
// and returns the current state, version unchanged. It returns the new
// state, or KindNotFound, KindPrecondition, KindInvalid or KindConflict.
func update[T any, PT entity[T]](ctx context.Context, s *Store, name string, id int64, expected *int,
	change func(PT) error, h hooks[T]) (*T, error) {
	var out T
	err := s.transaction(ctx, func(tx *gorm.DB) error {
		var before T
		if err := loadVersion[T, PT](tx, &before, name, id, expected, h); err != nil {
			return err
		}
		after := before
		if err := change(PT(&after)); err != nil {
			return err
		}
		PT(&after).prepare(s)
		if unchanged(tx, PT(&before), PT(&after)) {
			// A no-op PATCH writes nothing: the version, updated_at
			// and everyone's If-Match stay as they are.
			out = before
			return nil
		}
		if err := PT(&after).Validate(); err != nil {
			return err
		}
		if h.beforeWrite != nil {
			if err := h.beforeWrite(tx, &before, &after); err != nil {
				return err
			}
		}
		old := PT(&before).meta().Version
		if err := updateVersioned(tx, PT(&after), id, old, &PT(&after).meta().Version); err != nil {
			return err
		}
		if h.afterWrite != nil {
			if err := h.afterWrite(tx, &before, &after); err != nil {
				return err
			}
		}
		if err := adjustStats(tx, PT(&before), PT(&after)); err != nil {
			return err
		}
		out = after
		return writeAudit(ctx, tx, "update", name, id, PT(&before), PT(&after))
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// loadVersion loads row id of type T into v, runs h.load and checks the
// If-Match version: the start of update and remove.
func loadVersion[T any, PT entity[T]](tx *gorm.DB, v *T, name string, id int64, expected *int, h hooks[T]) error {
	if err := first(tx, v, name, id); err != nil {
		return err
	}
	if h.load != nil {
		if err := h.load(tx, v); err != nil {
			return err
		}
	}
	return checkVersion(expected, PT(v).meta().Version)
}

// remove deletes row id of type T after the If-Match check and the
// resource's own checks (h.beforeWrite with after nil), and audits it.
func remove[T any, PT entity[T]](ctx context.Context, s *Store, name string, id int64, expected *int, h hooks[T]) error {
	return s.transaction(ctx, func(tx *gorm.DB) error {
		var v T
		if err := loadVersion[T, PT](tx, &v, name, id, expected, h); err != nil {
			return err
		}
		if h.beforeWrite != nil {
			if err := h.beforeWrite(tx, &v, nil); err != nil {
				return err
			}
		}
		if err := tx.Delete(PT(new(T)), id).Error; err != nil {
			return err
		}
		if err := adjustStats(tx, PT(&v), nil); err != nil {
			return err
		}
		return writeAudit(ctx, tx, "delete", name, id, PT(&v), nil)
	})
}

// create validates v and inserts it with version 1 and an audit record,
// running check before and after (either may be nil) inside the same
// transaction.
func create[T any, PT entity[T]](ctx context.Context, s *Store, name string, v PT, check, after func(tx *gorm.DB) error) error {
	v.prepare(s)
	if err := v.Validate(); err != nil {
		return err
	}
	return s.transaction(ctx, func(tx *gorm.DB) error {
		if check != nil {
			if err := check(tx); err != nil {
				return err
			}
		}
		if err := insertTx(ctx, s, tx, name, v); err != nil {
			return err
		}
		if after != nil {
			return after(tx)
		}
		return nil
	})
}

// get loads row id of type T through db, or returns KindNotFound.
func get[T any](db *gorm.DB, entity string, id int64) (*T, error) {
	var v T
	if err := first(db, &v, entity, id); err != nil {
		return nil, translate(err)
	}
	return &v, nil
}

// eq is a condition of a list filter: "column = value", or "column IN
// value" when value is a slice.
type eq struct {
	col string
	val any
}

// whereSet narrows q by each condition whose value is set: not the zero
// value of its type ("" or 0), or a slice with entries.
func whereSet(q *gorm.DB, conds ...eq) *gorm.DB {
	for _, c := range conds {
		switch v := reflect.ValueOf(c.val); {
		case v.Kind() == reflect.Slice:
			if v.Len() > 0 {
				q = q.Where(c.col+" IN ?", c.val)
			}
		case !v.IsZero():
			q = q.Where(c.col+" = ?", c.val)
		}
	}
	return q
}

// sqlIn returns "?,?,…" with one placeholder per value, and the values as
// arguments, for a raw "IN (…)".
func sqlIn[T any](vals []T) (string, []any) {
	args := make([]any, len(vals))
	for i, v := range vals {
		args[i] = v
	}
	return strings.Repeat(",?", len(vals))[1:], args
}

// eventsLinked narrows q, a query on events, to the events with a partner
// in partnerIDs, with a partner of a country in countries, and with a tag
// in tags; an empty list sets no condition.
func eventsLinked(db, q *gorm.DB, partnerIDs []int64, countries, tags []string) *gorm.DB {
	sub := func() *gorm.DB { return db.Session(&gorm.Session{NewDB: true}) }
	if len(partnerIDs) > 0 {
		q = q.Where("id IN (?)", sub().Model(&EventPartner{}).Select("event_id").Where("partner_id IN ?", partnerIDs))
	}
	if len(countries) > 0 {
		q = q.Where("id IN (?)", sub().Table("event_partners").Select("event_partners.event_id").
			Joins("JOIN partners ON partners.id = event_partners.partner_id").Where("partners.country IN ?", countries))
	}
	if len(tags) > 0 {
		q = q.Where("id IN (?)", sub().Model(&EventTag{}).Select("event_id").Where("tag IN ?", tags))
	}
	return q
}

// listOf is the one-entry list of v, or nil when v is the zero value.
func listOf[T comparable](v T) []T {
	var zero T
	if v == zero {
		return nil
	}
	return []T{v}
}

// gormAssociations names the belongs-to fields GORM must not upsert.
func gormAssociations(v any) []string {
	switch v.(type) {
	case *Partnership, *Commemoration:
		return []string{"Partner"}
	}
	return nil
}

// Ver returns the version of a stored resource.
func (m *Meta) Ver() int { return m.Version }

// Ident returns the id of a stored resource.
func (m *Meta) Ident() int64 { return m.ID }

// Checkable is a stored type the store validates before writing: *Partner,
// *Partnership, *Commemoration, *Event, *Plan or *Target (the unexported
// method keeps every other type out at compile time).
type Checkable interface {
	checkCopy(s *Store) error
}

// Check validates a copy of v as the store would before writing it, so
// that a handler can report every failing field at once. It returns
// KindInvalid listing them.
func (s *Store) Check(v Checkable) error { return v.checkCopy(s) }

func (p *Partner) checkCopy(s *Store) error       { return checkCopy(s, p) }
func (p *Partnership) checkCopy(s *Store) error   { return checkCopy(s, p) }
func (c *Commemoration) checkCopy(s *Store) error { return checkCopy(s, c) }
func (e *Event) checkCopy(s *Store) error         { return checkCopy(s, e) }
func (p *Plan) checkCopy(s *Store) error          { return checkCopy(s, p) }
func (t *Target) checkCopy(s *Store) error        { return checkCopy(s, t) }

// checkCopy prepares and validates a copy of v, leaving v as it is.
func checkCopy[T any, PT entity[T]](s *Store, v PT) error {
	c := *v
	PT(&c).prepare(s)
	return PT(&c).Validate()
}

// insertTx validates v and inserts it inside tx with version 1 and an
// audit record.
func insertTx[T any, PT entity[T]](ctx context.Context, s *Store, tx *gorm.DB, name string, v PT) error {
	v.prepare(s)
	if err := v.Validate(); err != nil {
		return err
	}
	v.meta().Version = 1
	if err := tx.Omit(gormAssociations(v)...).Create(v).Error; err != nil {
		return err
	}
	if err := adjustStats(tx, nil, v); err != nil {
		return err
	}
	return writeAudit(ctx, tx, "create", name, v.meta().ID, nil, v)
}
