package model

import (
	"context"

	"gorm.io/gorm"
)

// CommemorationFilter selects commemorations.
type CommemorationFilter struct {
	Country   string
	PartnerID int64
	Q         string
	Page
}

// CreateCommemoration validates and stores c. It returns KindInvalid
// (including an unknown partner_id).
func (s *Store) CreateCommemoration(ctx context.Context, c *Commemoration) error {
	return create(ctx, s, "commemoration", c, func(tx *gorm.DB) error {
		if c.PartnerID != nil {
			return requirePartner(tx, "partner_id", *c.PartnerID)
		}
		return nil
	}, nil)
}

// GetCommemoration returns commemoration id, or KindNotFound.
func (s *Store) GetCommemoration(ctx context.Context, id int64) (*Commemoration, error) {
	return get[Commemoration](s.db.WithContext(ctx), "commemoration", id)
}

// ListCommemorations returns one page ordered by id, and the total.
func (s *Store) ListCommemorations(ctx context.Context, f CommemorationFilter) ([]Commemoration, int64, error) {
	q := whereSet(s.db.WithContext(ctx).Model(&Commemoration{}), eq{"country", f.Country}, eq{"partner_id", f.PartnerID})
	if f.Q != "" {
		q = likeAny(q, f.Q, "title_en", "title_zh")
	}
	return page[Commemoration](q, f.Page, "id")
}

// UpdateCommemoration applies change in one transaction. It returns
// KindNotFound, KindPrecondition or KindInvalid.
func (s *Store) UpdateCommemoration(ctx context.Context, id int64, expected *int, change func(*Commemoration) error) (*Commemoration, error) {
	return update(ctx, s, "commemoration", id, expected, change, hooks[Commemoration]{
		beforeWrite: func(tx *gorm.DB, before, after *Commemoration) error {
			if after.PartnerID != nil {
				return requirePartner(tx, "partner_id", *after.PartnerID)
			}
			return nil
		},
	})
}

// DeleteCommemoration removes commemoration id.
func (s *Store) DeleteCommemoration(ctx context.Context, id int64, expected *int) error {
	return remove(ctx, s, "commemoration", id, expected, hooks[Commemoration]{})
}
