package anniversary

import "github.com/youcheng/youcheng/model/pdate"

// inRange and countIn enumerate an origin's anniversaries over a range
// through the year arithmetic (Origin.years) that Compute uses; Compute and
// the store's windows do that work in production, so these stay test
// helpers rather than methods of Origin.

// inRange calls yield with every anniversary of o in [from, to], in chronological
// order, stopping early when yield returns false. It reports whether it ran to
// completion (true also when o has no anniversary in the range).
//
// The check itself is O(1) and allocation-free, so non-matching origins cost
// no allocation; each yielded anniversary costs two (one string holding both
// titles, and the copy of the partner id). There are at most to.Y-from.Y+1
// anniversaries.
func inRange(o *Origin, from, to pdate.Date, yield func(Anniversary) bool) bool {
	first, last := o.years(from, to)
	for y := first; y <= last; y++ {
		if !yield(o.Nth(y - o.Date.Y)) {
			return false
		}
	}
	return true
}

// countIn returns how many anniversaries of o fall in [from, to], without
// building them. It never allocates.
func countIn(o *Origin, from, to pdate.Date) int {
	first, last := o.years(from, to)
	return max(0, last-first+1)
}
