package model

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"gorm.io/gorm"
)

// Statistics rollups. A year's figures must answer in milliseconds over a
// national registry (100,000 partners, 1,000,000 events), where grouping
// the year's 100,000 events and their partner links takes hundreds of
// milliseconds. Three small tables therefore hold the counts, kept in the
// same transaction as every write that changes them (adjustStats, called
// by the store's create, update and delete paths), and Stats groups those
// rows instead of the events:
//
//   - event_stats: events per (start year, start month — 0 when known only
//     to the year —, kind, status, format): at most 2,340 rows a year;
//   - event_partner_stats: events per (start year, partner), indexed by
//     (year, n DESC, partner_id) so the top partners are an index range;
//   - partnership_stats: partnerships per (established year — 0 when
//     unknown —, partner country, type, status): a few thousand rows.
//
// Bulk loads that write the tables directly (the synthetic seed, the
// benchmarks) call RebuildStats afterwards. Counts never go negative: a
// row reaching zero stays, and readers skip it.

// EventStat counts events by start year, month, kind, status and format.
type EventStat struct {
	Year   int    `gorm:"primaryKey;autoIncrement:false"`
	Month  int    `gorm:"primaryKey;autoIncrement:false"`
	Kind   string `gorm:"primaryKey;size:20"`
	Status string `gorm:"primaryKey;size:20"`
	Format string `gorm:"primaryKey;size:20"`
	N      int64  `gorm:"not null;default:0"`
}

// EventPartnerStat counts a partner's events starting in a year.
type EventPartnerStat struct {
	Year      int   `gorm:"primaryKey;autoIncrement:false;index:ix_event_partner_stats_top,priority:1"`
	PartnerID int64 `gorm:"primaryKey;autoIncrement:false;index:ix_event_partner_stats_top,priority:3"`
	N         int64 `gorm:"not null;default:0;index:ix_event_partner_stats_top,priority:2,sort:desc"`
}

// PartnershipStat counts partnerships by established year, partner
// country, type and status.
type PartnershipStat struct {
	EstYear int    `gorm:"primaryKey;autoIncrement:false"`
	Country string `gorm:"primaryKey;size:2"`
	Type    string `gorm:"primaryKey;size:20"`
	Status  string `gorm:"primaryKey;size:20"`
	N       int64  `gorm:"not null;default:0"`
}

type eventKey struct {
	Year, Month          int
	Kind, Status, Format string
}

type partnerKey struct {
	Year      int
	PartnerID int64
}

type shipKey struct {
	EstYear               int
	Country, Type, Status string
}

// statDelta collects the count changes of one write.
type statDelta struct {
	events   map[eventKey]int64
	partners map[partnerKey]int64
	ships    map[shipKey]int64
}

func newStatDelta() *statDelta {
	return &statDelta{events: map[eventKey]int64{}, partners: map[partnerKey]int64{}, ships: map[shipKey]int64{}}
}

func (d *statDelta) event(e *Event, sign int64) {
	if e == nil || e.StartDate.IsZero() {
		return
	}
	y := e.StartDate.Y
	d.events[eventKey{y, e.StartDate.M, e.Kind, e.Status, e.Format}] += sign
	for _, p := range dedupe(e.PartnerIDs) {
		d.partners[partnerKey{y, p}] += sign
	}
}

// adjustStats brings the rollups from before to after (either nil for a
// create or a delete) inside tx, for the types that are counted: events,
// partnerships, and partners (whose country groups their partnerships).
func adjustStats(tx *gorm.DB, before, after any) error {
	d := newStatDelta()
	switch v := cmp.Or(after, before).(type) {
	case *Event:
		b, _ := before.(*Event)
		a, _ := after.(*Event)
		d.event(b, -1)
		d.event(a, 1)
	case *Partnership:
		for _, x := range []struct {
			p    any
			sign int64
		}{{before, -1}, {after, 1}} {
			p, _ := x.p.(*Partnership)
			if p == nil {
				continue
			}
			var country string
			if err := tx.Model(&Partner{}).Where("id = ?", p.PartnerID).Select("country").Scan(&country).Error; err != nil {
				return err
			}
			d.ships[shipKey{p.EstYear, country, p.Type, p.Status}] += x.sign
		}
	case *Partner:
		b, _ := before.(*Partner)
		a, _ := after.(*Partner)
		if b == nil || a == nil || b.Country == a.Country {
			return nil
		}
		var ships []Partnership
		if err := tx.Where("partner_id = ?", v.ID).Find(&ships).Error; err != nil {
			return err
		}
		for _, p := range ships {
			d.ships[shipKey{p.EstYear, b.Country, p.Type, p.Status}]--
			d.ships[shipKey{p.EstYear, a.Country, p.Type, p.Status}]++
		}
	default:
		return nil
	}
	return d.apply(tx)
}

// apply upserts every non-zero change, in key order (so that concurrent
// writers on PostgreSQL lock rows in the same order).
func (d *statDelta) apply(tx *gorm.DB) error {
	eks := nonZeroKeys(d.events, func(a, b eventKey) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Month, b.Month), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Status, b.Status), cmp.Compare(a.Format, b.Format))
	})
	for _, k := range eks {
		if err := tx.Exec(`INSERT INTO event_stats (year, month, kind, status, format, n) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (year, month, kind, status, format) DO UPDATE SET n = event_stats.n + excluded.n`,
			k.Year, k.Month, k.Kind, k.Status, k.Format, d.events[k]).Error; err != nil {
			return err
		}
	}
	pks := nonZeroKeys(d.partners, func(a, b partnerKey) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.PartnerID, b.PartnerID))
	})
	for _, k := range pks {
		if err := tx.Exec(`INSERT INTO event_partner_stats (year, partner_id, n) VALUES (?, ?, ?)
			ON CONFLICT (year, partner_id) DO UPDATE SET n = event_partner_stats.n + excluded.n`,
			k.Year, k.PartnerID, d.partners[k]).Error; err != nil {
			return err
		}
	}
	sks := nonZeroKeys(d.ships, func(a, b shipKey) int {
		return cmp.Or(cmp.Compare(a.EstYear, b.EstYear), cmp.Compare(a.Country, b.Country), cmp.Compare(a.Type, b.Type),
			cmp.Compare(a.Status, b.Status))
	})
	for _, k := range sks {
		if err := tx.Exec(`INSERT INTO partnership_stats (est_year, country, type, status, n) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (est_year, country, type, status) DO UPDATE SET n = partnership_stats.n + excluded.n`,
			k.EstYear, k.Country, k.Type, k.Status, d.ships[k]).Error; err != nil {
			return err
		}
	}
	return nil
}

// nonZeroKeys returns the keys of m whose value is not zero, sorted.
func nonZeroKeys[K comparable](m map[K]int64, by func(a, b K) int) []K {
	out := make([]K, 0, len(m))
	for k, n := range m {
		if n != 0 {
			out = append(out, k)
		}
	}
	slices.SortFunc(out, by)
	return out
}

// SQL expressions of an event's start year and month (0 when the start is
// known only to the year), from its partial start date.
const (
	startYearSQL  = "CAST(SUBSTR(events.start_date, 1, 4) AS INTEGER)"
	startMonthSQL = "CASE WHEN LENGTH(events.start_date) >= 7 THEN CAST(SUBSTR(events.start_date, 6, 2) AS INTEGER) ELSE 0 END"
)

// rebuildStats recomputes every rollup from the tables, inside tx.
func rebuildStats(tx *gorm.DB) error {
	return Migrator{Tx: tx}.Exec(
		"DELETE FROM event_stats",
		"DELETE FROM event_partner_stats",
		"DELETE FROM partnership_stats",
		fmt.Sprintf(`INSERT INTO event_stats (year, month, kind, status, format, n)
			SELECT %[1]s, %[2]s, kind, status, format, COUNT(*) FROM events
			GROUP BY %[1]s, %[2]s, kind, status, format`, startYearSQL, startMonthSQL),
		fmt.Sprintf(`INSERT INTO event_partner_stats (year, partner_id, n)
			SELECT %[1]s, event_partners.partner_id, COUNT(*) FROM event_partners
			JOIN events ON events.id = event_partners.event_id
			GROUP BY %[1]s, event_partners.partner_id`, startYearSQL),
		`INSERT INTO partnership_stats (est_year, country, type, status, n)
			SELECT partnerships.est_year, partners.country, partnerships.type, partnerships.status, COUNT(*)
			FROM partnerships JOIN partners ON partners.id = partnerships.partner_id
			GROUP BY partnerships.est_year, partners.country, partnerships.type, partnerships.status`,
	)
}

// RebuildStats recomputes the statistics rollups from the registry's
// tables in one transaction, after a bulk load that bypassed the store.
func (s *Store) RebuildStats(ctx context.Context) error {
	return s.transaction(ctx, func(tx *gorm.DB) error {
		if err := rebuildStats(tx); err != nil {
			return err
		}
		if s.postgres {
			return tx.Exec("ANALYZE event_stats, event_partner_stats, partnership_stats").Error
		}
		return tx.Exec("ANALYZE").Error
	})
}
