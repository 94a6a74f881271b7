// Package pdate implements partial civil dates: a year, a year and month, or
// a full calendar day. Origins of partnerships are often known only to the
// year or month, and Youcheng keeps them at exactly that precision.
package pdate

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"
)

// Precision says how much of a Date is known.
type Precision string

const (
	Year  Precision = "year"
	Month Precision = "month"
	Day   Precision = "day"
)

// Date is a partial civil date. The zero value is "no date" (IsZero).
// Month and Day are 0 when not known.
type Date struct {
	Y int
	M int
	D int
}

// ErrInvalid is wrapped by every parse error.
var ErrInvalid = errors.New("invalid date")

// Parse reads YYYY, YYYY-MM or YYYY-MM-DD (years 0001–9999) and rejects
// impossible dates such as 2022-02-30 or 1992-13. It returns an error
// wrapping ErrInvalid on failure.
func Parse(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		return Date{}, fmt.Errorf("%w: %q %s (want YYYY, YYYY-MM or YYYY-MM-DD)", ErrInvalid, s, why)
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return bad("has the wrong length")
	}
	num := func(part string) (int, bool) {
		for _, c := range part {
			if c < '0' || c > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(part)
		return n, err == nil
	}
	y, ok := num(s[:4])
	if !ok || y < 1 {
		return bad("has no valid year")
	}
	d := Date{Y: y}
	if len(s) >= 7 {
		if s[4] != '-' {
			return bad("is malformed")
		}
		m, ok := num(s[5:7])
		if !ok || m < 1 || m > 12 {
			return bad("has no valid month")
		}
		d.M = m
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return bad("is malformed")
		}
		day, ok := num(s[8:10])
		if !ok || day < 1 || day > DaysIn(y, d.M) {
			return bad("is not a day of that month")
		}
		d.D = day
	}
	return d, nil
}

// ParseFull reads a full YYYY-MM-DD date; partial dates are rejected.
func ParseFull(s string) (Date, error) {
	d, err := Parse(s)
	if err != nil {
		return d, err
	}
	if d.Precision() != Day {
		return Date{}, fmt.Errorf("%w: %q is not a full date (want YYYY-MM-DD)", ErrInvalid, s)
	}
	return d, nil
}

// MustParse is Parse for constants in code and tests; it panics on error.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// FromTime returns the full date of t in t's location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Y: y, M: int(m), D: d}
}

// DaysIn returns the number of days of month m (1–12) in year y.
func DaysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Random draws a date in the years [from, from+years) for test and
// synthetic data: a uniform month and day that, with one chance in partial
// each, are dropped (a year-only date) or only the day is dropped (a month
// date). It draws from rng four times, always in the same order.
func Random(rng *rand.Rand, from, years, partial int) Date {
	d := Date{Y: from + rng.IntN(years), M: 1 + rng.IntN(12)}
	d.D = 1 + rng.IntN(DaysIn(d.Y, d.M))
	switch rng.IntN(partial) {
	case 0:
		d.M, d.D = 0, 0
	case 1:
		d.D = 0
	}
	return d
}

// FallsOn returns the day of month m in year y on which something recurring
// yearly on day d of m falls: d itself, except that 29 February falls on
// 28 February in common years. It is the one home of that rule
// (anniversaries, their SQL windows and prefilters use it). A zero d stays zero.
func FallsOn(y, m, d int) int {
	if m == 2 && d == 29 && !IsLeap(y) {
		return 28
	}
	return d
}

// IsLeap reports whether y is a Gregorian leap year.
func IsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// IsZero reports whether d is the empty date.
func (d Date) IsZero() bool { return d.Y == 0 }

// Precision returns how much of d is known.
func (d Date) Precision() Precision {
	switch {
	case d.D != 0:
		return Day
	case d.M != 0:
		return Month
	default:
		return Year
	}
}

// String formats d at its precision; the zero date formats as "".
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.D != 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
	case d.M != 0:
		return fmt.Sprintf("%04d-%02d", d.Y, d.M)
	default:
		return fmt.Sprintf("%04d", d.Y)
	}
}

// Time returns midnight UTC of the first day d covers.
func (d Date) Time() time.Time {
	m, day := d.M, d.D
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// First returns the first full day d covers (d itself for a full date).
func (d Date) First() Date { return FromTime(d.Time()) }

// Last returns the last full day d covers (d itself for a full date).
func (d Date) Last() Date {
	switch d.Precision() {
	case Day:
		return d
	case Month:
		return Date{d.Y, d.M, DaysIn(d.Y, d.M)}
	default:
		return Date{d.Y, 12, 31}
	}
}

// AddDays returns the full date n days after d (d must be a full date).
func (d Date) AddDays(n int) Date { return FromTime(d.Time().AddDate(0, 0, n)) }

// Weekday returns the day of the week of a full date.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Compare orders dates by the first day they cover, then by precision
// (coarser first). It returns -1, 0 or +1.
func (d Date) Compare(o Date) int {
	a, b := d.Time(), o.Time()
	switch {
	case a.Before(b):
		return -1
	case a.After(b):
		return 1
	}
	rank := map[Precision]int{Year: 0, Month: 1, Day: 2}
	pa, pb := rank[d.Precision()], rank[o.Precision()]
	switch {
	case pa < pb:
		return -1
	case pa > pb:
		return 1
	}
	return 0
}

// Before reports whether full date d is before full date o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether full date d is after full date o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// Overlaps reports whether the days d covers overlap the inclusive range
// [from, to] of full dates.
func (d Date) Overlaps(from, to Date) bool {
	return !d.Last().Before(from) && !d.First().After(to)
}

// MarshalJSON writes the date as a string, or null when zero.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads a partial-date string or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("%w: want a string", ErrInvalid)
	}
	v, err := Parse(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Value stores the date as text (NULL when zero), portable between SQLite
// and PostgreSQL and ordered correctly as text within one precision.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// Scan reads a date stored by Value.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case string:
		return d.scanString(v)
	case []byte:
		return d.scanString(string(v))
	case time.Time:
		*d = FromTime(v)
		return nil
	}
	return fmt.Errorf("pdate: cannot scan %T", src)
}

func (d *Date) scanString(s string) error {
	if s == "" {
		*d = Date{}
		return nil
	}
	v, err := Parse(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
