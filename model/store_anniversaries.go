package model

import (
	"context"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
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
		return vocab.StatusActive
	}
	return q.Status
}

// shortZH drops the administrative suffix 市 from a Chinese city name for
// titles: 威海—宇部结好30周年, not 威海—宇部市结好30周年.
func shortZH(name, kind string) string {
	if kind == vocab.PartnerCity && strings.HasSuffix(name, "市") && utf8.RuneCountInString(name) > 2 {
		return strings.TrimSuffix(name, "市")
	}
	return name
}

// originFilter narrows the origin rows read for a query.
type originFilter struct {
	q          AnniversaryQuery
	beforeYear int   // origin year < beforeYear
	months     []int // origin month in months (or unknown); nil: any
	keys       []int // origin key in keys; nil: any
	years      []int // origin year in years; nil: any
	keyLo      int   // with keyHi > 0: origin key 0 or in [keyLo, keyHi]
	keyHi      int
	keyPart    keyPart // with keyHi > 0: which of those two the rows are
	milestone  int     // > 0: (milestone - origin year) is a multiple of five
}

// keyPart narrows a key range [keyLo, keyHi] to one of its two parts.
type keyPart int

const (
	bothKeys    keyPart = iota // origin key 0 or in the range
	rangeKeys                  // origin key in the range
	unknownDays                // origin key 0: the day is not known
)

// where returns the SQL conditions and arguments of f for one source,
// given its year and key columns.
func (f originFilter) where(yearCol, keyCol string) (string, []any) {
	conds := []string{yearCol + " > 0", yearCol + " < ?"}
	args := []any{f.beforeYear}
	if f.months != nil {
		ph, ms := sqlIn(f.months)
		conds = append(conds, "("+keyCol+" = 0 OR "+keyCol+" / 100 IN ("+ph+"))")
		args = append(args, ms...)
	}
	for _, in := range []struct {
		col  string
		vals []int
	}{{keyCol, f.keys}, {yearCol, f.years}} {
		if in.vals != nil {
			ph, vs := sqlIn(in.vals)
			conds = append(conds, in.col+" IN ("+ph+")")
			args = append(args, vs...)
		}
	}
	if f.keyHi > 0 {
		switch f.keyPart {
		case rangeKeys:
			conds = append(conds, keyCol+" BETWEEN ? AND ?")
			args = append(args, f.keyLo, f.keyHi)
		case unknownDays:
			conds = append(conds, keyCol+" = 0")
		default:
			conds = append(conds, "("+keyCol+" = 0 OR "+keyCol+" BETWEEN ? AND ?)")
			args = append(args, f.keyLo, f.keyHi)
		}
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
	return f.byPartner(sql, args, "ps.partner_id", "pc.country")
}

// commemorationSQL returns the FROM and WHERE of the commemoration origins of f.
func (f originFilter) commemorationSQL() (string, []any) {
	w, args := f.where("date_year", "date_key")
	sql := " FROM commemorations WHERE " + w
	return f.byPartner(sql, args, "partner_id", "country")
}

// byPartner adds the query's partner and country conditions, on those
// columns, to sql and its args.
func (f originFilter) byPartner(sql string, args []any, partnerCol, countryCol string) (string, []any) {
	if f.q.PartnerID != 0 {
		sql += " AND " + partnerCol + " = ?"
		args = append(args, f.q.PartnerID)
	}
	if f.q.Country != "" {
		sql += " AND " + countryCol + " = ?"
		args = append(args, f.q.Country)
	}
	return sql, args
}

// origins reads the origins of f from both sources. localZH maps local
// parties to their Chinese names for titles.
func (s *Store) origins(ctx context.Context, f originFilter) ([]anniversary.Origin, error) {
	localZH := s.home.NamesZH()
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
func (s *Store) AnniversaryOrigins(ctx context.Context, q AnniversaryQuery) ([]anniversary.Origin, error) {
	f := originFilter{q: q, beforeYear: q.To.Y}
	if ms := anniversary.MonthsTouched(q.From, q.To); len(ms) < 12 {
		f.months = ms
	}
	return s.origins(ctx, f)
}

// Anniversaries computes every anniversary of q, sorted by date then title
// (the calendar and the command line use the whole list).
func (s *Store) Anniversaries(ctx context.Context, q AnniversaryQuery) ([]anniversary.Anniversary, error) {
	origins, err := s.AnniversaryOrigins(ctx, q)
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
}

func windows(from, to pdate.Date) []yearWindow {
	var ws []yearWindow
	for y := from.Y; y <= to.Y; y++ {
		w := yearWindow{year: y, lo: 101, hi: 1231}
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
	}
	k = k/100*100 + pdate.FallsOn(w.year, k/100, k%100)
	return k, k >= w.lo && k <= w.hi
}

// AnniversaryPage returns one page of the anniversaries of q, sorted by
// date then title, and their total. For each calendar year of the range it
// counts the origins per day in SQL, then reads only the origins of the
// days the page touches, so the work and memory grow with the page, not with
// the table.
func (s *Store) AnniversaryPage(ctx context.Context, q AnniversaryQuery, p Page) ([]anniversary.Anniversary, int, error) {
	type position struct {
		w       yearWindow
		pos, n  int
		rawKeys []int
	}
	var positions []position
	total := 0
	for _, w := range windows(q.From, q.To) {
		f := s.windowFilter(q, w)
		counts, err := s.originHistogram(ctx, f, false)
		if err != nil {
			return nil, 0, err
		}
		byPos := map[int]*position{}
		for c, n := range counts {
			pos, ok := w.place(c[0])
			if !ok {
				continue
			}
			if byPos[pos] == nil {
				byPos[pos] = &position{w: w, pos: pos}
			}
			byPos[pos].n += n
			byPos[pos].rawKeys = append(byPos[pos].rawKeys, c[0])
		}
		for _, pos := range sortedKeys(byPos) {
			positions = append(positions, *byPos[pos])
			total += byPos[pos].n
		}
	}
	var page []anniversary.Anniversary
	start, at := -1, 0
	for i := 0; i < len(positions); {
		ps := positions[i]
		if at+ps.n <= p.Offset {
			at += ps.n
			i++
			continue
		}
		if at >= p.Offset+p.Limit {
			break
		}
		// The days of this year the page touches.
		w := ps.w
		var rawKeys []int
		j := i
		for ; j < len(positions) && positions[j].w.year == w.year && at < p.Offset+p.Limit; j++ {
			rawKeys = append(rawKeys, positions[j].rawKeys...)
			at += positions[j].n
		}
		unitStart := at
		for k := i; k < j; k++ {
			unitStart -= positions[k].n
		}
		got, first, err := s.pageOfDays(ctx, q, w, rawKeys, p.Offset-unitStart, p.Offset+p.Limit-unitStart)
		if err != nil {
			return nil, 0, err
		}
		if start < 0 {
			start = unitStart + first
		}
		page = append(page, got...)
		i = j
	}
	if start < 0 || p.Offset-start >= len(page) {
		return []anniversary.Anniversary{}, total, nil
	}
	lo := p.Offset - start
	return page[lo:min(lo+p.Limit, len(page))], total, nil
}

// windowFilter is the origin filter of one year's window of q.
func (s *Store) windowFilter(q AnniversaryQuery, w yearWindow) originFilter {
	f := originFilter{q: q, beforeYear: w.year}
	if !(w.lo == 101 && w.hi == 1231) {
		f.keyLo, f.keyHi = w.lo/100*100, w.hi
		if f.keyHi == 200+pdate.FallsOn(w.year, 2, 29) {
			f.keyHi = 229 // 29 February origins fall on this day
		}
	}
	if q.MilestoneOnly {
		f.milestone = w.year
	}
	return f
}

// originHistogram counts the origins of f per day key (byYear false) or per
// (day key, origin year), over both sources.
func (s *Store) originHistogram(ctx context.Context, f originFilter, byYear bool) (map[[2]int]int, error) {
	hist := map[[2]int]int{}
	if f.keyHi > 0 && f.keyPart == bothKeys {
		// "key = 0 OR key BETWEEN" makes SQLite merge two index searches
		// and sort them for the GROUP BY; the two parts apart are each one
		// ordered range of the covering index (about four times faster).
		for _, part := range []keyPart{rangeKeys, unknownDays} {
			g := f
			g.keyPart = part
			h, err := s.originHistogram(ctx, g, byYear)
			if err != nil {
				return nil, err
			}
			for c, n := range h {
				hist[c] += n
			}
		}
		return hist, nil
	}
	for _, src := range []struct {
		sql             func() (string, []any)
		yearCol, keyCol string
	}{{f.partnershipSQL, "ps.est_year", "ps.est_key"}, {f.commemorationSQL, "date_year", "date_key"}} {
		from, args := src.sql()
		cols := src.keyCol + ", 0"
		group := src.keyCol
		if byYear {
			cols, group = src.keyCol+", "+src.yearCol, src.keyCol+", "+src.yearCol
		}
		rows, err := s.db.WithContext(ctx).Raw("SELECT "+cols+", COUNT(*)"+from+" GROUP BY "+group, args...).Rows()
		if err != nil {
			return nil, translate(err)
		}
		for rows.Next() {
			var c [2]int
			var n int
			if err := rows.Scan(&c[0], &c[1], &n); err != nil {
				rows.Close()
				return nil, translate(err)
			}
			hist[c] += n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, translate(err)
		}
	}
	return hist, nil
}

// pageOfDays returns, of the anniversaries in year w.year of the origins with
// the given day keys (in list order, items lo to hi of them), the units of
// one day and one number of years that [lo, hi) touches, sorted, and the
// position of the first returned item among them.
func (s *Store) pageOfDays(ctx context.Context, q AnniversaryQuery, w yearWindow, rawKeys []int, lo, hi int) ([]anniversary.Anniversary, int, error) {
	f := s.windowFilter(q, w)
	f.keyLo, f.keyHi = 0, 0
	f.keys = sortedKeys(setOf(rawKeys))
	cells, err := s.originHistogram(ctx, f, true)
	if err != nil {
		return nil, 0, err
	}
	// Every title starts with its ordinal ("30th anniversary of …"), so the
	// items of one day and one number of years are contiguous, ordered among
	// the numbers by their ordinals' text.
	type unit struct {
		pos, n  int
		ordinal string
		count   int
	}
	byUnit := map[[2]int]*unit{}
	for c, cnt := range cells {
		pos, _ := w.place(c[0])
		n := w.year - c[1]
		u := byUnit[[2]int{pos, n}]
		if u == nil {
			u = &unit{pos: pos, n: n, ordinal: anniversary.Ordinal(n)}
			byUnit[[2]int{pos, n}] = u
		}
		u.count += cnt
	}
	units := make([]*unit, 0, len(byUnit))
	for _, u := range byUnit {
		units = append(units, u)
	}
	sort.Slice(units, func(a, b int) bool {
		if units[a].pos != units[b].pos {
			return units[a].pos < units[b].pos
		}
		return units[a].ordinal < units[b].ordinal
	})
	wanted := map[[2]int]bool{}
	years := map[int]bool{}
	first, at := -1, 0
	for _, u := range units {
		if at+u.count > lo && at < hi {
			if first < 0 {
				first = at
			}
			wanted[[2]int{u.pos, u.n}] = true
			years[w.year-u.n] = true
		}
		at += u.count
	}
	if first < 0 {
		return nil, 0, nil
	}
	f.years = sortedKeys(years)
	os, err := s.origins(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	got := make([]anniversary.Anniversary, 0, len(os))
	for k := range os {
		n := w.year - os[k].Date.Y
		if pos, _ := w.place(DateKey(os[k].Date)); wanted[[2]int{pos, n}] {
			got = append(got, os[k].Nth(n))
		}
	}
	anniversary.Sort(got)
	return got, first, nil
}

func setOf(xs []int) map[int]bool {
	m := make(map[int]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func sortedKeys[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}
