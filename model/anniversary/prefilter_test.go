package anniversary

import (
	"fmt"
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

func TestDayWindows(t *testing.T) {
	t.Parallel()
	all := []string{"01-01..12-31"}
	cases := []struct {
		from, to string
		want     []string
	}{
		{"2023-05-18", "2023-05-18", []string{"05-18..05-18"}},
		{"2023-03-01", "2023-03-15", []string{"03-01..03-15"}},
		{"2022-12-15", "2023-01-15", []string{"01-01..01-15", "12-15..12-31"}},
		{"2023-02-01", "2023-02-28", []string{"02-01..02-29"}}, // 29 Feb origins fall on the 28th
		{"2024-02-01", "2024-02-28", []string{"02-01..02-28"}}, // ...but not in a leap year
		{"2024-02-01", "2024-02-29", []string{"02-01..02-29"}},
		{"2022-12-01", "2023-02-28", []string{"01-01..02-29", "12-01..12-31"}},
		{"2023-01-01", "2023-12-31", []string{"01-01..12-31"}},
		{"2023-03-02", "2024-03-01", all},
		{"2023-03-02", "2024-02-29", []string{"01-01..02-29", "03-02..12-31"}},
		{"2022-03-01", "2023-02-28", all}, // 02-28 extends to 02-29, meeting 03-01
		{"2023-03-01", "2024-02-29", all},
		{"2023-03-01", "2024-02-28", []string{"01-01..02-28", "03-01..12-31"}},
		{"2022-12-31", "2023-01-01", []string{"01-01..01-01", "12-31..12-31"}},
		{"2021-12-31", "2023-01-01", all},
		{"2023-06-01", "2023-05-31", nil},
		{"2023-02", "2023-02", []string{"02-01..02-29"}}, // partial ends
		{"2023", "2023", all},
	}
	for _, c := range cases {
		var g []string
		for _, w := range DayWindows(mp(c.from), mp(c.to)) {
			g = append(g, w.From.String()+".."+w.To.String())
		}
		if !slices.Equal(g, c.want) {
			t.Errorf("DayWindows(%s, %s) = %v, want %v", c.from, c.to, g, c.want)
		}
	}
}

// TestPrefilterExact checks on random ranges that MonthsTouched and
// DayWindows select exactly the origin months and month-days that have an
// anniversary in the range, for origins old enough that the year never
// excludes them.
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
		windows := DayWindows(from, to)
		for k := 1; k < len(windows); k++ {
			if windows[k-1].To.Number() >= windows[k].From.Number() {
				t.Fatalf("DayWindows(%s, %s) = %v: not ordered and disjoint", from, to, windows)
			}
		}
		for m := 1; m <= 12; m++ {
			o := Origin{Date: pdate.Date{Y: 1600, M: m}} // 1600 is a leap year
			if has, in := o.Count(from, to) > 0, slices.Contains(months, m); has != in {
				t.Fatalf("[%s, %s]: month %d has anniversary %v, in MonthsTouched %v (%v)", from, to, m, has, in, months)
			}
			for d := 1; d <= pdate.DaysIn(1600, m); d++ {
				o := Origin{Date: pdate.Date{Y: 1600, M: m, D: d}}
				in := slices.ContainsFunc(windows, func(w Window) bool { return w.Contains(m, d) })
				if has := o.Count(from, to) > 0; has != in {
					t.Fatalf("[%s, %s]: %02d-%02d has anniversary %v, in DayWindows %v (%v)", from, to, m, d, has, in, windows)
				}
			}
		}
	}
}

func TestMonthDay(t *testing.T) {
	t.Parallel()
	md := MonthDay{2, 9}
	if s, n := md.String(), md.Number(); s != "02-09" || n != 209 {
		t.Errorf("MonthDay{2, 9} = %q, %d; want \"02-09\", 209", s, n)
	}
	if s := fmt.Sprint(allYear); s != "{01-01 12-31}" {
		t.Errorf("allYear = %s", s)
	}
}
