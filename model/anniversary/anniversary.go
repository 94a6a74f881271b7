package anniversary

import (
	"cmp"
	"slices"
	"strings"

	"github.com/youcheng/youcheng/model/pdate"
)

// Source says which kind of record an origin comes from.
type Source string

// Sources of origins, matching the "source" field of the REST contract.
const (
	SourcePartnership   Source = "partnership"
	SourceCommemoration Source = "commemoration"
)

// Partnership types understood by the title builder. The values are those of
// model.TypeSisterCity and its siblings (kept here as plain strings so this
// package has no dependency on package model).
const (
	TypeSisterCity     = "sister_city"
	TypeFriendshipCity = "friendship_city"
	TypeCooperation    = "cooperation"
	TypeMembership     = "membership"
)

// Origin is a dated event whose anniversaries are computed: a partnership
// with a known established_on, or a commemoration.
//
// Only the fields relevant to its Source are used for titles: LocalEN,
// LocalZH, PartnerEN, PartnerZH and Type for partnerships; TitleEN and TitleZH
// for commemorations. Any Source other than SourcePartnership is titled like
// a commemoration.
type Origin struct {
	Source    Source
	SourceID  int64
	PartnerID *int64 // nil when the origin is not tied to a partner

	// Date is the origin at its recorded precision. A zero Date (unknown)
	// has no anniversaries.
	Date pdate.Date

	// Partnership title parts. LocalEN/LocalZH name the local party
	// (e.g. "Weihai"/"威海"), PartnerEN/PartnerZH the partner
	// (e.g. "Ube"/"宇部"), Type is one of the Type* constants.
	LocalEN, LocalZH     string
	PartnerEN, PartnerZH string
	Type                 string

	// Commemoration titles (e.g. "China–Japan diplomatic normalization",
	// "中日邦交正常化").
	TitleEN, TitleZH string
}

// Anniversary is one whole-year anniversary of an Origin.
type Anniversary struct {
	// Date is the anniversary at the origin's precision:
	// Date.Precision() == Origin.Date.Precision().
	Date pdate.Date
	// Years is the number of whole years since the origin (always >= 1).
	Years int
	// Milestone reports a multiple of five years (逢五逢十).
	Milestone bool
	// Major reports a multiple of ten years, the "tens" that Chinese
	// practice commemorates substantively. Major implies Milestone.
	Major bool

	Source   Source
	SourceID int64
	// PartnerID is the origin's PartnerID pointer itself (not a copy), so
	// that producing an anniversary does not allocate; treat it as read-only.
	PartnerID *int64

	TitleEN, TitleZH string
}

// In calls yield with every anniversary of o in [from, to], in chronological
// order, stopping early when yield returns false. It reports whether it ran to
// completion (true also when o has no anniversary in the range).
//
// The check itself is O(1) and allocation-free; only the titles of yielded
// anniversaries allocate. The number of anniversaries is at most
// to.Y-from.Y+1.
func (o *Origin) In(from, to pdate.Date, yield func(Anniversary) bool) bool {
	first, last := o.years(from, to)
	for y := first; y <= last; y++ {
		if !yield(o.Nth(y - o.Date.Y)) {
			return false
		}
	}
	return true
}

// Count returns how many anniversaries of o fall in [from, to], without
// building them. It never allocates.
func (o *Origin) Count(from, to pdate.Date) int {
	first, last := o.years(from, to)
	return max(0, last-first+1)
}

// Nth returns the n-th anniversary of o (n >= 1; o.Date must not be zero),
// whether or not it falls in any particular range.
func (o *Origin) Nth(n int) Anniversary {
	en, zh := o.Titles(n)
	return o.nth(n, en, zh)
}

func (o *Origin) nth(n int, en, zh string) Anniversary {
	y := o.Date.Y + n
	return Anniversary{
		Date:      pdate.Date{Y: y, M: o.Date.M, D: dayIn(y, o.Date.M, o.Date.D)},
		Years:     n,
		Milestone: n%5 == 0,
		Major:     n%10 == 0,
		Source:    o.Source,
		SourceID:  o.SourceID,
		PartnerID: o.PartnerID,
		TitleEN:   en,
		TitleZH:   zh,
	}
}

// years returns the inclusive span [first, last] of calendar years whose
// anniversary of o falls in [from, to]; first > last when there is none.
// The set is always contiguous: an anniversary of a fixed month/day falls in
// the range for every year between the first and the last that qualify.
func (o *Origin) years(from, to pdate.Date) (first, last int) {
	d := o.Date
	if d.Y == 0 || dayKey(from) > dayKey(to) {
		return 1, 0
	}
	first, last = from.Y, to.Y
	switch {
	case d.D != 0:
		// The day in from.Y (resp. to.Y) must not precede from (follow to).
		if d.M*100+dayIn(from.Y, d.M, d.D) < from.M*100+from.D {
			first++
		}
		if d.M*100+dayIn(to.Y, d.M, d.D) > to.M*100+to.D {
			last--
		}
	case d.M != 0:
		// The month in from.Y (resp. to.Y) must overlap the range.
		if d.M < from.M {
			first++
		}
		if d.M > to.M {
			last--
		}
	}
	// Whole years only: the origin year itself is not an anniversary.
	first = max(first, d.Y+1)
	return first, last
}

// dayIn returns the day of month m in year y on which an origin day d falls:
// d itself, except that 29 February falls on 28 February in common years.
// A zero d (month or year precision) stays zero.
func dayIn(y, m, d int) int {
	if m == 2 && d == 29 && !pdate.IsLeap(y) {
		return 28
	}
	return d
}

// dayKey maps a full date to an integer with the same order.
func dayKey(d pdate.Date) int { return (d.Y*100+d.M)*100 + d.D }

// sortKey maps a partial date to an integer ordered like pdate.Compare: by the
// first day covered, then coarser precision first. It is allocation-free,
// unlike pdate.Compare.
func sortKey(d pdate.Date) int {
	m, day, rank := d.M, d.D, 2
	if day == 0 {
		day, rank = 1, 1
	}
	if m == 0 {
		m, rank = 1, 0
	}
	return ((d.Y*100+m)*100+day)*4 + rank
}

// Compare orders anniversaries as the REST contract lists them: by date as
// pdate.Date.Compare does (first day covered, coarser precision first on
// ties), then by TitleEN; remaining ties are broken by TitleZH, Source and
// SourceID so that the order is total and deterministic.
func Compare(a, b Anniversary) int {
	if ka, kb := sortKey(a.Date), sortKey(b.Date); ka != kb {
		if ka < kb {
			return -1
		}
		return 1
	}
	if c := strings.Compare(a.TitleEN, b.TitleEN); c != 0 {
		return c
	}
	if c := strings.Compare(a.TitleZH, b.TitleZH); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Source), string(b.Source)); c != 0 {
		return c
	}
	switch {
	case a.SourceID < b.SourceID:
		return -1
	case a.SourceID > b.SourceID:
		return 1
	}
	return 0
}

// Sort sorts anniversaries in place by Compare.
func Sort(as []Anniversary) {
	slices.SortFunc(as, func(a, b Anniversary) int { return cmp.Compare(sortKey(a.Date), sortKey(b.Date)) })
	var ts titleSorter
	for lo := 0; lo < len(as); {
		hi, k := lo+1, sortKey(as[lo].Date)
		for hi < len(as) && sortKey(as[hi].Date) == k {
			hi++
		}
		ts.sort(as[lo:hi])
		lo = hi
	}
}

// Compute returns every anniversary of every origin in [from, to], sorted by
// Compare. Origins with a zero Date are skipped. The result is never nil.
//
// Memory grows with the result, not with the number of origins: the result
// is allocated once at its exact size, and titles are built into a few
// shared chunks rather than one allocation each (so any title kept alive
// keeps its chunk of neighbouring titles alive too).
//
// For ranges of up to maxBucketDays days the result is bucket-sorted by date
// as it is built, leaving only the anniversaries sharing a date to be sorted
// by title; longer ranges fall back to a comparison sort.
func Compute(origins []Origin, from, to pdate.Date) []Anniversary {
	if dayKey(from) > dayKey(to) {
		return []Anniversary{}
	}
	base := dayNumber(from.Y, 1, 1)
	span := dayNumber(to.Y, to.M, to.D) - base + 1
	if span > maxBucketDays {
		out := make([]Anniversary, 0, countAll(origins, from, to))
		arena := titleArena{left: cap(out)}
		for i := range origins {
			o := &origins[i]
			first, last := o.years(from, to)
			for y := first; y <= last; y++ {
				en, zh := arena.titles(o, y-o.Date.Y)
				out = append(out, o.nth(y-o.Date.Y, en, zh))
			}
		}
		Sort(out)
		return out
	}

	// Counting sort by date: bucket b holds the dates whose first day is
	// base+b/3, coarser precision first (b%3 is 0 for a year, 1 for a month,
	// 2 for a day), which is exactly the order of sortKey.
	start := make([]int32, 3*span+1)
	n := 0
	for i := range origins {
		o := &origins[i]
		first, last := o.years(from, to)
		for y := first; y <= last; y++ {
			start[bucket(o.Date, y, base)+1]++
			n++
		}
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	out := make([]Anniversary, n)
	next := slices.Clone(start[:len(start)-1])
	arena := titleArena{left: n}
	for i := range origins {
		o := &origins[i]
		first, last := o.years(from, to)
		for y := first; y <= last; y++ {
			b := bucket(o.Date, y, base)
			en, zh := arena.titles(o, y-o.Date.Y)
			out[next[b]] = o.nth(y-o.Date.Y, en, zh)
			next[b]++
		}
	}
	var ts titleSorter
	for b := range len(start) - 1 {
		ts.sort(out[start[b]:start[b+1]])
	}
	return out
}

// maxBucketDays bounds the bucket array of Compute (3 int32 per day, 12 KiB
// per year) to about 70 years.
const maxBucketDays = 70 * 366

// countAll returns the number of anniversaries of origins in [from, to].
func countAll(origins []Origin, from, to pdate.Date) int {
	n := 0
	for i := range origins {
		n += origins[i].Count(from, to)
	}
	return n
}

// bucket returns the counting-sort bucket of the anniversary in year y of an
// origin on d, relative to day number base.
func bucket(d pdate.Date, y, base int) int {
	switch {
	case d.D != 0:
		return 3*(dayNumber(y, d.M, dayIn(y, d.M, d.D))-base) + 2
	case d.M != 0:
		return 3*(dayNumber(y, d.M, 1)-base) + 1
	default:
		return 3 * (dayNumber(y, 1, 1) - base)
	}
}

// dayNumber returns a serial number of the Gregorian day y-m-d (y >= 1):
// consecutive days have consecutive numbers.
func dayNumber(y, m, d int) int {
	// Count years from March so that the leap day ends the year; y stays
	// non-negative for years >= 1.
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d
}
