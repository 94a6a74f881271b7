package model

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// PartnerFilter selects partners.
type PartnerFilter struct {
	Country, Kind, Q string
	Page
}

// CreatePartner validates and stores p. It returns KindInvalid for broken
// rules and KindConflict when a partner of that name exists in that country.
func (s *Store) CreatePartner(ctx context.Context, p *Partner) error {
	return create(ctx, s, "partner", p, nil, nil)
}

// GetPartner returns partner id, or KindNotFound.
func (s *Store) GetPartner(ctx context.Context, id int64) (*Partner, error) {
	return get[Partner](s.db.WithContext(ctx), "partner", id)
}

// ListPartners returns one page of partners ordered by id, and the total.
func (s *Store) ListPartners(ctx context.Context, f PartnerFilter) ([]Partner, int64, error) {
	q := whereSet(s.db.WithContext(ctx).Model(&Partner{}), eq{"country", f.Country}, eq{"kind", f.Kind})
	if f.Q != "" {
		q = likeAny(q, f.Q, "name_en", "name_zh", "name_local")
	}
	return page[Partner](q, f.Page, "id")
}

// page counts q and returns one page of it in the given order.
func page[T any](q *gorm.DB, p Page, order string) ([]T, int64, error) {
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, translate(err)
	}
	out := []T{}
	err := q.Order(order).Limit(p.Limit).Offset(p.Offset).Find(&out).Error
	return out, total, translate(err)
}

// UpdatePartner applies change to partner id (If-Match version expected,
// nil when absent). It returns KindNotFound, KindPrecondition, KindInvalid
// or KindConflict.
func (s *Store) UpdatePartner(ctx context.Context, id int64, expected *int, change func(*Partner) error) (*Partner, error) {
	return update(ctx, s, "partner", id, expected, change, hooks[Partner]{})
}

// DeletePartner removes partner id. It returns KindConflict while a
// partnership, event or commemoration refers to it.
func (s *Store) DeletePartner(ctx context.Context, id int64, expected *int) error {
	return remove(ctx, s, "partner", id, expected, hooks[Partner]{
		beforeWrite: func(tx *gorm.DB, _, _ *Partner) error {
			var refs []string
			for _, r := range []struct {
				model any
				name  string
			}{{&Partnership{}, "partnerships"}, {&EventPartner{}, "events"}, {&Commemoration{}, "commemorations"}} {
				var n int64
				if err := tx.Model(r.model).Where("partner_id = ?", id).Count(&n).Error; err != nil {
					return err
				}
				if n > 0 {
					refs = append(refs, fmt.Sprintf("%d %s", n, r.name))
				}
			}
			if len(refs) > 0 {
				return Errorf(KindConflict, "partner %d is still referenced by %s; delete or re-link those first", id, strings.Join(refs, ", "))
			}
			return s.refuseIfDraftsRefer(tx, "partner", id)
		},
	})
}
