package model

import (
	"context"

	"gorm.io/gorm"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// PartnershipFilter selects partnerships.
type PartnershipFilter struct {
	PartnerID             int64
	Status, Type, Country string
	LocalParty            string
	Page
}

// requirePartner returns KindInvalid naming field when partner id does not exist.
func requirePartner(tx *gorm.DB, field string, id int64) error {
	var n int64
	if err := tx.Model(&Partner{}).Where("id = ?", id).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return &Error{Kind: KindInvalid, Message: "validation failed",
			Fields: []FieldError{NewFieldError(field, "partner %d does not exist", id)}}
	}
	return nil
}

// CreatePartnership validates and stores p with its first history entry.
// It returns KindInvalid (including an unknown partner_id) or KindConflict
// when the local party already has a partnership with that partner.
func (s *Store) CreatePartnership(ctx context.Context, p *Partnership) error {
	err := create(ctx, s, "partnership", p, func(tx *gorm.DB) error {
		return requirePartner(tx, "partner_id", p.PartnerID)
	}, func(tx *gorm.DB) error {
		// The first history entry: what the record says, as of its origin.
		return tx.Create(&PartnershipChange{PartnershipID: p.ID, EffectiveOn: p.EstablishedOn,
			Status: p.Status, Type: p.Type, Note: "recorded", Actor: Actor(ctx), RecordedAt: s.now()}).Error
	})
	if err != nil {
		return err
	}
	got, err := s.GetPartnership(ctx, p.ID)
	if err == nil {
		*p = *got
	}
	return err
}

// GetPartnership returns partnership id with its partner, or KindNotFound.
func (s *Store) GetPartnership(ctx context.Context, id int64) (*Partnership, error) {
	return get[Partnership](s.db.WithContext(ctx).Preload("Partner"), "partnership", id)
}

// ListPartnerships returns one page of partnerships ordered by id, and the total.
func (s *Store) ListPartnerships(ctx context.Context, f PartnershipFilter) ([]Partnership, int64, error) {
	q := whereSet(s.db.WithContext(ctx).Model(&Partnership{}), eq{"partnerships.partner_id", f.PartnerID},
		eq{"partnerships.status", f.Status}, eq{"partnerships.type", f.Type}, eq{"partnerships.local_party", f.LocalParty})
	if f.Country != "" {
		q = q.Where("partnerships.partner_id IN (?)", s.db.Model(&Partner{}).Select("id").Where("country = ?", f.Country))
	}
	return page[Partnership](q.Preload("Partner"), f.Page, "partnerships.id")
}

// UpdatePartnership applies change to partnership id in one transaction,
// appending a history entry when status or type changes. It returns
// KindNotFound, KindPrecondition, KindInvalid or KindConflict.
func (s *Store) UpdatePartnership(ctx context.Context, id int64, expected *int, change func(*Partnership) error) (*Partnership, error) {
	_, err := update(ctx, s, "partnership", id, expected, change, hooks[Partnership]{
		beforeWrite: func(tx *gorm.DB, before, after *Partnership) error {
			if after.PartnerID != before.PartnerID {
				return requirePartner(tx, "partner_id", after.PartnerID)
			}
			return nil
		},
		afterWrite: func(tx *gorm.DB, before, after *Partnership) error {
			if after.Status == before.Status && after.Type == before.Type {
				return nil
			}
			eff := pdate.FromTime(s.Today())
			if (after.Status == vocab.StatusEnded || after.Status == vocab.StatusSuspended) && !after.EndedOn.IsZero() {
				eff = after.EndedOn
			}
			return tx.Create(&PartnershipChange{PartnershipID: id, EffectiveOn: eff, Status: after.Status,
				Type: after.Type, Note: "changed from " + before.Status + " " + before.Type,
				Actor: Actor(ctx), RecordedAt: s.now()}).Error
		},
	})
	if err != nil {
		return nil, err
	}
	return s.GetPartnership(ctx, id)
}

// DeletePartnership removes partnership id and its history, and unlinks
// the adopted plans made for it. It returns KindConflict while a draft
// plan refers to it.
func (s *Store) DeletePartnership(ctx context.Context, id int64, expected *int) error {
	return remove(ctx, s, "partnership", id, expected, hooks[Partnership]{
		beforeWrite: func(tx *gorm.DB, _, _ *Partnership) error {
			if err := s.refuseIfDraftsRefer(tx, "partnership", id); err != nil {
				return err
			}
			if err := s.unlinkAdoptedPlans(ctx, tx, id); err != nil {
				return err
			}
			return tx.Where("partnership_id = ?", id).Delete(&PartnershipChange{}).Error
		},
	})
}

// PartnershipHistory returns one page of the dated status and type changes
// of partnership id, oldest first (in the order they were recorded), and
// their total; KindNotFound when there is no such partnership.
func (s *Store) PartnershipHistory(ctx context.Context, id int64, p Page) ([]PartnershipChange, int64, error) {
	if _, err := s.GetPartnership(ctx, id); err != nil {
		return nil, 0, err
	}
	return page[PartnershipChange](s.db.WithContext(ctx).Model(&PartnershipChange{}).Where("partnership_id = ?", id), p, "id")
}
