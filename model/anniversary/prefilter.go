package anniversary

import "github.com/youcheng/youcheng/model/pdate"

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
