package model

import (
	"context"

	"gorm.io/gorm"

	"github.com/youcheng/youcheng/model/pdate"
)

// EventFilter selects events. From and To (full dates, either may be zero)
// keep events whose [start, end] overlaps [From, To].
type EventFilter struct {
	From, To  pdate.Date
	PartnerID int64
	Country   string // events linked to a partner of this country
	PlanID    int64
	Kind      string
	Status    string
	Tag       string // events carrying this tag (exact match)
	Q         string
	Page
}

// checkEventPartners returns KindInvalid naming partner_ids when an id does
// not exist.
func checkEventPartners(tx *gorm.DB, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	uniq := map[int64]bool{}
	for _, id := range ids {
		uniq[id] = true
	}
	var found []int64
	if err := tx.Model(&Partner{}).Where("id IN ?", ids).Pluck("id", &found).Error; err != nil {
		return err
	}
	for _, id := range found {
		delete(uniq, id)
	}
	var p Problems
	for _, id := range ids {
		if uniq[id] {
			p.Add("partner_ids", "partner %d does not exist", id)
			delete(uniq, id)
		}
	}
	return p.Err()
}

// dedupe returns ids without repeats, in first-seen order.
func dedupe(ids []int64) []int64 {
	seen := map[int64]bool{}
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// saveEventLinks replaces the partner links and tags of event id with e's.
func saveEventLinks(tx *gorm.DB, id int64, e *Event) error {
	err := replaceEventRows(tx, id, e.PartnerIDs, func(p int64) EventPartner { return EventPartner{EventID: id, PartnerID: p} })
	if err != nil {
		return err
	}
	return replaceEventRows(tx, id, e.Tags, func(t string) EventTag { return EventTag{EventID: id, Tag: t} })
}

// replaceEventRows replaces event id's rows of table L with one row per
// value.
func replaceEventRows[V, L any](tx *gorm.DB, id int64, vals []V, row func(V) L) error {
	if err := tx.Where("event_id = ?", id).Delete(new(L)).Error; err != nil {
		return err
	}
	if len(vals) == 0 {
		return nil
	}
	rows := make([]L, len(vals))
	for i, v := range vals {
		rows[i] = row(v)
	}
	return tx.Create(&rows).Error
}

// loadEventLinks fills the partner ids and tags of the given events, with
// one query each.
func loadEventLinks(tx *gorm.DB, events []Event) error {
	if len(events) == 0 {
		return nil
	}
	idx := make(map[int64]int, len(events))
	ids := make([]int64, len(events))
	for i := range events {
		idx[events[i].ID] = i
		ids[i] = events[i].ID
		events[i].PartnerIDs, events[i].Tags = []int64{}, []string{}
	}
	err := eachEventRow(tx, ids, "event_id, partner_id", func(l EventPartner) {
		e := &events[idx[l.EventID]]
		e.PartnerIDs = append(e.PartnerIDs, l.PartnerID)
	})
	if err != nil {
		return err
	}
	return eachEventRow(tx, ids, "event_id, tag", func(t EventTag) {
		e := &events[idx[t.EventID]]
		e.Tags = append(e.Tags, t.Tag)
	})
}

// eachEventRow calls add with each row of table L that belongs to one of
// the events ids, in order.
func eachEventRow[L any](tx *gorm.DB, ids []int64, order string, add func(L)) error {
	var rows []L
	if err := tx.Where("event_id IN ?", ids).Order(order).Find(&rows).Error; err != nil {
		return err
	}
	for _, r := range rows {
		add(r)
	}
	return nil
}

// CreateEvent validates and stores e with its partner links in one
// transaction. It returns KindInvalid (including unknown partner ids).
func (s *Store) CreateEvent(ctx context.Context, e *Event) error {
	e.PartnerIDs = dedupe(e.PartnerIDs)
	return s.transaction(ctx, func(tx *gorm.DB) error {
		return s.createEventTx(ctx, tx, e)
	})
}

// createEventTx is CreateEvent inside a caller's transaction (plan adoption).
func (s *Store) createEventTx(ctx context.Context, tx *gorm.DB, e *Event) error {
	e.Normalize()
	if err := e.Validate(); err != nil {
		return err
	}
	if err := checkEventPartners(tx, e.PartnerIDs); err != nil {
		return err
	}
	e.Version = 1
	if err := tx.Create(e).Error; err != nil {
		return err
	}
	if err := saveEventLinks(tx, e.ID, e); err != nil {
		return err
	}
	if err := adjustStats(tx, nil, e); err != nil {
		return err
	}
	return writeAudit(ctx, tx, "create", "event", e.ID, nil, e)
}

// GetEvent returns event id with its partner ids, or KindNotFound.
func (s *Store) GetEvent(ctx context.Context, id int64) (*Event, error) {
	var e Event
	db := s.db.WithContext(ctx)
	if err := first(db, &e, "event", id); err != nil {
		return nil, translate(err)
	}
	evs := []Event{e}
	if err := loadEventLinks(db, evs); err != nil {
		return nil, translate(err)
	}
	return &evs[0], nil
}

// eventQueries returns the queries whose rows, together, are the events
// matching f: one query, or — with a window start — two disjoint ones, each
// answerable from one index range. Overlap with [From, To] is
// span_start <= To AND span_end >= From; short events overlapping the
// window start at most LongSpanDays before it, so the condition splits into
// short and long events near the window (ix_events_span) and long events
// that began earlier (ix_events_long_span). Two plain queries let SQLite and
// PostgreSQL count each from its index alone, where one OR needs the table.
func (s *Store) eventQueries(ctx context.Context, f EventFilter) []*gorm.DB {
	base := func() *gorm.DB { return s.eventFilters(s.db.WithContext(ctx).Model(&Event{}), f) }
	to := "9999-12-31"
	if !f.To.IsZero() {
		to = f.To.String()
	}
	switch {
	case !f.From.IsZero():
		near, from := f.From.AddDays(-LongSpanDays).String(), f.From.String()
		return []*gorm.DB{
			base().Where("span_start >= ? AND span_start <= ? AND span_end >= ?", near, to, from),
			base().Where("long_span = ? AND span_start < ? AND span_end >= ?", true, near, from),
		}
	case !f.To.IsZero():
		return []*gorm.DB{base().Where("span_start <= ?", to)}
	}
	return []*gorm.DB{base()}
}

// eventFilters applies f's filters other than the window.
func (s *Store) eventFilters(q *gorm.DB, f EventFilter) *gorm.DB {
	q = whereSet(q, eq{"plan_id", f.PlanID}, eq{"kind", f.Kind}, eq{"status", f.Status})
	q = eventsLinked(s.db, q, listOf(f.PartnerID), listOf(f.Country), listOf(f.Tag))
	if f.Q != "" {
		q = likeAny(q, f.Q, "title_en", "title_zh")
	}
	return q
}

// ListEvents returns one page of events ordered by start, then id, and the total.
func (s *Store) ListEvents(ctx context.Context, f EventFilter) ([]Event, int64, error) {
	qs := s.eventQueries(ctx, f)
	var total int64
	for _, q := range qs {
		var n int64
		if err := q.Count(&n).Error; err != nil {
			return nil, 0, translate(err)
		}
		total += n
	}
	out := []Event{}
	var err error
	if len(qs) == 1 {
		err = qs[0].Order("span_start, id").Limit(f.Limit).Offset(f.Offset).Find(&out).Error
	} else {
		// The first offset+limit of each part, merged: both parts stay on
		// their index ranges and the merge sorts at most 2×(offset+limit) rows.
		n := f.Offset + f.Limit
		err = s.db.WithContext(ctx).Raw("SELECT * FROM (?) AS a UNION ALL SELECT * FROM (?) AS b ORDER BY span_start, id LIMIT ? OFFSET ?",
			qs[0].Order("span_start, id").Limit(n), qs[1].Order("span_start, id").Limit(n), f.Limit, f.Offset).Scan(&out).Error
	}
	if err != nil {
		return nil, 0, translate(err)
	}
	return out, total, translate(loadEventLinks(s.db.WithContext(ctx), out))
}

// UpdateEvent applies change in one transaction, replacing the partner
// links. It returns KindNotFound, KindPrecondition or KindInvalid.
func (s *Store) UpdateEvent(ctx context.Context, id int64, expected *int, change func(*Event) error) (*Event, error) {
	_, err := update(ctx, s, "event", id, expected, func(e *Event) error {
		if err := change(e); err != nil {
			return err
		}
		e.PartnerIDs = dedupe(e.PartnerIDs)
		return nil
	}, hooks[Event]{
		load: func(tx *gorm.DB, e *Event) error {
			evs := []Event{*e}
			if err := loadEventLinks(tx, evs); err != nil {
				return err
			}
			*e = evs[0]
			return nil
		},
		beforeWrite: func(tx *gorm.DB, _, after *Event) error { return checkEventPartners(tx, after.PartnerIDs) },
		afterWrite:  func(tx *gorm.DB, _, after *Event) error { return saveEventLinks(tx, id, after) },
	})
	if err != nil {
		return nil, err
	}
	return s.GetEvent(ctx, id)
}

// DeleteEvent removes event id and its partner links in one transaction.
func (s *Store) DeleteEvent(ctx context.Context, id int64, expected *int) error {
	return remove(ctx, s, "event", id, expected, hooks[Event]{
		load: func(tx *gorm.DB, e *Event) error {
			evs := []Event{*e}
			if err := loadEventLinks(tx, evs); err != nil {
				return err
			}
			*e = evs[0]
			return nil
		},
		beforeWrite: func(tx *gorm.DB, _, _ *Event) error {
			if err := tx.Where("event_id = ?", id).Delete(&EventTag{}).Error; err != nil {
				return err
			}
			return tx.Where("event_id = ?", id).Delete(&EventPartner{}).Error
		},
	})
}
