package model

import (
	"context"
	"fmt"
	"slices"

	"github.com/youcheng/youcheng/model/vocab"
	"gorm.io/gorm"
)

// TargetFilter selects targets.
type TargetFilter struct {
	Year int // 0: any
	Page
}

// yearSpan returns the first and last day of year as span_start bounds: an
// event lies in a year when it starts in it (an idea known only to the year
// starts on its first day).
func yearSpan(year int) (string, string) {
	return fmt.Sprintf("%04d-01-01", year), fmt.Sprintf("%04d-12-31", year)
}

// eventsMatching returns the events of year matching c, as a query on events.
func (s *Store) eventsMatching(db *gorm.DB, year int, c TargetCriteria) *gorm.DB {
	lo, hi := yearSpan(year)
	q := db.Model(&Event{}).Where("span_start >= ? AND span_start <= ?", lo, hi)
	q = whereSet(q, eq{"kind", c.Kinds}, eq{"status", c.Statuses}, eq{"format", c.Formats})
	return eventsLinked(db, q, c.PartnerIDs, c.Countries, c.Tags)
}

// fillProgress computes the progress of each target.
func (s *Store) fillProgress(db *gorm.DB, ts []Target) error {
	for i := range ts {
		t := &ts[i]
		var rows []struct {
			Status string
			N      int
		}
		if err := s.eventsMatching(db, t.Year, t.Criteria).Select("status, COUNT(*) AS n").
			Group("status").Scan(&rows).Error; err != nil {
			return err
		}
		t.Progress = Progress{EventIDs: []int64{}}
		for _, r := range rows {
			switch r.Status {
			case "done":
				t.Progress.Done += r.N
			case vocab.EventPlanned, "confirmed":
				t.Progress.Scheduled += r.N
			}
		}
		if err := s.eventsMatching(db, t.Year, t.Criteria).Order("span_start, id").
			Pluck("id", &t.Progress.EventIDs).Error; err != nil {
			return err
		}
	}
	return nil
}

// checkTargetPartners returns KindInvalid naming criteria.partner_ids when
// a partner does not exist.
func checkTargetPartners(tx *gorm.DB, ids []int64) error {
	err := checkEventPartners(tx, ids)
	if e, ok := err.(*Error); ok && e.Kind == KindInvalid {
		for i := range e.Fields {
			e.Fields[i].Field = "criteria.partner_ids"
		}
	}
	return err
}

// CreateTarget validates and stores t, with an audit record, and fills its
// progress. It returns KindInvalid naming the failing fields.
func (s *Store) CreateTarget(ctx context.Context, t *Target) error {
	err := create(ctx, s, "target", t, func(tx *gorm.DB) error { return checkTargetPartners(tx, t.Criteria.PartnerIDs) }, nil)
	if err != nil {
		return err
	}
	ts := []Target{*t}
	if err := s.fillProgress(s.db.WithContext(ctx), ts); err != nil {
		return translate(err)
	}
	*t = ts[0]
	return nil
}

// GetTarget returns target id with its progress, or KindNotFound.
func (s *Store) GetTarget(ctx context.Context, id int64) (*Target, error) {
	db := s.db.WithContext(ctx)
	t, err := get[Target](db, "target", id)
	if err != nil {
		return nil, err
	}
	ts := []Target{*t}
	if err := s.fillProgress(db, ts); err != nil {
		return nil, translate(err)
	}
	return &ts[0], nil
}

// ListTargets returns one page of targets, by year then id, with their
// progress, and the total.
func (s *Store) ListTargets(ctx context.Context, f TargetFilter) ([]Target, int64, error) {
	db := s.db.WithContext(ctx)
	out, total, err := page[Target](whereSet(db.Model(&Target{}), eq{"year", f.Year}), f.Page, "year, id")
	if err != nil {
		return nil, 0, err
	}
	if err := s.fillProgress(db, out); err != nil {
		return nil, 0, translate(err)
	}
	return out, total, nil
}

// UpdateTarget applies change in one transaction with the If-Match check
// and an audit record. It returns KindNotFound, KindPrecondition or
// KindInvalid.
func (s *Store) UpdateTarget(ctx context.Context, id int64, expected *int, change func(*Target) error) (*Target, error) {
	_, err := update(ctx, s, "target", id, expected, change, hooks[Target]{
		// Only partners new to the criteria must exist: a partner deleted
		// since does not block changing the rest of the target.
		beforeWrite: func(tx *gorm.DB, before, after *Target) error {
			var added []int64
			for _, id := range after.Criteria.PartnerIDs {
				if !slices.Contains(before.Criteria.PartnerIDs, id) {
					added = append(added, id)
				}
			}
			return checkTargetPartners(tx, added)
		},
	})
	if err != nil {
		return nil, err
	}
	return s.GetTarget(ctx, id)
}

// DeleteTarget removes target id (If-Match checked) with an audit record.
func (s *Store) DeleteTarget(ctx context.Context, id int64, expected *int) error {
	return remove(ctx, s, "target", id, expected, hooks[Target]{})
}
