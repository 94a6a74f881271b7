package pdate

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"
)

func TestParse(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in   string
		want string
		prec Precision
		ok   bool
	}{
		{"1992-05-18", "1992-05-18", Day, true},
		{"1987-07", "1987-07", Month, true},
		{"1993", "1993", Year, true},
		{"2024-02-29", "2024-02-29", Day, true},
		{"0001-01-01", "0001-01-01", Day, true},
		{"2022-02-30", "", "", false},
		{"2023-02-29", "", "", false},
		{"1900-02-29", "", "", false},
		{"2000-02-29", "2000-02-29", Day, true},
		{"1992-13", "", "", false},
		{"1992-00", "", "", false},
		{"0000", "", "", false},
		{"92-05-18", "", "", false},
		{"1992/05/18", "", "", false},
		{"1992-5-18", "", "", false},
		{"+992-05-18", "", "", false},
		{"", "", "", false},
		{"1992-05-18T00:00", "", "", false},
	}
	for _, c := range cases {
		d, err := Parse(c.in)
		if c.ok != (err == nil) {
			t.Errorf("Parse(%q) error = %v, want ok=%v", c.in, err, c.ok)
			continue
		}
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("Parse(%q) error %v does not wrap ErrInvalid", c.in, err)
			}
			continue
		}
		if d.String() != c.want || d.Precision() != c.prec {
			t.Errorf("Parse(%q) = %s (%s), want %s (%s)", c.in, d, d.Precision(), c.want, c.prec)
		}
	}
}

func TestRangeHelpers(t *testing.T) {
	t.Parallel()
	if got := MustParse("2024-02").Last().String(); got != "2024-02-29" {
		t.Errorf("Last of 2024-02 = %s", got)
	}
	if got := MustParse("1993").Last().String(); got != "1993-12-31" {
		t.Errorf("Last of 1993 = %s", got)
	}
	from, to := MustParse("2022-12-30"), MustParse("2023-01-02")
	if !MustParse("2023").Overlaps(from, to) || !MustParse("2022-12").Overlaps(from, to) {
		t.Error("partial dates overlapping a year boundary should overlap")
	}
	if MustParse("2022-11").Overlaps(from, to) {
		t.Error("2022-11 should not overlap 2022-12-30..2023-01-02")
	}
	if MustParse("2022-12-31").AddDays(1).String() != "2023-01-01" {
		t.Error("AddDays across a year")
	}
}

func TestJSONAndSQL(t *testing.T) {
	t.Parallel()
	var v struct {
		D Date `json:"d"`
	}
	if err := json.Unmarshal([]byte(`{"d":"1987-07"}`), &v); err != nil || v.D.String() != "1987-07" {
		t.Fatalf("unmarshal: %v %v", v.D, err)
	}
	if err := json.Unmarshal([]byte(`{"d":"1987-02-30"}`), &v); err == nil {
		t.Fatal("impossible date accepted")
	}
	b, _ := json.Marshal(struct {
		D Date `json:"d"`
	}{})
	if string(b) != `{"d":null}` {
		t.Errorf("zero date marshals as %s", b)
	}
	var s Date
	if err := s.Scan([]byte("1993")); err != nil || s.Precision() != Year {
		t.Errorf("scan: %v %v", s, err)
	}
	if val, _ := (Date{}).Value(); val != nil {
		t.Errorf("zero Value = %v, want NULL", val)
	}
}

func TestRandom(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	count := map[Precision]int{}
	for range 8000 {
		d := Random(rng, 1996, 8, 8) // 1996–2003: two leap years
		if d.Y < 1996 || d.Y > 2003 || d.M < 0 || d.M > 12 || d.D < 0 || d.D > 0 && d.D > DaysIn(d.Y, d.M) {
			t.Fatalf("Random gave %+v", d)
		}
		count[d.Precision()]++
	}
	// One in eight year-only, one in eight month-only, the rest full.
	for p, want := range map[Precision]int{Year: 1000, Month: 1000, Day: 6000} {
		if n := count[p]; n < want*9/10 || n > want*11/10 {
			t.Errorf("%d of 8000 dates at %s precision, want about %d", n, p, want)
		}
	}
}
