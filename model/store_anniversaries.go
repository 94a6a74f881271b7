package model

import (
	"context"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/pdate"
)

// AnniversaryQuery selects the anniversaries in [From, To] (full dates).
type AnniversaryQuery struct {
	From, To  pdate.Date
	Status    string // partnership status; "" means active
	PartnerID int64
	Country   string
	// MilestoneOnly keeps multiples of five years.
	MilestoneOnly bool
}

func (q AnniversaryQuery) status() string {
	if q.Status == "" {
		return StatusActive
	}
	return q.Status
}

// shortZH drops the administrative suffix 市 from a Chinese city name for
// titles: 威海—宇部结好30周年, not 威海—宇部市结好30周年.
func shortZH(name, kind string) string {
	if kind == PartnerCity && strings.HasSuffix(name, "市") && utf8.RuneCountInString(name) > 2 {
		return strings.TrimSuffix(name, "市")
	}
	return name
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

// originFilter narrows the origin rows read for a query.
type originFilter struct {
	q          AnniversaryQuery
	beforeYear int   // origin year < beforeYear
	months     []int // origin month in months (or unknown); nil: any
	keys       []int // origin key in keys; nil: any
	keyLo      int   // with keyHi > 0: origin key 0 or in [keyLo, keyHi]
	keyHi      int
	milestone  int // > 0: (milestone - origin year) is a multiple of five
}

// where returns the SQL conditions and arguments of f for one source,
// given its year and key columns.
func (f originFilter) where(yearCol, keyCol string) (string, []any) {
	conds := []string{yearCol + " > 0", yearCol + " < ?"}
	args := []any{f.beforeYear}
	if f.months != nil {
		ph := strings.Repeat(",?", len(f.months))[1:]
		conds = append(conds, "("+keyCol+" = 0 OR "+keyCol+" / 100 IN ("+ph+"))")
		for _, m := range f.months {
			args = append(args, m)
		}
	}
	if f.keys != nil {
		conds = append(conds, keyCol+" IN ("+strings.Repeat(",?", len(f.keys))[1:]+")")
		for _, k := range f.keys {
			args = append(args, k)
		}
	}
	if f.keyHi > 0 {
		conds = append(conds, "("+keyCol+" = 0 OR "+keyCol+" BETWEEN ? AND ?)")
		args = append(args, f.keyLo, f.keyHi)
	}
	if f.milestone > 0 {
		conds = append(conds, "(? - "+yearCol+") % 5 = 0")
		args = append(args, f.milestone)
	}
	return strings.Join(conds, " AND "), args
}

// partnershipSQL returns the FROM and WHERE of the partnership origins of f.
func (f originFilter) partnershipSQL() (string, []any) {
	w, args := f.where("ps.est_year", "ps.est_key")
	sql := " FROM partnerships ps"
	if f.q.Country != "" {
		sql += " JOIN partners pc ON pc.id = ps.partner_id"
	}
	sql += " WHERE ps.status = ? AND " + w
	args = append([]any{f.q.status()}, args...)
	if f.q.PartnerID != 0 {
		sql += " AND ps.partner_id = ?"
		args = append(args, f.q.PartnerID)
	}
	if f.q.Country != "" {
		sql += " AND pc.country = ?"
		args = append(args, f.q.Country)
	}
	return sql, args
}

// commemorationSQL returns the FROM and WHERE of the commemoration origins of f.
func (f originFilter) commemorationSQL() (string, []any) {
	w, args := f.where("date_year", "date_key")
	sql := " FROM commemorations WHERE " + w
	if f.q.PartnerID != 0 {
		sql += " AND partner_id = ?"
		args = append(args, f.q.PartnerID)
	}
	if f.q.Country != "" {
		sql += " AND country = ?"
		args = append(args, f.q.Country)
	}
	return sql, args
}

// origins reads the origins of f from both sources. localZH maps local
// parties to their Chinese names for titles.
func (s *Store) origins(ctx context.Context, f originFilter, localZH map[string]string) ([]anniversary.Origin, error) {
	var out []anniversary.Origin
	from, args := f.partnershipSQL()
	rows, err := s.db.WithContext(ctx).Raw(`SELECT ps.id, ps.partner_id, ps.local_party, ps.type, ps.established_on,
		p.name_en, p.name_zh, p.kind`+strings.Replace(from, " WHERE ", " JOIN partners p ON p.id = ps.partner_id WHERE ", 1), args...).Rows()
	if err != nil {
		return nil, translate(err)
	}
	pids := map[int64]*int64{} // one pointer per partner, shared by its origins
	for rows.Next() {
		var (
			o                        anniversary.Origin
			pid                      int64
			local, typ, en, zh, kind string
		)
		if err := rows.Scan(&o.SourceID, &pid, &local, &typ, &o.Date, &en, &zh, &kind); err != nil {
			rows.Close()
			return nil, translate(err)
		}
		if pids[pid] == nil {
			v := pid
			pids[pid] = &v
		}
		o.Source, o.PartnerID, o.Type = anniversary.SourcePartnership, pids[pid], typ
		o.LocalEN, o.LocalZH, o.PartnerEN, o.PartnerZH = local, localZH[local], en, shortZH(zh, kind)
		out = append(out, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, translate(err)
	}
	from, args = f.commemorationSQL()
	rows, err = s.db.WithContext(ctx).Raw("SELECT id, partner_id, title_en, title_zh, date"+from, args...).Rows()
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		var o anniversary.Origin
		if err := rows.Scan(&o.SourceID, &o.PartnerID, &o.TitleEN, &o.TitleZH, &o.Date); err != nil {
			return nil, translate(err)
		}
		o.Source = anniversary.SourceCommemoration
		out = append(out, o)
	}
	return out, translate(rows.Err())
}

// AnniversaryOrigins reads every origin that can have an anniversary in
// the range: before the range's last year and, for ranges shorter than a
// year, of a month the range touches (or of unknown month).
func (s *Store) AnniversaryOrigins(ctx context.Context, q AnniversaryQuery, localZH map[string]string) ([]anniversary.Origin, error) {
	f := originFilter{q: q, beforeYear: q.To.Y}
	if ms := anniversary.MonthsTouched(q.From, q.To); len(ms) < 12 {
		f.months = ms
	}
	return s.origins(ctx, f, localZH)
}

// Anniversaries computes every anniversary of q, sorted by date then title
// (the calendar and the command line use the whole list).
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

// yearWindow is the part of a query's range inside one calendar year, as
// day keys (month*100+day).
type yearWindow struct {
	year   int
	lo, hi int
	leap   bool
}

func windows(from, to pdate.Date) []yearWindow {
	var ws []yearWindow
	for y := from.Y; y <= to.Y; y++ {
		w := yearWindow{year: y, lo: 101, hi: 1231, leap: pdate.IsLeap(y)}
		if y == from.Y {
			w.lo = DateKey(from)
		}
		if y == to.Y {
			w.hi = DateKey(to)
		}
		ws = append(ws, w)
	}
	return ws
}

// place returns where an origin of key k falls in year w.year — its
// position key (29 February falls on 28 February in common years) — and
// whether it falls inside the window at all. Year-precision origins (key 0)
// always do; month-precision ones when their month overlaps the window.
func (w yearWindow) place(k int) (int, bool) {
	switch {
	case k == 0:
		return 0, true
	case k%100 == 0:
		return k, k/100 >= w.lo/100 && k/100 <= w.hi/100
	case k == 229 && !w.leap:
		return 228, 228 >= w.lo && 228 <= w.hi
	}
	return k, k >= w.lo && k <= w.hi
}

// AnniversaryPage returns one page of the anniversaries of q, sorted by
// date then title, and their total. It reads a histogram of origin
// (day key, year) pairs and then only the origins of the page's days, so
// the work and memory grow with the page, not with the table.
func (s *Store) AnniversaryPage(ctx context.Context, q AnniversaryQuery, localZH map[string]string, p Page) ([]anniversary.Anniversary, int, error) {
	ws := windows(q.From, q.To)
	f := originFilter{q: q, beforeYear: q.To.Y}
	if len(ws) == 1 && !(ws[0].lo == 101 && ws[0].hi == 1231) {
		f.keyLo, f.keyHi = ws[0].lo/100*100, ws[0].hi
		if f.keyHi == 228 {
			f.keyHi = 229
		}
	}
	type cell struct{ key, year int }
	hist := map[cell]int{}
	for _, part := range []func() (string, []any){f.partnershipSQL, f.commemorationSQL} {
		from, args := part()
		yearCol, keyCol := "ps.est_year", "ps.est_key"
		if !strings.Contains(from, "partnerships") {
			yearCol, keyCol = "date_year", "date_key"
		}
		rows, err := s.db.WithContext(ctx).Raw("SELECT "+keyCol+", "+yearCol+", COUNT(*)"+from+" GROUP BY "+keyCol+", "+yearCol, args...).Rows()
		if err != nil {
			return nil, 0, translate(err)
		}
		for rows.Next() {
			var c cell
			var n int
			if err := rows.Scan(&c.key, &c.year, &n); err != nil {
				rows.Close()
				return nil, 0, translate(err)
			}
			hist[c] += n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, 0, translate(err)
		}
	}
	// Count per (year, position key), in order.
	type bucket struct {
		w      yearWindow
		pos    int
		n      int
		rawKey map[int]bool
	}
	var buckets []bucket
	total := 0
	for _, w := range ws {
		byPos := map[int]*bucket{}
		for c, n := range hist {
			if c.year >= w.year {
				continue
			}
			if q.MilestoneOnly && (w.year-c.year)%5 != 0 {
				continue
			}
			pos, ok := w.place(c.key)
			if !ok {
				continue
			}
			b := byPos[pos]
			if b == nil {
				b = &bucket{w: w, pos: pos, rawKey: map[int]bool{}}
				byPos[pos] = b
			}
			b.n += n
			b.rawKey[c.key] = true
		}
		keys := make([]int, 0, len(byPos))
		for k := range byPos {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		for _, k := range keys {
			buckets = append(buckets, *byPos[k])
			total += byPos[k].n
		}
	}
	// Read the origins of the buckets the page touches, year by year.
	var page []anniversary.Anniversary
	start, at := -1, 0
	for i := 0; i < len(buckets); {
		b := buckets[i]
		if at+b.n <= p.Offset {
			at += b.n
			i++
			continue
		}
		if at >= p.Offset+p.Limit {
			break
		}
		if start < 0 {
			start = at
		}
		// Gather the consecutive buckets of this year that the page needs.
		keys := map[int]bool{}
		j := i
		for ; j < len(buckets) && buckets[j].w.year == b.w.year && at < p.Offset+p.Limit; j++ {
			for k := range buckets[j].rawKey {
				keys[k] = true
			}
			at += buckets[j].n
		}
		fy := f
		fy.beforeYear, fy.keyLo, fy.keyHi = b.w.year, 0, 0
		for k := range keys {
			fy.keys = append(fy.keys, k)
		}
		sort.Ints(fy.keys)
		if q.MilestoneOnly {
			fy.milestone = b.w.year
		}
		os, err := s.origins(ctx, fy, localZH)
		if err != nil {
			return nil, 0, err
		}
		got := make([]anniversary.Anniversary, 0, len(os))
		for k := range os {
			got = append(got, os[k].Nth(b.w.year-os[k].Date.Y))
		}
		anniversary.Sort(got)
		page = append(page, got...)
		i = j
	}
	if start < 0 {
		return []anniversary.Anniversary{}, total, nil
	}
	lo := p.Offset - start
	hi := min(lo+p.Limit, len(page))
	if lo > len(page) {
		return []anniversary.Anniversary{}, total, nil
	}
	return page[lo:hi], total, nil
}

