package anniversary

import (
	"cmp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// Source says which kind of record an origin comes from.
type Source string

// Sources of origins, matching the "source" field of the REST contract.
const (
	SourcePartnership   Source = "partnership"
	SourceCommemoration Source = "commemoration"
)

// Partnership types understood by the title builder, from the one vocabulary.
const (
	TypeSisterCity     = vocab.TypeSisterCity
	TypeFriendshipCity = vocab.TypeFriendshipCity
	TypeCooperation    = vocab.TypeCooperation
	TypeMembership     = vocab.TypeMembership
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
	// PartnerID is a copy of the origin's partner id (nil when it has
	// none): an anniversary never points into its origin.
	PartnerID *int64

	TitleEN, TitleZH string
}

// Nth returns the n-th anniversary of o (n >= 1; o.Date must not be zero),
// whether or not it falls in any particular range.
func (o *Origin) Nth(n int) Anniversary {
	en, zh := o.Titles(n)
	var pid *int64
	if o.PartnerID != nil {
		pid = new(*o.PartnerID)
	}
	return o.nth(n, en, zh, pid)
}

// nth is Nth with the titles and partner id provided.
func (o *Origin) nth(n int, en, zh string, partnerID *int64) Anniversary {
	y := o.Date.Y + n
	return Anniversary{
		Date:      pdate.Date{Y: y, M: o.Date.M, D: dayIn(y, o.Date.M, o.Date.D)},
		Years:     n,
		Milestone: n%5 == 0,
		Major:     n%10 == 0,
		Source:    o.Source,
		SourceID:  o.SourceID,
		PartnerID: partnerID,
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
	lo, hi := monthDay(from, false), monthDay(to, true)
	if d.Y == 0 || from.Y*10000+lo > to.Y*10000+hi {
		return 1, 0
	}
	first, last = from.Y, to.Y
	switch {
	case d.D != 0:
		// The day in from.Y (resp. to.Y) must not precede from (follow to).
		if d.M*100+dayIn(from.Y, d.M, d.D) < lo {
			first++
		}
		if d.M*100+dayIn(to.Y, d.M, d.D) > hi {
			last--
		}
	case d.M != 0:
		// The month in from.Y (resp. to.Y) must overlap the range.
		if d.M < lo/100 {
			first++
		}
		if d.M > hi/100 {
			last--
		}
	}
	// Whole years only: the origin year itself is not an anniversary.
	first = max(first, d.Y+1)
	return first, last
}

// monthDay returns M*100+D of a range end; a partial from stands for its
// first day and a partial to for its last (31 standing for the last day of
// any month, which orders the same).
func monthDay(d pdate.Date, end bool) int {
	switch {
	case d.M == 0 && end:
		return 1231
	case d.M == 0:
		return 101
	case d.D == 0 && end:
		return d.M*100 + 31
	case d.D == 0:
		return d.M*100 + 1
	}
	return d.M*100 + d.D
}

// dayIn returns the day of month m in year y on which an origin day d falls:
// d itself, except that 29 February falls on 28 February in common years.
// A zero d (month or year precision) stays zero.
func dayIn(y, m, d int) int { return pdate.FallsOn(y, m, d) }

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
// SourceID, so that the order is deterministic when (Source, SourceID)
// identifies the origin.
func Compare(a, b Anniversary) int { return compare(&a, &b) }

// compare is Compare without copying the anniversaries.
func compare(a, b *Anniversary) int {
	if ka, kb := sortKey(a.Date), sortKey(b.Date); ka != kb {
		if ka < kb {
			return -1
		}
		return 1
	}
	return cmp.Or(strings.Compare(a.TitleEN, b.TitleEN), strings.Compare(a.TitleZH, b.TitleZH),
		strings.Compare(string(a.Source), string(b.Source)), cmp.Compare(a.SourceID, b.SourceID))
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
// Memory grows with the result, not with the number of origins: a first
// pass counts the anniversaries, then the result is allocated at its exact
// size, the partner ids in one array and the titles in a few shared chunks
// (so a title kept alive keeps its chunk alive); the only other allocations
// are three counters per day of the range and per worker.
//
// How: for ranges of up to maxBucketDays days, each anniversary is written
// straight into its date's bucket of the result (a counting sort), leaving
// only anniversaries sharing a date to be sorted, by title (see
// titleSorter). Longer ranges build the result unsorted and Sort it. Large
// inputs (from minPerWorker origins) are split between up to maxWorkers
// goroutines, within GOMAXPROCS.
func Compute(origins []Origin, from, to pdate.Date) []Anniversary {
	workers := min(runtime.GOMAXPROCS(0), maxWorkers, max(1, len(origins)/minPerWorker))
	return compute(origins, from, to, workers)
}

// Parallelism of Compute.
const (
	maxWorkers   = 4
	minPerWorker = 16 << 10 // origins
)

// worker is the share of Compute of one goroutine: origins[lo:hi], the
// matching part of every bucket and of the partner ids.
type worker struct {
	lo, hi   int
	next     []int32 // per bucket: the worker's count, then its next place in the result
	partners int     // how many partner ids the worker copies
	pids     []int64 // where it copies them (its part of one shared array)
}

// compute is Compute with the number of goroutines given.
func compute(origins []Origin, from, to pdate.Date, workers int) []Anniversary {
	if from, to = from.First(), to.Last(); dayKey(from) > dayKey(to) {
		return []Anniversary{}
	}
	// Bucket b holds the dates whose first day is base+b/3, coarser
	// precision first (b%3 is 0 for a year, 1 for a month, 2 for a day),
	// which is exactly the order of sortKey.
	base := dayNumber(from.Y, 1, 1)
	nb := 3 * (dayNumber(to.Y, to.M, to.D) - base + 1)
	bucketed := nb <= 3*maxBucketDays
	if !bucketed {
		nb = 1
	}
	bucketOf := func(d pdate.Date, y int) int {
		if !bucketed {
			return 0
		}
		return bucket(d, y, base)
	}
	ws := make([]worker, max(1, min(workers, len(origins))))
	for k := range ws {
		ws[k].lo, ws[k].hi = k*len(origins)/len(ws), (k+1)*len(origins)/len(ws)
	}

	// Pass 1: count the anniversaries of each bucket, and the partner ids.
	parallel(len(ws), func(k int) {
		w := &ws[k]
		w.next = make([]int32, nb)
		for i := w.lo; i < w.hi; i++ {
			o := &origins[i]
			first, last := o.years(from, to)
			for y := first; y <= last; y++ {
				w.next[bucketOf(o.Date, y)]++
			}
			if o.PartnerID != nil && first <= last {
				w.partners += last - first + 1
			}
		}
	})
	start := place(ws, nb)

	// Pass 2: build each anniversary into the next free place of its bucket.
	// Titles are written in origin order, which reads the origins
	// sequentially.
	out := make([]Anniversary, start[nb])
	parallel(len(ws), func(k int) {
		w := &ws[k]
		titles := titleArena{left: len(out) / len(ws)}
		var nums decimals
		for i := w.lo; i < w.hi; i++ {
			o := &origins[i]
			first, last := o.years(from, to)
			for y := first; y <= last; y++ {
				b, years := bucketOf(o.Date, y), y-o.Date.Y
				en, zh := titles.write(o, years, nums.get(years))
				var pid *int64
				if o.PartnerID != nil {
					w.pids[0] = *o.PartnerID
					pid, w.pids = &w.pids[0], w.pids[1:]
				}
				out[w.next[b]] = o.nth(years, en, zh, pid)
				w.next[b]++
			}
		}
	})

	if !bucketed {
		Sort(out)
		return out
	}
	sortBuckets(out, start, len(ws))
	return out
}

// place turns the workers' per-bucket counts into places: bucket b is
// start[b:b+1] of the result, and within it worker k's anniversaries follow
// those of workers 0..k-1 (ws[k].next[b] becomes worker k's first place in
// b). It also shares out one array of partner ids between the workers.
func place(ws []worker, nb int) (start []int32) {
	start = make([]int32, nb+1)
	for b := range nb {
		at := start[b]
		for k := range ws {
			at, ws[k].next[b] = at+ws[k].next[b], at
		}
		start[b+1] = at
	}
	partners := 0
	for k := range ws {
		partners += ws[k].partners
	}
	pids := make([]int64, partners)
	for k := range ws {
		ws[k].pids, pids = pids[:ws[k].partners], pids[ws[k].partners:]
	}
	return start
}

// sortBuckets sorts each bucket start[b:b+1] of out, the buckets shared out
// between n workers by size: the worker whose share holds a bucket's first
// element sorts it.
func sortBuckets(out []Anniversary, start []int32, n int) {
	parallel(n, func(k int) {
		lo, hi := int32(k*len(out)/n), int32((k+1)*len(out)/n)
		var ts titleSorter
		for b := range len(start) - 1 {
			if start[b] >= lo && start[b] < hi {
				ts.sort(out[start[b]:start[b+1]])
			}
		}
	})
}

// parallel calls f(0), ..., f(n-1), concurrently when n > 1, and returns
// when all have returned.
func parallel(n int, f func(int)) {
	var wg sync.WaitGroup
	for k := 1; k < n; k++ {
		wg.Go(func() { f(k) })
	}
	f(0)
	wg.Wait()
}

// decimals memoizes the decimal strings of numbers >= 100 (strconv.Itoa
// does not allocate below 100).
type decimals map[int]string

func (d *decimals) get(n int) string {
	if n < 100 {
		return strconv.Itoa(n)
	}
	s, ok := (*d)[n]
	if !ok {
		if *d == nil {
			*d = make(decimals)
		}
		s = strconv.Itoa(n)
		(*d)[n] = s
	}
	return s
}

// maxBucketDays bounds the bucket array of Compute (3 int32 per day, about
// 4 KiB per year of range) to about 70 years.
const maxBucketDays = 70 * 366

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
