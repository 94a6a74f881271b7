package anniversary

import (
	"cmp"
	"slices"
)

// titleSorter sorts anniversaries that share a date by Compare, i.e. by
// TitleEN and then the tie-breaks.
//
// It is an MSD radix sort on 8-byte chunks of TitleEN that skips the prefix
// a run of titles has in common: the titles of one date typically share long
// prefixes ("30th anniversary of Weihai–"), which plain string comparisons
// would read again on every comparison. It sorts small index records and
// then moves each anniversary once into place. Its buffer is reused across
// calls.
type titleSorter struct {
	keys []titleKey
}

// titleKey is the chunk of as[i].TitleEN at the current depth.
type titleKey struct {
	key uint64
	i   int
}

// smallRun is the size up to which runs are sorted by plain comparisons.
const smallRun = 12

// sort sorts as, whose elements all have the same date, by Compare.
func (ts *titleSorter) sort(as []Anniversary) {
	if len(as) <= smallRun {
		slices.SortFunc(as, Compare)
		return
	}
	ts.keys = slices.Grow(ts.keys[:0], len(as))[:len(as)]
	for i := range as {
		ts.keys[i].i = i
	}
	sortRun(as, ts.keys, 0)
	// Move each anniversary once into place, cycle by cycle: position j
	// receives as[keys[j].i]. Placed positions are marked keys[j].i == j.
	for j := range ts.keys {
		if ts.keys[j].i == j {
			continue
		}
		saved, k := as[j], j
		for {
			src := ts.keys[k].i
			ts.keys[k].i = k
			if src == j {
				as[k] = saved
				break
			}
			as[k] = as[src]
			k = src
		}
	}
}

// sortRun orders run by the titles of as, knowing that those titles agree
// on their first depth bytes (padded with zeros).
func sortRun(as []Anniversary, run []titleKey, depth int) {
	full := func(a, b titleKey) int { return compare(&as[a.i], &as[b.i]) }
	if len(run) <= smallRun {
		slices.SortFunc(run, full)
		return
	}
	// Skip the bytes beyond depth that every title of the run shares.
	if ref := as[run[0].i].TitleEN; depth < len(ref) {
		common := ref[depth:]
		for j := 1; j < len(run) && common != ""; j++ {
			if t := as[run[j].i].TitleEN; depth >= len(t) {
				common = ""
			} else {
				common = common[:commonPrefix(common, t[depth:])]
			}
		}
		depth += len(common)
	}
	exhausted := true
	for j := range run {
		t := as[run[j].i].TitleEN
		run[j].key = chunk8(t, depth)
		exhausted = exhausted && len(t) <= depth+8
	}
	if exhausted {
		// Every title ends within this chunk: what is left to compare is
		// short (or the titles are equal), so compare in full.
		slices.SortFunc(run, full)
		return
	}
	slices.SortFunc(run, func(a, b titleKey) int { return cmp.Compare(a.key, b.key) })
	for lo := 0; lo < len(run); {
		hi := lo + 1
		for hi < len(run) && run[hi].key == run[lo].key {
			hi++
		}
		if hi-lo > 1 {
			sortRun(as, run[lo:hi], depth+8)
		}
		lo = hi
	}
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	i := 0
	for i+8 <= n && chunk8(a, i) == chunk8(b, i) {
		i += 8
	}
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

// chunk8 returns bytes [depth, depth+8) of s as a big-endian integer, with
// missing bytes as zeros, so that integer order is byte order. Zero-padding
// keeps the order right where chunks differ; where they are equal the
// caller looks further or compares in full.
func chunk8(s string, depth int) uint64 {
	if depth+8 <= len(s) {
		b := s[depth : depth+8]
		return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 |
			uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
	}
	var k uint64
	for p := depth; p < depth+8; p++ {
		k <<= 8
		if p < len(s) {
			k |= uint64(s[p])
		}
	}
	return k
}
