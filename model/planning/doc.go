// Package planning generates draft event plans (系列活动, 工作要点) from
// data templates and checks edited drafts against the scheduling rules. It
// is a pure domain engine: no HTTP, no database, no clock; working days come
// from model/holidays, anniversaries and their titles from
// model/anniversary, partial dates from model/pdate.
//
// Templates are JSON files embedded from templates/ (see docs/planning.md):
// anniversary_series (one partnership's anniversary year) and
// annual_program (every active partnership in a year).
//
// # The five rules
//
// Every generated item, and every item of a draft passed to Check, obeys:
//
//  1. it starts and ends in the plan's year;
//  2. an in-person or hybrid item starts on a working day in the home
//     country and every partner's country (region-aware; weekends, public
//     holidays and make-up workdays per country); an in-person or hybrid
//     official_visit, ceremony or dialogue has every day of its span a
//     working day on both sides;
//  3. a flagship lies on its anniversary date (Item.Target) when rules 1, 2
//     and 4 allow, else on the nearest allowed day, earlier on a tie, and
//     its rationale says why it moved;
//  4. items sharing a partner never start on the same day, and no item
//     collides with that partner's existing events (its start day, or any
//     day of an in-person visit, ceremony or dialogue, is in Busy);
//  5. an online item has StartTime and Timezone; at the meeting's start and
//     end its local date in every city is a working day there; when the
//     cities' 09:00–17:00 working hours (on those working days, with each
//     zone's offset and DST for that date) overlap by at least the meeting's
//     length, the meeting lies inside the overlap.
//
// Generate never breaks a rule: an item without an allowed day in its
// window has the window doubled until it spans the year, and is left out
// with a warning if no day of the year is allowed.
package planning
