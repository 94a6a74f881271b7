package pdate

import "testing"

// FuzzParse: Parse never panics, accepts only what String gives back
// unchanged, and every accepted date is a real one.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1992-05-18", "1987-07", "1993", "2024-02-29", "2023-02-29", "0000", "9999-12-31", "1992-13", "", "2022-1-1", "２０２２"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("Parse(%q) = %q", s, d.String())
		}
		if d.M != 0 && (d.M < 1 || d.M > 12) || d.D != 0 && d.D > DaysIn(d.Y, d.M) || d.Y < 1 {
			t.Fatalf("Parse(%q) accepted an impossible date %+v", s, d)
		}
		if d.Last().Before(d.First()) {
			t.Fatalf("%q: last day before first", s)
		}
	})
}
