package model

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Feed is a subscribable iCalendar feed behind a secret token (kept only
// as a hash), optionally narrowed to one partner or country.
type Feed struct {
	ID        int64      `gorm:"primaryKey"`
	Name      string     `gorm:"size:200;not null"`
	Hash      string     `gorm:"size:64;not null;uniqueIndex"`
	PartnerID *int64     `gorm:""`
	Country   string     `gorm:"size:2;not null;default:''"`
	CreatedBy string     `gorm:"size:200;not null;default:''"`
	CreatedAt time.Time  `gorm:"not null"`
	RevokedAt *time.Time `gorm:""`
}

// CreateFeed makes a feed and returns its secret token (shown once). It
// returns KindInvalid for a bad name, partner or country.
func (s *Store) CreateFeed(ctx context.Context, f *Feed) (string, error) {
	var p Problems
	checkText(&p, "name", f.Name, MaxName, true, true)
	if f.Country != "" && !ValidCountry(f.Country) {
		p.Add("country", "%q is not an assigned ISO 3166-1 alpha-2 code (upper case)", f.Country)
	}
	if err := p.Err(); err != nil {
		return "", err
	}
	if f.PartnerID != nil {
		if err := requirePartner(s.db.WithContext(ctx), "partner_id", *f.PartnerID); err != nil {
			return "", translate(err)
		}
	}
	secret, hash, err := newSecret(feedPrefix)
	if err != nil {
		return "", err
	}
	f.Hash, f.CreatedBy, f.CreatedAt = hash, Actor(ctx), s.now()
	err = s.transaction(ctx, func(tx *gorm.DB) error {
		if err := tx.Create(f).Error; err != nil {
			return err
		}
		return writeAuditFields(ctx, tx, "create", "feed", f.ID, nil, map[string]any{"name": f.Name, "partner_id": f.PartnerID, "country": f.Country})
	})
	return secret, err
}

// FeedByToken returns the live feed of a secret, or KindNotFound (a wrong
// or revoked token reveals nothing more).
func (s *Store) FeedByToken(ctx context.Context, secret string) (*Feed, error) {
	return lookupSecret[Feed](ctx, s.db, feedPrefix, secret, Errorf(KindNotFound, "no such feed"))
}

// ListFeeds returns every feed, newest first.
func (s *Store) ListFeeds(ctx context.Context) ([]Feed, error) {
	out := []Feed{}
	err := s.db.WithContext(ctx).Order("id DESC").Find(&out).Error
	return out, translate(err)
}

// RevokeFeed revokes feed id; KindNotFound when there is no live feed id.
func (s *Store) RevokeFeed(ctx context.Context, id int64) error {
	return s.transaction(ctx, func(tx *gorm.DB) error {
		res := tx.Model(&Feed{}).Where("id = ? AND revoked_at IS NULL", id).Update("revoked_at", s.now())
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return Errorf(KindNotFound, "no live feed %d", id)
		}
		return writeAuditFields(ctx, tx, "delete", "feed", id, map[string]any{"revoked": false}, map[string]any{"revoked": true})
	})
}
