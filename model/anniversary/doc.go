// Package anniversary computes the whole-year anniversaries of dated origins
// (partnerships and commemorations) that fall in a range of days.
//
// It is a pure domain engine: no I/O, no clock, no global state. Stores turn
// rows into [Origin] values (see [MonthsTouched] to prefilter rows in SQL),
// call [Compute], and handlers render the result.
//
// # Partial dates
//
// Origins keep the precision they were recorded with (package pdate), and so
// do their anniversaries: the 30th anniversary of an origin known only as
// "1993" is "2023", that of "1987-07" is "2017-07". A partial anniversary
// belongs to every range its year (or month) overlaps, so a range from
// 2023-12-15 to 2024-01-15 contains both "2023" and "2024" anniversaries of a
// year-precision origin.
//
// An origin on 29 February has its anniversaries on 28 February in common
// years, and on 29 February in leap years.
//
// # Ranges
//
// Every function taking a range [from, to] expects pdate dates with
// from <= to, both ends inclusive; the HTTP handler validates them. A
// reversed range yields nothing. The contract's ends are full dates; a
// partial end stands for its first day (from) or its last day (to), so that
// from = to = "2023" means the whole of 2023.
//
// # Prefiltering
//
// A store holding many origins can avoid reading rows that cannot have an
// anniversary in [from, to]. An origin can have one only if its year is
// before to.Y (anniversaries are whole years >= 1) and:
//
//   - it has year precision (every year overlaps some range), or
//   - it has month or day precision and its month is in
//     MonthsTouched(from, to).
//
// The month condition is exact: a month passes if and only if some year in
// the range has an anniversary in it. With the column est_key of
// model.Partnership (month*100+day; 0 for a year, month*100 for a month) the
// store reads est_key = 0 OR est_key / 100 IN (...) for full lists, and per
// calendar year a window of est_key for pages (model/store_anniversaries.go;
// 29 February origins fall on 28 February in common years, pdate.FallsOn).
// Compute never depends on a prefilter having been applied.
package anniversary
