package model

import (
	"context"
	"fmt"
	"sort"

	"gorm.io/gorm"
)

// KeyCount is one group of a statistic: a key (country, type, status,
// kind, format; "" for none) and how many records have it.
type KeyCount struct {
	Key   string
	Count int64
}

// IntCount is one group keyed by a number (month 1–12, decade 1990).
type IntCount struct {
	Key   int
	Count int64
}

// PartnerCount is the number of a year's events of one partner.
type PartnerCount struct {
	PartnerID int64
	NameZH    string
	NameEN    string
	Count     int64
}

// Stats are a year's figures, every count computed in the database.
type Stats struct {
	Year          int
	Partnerships  PartnershipStats
	Events        EventStats
	Anniversaries AnniversaryStats
}

// PartnershipStats describe the partnerships on record at the end of the
// year: those established in or before it, and those whose date is unknown.
type PartnershipStats struct {
	Total     int64
	ByCountry []KeyCount
	ByType    []KeyCount
	ByStatus  []KeyCount
	ByDecade  []IntCount // known establishment dates only
}

// EventStats describe the events starting in the year (every status).
type EventStats struct {
	Total    int64
	ByMonth  []IntCount // all twelve months; events known only to the year are in none
	ByKind   []KeyCount
	ByStatus []KeyCount
	ByFormat []KeyCount
	// ByPartner lists the partners with the most events, at most the
	// limit asked for; PartnersTotal is how many partners have any.
	ByPartner     []PartnerCount
	PartnersTotal int64
}

// AnniversaryStats count the anniversaries falling in the year: one per
// active partnership and commemoration whose origin year lies before it.
type AnniversaryStats struct {
	Total      int64
	Milestones int64
}

// Stats computes the figures of year; topPartners limits ByPartner.
func (s *Store) Stats(ctx context.Context, year, topPartners int) (*Stats, error) {
	db := s.db.WithContext(ctx)
	st := &Stats{Year: year}
	if err := s.partnershipStats(db, year, &st.Partnerships); err != nil {
		return nil, translate(err)
	}
	if err := s.eventStats(db, year, topPartners, &st.Events); err != nil {
		return nil, translate(err)
	}
	if err := s.anniversaryStats(db, year, &st.Anniversaries); err != nil {
		return nil, translate(err)
	}
	return st, nil
}

// groupCounts runs q grouped by expr and returns the groups, most first.
func groupCounts(q *gorm.DB, expr string) ([]KeyCount, error) {
	var rows []struct {
		K string
		N int64
	}
	if err := q.Select(expr + " AS k, COUNT(*) AS n").Group(expr).Scan(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]KeyCount, len(rows))
	for i, r := range rows {
		out[i] = KeyCount{Key: r.K, Count: r.N}
	}
	sortCounts(out)
	return out, nil
}

func sortCounts(xs []KeyCount) {
	sort.Slice(xs, func(i, j int) bool {
		if xs[i].Count != xs[j].Count {
			return xs[i].Count > xs[j].Count
		}
		return xs[i].Key < xs[j].Key
	})
}

func (s *Store) partnershipStats(db *gorm.DB, year int, out *PartnershipStats) error {
	base := func() *gorm.DB { return db.Table("partnerships").Where("partnerships.est_year <= ?", year) }
	if err := base().Count(&out.Total).Error; err != nil {
		return err
	}
	var err error
	if out.ByCountry, err = groupCounts(base().Joins("JOIN partners ON partners.id = partnerships.partner_id"), "partners.country"); err != nil {
		return err
	}
	if out.ByType, err = groupCounts(base(), "partnerships.type"); err != nil {
		return err
	}
	if out.ByStatus, err = groupCounts(base(), "partnerships.status"); err != nil {
		return err
	}
	var rows []struct {
		D int
		N int64
	}
	if err := base().Where("partnerships.est_year > 0").Select("(partnerships.est_year / 10) * 10 AS d, COUNT(*) AS n").
		Group("(partnerships.est_year / 10) * 10").Order("d").Scan(&rows).Error; err != nil {
		return err
	}
	out.ByDecade = make([]IntCount, len(rows))
	for i, r := range rows {
		out.ByDecade[i] = IntCount{Key: r.D, Count: r.N}
	}
	return nil
}

func (s *Store) eventStats(db *gorm.DB, year, top int, out *EventStats) error {
	lo, hi := yearSpan(year)
	base := func() *gorm.DB {
		return db.Table("events").Where("events.span_start >= ? AND events.span_start <= ?", lo, hi)
	}
	if err := base().Count(&out.Total).Error; err != nil {
		return err
	}
	var months []struct {
		M int
		N int64
	}
	const month = "CAST(SUBSTR(events.start_date, 6, 2) AS INTEGER)"
	if err := base().Where("LENGTH(events.start_date) >= 7").Select(month + " AS m, COUNT(*) AS n").
		Group(month).Scan(&months).Error; err != nil {
		return err
	}
	out.ByMonth = make([]IntCount, 12)
	for i := range out.ByMonth {
		out.ByMonth[i].Key = i + 1
	}
	for _, m := range months {
		if m.M >= 1 && m.M <= 12 {
			out.ByMonth[m.M-1].Count = m.N
		}
	}
	var err error
	if out.ByKind, err = groupCounts(base(), "events.kind"); err != nil {
		return err
	}
	if out.ByStatus, err = groupCounts(base(), "events.status"); err != nil {
		return err
	}
	if out.ByFormat, err = groupCounts(base(), "events.format"); err != nil {
		return err
	}
	links := func() *gorm.DB {
		return db.Table("event_partners").Joins("JOIN events ON events.id = event_partners.event_id").
			Where("events.span_start >= ? AND events.span_start <= ?", lo, hi)
	}
	if err := links().Distinct("event_partners.partner_id").Count(&out.PartnersTotal).Error; err != nil {
		return err
	}
	var rows []struct {
		ID     int64
		NameZH string
		NameEN string
		N      int64
	}
	if err := db.Table("(?) AS c", links().Select("event_partners.partner_id AS id, COUNT(*) AS n").
		Group("event_partners.partner_id").Order("n DESC, event_partners.partner_id").Limit(top)).
		Joins("JOIN partners ON partners.id = c.id").
		Select("c.id, partners.name_zh, partners.name_en, c.n").Order("c.n DESC, c.id").Scan(&rows).Error; err != nil {
		return err
	}
	out.ByPartner = make([]PartnerCount, len(rows))
	for i, r := range rows {
		out.ByPartner[i] = PartnerCount{PartnerID: r.ID, NameZH: r.NameZH, NameEN: r.NameEN, Count: r.N}
	}
	return nil
}

func (s *Store) anniversaryStats(db *gorm.DB, year int, out *AnniversaryStats) error {
	var p, c struct{ Total, Milestones int64 }
	const sel = "COUNT(*) AS total, COALESCE(SUM(CASE WHEN (? - %[1]s) %% 5 = 0 THEN 1 ELSE 0 END), 0) AS milestones"
	if err := db.Table("partnerships").Where("status = ? AND est_year > 0 AND est_year < ?", StatusActive, year).
		Select(fmt.Sprintf(sel, "est_year"), year).Scan(&p).Error; err != nil {
		return err
	}
	if err := db.Table("commemorations").Where("date_year > 0 AND date_year < ?", year).
		Select(fmt.Sprintf(sel, "date_year"), year).Scan(&c).Error; err != nil {
		return err
	}
	out.Total, out.Milestones = p.Total+c.Total, p.Milestones+c.Milestones
	return nil
}
