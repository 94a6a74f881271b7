// Package anniversary computes the whole-year anniversaries of dated origins
// (partnerships and commemorations) that fall in a range of days.
//
// It is a pure domain engine: no I/O, no clock, no global state. Stores turn
// rows into [Origin] values (see [MonthsTouched] and [DayWindows] to prefilter
// rows in SQL), call [Compute] or [Origin.In], and handlers render the result.
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
// Every function taking a range [from, to] expects two full (day-precision)
// pdate dates with from <= to, both ends inclusive; the HTTP handler
// validates this. A reversed range yields nothing; results for partial range
// ends are unspecified.
//
// # Prefiltering
//
// A store holding many origins can avoid reading rows that cannot have an
// anniversary in [from, to]. An origin can have one only if its year is
// before to.Y (anniversaries are whole years >= 1) and:
//
//   - it has year precision (every year overlaps some range), or
//   - it has month precision and its month is in MonthsTouched(from, to), or
//   - it has day precision and its (month, day) lies in one of
//     DayWindows(from, to) (29 February origins included: the windows
//     account for their falling on 28 February in common years).
//
// The month and day conditions are exact: a month (month-day) passes if and
// only if some year in the range has an anniversary on it. For example, with columns
// est_month/est_day (0 when unknown) as in model.Partnership:
//
//	WHERE established_on < '2024'   -- text order; to.Y = 2024
//	  AND (est_month = 0
//	       OR (est_day = 0 AND est_month IN (...MonthsTouched...))
//	       OR (est_day <> 0 AND (est_month*100+est_day BETWEEN 1215 AND 1231
//	                          OR est_month*100+est_day BETWEEN 101 AND 115)))
//
// MonthsTouched alone (est_month = 0 OR est_month IN (...)) is a valid,
// coarser prefilter for both precisions. Compute and Origin.In never depend
// on a prefilter having been applied.
package anniversary
