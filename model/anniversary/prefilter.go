package anniversary

import (
	"fmt"

	"github.com/youcheng/youcheng/model/pdate"
)

// MonthsTouched returns, in ascending order, the months (1–12) that the
// range [from, to] touches: the months whose month- or day-precision origins
// can have an anniversary in the range. A range touching twelve distinct
// calendar months (e.g. 2023-01-31..2023-12-01) gives all twelve; a reversed
// range gives nil.
func MonthsTouched(from, to pdate.Date) []int {
	if from, to = from.First(), to.Last(); dayKey(from) > dayKey(to) {
		return nil
	}
	n := (to.Y*12 + to.M) - (from.Y*12 + from.M) + 1 // months spanned
	var set [13]bool
	for i := range min(n, 12) {
		set[(from.M-1+i)%12+1] = true
	}
	months := make([]int, 0, min(n, 12))
	for m := 1; m <= 12; m++ {
		if set[m] {
			months = append(months, m)
		}
	}
	return months
}

// MonthDay is a day of the year without a year, 29 February included.
type MonthDay struct {
	M, D int
}

// String formats md as "MM-DD", which orders like md and matches characters
// 6–10 of a stored "YYYY-MM-DD" date.
func (md MonthDay) String() string { return fmt.Sprintf("%02d-%02d", md.M, md.D) }

// Number returns md as M*100+D (e.g. 1215 for 15 December), which orders
// like md and suits SQL comparisons on est_key (month*100+day).
func (md MonthDay) Number() int { return md.M*100 + md.D }

// Window is an inclusive, non-wrapping interval of month-days:
// From <= To in calendar order.
type Window struct {
	From, To MonthDay
}

// Contains reports whether m/d lies in w.
func (w Window) Contains(m, d int) bool {
	n := m*100 + d
	return w.From.Number() <= n && n <= w.To.Number()
}

// allYear is the window of every month-day.
var allYear = Window{MonthDay{1, 1}, MonthDay{12, 31}}

// DayWindows returns the month-day windows, in calendar order and
// disjoint, of the day-precision origins that have an anniversary in
// [from, to] (ignoring the origin year, see the Prefiltering notes): one
// window within a year; two when the range wraps over New Year
// (2022-12-15..2023-01-15 gives 01-01..01-15 and 12-15..12-31); the single
// window 01-01..12-31 when the range covers every month-day. A range ending
// on 28 February of a common year extends its window to 02-29, since origins
// on 29 February fall on the 28th. A reversed range gives nil.
func DayWindows(from, to pdate.Date) []Window {
	if from, to = from.First(), to.Last(); dayKey(from) > dayKey(to) {
		return nil
	}
	if to.Y-from.Y >= 2 {
		return []Window{allYear}
	}
	start, end := MonthDay{from.M, from.D}, MonthDay{to.M, to.D}
	if end.M == 2 && end.D == pdate.FallsOn(to.Y, 2, 29) {
		end.D = 29 // 29 February origins fall on this day
	}
	if from.Y == to.Y {
		return []Window{{start, end}}
	}
	// The range wraps over New Year: [start, 12-31] then [01-01, end],
	// covering everything when they meet.
	if leapOrdinal(end)+1 >= leapOrdinal(start) {
		return []Window{allYear}
	}
	return []Window{{MonthDay{1, 1}, end}, {start, MonthDay{12, 31}}}
}

// leapOrdinal returns the 1-based day of md in a leap year (01-01 = 1,
// 02-29 = 60, 12-31 = 366), so that consecutive month-days differ by one.
func leapOrdinal(md MonthDay) int {
	cum := [...]int{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335}
	return cum[md.M-1] + md.D
}
