package anniversary

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
)

func TestMonthsTouched(t *testing.T) {
	t.Parallel()
	all := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	cases := []struct {
		from, to string
		want     []int
	}{
		{"2023-05-18", "2023-05-18", []int{5}},
		{"2023-05-01", "2023-05-31", []int{5}},
		{"2023-05-31", "2023-06-01", []int{5, 6}},
		{"2022-12-15", "2023-01-15", []int{1, 12}},
		{"2022-11-15", "2023-02-15", []int{1, 2, 11, 12}},
		{"2023-02-01", "2023-12-31", []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{"2023-03-15", "2024-01-15", []int{1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{"2023-01-31", "2023-12-01", all},
		{"2023-01-01", "2023-12-31", all},
		{"2023-03-15", "2024-02-14", all},
		{"2020-01-01", "2029-12-31", all},
		{"2023-06-01", "2023-05-31", nil},
		{"2022-12", "2023-01", []int{1, 12}}, // partial ends
		{"2023", "2023", all},
	}
	for _, c := range cases {
		if g := MonthsTouched(mp(c.from), mp(c.to)); !slices.Equal(g, c.want) {
			t.Errorf("MonthsTouched(%s, %s) = %v, want %v", c.from, c.to, g, c.want)
		}
	}
}

// TestPrefilterExact checks on random ranges that MonthsTouched selects
// exactly the origin months that have an anniversary in the range, for
// origins old enough that the year never excludes them.
func TestPrefilterExact(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	start := mp("1999-01-01")
	for i := range 3000 {
		from := start.AddDays(rng.IntN(30 * 365))
		var to pdate.Date
		switch i % 3 {
		case 0:
			to = from.AddDays(rng.IntN(40))
		case 1:
			to = from.AddDays(rng.IntN(400))
		default:
			to = from.AddDays(330 + rng.IntN(40))
		}
		months := MonthsTouched(from, to)
		for m := 1; m <= 12; m++ {
			o := Origin{Date: pdate.Date{Y: 1600, M: m}} // 1600 is a leap year
			if has, in := countIn(&o, from, to) > 0, slices.Contains(months, m); has != in {
				t.Fatalf("[%s, %s]: month %d has anniversary %v, in MonthsTouched %v (%v)", from, to, m, has, in, months)
			}
		}
	}
}
