package anniversary

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
)

var mp = pdate.MustParse

// got renders the anniversaries of o in [from, to] as "date/years" strings.
func got(o Origin, from, to string) []string {
	var out []string
	inRange(&o, mp(from), mp(to), func(a Anniversary) bool {
		out = append(out, fmt.Sprintf("%s/%d", a.Date, a.Years))
		return true
	})
	return out
}

func TestIn(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		origin   string // "" for the zero date
		from, to string
		want     []string
	}{
		// Leap years.
		{"feb29 common year", "2000-02-29", "2001-01-01", "2001-12-31", []string{"2001-02-28/1"}},
		{"feb29 leap year", "2000-02-29", "2004-01-01", "2004-12-31", []string{"2004-02-29/4"}},
		{"feb29 on the 28th only", "2000-02-29", "2001-02-28", "2001-02-28", []string{"2001-02-28/1"}},
		{"feb29 not on 1 March", "2000-02-29", "2001-03-01", "2001-03-01", nil},
		{"feb29 not on the 28th of a leap year", "2000-02-29", "2004-02-28", "2004-02-28", nil},
		{"feb29 on the 29th of a leap year", "2000-02-29", "2004-02-29", "2004-02-29", []string{"2004-02-29/4"}},
		{"feb29 century common year", "1896-02-29", "1900-01-01", "1900-12-31", []string{"1900-02-28/4"}},
		{"feb29 century leap year", "1996-02-29", "2000-01-01", "2000-12-31", []string{"2000-02-29/4"}},
		{"feb29 over four years", "2000-02-29", "2001-01-01", "2004-12-31",
			[]string{"2001-02-28/1", "2002-02-28/2", "2003-02-28/3", "2004-02-29/4"}},
		{"feb28 origin stays on the 28th", "2000-02-28", "2004-02-28", "2004-02-29", []string{"2004-02-28/4"}},

		// Each precision.
		{"year precision", "1993", "2023-06-01", "2023-06-30", []string{"2023/30"}},
		{"month precision", "1987-07", "2017-07-10", "2017-07-10", []string{"2017-07/30"}},
		{"month precision other month", "1987-07", "2017-08-01", "2017-12-31", nil},
		{"day precision", "1992-05-18", "2022-01-01", "2022-12-31", []string{"2022-05-18/30"}},

		// Range edges are inclusive.
		{"day on from", "1992-05-18", "2022-05-18", "2022-06-30", []string{"2022-05-18/30"}},
		{"day on to", "1992-05-18", "2022-01-01", "2022-05-18", []string{"2022-05-18/30"}},
		{"day one before from", "1992-05-18", "2022-05-19", "2022-12-31", nil},
		{"day one after to", "1992-05-18", "2022-01-01", "2022-05-17", nil},
		{"month overlaps on its first day", "1987-07", "2017-01-01", "2017-07-01", []string{"2017-07/30"}},
		{"month overlaps on its last day", "1987-07", "2017-07-31", "2017-12-31", []string{"2017-07/30"}},
		{"month ends before from", "1987-07", "2017-08-01", "2017-08-31", nil},
		{"month starts after to", "1987-07", "2017-06-01", "2017-06-30", nil},
		{"year overlaps on 31 December", "1993", "2023-12-31", "2024-01-01", []string{"2023/30", "2024/31"}},
		{"single-day range", "1993", "2023-01-01", "2023-01-01", []string{"2023/30"}},

		// Ranges spanning years.
		{"span december month origin", "1992-12", "2022-12-15", "2023-01-15", []string{"2022-12/30"}},
		{"span january month origin", "1993-01", "2022-12-15", "2023-01-15", []string{"2023-01/30"}},
		{"span year origin", "1993", "2022-12-15", "2023-01-15", []string{"2022/29", "2023/30"}},
		{"span december day in", "1990-12-20", "2022-12-15", "2023-01-15", []string{"2022-12-20/32"}},
		{"span december day out", "1990-12-10", "2022-12-15", "2023-01-15", nil},
		{"span january day in", "1991-01-10", "2022-12-15", "2023-01-15", []string{"2023-01-10/32"}},
		{"span january day out", "1991-01-20", "2022-12-15", "2023-01-15", nil},
		{"span other month", "1991-06", "2022-12-15", "2023-01-15", nil},

		// Origins in or after the range: years must be >= 1.
		{"origin after range", "2030-05-01", "2023-01-01", "2023-12-31", nil},
		{"origin year after range", "2030", "2023-01-01", "2023-12-31", nil},
		{"origin day in range", "2023-05-01", "2023-01-01", "2023-12-31", nil},
		{"origin year is range year", "2023", "2023-01-01", "2023-12-31", nil},
		{"origin month in spanning range", "2022-12", "2022-12-15", "2023-01-15", nil},
		{"origin year in spanning range", "2022", "2022-12-15", "2023-01-15", []string{"2023/1"}},
		{"origin the day before a year", "2022-12-31", "2023-12-31", "2023-12-31", []string{"2023-12-31/1"}},

		// Year 1.
		{"year 1 day", "0001-01-01", "0002-01-01", "0002-12-31", []string{"0002-01-01/1"}},
		{"year 1 itself", "0001-01-01", "0001-01-01", "0001-12-31", nil},
		{"year 1 year precision", "0001", "0002-06-01", "0002-06-01", []string{"0002/1"}},
		{"year 1 month precision", "0001-12", "0002-12-31", "0003-01-01", []string{"0002-12/1"}},
		{"year 9999 range", "0001", "9999-12-31", "9999-12-31", []string{"9999/9998"}},

		// Multi-year ranges.
		{"multi-year day", "1992-05-18", "2020-01-01", "2024-12-31",
			[]string{"2020-05-18/28", "2021-05-18/29", "2022-05-18/30", "2023-05-18/31", "2024-05-18/32"}},
		{"multi-year year", "1993", "2020-06-01", "2022-06-01", []string{"2020/27", "2021/28", "2022/29"}},
		{"multi-year month partially", "1990-06", "2020-07-01", "2022-06-30", []string{"2021-06/31", "2022-06/32"}},
		{"multi-year starting at origin", "2020-03-01", "2020-01-01", "2022-12-31", []string{"2021-03-01/1", "2022-03-01/2"}},

		// Partial range ends stand for their first and last days.
		{"partial range year", "1992-05-18", "2022", "2022", []string{"2022-05-18/30"}},
		{"partial range month", "1987-07", "2017-07", "2017-07", []string{"2017-07/30"}},
		{"partial range feb29", "1992-02-29", "2023-02", "2023-02", []string{"2023-02-28/31"}},
		{"partial to is the month's last day", "1992-05-31", "2022-05-01", "2022-05", []string{"2022-05-31/30"}},
		{"partial from is the month's first day", "1992-05-01", "2022-05", "2022-06-30", []string{"2022-05-01/30"}},
		{"partial years", "1993", "2020", "2021", []string{"2020/27", "2021/28"}},

		// Degenerate input.
		{"zero origin", "", "2023-01-01", "2023-12-31", nil},
		{"reversed range", "1993", "2023-06-01", "2023-05-01", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			o := Origin{Source: SourcePartnership, LocalEN: "Weihai", PartnerEN: "Ube", Type: TypeSisterCity}
			if c.origin != "" {
				o.Date = mp(c.origin)
			}
			g := got(o, c.from, c.to)
			if !slices.Equal(g, c.want) {
				t.Errorf("%s in [%s, %s] = %q, want %q", c.origin, c.from, c.to, g, c.want)
			}
			if n := countIn(&o, mp(c.from), mp(c.to)); n != len(c.want) {
				t.Errorf("Count = %d, want %d", n, len(c.want))
			}
		})
	}
}

// TestInMatchesOverlaps checks In against a naive oracle built on
// pdate.Date.Overlaps, for many origins and random ranges.
func TestInMatchesOverlaps(t *testing.T) {
	t.Parallel()
	var origins []pdate.Date
	for _, s := range []string{"0001", "0001-01", "0001-01-01", "1896-02-29", "1900", "1999-12-31"} {
		origins = append(origins, mp(s))
	}
	for m := 1; m <= 12; m++ {
		origins = append(origins, pdate.Date{Y: 2000, M: m})
		for _, d := range []int{1, 15, 28, 29, pdate.DaysIn(2000, m)} {
			if d <= pdate.DaysIn(2000, m) {
				origins = append(origins, pdate.Date{Y: 2000, M: m, D: d})
			}
		}
	}
	for y := 1995; y <= 2030; y += 5 {
		origins = append(origins, pdate.Date{Y: y}, pdate.Date{Y: y, M: 6}, pdate.Date{Y: y, M: 6, D: 30})
	}
	rng := rand.New(rand.NewPCG(1, 2))
	start := mp("1995-01-01")
	for range 300 {
		from := start.AddDays(rng.IntN(40 * 365))
		to := from.AddDays(rng.IntN(3 * 365))
		for _, od := range origins {
			var want []string
			for y := od.Y + 1; y <= to.Y; y++ {
				d := pdate.Date{Y: y, M: od.M, D: od.D}
				if d.D > 0 && d.D > pdate.DaysIn(y, d.M) {
					d.D = pdate.DaysIn(y, d.M) // 29 February in a common year
				}
				if d.Overlaps(from, to) {
					want = append(want, fmt.Sprintf("%s/%d", d, y-od.Y))
				}
			}
			g := got(Origin{Date: od}, from.String(), to.String())
			if !slices.Equal(g, want) {
				t.Fatalf("%s in [%s, %s] = %q, want %q", od, from, to, g, want)
			}
		}
	}
}

func TestInStopsEarly(t *testing.T) {
	t.Parallel()
	o := Origin{Date: mp("1990")}
	calls := 0
	done := inRange(&o, mp("2020-01-01"), mp("2029-12-31"), func(Anniversary) bool {
		calls++
		return calls < 3
	})
	if done || calls != 3 {
		t.Errorf("In = %v after %d calls, want false after 3", done, calls)
	}
	if !inRange(&o, mp("1980-01-01"), mp("1989-12-31"), func(Anniversary) bool { return false }) {
		t.Error("In without anniversaries = false, want true")
	}
}

func TestInAllocations(t *testing.T) {
	// Not parallel: AllocsPerRun measures the whole process.
	from, to := mp("2023-01-01"), mp("2023-12-31")
	miss := []Origin{
		{Source: SourcePartnership, Date: mp("2023-05-01"), LocalEN: "Weihai", PartnerEN: "Ube"},
		{Source: SourcePartnership, Date: mp("2030")},
		{Source: SourceCommemoration, Date: mp("1990-06"), TitleEN: "x"},
		{Source: SourceCommemoration},
	}
	yield := func(Anniversary) bool { return true }
	for _, o := range miss {
		if n := testing.AllocsPerRun(100, func() {
			inRange(&o, from, mp("2023-05-31"), yield)
			countIn(&o, from, to)
		}); n != 0 {
			t.Errorf("In/Count for non-matching origin %s allocated %v times, want 0", o.Date, n)
		}
	}
	hit := Origin{Source: SourcePartnership, Date: mp("1993-05-01"), LocalEN: "Weihai", LocalZH: "威海",
		PartnerEN: "Ube", PartnerZH: "宇部", Type: TypeSisterCity}
	if n := testing.AllocsPerRun(100, func() { inRange(&hit, from, to, yield) }); n > 2 {
		t.Errorf("In for one anniversary allocated %v times, want at most 2 (the titles)", n)
	}
}

func TestNthFields(t *testing.T) {
	t.Parallel()
	pid := int64(7)
	cases := []struct {
		origin         string
		n              int
		date           string
		milestone, maj bool
	}{
		{"1993", 1, "1994", false, false},
		{"1993", 5, "1998", true, false},
		{"1993", 10, "2003", true, true},
		{"1993", 25, "2018", true, false},
		{"1993", 30, "2023", true, true},
		{"1987-07", 31, "2018-07", false, false},
		{"1987-07", 100, "2087-07", true, true},
		{"2000-02-29", 1, "2001-02-28", false, false},
		{"2000-02-29", 20, "2020-02-29", true, true},
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.origin, "+", c.n), func(t *testing.T) {
			t.Parallel()
			o := Origin{Source: SourceCommemoration, SourceID: 42, PartnerID: &pid, Date: mp(c.origin), TitleEN: "T"}
			a := o.Nth(c.n)
			if a.Date.String() != c.date || a.Years != c.n || a.Milestone != c.milestone || a.Major != c.maj {
				t.Errorf("Nth(%d) = %s/%d milestone=%v major=%v, want %s/%d %v %v",
					c.n, a.Date, a.Years, a.Milestone, a.Major, c.date, c.n, c.milestone, c.maj)
			}
			if a.Date.Precision() != o.Date.Precision() {
				t.Errorf("precision %s, want the origin's %s", a.Date.Precision(), o.Date.Precision())
			}
			if a.Source != SourceCommemoration || a.SourceID != 42 || a.PartnerID == nil || *a.PartnerID != 7 {
				t.Errorf("source fields = %s %d %v, want commemoration 42 7", a.Source, a.SourceID, a.PartnerID)
			}
			if a.PartnerID == &pid {
				t.Error("PartnerID points into the origin, want a copy")
			}
		})
	}
}

func TestCompute(t *testing.T) {
	t.Parallel()
	ube, ansan := int64(1), int64(2)
	sister := func(id int64, pid *int64, partnerEN, partnerZH, date string) Origin {
		return Origin{Source: SourcePartnership, SourceID: id, PartnerID: pid, Date: mp(date),
			LocalEN: "Weihai", LocalZH: "威海", PartnerEN: partnerEN, PartnerZH: partnerZH, Type: TypeSisterCity}
	}
	origins := []Origin{
		{Source: SourceCommemoration, SourceID: 9, Date: mp("1972-09-29"),
			TitleEN: "China–Japan diplomatic normalization", TitleZH: "中日邦交正常化"},
		sister(1, &ube, "Ube", "宇部", "1992"),
		sister(2, &ansan, "Ansan", "安山", "2000"),
		sister(3, &ube, "Ube", "宇部", "1992-01"),
		sister(4, &ube, "Ube", "宇部", "1992-01-01"),
		sister(5, &ube, "Ube", "宇部", "2022-03-01"), // origin inside the range: nothing
		{Source: SourcePartnership, SourceID: 6},   // unknown established_on: nothing
		sister(7, &ansan, "Ansan", "安山", "2021-12"),
	}
	want := []string{
		"2022 22 22nd anniversary of Weihai–Ansan sister-city relationship|威海—安山结好22周年",
		"2022 30 30th anniversary of Weihai–Ube sister-city relationship|威海—宇部结好30周年",
		"2022-01 30 30th anniversary of Weihai–Ube sister-city relationship|威海—宇部结好30周年",
		"2022-01-01 30 30th anniversary of Weihai–Ube sister-city relationship|威海—宇部结好30周年",
		"2022-09-29 50 50th anniversary of China–Japan diplomatic normalization|中日邦交正常化50周年",
		"2022-12 1 1st anniversary of Weihai–Ansan sister-city relationship|威海—安山结好1周年",
	}
	as := Compute(origins, mp("2022-01-01"), mp("2022-12-31"))
	var g []string
	for _, a := range as {
		g = append(g, fmt.Sprintf("%s %d %s|%s", a.Date, a.Years, a.TitleEN, a.TitleZH))
	}
	if !slices.Equal(g, want) {
		t.Errorf("Compute =\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
	}
	if len(as) != cap(as) {
		t.Errorf("len %d != cap %d: result not allocated at its exact size", len(as), cap(as))
	}
	if len(as) == len(want) && (as[4].Source != SourceCommemoration || as[4].PartnerID != nil || *as[0].PartnerID != ansan) {
		t.Errorf("source fields not carried over: %+v", as)
	}

	empty := Compute(origins, mp("1900-01-01"), mp("1900-12-31"))
	if empty == nil || len(empty) != 0 {
		t.Errorf("Compute without anniversaries = %#v, want a non-nil empty slice", empty)
	}
	if n := len(Compute(nil, mp("2022-01-01"), mp("2022-12-31"))); n != 0 {
		t.Errorf("Compute(nil) has %d items", n)
	}
}

func TestCompareTieBreaks(t *testing.T) {
	t.Parallel()
	d := mp("2022-05-01")
	as := []Anniversary{
		{Date: d, TitleEN: "b", Source: SourcePartnership, SourceID: 1},
		{Date: d, TitleEN: "a", TitleZH: "z", SourceID: 1},
		{Date: d, TitleEN: "a", TitleZH: "y", Source: SourcePartnership, SourceID: 2},
		{Date: d, TitleEN: "a", TitleZH: "y", Source: SourcePartnership, SourceID: 1},
		{Date: d, TitleEN: "a", TitleZH: "y", Source: SourceCommemoration, SourceID: 3},
		{Date: mp("2022-05"), TitleEN: "c"},
		{Date: mp("2022"), TitleEN: "d"},
		{Date: mp("2022-04-30"), TitleEN: "e"},
	}
	Sort(as)
	var g []string
	for _, a := range as {
		g = append(g, fmt.Sprintf("%s %s%s %s %d", a.Date, a.TitleEN, a.TitleZH, a.Source, a.SourceID))
	}
	want := []string{
		"2022 d  0", "2022-04-30 e  0", "2022-05 c  0",
		"2022-05-01 ay commemoration 3", "2022-05-01 ay partnership 1", "2022-05-01 ay partnership 2",
		"2022-05-01 az  1", "2022-05-01 b partnership 1",
	}
	if !slices.Equal(g, want) {
		t.Errorf("Sort =\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
	}
}

// TestSortKeyMatchesPdateCompare checks that the allocation-free sort key
// orders dates exactly like pdate.Date.Compare.
func TestSortKeyMatchesPdateCompare(t *testing.T) {
	t.Parallel()
	var ds []pdate.Date
	for _, y := range []int{1, 2, 1999, 2000, 2001, 9999} {
		ds = append(ds, pdate.Date{Y: y})
		for _, m := range []int{1, 2, 12} {
			ds = append(ds, pdate.Date{Y: y, M: m})
			for _, d := range []int{1, 2, 28, 31} {
				if d <= pdate.DaysIn(y, m) {
					ds = append(ds, pdate.Date{Y: y, M: m, D: d})
				}
			}
		}
	}
	for _, a := range ds {
		for _, b := range ds {
			ka, kb := sortKey(a), sortKey(b)
			g := 0
			if ka < kb {
				g = -1
			} else if ka > kb {
				g = 1
			}
			if w := a.Compare(b); g != w {
				t.Fatalf("sortKey order of %s vs %s = %d, pdate.Compare = %d", a, b, g, w)
			}
		}
	}
}

func TestOrdinal(t *testing.T) {
	t.Parallel()
	cases := map[int]string{
		0: "0th", 1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", 9: "9th", 10: "10th",
		11: "11th", 12: "12th", 13: "13th", 14: "14th", 20: "20th",
		21: "21st", 22: "22nd", 23: "23rd", 24: "24th", 30: "30th", 50: "50th",
		100: "100th", 101: "101st", 102: "102nd", 103: "103rd",
		111: "111th", 112: "112th", 113: "113th", 121: "121st", 122: "122nd", 123: "123rd",
		211: "211th", 1001: "1001st", 1011: "1011th", 9998: "9998th", -1: "-1st", -11: "-11th",
	}
	for n, want := range cases {
		if g := Ordinal(n); g != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, g, want)
		}
	}
}

func TestTitles(t *testing.T) {
	t.Parallel()
	p := func(typ, localEN, localZH, partnerEN, partnerZH string) Origin {
		return Origin{Source: SourcePartnership, Type: typ,
			LocalEN: localEN, LocalZH: localZH, PartnerEN: partnerEN, PartnerZH: partnerZH}
	}
	c := func(en, zh string) Origin { return Origin{Source: SourceCommemoration, TitleEN: en, TitleZH: zh} }
	cases := []struct {
		name   string
		o      Origin
		n      int
		en, zh string
	}{
		{"sister city", p(TypeSisterCity, "Weihai", "威海", "Ube", "宇部"), 30,
			"30th anniversary of Weihai–Ube sister-city relationship", "威海—宇部结好30周年"},
		{"friendship city", p(TypeFriendshipCity, "Weihai", "威海", "Gunsan", "群山"), 21,
			"21st anniversary of Weihai–Gunsan friendship-city relationship", "威海—群山结好21周年"},
		{"cooperation", p(TypeCooperation, "Weihai", "威海", "Incheon", "仁川"), 2,
			"2nd anniversary of Weihai–Incheon cooperation", "威海—仁川合作2周年"},
		{"membership", p(TypeMembership, "Shandong", "山东省", "NEAR", "东北亚地区地方政府联合会"), 23,
			"23rd anniversary of Shandong–NEAR membership", "山东省加入东北亚地区地方政府联合会23周年"},
		{"membership english fallback", p(TypeMembership, "Shandong", "山东省", "NEAR", ""), 30,
			"30th anniversary of Shandong–NEAR membership", "山东省加入NEAR 30周年"},
		{"unknown type", p("", "Weihai", "威海", "Ube", "宇部"), 13,
			"13th anniversary of Weihai–Ube partnership", "威海—宇部交往13周年"},
		{"chinese names missing", p(TypeSisterCity, "Weihai", "", "Ube", ""), 111,
			"111th anniversary of Weihai–Ube sister-city relationship", "Weihai—Ube结好111周年"},
		{"english names missing", p(TypeSisterCity, "", "威海", "", "宇部"), 101,
			"101st anniversary of 威海–宇部 sister-city relationship", "威海—宇部结好101周年"},
		{"commemoration", c("China–Japan diplomatic normalization", "中日邦交正常化"), 50,
			"50th anniversary of China–Japan diplomatic normalization", "中日邦交正常化50周年"},
		{"commemoration chinese missing", c("China–Japan diplomatic normalization", ""), 50,
			"50th anniversary of China–Japan diplomatic normalization", "China–Japan diplomatic normalization 50周年"},
		{"commemoration english missing", c("", "中韩建交"), 32,
			"32nd anniversary of 中韩建交", "中韩建交32周年"},
		{"commemoration ending in a digit", c("G20 Hangzhou summit", "G20"), 10,
			"10th anniversary of G20 Hangzhou summit", "G20 10周年"},
		{"commemoration without title", c("", ""), 3, "3rd anniversary", "3周年"},
		{"other source titled as commemoration", Origin{Source: "event", TitleEN: "Founding", TitleZH: "建市"}, 12,
			"12th anniversary of Founding", "建市12周年"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			en, zh := tc.o.Titles(tc.n)
			if en != tc.en || zh != tc.zh {
				t.Errorf("Titles(%d) = %q, %q\nwant          %q, %q", tc.n, en, zh, tc.en, tc.zh)
			}
		})
	}
}

func TestDayNumber(t *testing.T) {
	t.Parallel()
	for _, r := range [][2]string{{"0001-01-01", "0010-01-01"}, {"1895-01-01", "2105-01-01"}, {"9990-01-01", "9999-12-31"}} {
		prev := mp(r[0])
		for d := prev.AddDays(1); !d.After(mp(r[1])); d = d.AddDays(1) {
			if a, b := dayNumber(prev.Y, prev.M, prev.D), dayNumber(d.Y, d.M, d.D); b != a+1 {
				t.Fatalf("dayNumber(%s) = %d, dayNumber(%s) = %d", prev, a, d, b)
			}
			prev = d
		}
	}
}

// TestComputeMatchesIn checks Compute, on both its bucket-sort and its
// comparison-sort paths, against In followed by a plain sort.
func TestComputeMatchesIn(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 8))
	types := []string{TypeSisterCity, TypeCooperation, TypeMembership}
	var origins []Origin
	for i := range 600 {
		d := pdate.Date{Y: 1 + rng.IntN(2030)}
		if i%2 == 0 {
			d.Y = 1900 + rng.IntN(130)
		}
		switch i % 5 {
		case 0, 1, 2:
			d.M = 1 + rng.IntN(12)
			d.D = 1 + rng.IntN(pdate.DaysIn(d.Y, d.M))
		case 3:
			d.M = 1 + rng.IntN(12)
		}
		if i%50 == 0 {
			d = pdate.Date{Y: 1896, M: 2, D: 29}
		}
		partner := []string{"Ube", "Ansan", "Gunsan", "Tours"}[rng.IntN(4)]
		if i%7 == 0 {
			origins = append(origins, Origin{Source: SourceCommemoration, SourceID: int64(i), Date: d, TitleEN: partner})
		} else {
			pid := int64(i % 13)
			origins = append(origins, Origin{Source: SourcePartnership, SourceID: int64(i), PartnerID: &pid, Date: d,
				LocalEN: "Weihai", PartnerEN: partner, Type: types[i%3]})
		}
	}
	origins = append(origins, Origin{Source: SourcePartnership, SourceID: 9999}) // zero date
	check := func(origins []Origin, from, to pdate.Date) {
		var want []Anniversary
		for i := range origins {
			inRange(&origins[i], from, to, func(a Anniversary) bool { want = append(want, a); return true })
		}
		slices.SortFunc(want, Compare)
		for workers := 1; workers <= 3; workers++ {
			g := compute(origins, from, to, workers)
			if !sameAnniversaries(g, want) {
				t.Fatalf("compute(%s, %s, %d workers) differs from In+sort: %s", from, to, workers, firstDiff(g, want))
			}
		}
	}
	start := mp("1950-01-01")
	for i := range 100 {
		from := start.AddDays(rng.IntN(80 * 365))
		days := rng.IntN(800)
		if i%10 == 0 {
			days = 60*365 + rng.IntN(20*365) // around maxBucketDays
		}
		check(origins, from, from.AddDays(days))
	}
	check(origins, mp("0001-01-01"), mp("0003-12-31"))
	check(origins, mp("2023"), mp("2024-02")) // partial ends
	check(origins[:10], mp("0001-01-01"), mp("9999-12-31"))
}

// TestComputeSortsAwkwardTitles checks the order of Compute, whose by-title
// sort is a radix sort, against In followed by sorting by Compare, on titles
// built to stress it: long shared prefixes, NUL bytes, titles that are
// prefixes of one another, equal titles, many anniversaries on one date.
func TestComputeSortsAwkwardTitles(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"", "\x00", "a", "b", "–", "Partner City ", "\x00\x00\x00\x00\x00\x00\x00\x00", "0", "1"}
	word := func() string {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	dates := []string{"2000", "2000-05", "2000-05-18", "1990-05-18", "2000-02-29", "1999-12-31"}
	from, to := mp("2023-01-01"), mp("2024-12-31")
	for round := range 40 {
		var origins []Origin
		for i := range 20 + rng.IntN(300) {
			d := mp(dates[rng.IntN(len(dates))])
			if round%2 == 0 {
				d = mp(dates[0]) // everything on one date
			}
			if rng.IntN(3) == 0 {
				var pid *int64
				if i%2 == 0 {
					pid = new(int64(i))
				}
				origins = append(origins, Origin{Source: SourceCommemoration, SourceID: int64(i), PartnerID: pid, Date: d,
					TitleEN: word(), TitleZH: pieces[rng.IntN(3)]})
			} else {
				origins = append(origins, Origin{Source: SourcePartnership, SourceID: int64(i), Date: d,
					LocalEN: pieces[rng.IntN(3)], PartnerEN: word(), PartnerZH: word(), Type: TypeSisterCity})
			}
		}
		var want []Anniversary
		for i := range origins {
			inRange(&origins[i], from, to, func(a Anniversary) bool { want = append(want, a); return true })
		}
		slices.SortFunc(want, Compare)
		if g := compute(origins, from, to, 1+round%3); !sameAnniversaries(g, want) {
			t.Fatalf("round %d: Compute differs from In+sort: %s", round, firstDiff(g, want))
		}
		Sort(want)
		slices.Reverse(want)
		Sort(want)
		if !slices.IsSortedFunc(want, Compare) {
			t.Fatalf("round %d: Sort did not sort", round)
		}
	}
}

// sameAnniversaries reports whether a and b are equal, comparing partner
// ids by value.
func sameAnniversaries(a, b []Anniversary) bool {
	return slices.EqualFunc(a, b, func(x, y Anniversary) bool {
		px, py := x.PartnerID, y.PartnerID
		x.PartnerID, y.PartnerID = nil, nil
		return x == y && (px == nil) == (py == nil) && (px == nil || *px == *py)
	})
}

// firstDiff describes the first difference between two lists.
func firstDiff(g, want []Anniversary) string {
	for i := range min(len(g), len(want)) {
		if !sameAnniversaries(g[i:i+1], want[i:i+1]) {
			return fmt.Sprintf("item %d is\n%+v, want\n%+v", i, g[i], want[i])
		}
	}
	return fmt.Sprintf("%d items, want %d", len(g), len(want))
}
