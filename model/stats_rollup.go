package model

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"

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
//   - event_counts: per start year, the events by each dimension — dim
//     "month" (key "1"…"12", "0" when the start is known only to the
//     year), "kind", "status", "format" — and dim "partners" (key ""): how
//     many partners have an event that year. About 35 rows a year.
//   - event_partner_stats: events per (start year, partner), indexed by
//     (year, n DESC, partner_id) so the top partners are an index range.
//   - partnership_counts: partnerships per (dim, key, established year —
//     0 when unknown —) for dims "country", "type" and "status": the
//     figures "established in or before a year" sum a few hundred rows.
//
// Bulk loads that write the tables directly (the synthetic seed, the
// benchmarks) call RebuildStats afterwards. A row reaching zero stays, and
// readers skip it.

// EventCount counts a year's events by one dimension.
type EventCount struct {
	Year int    `gorm:"primaryKey;autoIncrement:false"`
	Dim  string `gorm:"primaryKey;size:10"`
	Key  string `gorm:"primaryKey;size:20"`
	N    int64  `gorm:"not null;default:0"`
}

// EventPartnerStat counts a partner's events starting in a year.
type EventPartnerStat struct {
	Year      int   `gorm:"primaryKey;autoIncrement:false;index:ix_event_partner_stats_top,priority:1"`
	PartnerID int64 `gorm:"primaryKey;autoIncrement:false;index:ix_event_partner_stats_top,priority:3"`
	N         int64 `gorm:"not null;default:0;index:ix_event_partner_stats_top,priority:2,sort:desc"`
}

// PartnershipCount counts partnerships by one dimension and established year.
type PartnershipCount struct {
	Dim     string `gorm:"primaryKey;size:10"`
	Key     string `gorm:"primaryKey;size:20"`
	EstYear int    `gorm:"primaryKey;autoIncrement:false"`
	N       int64  `gorm:"not null;default:0"`
}

// Dimensions of the rollups.
const (
	dimMonth    = "month"
	dimKind     = "kind"
	dimStatus   = "status"
	dimFormat   = "format"
	dimPartners = "partners"
	dimCountry  = "country"
	dimType     = "type"
)

type eventKey struct {
	Year     int
	Dim, Key string
}

type partnerKey struct {
	Year      int
	PartnerID int64
}

type shipKey struct {
	Dim, Key string
	EstYear  int
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
	d.events[eventKey{y, dimMonth, strconv.Itoa(e.StartDate.M)}] += sign
	d.events[eventKey{y, dimKind, e.Kind}] += sign
	d.events[eventKey{y, dimStatus, e.Status}] += sign
	d.events[eventKey{y, dimFormat, e.Format}] += sign
	for _, p := range dedupe(e.PartnerIDs) {
		d.partners[partnerKey{y, p}] += sign
	}
}

func (d *statDelta) partnership(p *Partnership, country string, sign int64) {
	d.ships[shipKey{dimCountry, country, p.EstYear}] += sign
	d.ships[shipKey{dimType, p.Type, p.EstYear}] += sign
	d.ships[shipKey{dimStatus, p.Status, p.EstYear}] += sign
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
			d.partnership(p, country, x.sign)
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
			d.ships[shipKey{dimCountry, b.Country, p.EstYear}]--
			d.ships[shipKey{dimCountry, a.Country, p.EstYear}]++
		}
	default:
		return nil
	}
	return d.apply(tx)
}

// apply upserts every non-zero change, in key order (so that concurrent
// writers on PostgreSQL lock rows in the same order): first the partner
// counts, whose rows crossing zero change the year's number of partners
// with events, then the year counts, then the partnership counts.
func (d *statDelta) apply(tx *gorm.DB) error {
	pks := nonZeroKeys(d.partners, func(a, b partnerKey) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.PartnerID, b.PartnerID))
	})
	for _, k := range pks {
		delta := d.partners[k]
		var now int64
		if err := tx.Raw(`INSERT INTO event_partner_stats (year, partner_id, n) VALUES (?, ?, ?)
			ON CONFLICT (year, partner_id) DO UPDATE SET n = event_partner_stats.n + excluded.n RETURNING n`,
			k.Year, k.PartnerID, delta).Scan(&now).Error; err != nil {
			return err
		}
		switch was := now - delta; {
		case was <= 0 && now > 0:
			d.events[eventKey{k.Year, dimPartners, ""}]++
		case was > 0 && now <= 0:
			d.events[eventKey{k.Year, dimPartners, ""}]--
		}
	}
	err := addCounts(tx, "event_counts", "year, dim, key", d.events, func(a, b eventKey) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Dim, b.Dim), cmp.Compare(a.Key, b.Key))
	}, func(k eventKey) []any { return []any{k.Year, k.Dim, k.Key} })
	if err != nil {
		return err
	}
	return addCounts(tx, "partnership_counts", "dim, key, est_year", d.ships, func(a, b shipKey) int {
		return cmp.Or(cmp.Compare(a.Dim, b.Dim), cmp.Compare(a.Key, b.Key), cmp.Compare(a.EstYear, b.EstYear))
	}, func(k shipKey) []any { return []any{k.Dim, k.Key, k.EstYear} })
}

// addCounts adds each non-zero change of m to column n of table, whose key
// columns are keyCols (in the order cols returns a key's values), in the
// key order by gives.
func addCounts[K comparable](tx *gorm.DB, table, keyCols string, m map[K]int64, by func(a, b K) int, cols func(K) []any) error {
	q := fmt.Sprintf(`INSERT INTO %s (%s, n) VALUES (?, ?, ?, ?)
			ON CONFLICT (%s) DO UPDATE SET n = %s.n + excluded.n`, table, keyCols, keyCols, table)
	for _, k := range nonZeroKeys(m, by) {
		if err := tx.Exec(q, append(cols(k), m[k])...).Error; err != nil {
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
	stmts := []string{"DELETE FROM event_counts", "DELETE FROM event_partner_stats", "DELETE FROM partnership_counts"}
	for dim, expr := range map[string]string{dimMonth: "CAST(" + startMonthSQL + " AS VARCHAR(20))", dimKind: "events.kind",
		dimStatus: "events.status", dimFormat: "events.format"} {
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO event_counts (year, dim, key, n)
			SELECT %[1]s, '%[2]s', %[3]s, COUNT(*) FROM events GROUP BY %[1]s, %[3]s`, startYearSQL, dim, expr))
	}
	stmts = append(stmts,
		fmt.Sprintf(`INSERT INTO event_partner_stats (year, partner_id, n)
			SELECT %[1]s, event_partners.partner_id, COUNT(*) FROM event_partners
			JOIN events ON events.id = event_partners.event_id
			GROUP BY %[1]s, event_partners.partner_id`, startYearSQL),
		`INSERT INTO event_counts (year, dim, key, n)
			SELECT year, 'partners', '', COUNT(*) FROM event_partner_stats WHERE n > 0 GROUP BY year`)
	for dim, expr := range map[string]string{dimCountry: "partners.country", dimType: "partnerships.type", dimStatus: "partnerships.status"} {
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO partnership_counts (dim, key, est_year, n)
			SELECT '%[1]s', %[2]s, partnerships.est_year, COUNT(*)
			FROM partnerships JOIN partners ON partners.id = partnerships.partner_id
			GROUP BY %[2]s, partnerships.est_year`, dim, expr))
	}
	return Migrator{Tx: tx}.Exec(stmts...)
}

// RebuildStats recomputes the statistics rollups from the registry's
// tables in one transaction, after a bulk load that bypassed the store.
func (s *Store) RebuildStats(ctx context.Context) error {
	return s.transaction(ctx, func(tx *gorm.DB) error {
		if err := rebuildStats(tx); err != nil {
			return err
		}
		if s.postgres {
			return tx.Exec("ANALYZE event_counts, event_partner_stats, partnership_counts").Error
		}
		return tx.Exec("ANALYZE").Error
	})
}
