package model

import (
	"context"
	"sort"
	"strconv"

	"github.com/youcheng/youcheng/model/vocab"
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

// Stats computes the figures of year, grouping and summing the rollup
// rows of stats_rollup.go in the database; topPartners limits ByPartner.
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

func sortCounts(xs []KeyCount) {
	sort.Slice(xs, func(i, j int) bool {
		if xs[i].Count != xs[j].Count {
			return xs[i].Count > xs[j].Count
		}
		return xs[i].Key < xs[j].Key
	})
}

// partnershipStats reads partnership_counts: the partnerships established
// in or before year, or whose date is unknown (est_year 0).
func (s *Store) partnershipStats(db *gorm.DB, year int, out *PartnershipStats) error {
	dim := func(d string) *gorm.DB {
		return db.Table("partnership_counts").Where("dim = ? AND est_year <= ? AND n > 0", d, year)
	}
	if err := dim(dimType).Select("COALESCE(SUM(n), 0)").Scan(&out.Total).Error; err != nil {
		return err
	}
	if err := fillSums(dim, dimSums{dimCountry, &out.ByCountry}, dimSums{dimType, &out.ByType}, dimSums{dimStatus, &out.ByStatus}); err != nil {
		return err
	}
	var rows []struct {
		D int
		N int64
	}
	if err := dim(dimType).Where("est_year > 0").Select("(est_year / 10) * 10 AS d, SUM(n) AS n").
		Group("(est_year / 10) * 10").Order("d").Scan(&rows).Error; err != nil {
		return err
	}
	out.ByDecade = make([]IntCount, len(rows))
	for i, r := range rows {
		out.ByDecade[i] = IntCount{Key: r.D, Count: r.N}
	}
	return nil
}

// dimSums is where the group sums of one dimension go.
type dimSums struct {
	dim string
	dst *[]KeyCount
}

// fillSums fills each destination with the group sums of its dimension.
func fillSums(dim func(string) *gorm.DB, sums ...dimSums) error {
	for _, s := range sums {
		v, err := groupSums(dim(s.dim))
		if err != nil {
			return err
		}
		*s.dst = v
	}
	return nil
}

// groupSums sums n of q's rollup rows by key, most first.
func groupSums(q *gorm.DB) ([]KeyCount, error) {
	var rows []struct {
		K string
		N int64
	}
	if err := q.Select("key AS k, SUM(n) AS n").Group("key").Having("SUM(n) > 0").Scan(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]KeyCount, len(rows))
	for i, r := range rows {
		out[i] = KeyCount{Key: r.K, Count: r.N}
	}
	sortCounts(out)
	return out, nil
}

// eventStats reads event_counts and event_partner_stats for year.
func (s *Store) eventStats(db *gorm.DB, year, top int, out *EventStats) error {
	dim := func(d string) *gorm.DB {
		return db.Table("event_counts").Where("year = ? AND dim = ? AND n > 0", year, d)
	}
	if err := dim(dimKind).Select("COALESCE(SUM(n), 0)").Scan(&out.Total).Error; err != nil {
		return err
	}
	months, err := groupSums(dim(dimMonth))
	if err != nil {
		return err
	}
	out.ByMonth = make([]IntCount, 12)
	for i := range out.ByMonth {
		out.ByMonth[i].Key = i + 1
	}
	for _, m := range months {
		if n, err := strconv.Atoi(m.Key); err == nil && n >= 1 && n <= 12 {
			out.ByMonth[n-1].Count = m.Count
		}
	}
	if err := fillSums(dim, dimSums{dimKind, &out.ByKind}, dimSums{dimStatus, &out.ByStatus}, dimSums{dimFormat, &out.ByFormat}); err != nil {
		return err
	}
	if err := dim(dimPartners).Select("COALESCE(SUM(n), 0)").Scan(&out.PartnersTotal).Error; err != nil {
		return err
	}
	var rows []struct {
		ID     int64
		NameZH string
		NameEN string
		N      int64
	}
	// The top partners are the first entries of ix_event_partner_stats_top
	// (year, n DESC, partner_id); their names come by primary key.
	if err := db.Table("(?) AS c", db.Table("event_partner_stats").Select("partner_id AS id, n").
		Where("year = ? AND n > 0", year).Order("n DESC, partner_id").Limit(top)).
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

// anniversaryStats counts one anniversary per active partnership (from
// partnership_counts) and per commemoration whose origin year lies before
// year; milestones are those a multiple of five years back.
func (s *Store) anniversaryStats(db *gorm.DB, year int, out *AnniversaryStats) error {
	var p, c struct{ Total, Milestones int64 }
	if err := db.Table("partnership_counts").Where("dim = ? AND key = ? AND est_year > 0 AND est_year < ?", dimStatus, vocab.StatusActive, year).
		Select("COALESCE(SUM(n), 0) AS total, COALESCE(SUM(CASE WHEN (? - est_year) % 5 = 0 THEN n ELSE 0 END), 0) AS milestones", year).
		Scan(&p).Error; err != nil {
		return err
	}
	if err := db.Table("commemorations").Where("date_year > 0 AND date_year < ?", year).
		Select("COUNT(*) AS total, COALESCE(SUM(CASE WHEN (? - date_year) % 5 = 0 THEN 1 ELSE 0 END), 0) AS milestones", year).
		Scan(&c).Error; err != nil {
		return err
	}
	out.Total, out.Milestones = p.Total+c.Total, p.Milestones+c.Milestones
	return nil
}
