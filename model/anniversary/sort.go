package anniversary

import (
	"cmp"
	"slices"
)

// titleSorter sorts anniversaries that share a date by Compare, i.e. by
// TitleEN and then the tie-breaks. It is an MSD radix sort on 8-byte chunks
// of TitleEN: titles of one date typically share a long prefix ("30th
// anniversary of Weihai–"), which plain string comparisons would re-read
// on every comparison, with a cache miss per title. Its buffers are reused
// across calls.
type titleSorter struct {
	keys    []titleKey
	scratch []Anniversary
}

// titleKey is the 8 bytes of as[i].TitleEN at the current depth, big-endian
// and zero-padded, so that uint64 order is byte order.
type titleKey struct {
	key uint64
	i   int
}

// sort sorts as, whose elements all have the same date, by Compare.
func (ts *titleSorter) sort(as []Anniversary) {
	switch len(as) {
	case 0, 1:
		return
	case 2:
		if Compare(as[0], as[1]) > 0 {
			as[0], as[1] = as[1], as[0]
		}
		return
	}
	ts.keys = slices.Grow(ts.keys[:0], len(as))[:len(as)]
	for i := range as {
		ts.keys[i].i = i
	}
	ts.sortRun(as, ts.keys, 0)
	ts.scratch = append(ts.scratch[:0], as...)
	for j, k := range ts.keys {
		as[j] = ts.scratch[k.i]
	}
	clear(ts.scratch) // drop references to titles and partner ids
}

// sortRun orders run, whose titles are known to agree on their first depth
// bytes, by the titles of as.
func (ts *titleSorter) sortRun(as []Anniversary, run []titleKey, depth int) {
	exhausted := true
	for j := range run {
		t := as[run[j].i].TitleEN
		run[j].key = chunk8(t, depth)
		exhausted = exhausted && len(t) <= depth+8
	}
	if exhausted {
		// Every title ends within this chunk: what is left is short (or
		// equal titles), so compare the anniversaries in full.
		slices.SortFunc(run, func(a, b titleKey) int { return Compare(as[a.i], as[b.i]) })
		return
	}
	slices.SortFunc(run, func(a, b titleKey) int { return cmp.Compare(a.key, b.key) })
	for lo := 0; lo < len(run); {
		hi := lo + 1
		for hi < len(run) && run[hi].key == run[lo].key {
			hi++
		}
		if hi-lo > 1 {
			ts.sortRun(as, run[lo:hi], depth+8)
		}
		lo = hi
	}
}

// chunk8 returns bytes [depth, depth+8) of s as a big-endian integer, with
// missing bytes as zeros. Zero-padding keeps the order correct where chunks
// differ; where they are equal the caller looks further or compares fully.
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
