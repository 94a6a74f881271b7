package model

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/pdate"
)

// AnniversaryQuery selects the origins whose anniversaries may fall in
// [From, To] (full dates).
type AnniversaryQuery struct {
	From, To  pdate.Date
	Status    string // partnership status; "" means active
	PartnerID int64
	Country   string
	// MilestoneOnly keeps multiples of five years.
	MilestoneOnly bool
}

// Anniversaries computes the anniversaries in [q.From, q.To] matching the
// query, sorted by date then title. localZH maps local parties to their
// Chinese names for titles.
func (s *Store) Anniversaries(ctx context.Context, q AnniversaryQuery, localZH map[string]string) ([]anniversary.Anniversary, error) {
	origins, err := s.AnniversaryOrigins(ctx, q, localZH)
	if err != nil {
		return nil, err
	}
	all := anniversary.Compute(origins, q.From, q.To)
	if q.MilestoneOnly {
		kept := all[:0]
		for _, a := range all {
			if a.Milestone {
				kept = append(kept, a)
			}
		}
		all = kept
	}
	return all, nil
}

// shortZH drops the administrative suffix 市 from a Chinese city name for
// titles: 威海—宇部结好30周年, not 威海—宇部市结好30周年.
func shortZH(name, kind string) string {
	if kind == PartnerCity && strings.HasSuffix(name, "市") && utf8.RuneCountInString(name) > 2 {
		return strings.TrimSuffix(name, "市")
	}
	return name
}

// AnniversaryOrigins reads the partnerships (with a known established_on and
// the status asked for) and commemorations that can have an anniversary in
// the range. Rows are pre-filtered in SQL: the origin lies before the last
// year of the range, and for ranges shorter than a year its month is one the
// range touches (or unknown). localZH maps local parties to their Chinese
// names for titles.
func (s *Store) AnniversaryOrigins(ctx context.Context, q AnniversaryQuery, localZH map[string]string) ([]anniversary.Origin, error) {
	status := q.Status
	if status == "" {
		status = StatusActive
	}
	before := fmt.Sprintf("%04d", q.To.Y) // origins at least a year before the range ends
	months := anniversary.MonthsTouched(q.From, q.To)
	monthCond := func(col string) (string, []any) {
		if len(months) >= 12 {
			return "", nil
		}
		args := make([]any, len(months))
		for i, m := range months {
			args[i] = m
		}
		return " AND (" + col + " = 0 OR " + col + " IN (?" + strings.Repeat(",?", len(months)-1) + "))", args
	}

	var out []anniversary.Origin
	sqlP := `SELECT ps.id, ps.partner_id, ps.local_party, ps.type, ps.established_on, p.name_en, p.name_zh, p.kind
		FROM partnerships ps JOIN partners p ON p.id = ps.partner_id
		WHERE ps.established_on IS NOT NULL AND ps.established_on < ? AND ps.status = ?`
	args := []any{before, status}
	if c, a := monthCond("ps.est_month"); c != "" {
		sqlP += c
		args = append(args, a...)
	}
	if q.PartnerID != 0 {
		sqlP += " AND ps.partner_id = ?"
		args = append(args, q.PartnerID)
	}
	if q.Country != "" {
		sqlP += " AND p.country = ?"
		args = append(args, q.Country)
	}
	rows, err := s.db.WithContext(ctx).Raw(sqlP, args...).Rows()
	if err != nil {
		return nil, translate(err)
	}
	pids := map[int64]*int64{} // one pointer per partner, shared by its origins
	for rows.Next() {
		var (
			o                  anniversary.Origin
			pid                int64
			est                pdate.Date
			local, typ, en, zh string
			kind               string
		)
		if err := rows.Scan(&o.SourceID, &pid, &local, &typ, &est, &en, &zh, &kind); err != nil {
			rows.Close()
			return nil, translate(err)
		}
		if pids[pid] == nil {
			v := pid
			pids[pid] = &v
		}
		o.Source, o.PartnerID, o.Date, o.Type = anniversary.SourcePartnership, pids[pid], est, typ
		o.LocalEN, o.LocalZH, o.PartnerEN, o.PartnerZH = local, localZH[local], en, shortZH(zh, kind)
		out = append(out, o)
	}
	if err := rows.Close(); err != nil {
		return nil, translate(err)
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err)
	}

	sqlC := `SELECT id, partner_id, title_en, title_zh, date FROM commemorations WHERE date < ?`
	args = []any{before}
	if c, a := monthCond("date_month"); c != "" {
		sqlC += c
		args = append(args, a...)
	}
	if q.PartnerID != 0 {
		sqlC += " AND partner_id = ?"
		args = append(args, q.PartnerID)
	}
	if q.Country != "" {
		sqlC += " AND country = ?"
		args = append(args, q.Country)
	}
	rows, err = s.db.WithContext(ctx).Raw(sqlC, args...).Rows()
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			o   anniversary.Origin
			pid *int64
		)
		if err := rows.Scan(&o.SourceID, &pid, &o.TitleEN, &o.TitleZH, &o.Date); err != nil {
			return nil, translate(err)
		}
		o.Source, o.PartnerID = anniversary.SourceCommemoration, pid
		out = append(out, o)
	}
	return out, translate(rows.Err())
}

// LocalNamesZH returns the Chinese names of local parties for titles: the
// home city, Shandong Province (山东省) and any extra ones.
func LocalNamesZH(home, homeZH string, extra map[string]string) map[string]string {
	m := map[string]string{"Shandong Province": "山东省"}
	for k, v := range extra {
		m[k] = v
	}
	if home != "" && homeZH != "" {
		m[home] = homeZH
	}
	return m
}
