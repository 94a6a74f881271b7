package planning

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// CheckContext is what Check needs to know besides the plan.
type CheckContext struct {
	// Home is the local party (the caller's home: model hands down its one
	// Home configuration).
	Home Party
	// Partners maps every partner ID named by an item to its country,
	// region and time zone.
	Partners map[int64]Party
	// Busy: as Request.Busy, the days taken by existing events per partner.
	Busy map[int64][]pdate.Date
}

// Violation is one broken rule in a plan.
type Violation struct {
	Item    int    `json:"item"`  // index into Plan.Items; -1 for the plan itself
	Field   string `json:"field"` // e.g. "start_date", "start_time", "timezone", "partner_ids", "flagship"
	Rule    int    `json:"rule"`  // 1–5; 0 for a malformed item
	Message string `json:"message"`
}

// Check re-checks the five scheduling rules on plan (typically a draft
// edited through PATCH) and returns every violation, ordered by item and
// rule; nil when the plan obeys them all. Items are read as Generate writes
// them: EndDate zero means StartDate; an online item's StartDate and
// StartTime are in its Timezone; DurationMinutes 0 means
// DefaultMeetingMinutes; a flagship's Target is its anniversary date.
//
// Rule 4 is checked per partner: items sharing a partner never start on the
// same day (in an anniversary_series, that is every pair of items).
func (p *Planner) Check(plan Plan, ctx CheckContext) []Violation {
	if plan.Year < 1 || plan.Year > 9999 {
		return []Violation{{Item: -1, Field: "year", Rule: 1, Message: fmt.Sprintf("year %d is not a valid year", plan.Year)}}
	}
	r := p.newRun(plan.Year)
	r.setBusy(ctx.Busy)
	home := r.side(ctx.Home, "UTC")
	var out violations
	views := make([]itemView, len(plan.Items))
	for i, it := range plan.Items {
		views[i] = r.itemView(plan.Year, i, it, ctx, home, &out)
	}
	for i, it := range plan.Items {
		v := views[i]
		if !v.ok {
			continue
		}
		if it.Format == vocab.FormatInPerson || it.Format == vocab.FormatHybrid {
			r.checkWorkdays(i, it, v, &out) // rule 2
		}
		if it.Flagship {
			out = append(out, r.checkFlagship(plan, i, v.start, v.end, v.sides)...) // rule 3
		}
		r.checkClashes(plan, views, i, &out) // rule 4
		if it.Format == vocab.FormatOnline {
			out = append(out, r.checkOnline(i, it, v.sides, v.names)...) // rule 5
		}
	}
	slices.SortStableFunc(out, func(a, b Violation) int {
		if a.Item != b.Item {
			return a.Item - b.Item
		}
		return a.Rule - b.Rule
	})
	return out
}

// violations collects what Check finds.
type violations []Violation

func (o *violations) add(i, rule int, field, format string, args ...any) {
	*o = append(*o, Violation{Item: i, Field: field, Rule: rule, Message: fmt.Sprintf(format, args...)})
}

// itemView is an item as the rules read it: its days, sides and names.
type itemView struct {
	ok         bool // dates usable
	start, end pdate.Date
	sides      []*side
	names      []string
}

// itemView normalises item i, recording malformed parts and rule 1.
func (r *run) itemView(year, i int, it Item, ctx CheckContext, home *side, out *violations) itemView {
	v := itemView{start: it.StartDate, end: it.EndDate, sides: []*side{home}, names: []string{fallback(ctx.Home.NameEN, ctx.Home.NameZH)}}
	if v.end.IsZero() {
		v.end = v.start
	}
	switch it.Format {
	case vocab.FormatInPerson, vocab.FormatOnline, vocab.FormatHybrid:
	default:
		out.add(i, 0, "format", "format %q: want in_person, online or hybrid", it.Format)
	}
	for _, id := range it.PartnerIDs {
		party, ok := ctx.Partners[id]
		if !ok {
			out.add(i, 0, "partner_ids", "unknown partner %d", id)
			continue
		}
		v.sides = append(v.sides, r.side(party, home.tz))
		v.names = append(v.names, fallback(partyName(party), fmt.Sprintf("partner %d", id)))
	}
	switch {
	case v.start.IsZero() || v.start.Precision() != pdate.Day:
		out.add(i, 1, "start_date", "start_date %q must be a full date in %d", v.start, year)
	case v.end.Precision() != pdate.Day || v.end.Before(v.start):
		out.add(i, 1, "end_date", "end_date %s must be a full date on or after start_date %s", v.end, v.start)
	default:
		v.ok = true
		if v.start.Y != year {
			out.add(i, 1, "start_date", "start_date %s is not in %d", v.start, year)
		}
		if v.end.Y != year {
			out.add(i, 1, "end_date", "end_date %s is not in %d", v.end, year)
		}
	}
	return v
}

// checkWorkdays is rule 2 for an in-person or hybrid item.
func (r *run) checkWorkdays(i int, it Item, v itemView, out *violations) {
	if why := r.offReasons(v.sides, v.start); why != "" {
		out.add(i, 2, "start_date", "%s is not a working day in both countries: %s", v.start, why)
	}
	if !vocab.OccupiesEveryDay(it.Kind, it.Format) {
		return
	}
	for d := v.start.AddDays(1); !d.After(v.end); d = d.AddDays(1) {
		if why := r.offReasons(v.sides, d); why != "" {
			out.add(i, 2, "end_date", "every day of a %s must be a working day in both countries; %s is not: %s", kindNoun(it.Kind), d, why)
			return
		}
	}
}

// checkClashes is rule 4: no two items of a partner start on one day, and
// none collides with the partner's existing events.
func (r *run) checkClashes(plan Plan, views []itemView, i int, out *violations) {
	it, v := plan.Items[i], views[i]
	for _, id := range it.PartnerIDs {
		for j := 0; j < i; j++ {
			if views[j].ok && views[j].start == v.start && slices.Contains(plan.Items[j].PartnerIDs, id) {
				out.add(i, 4, "start_date", "item %d (%q) of the same partner already starts on %s", j, plan.Items[j].TitleEN, v.start)
				break
			}
		}
		if d, ok := r.busyOn(id, v.start, v.end, occupiesEveryDay(it)); ok {
			out.add(i, 4, "start_date", "collides with an existing event of partner %d on %s", id, d)
		}
	}
}

// occupiesEveryDay reports whether every day of the item counts for
// collisions with existing events (visits, ceremonies and meetings held in
// person); otherwise only its start day does.
func occupiesEveryDay(it Item) bool {
	return vocab.OccupiesEveryDay(it.Kind, it.Format)
}

// busyOn returns the first day of [start, end] (only start unless every)
// that partner id has an existing event on.
func (r *run) busyOn(id int64, start, end pdate.Date, every bool) (pdate.Date, bool) {
	st, ok := r.partners[id]
	if !ok {
		return pdate.Date{}, false
	}
	for d := start; !d.After(end); d = d.AddDays(1) {
		if i, ok := r.index(d); ok && st.busy[i] {
			return d, true
		}
		if !every {
			break
		}
	}
	return pdate.Date{}, false
}

// checkFlagship checks rule 3 for item i.
func (r *run) checkFlagship(plan Plan, i int, start, end pdate.Date, sides []*side) []Violation {
	it := plan.Items[i]
	target := it.Target
	if target.Precision() != pdate.Day || target.IsZero() {
		return []Violation{{Item: i, Field: "flagship", Rule: 3, Message: "a flagship needs its anniversary date (target_date) to be checked"}}
	}
	days := int(end.Time().Sub(start.Time()).Hours()/24) + 1
	allowed := func(d pdate.Date) bool {
		last := d.AddDays(days - 1)
		if d.Y != plan.Year || last.Y != plan.Year {
			return false
		}
		for j, o := range plan.Items {
			if j != i && o.Flagship && o.StartDate == d && sharesPartner(o, it) {
				return false
			}
		}
		for _, id := range it.PartnerIDs {
			if _, ok := r.busyOn(id, d, last, occupiesEveryDay(it)); ok {
				return false
			}
		}
		if it.Format == vocab.FormatOnline {
			return r.chooseMeeting(sides, d, it.DurationMinutes).ok
		}
		if r.offReasons(sides, d) != "" {
			return false
		}
		if vocab.OccupiesEveryDay(it.Kind, it.Format) {
			for k := 1; k < days; k++ {
				if r.offReasons(sides, d.AddDays(k)) != "" {
					return false
				}
			}
		}
		return true
	}
	want := pdate.Date{}
	for k := 0; k <= 370 && want.IsZero(); k++ {
		for _, d := range []pdate.Date{target.AddDays(-k), target.AddDays(k)} {
			if allowed(d) {
				want = d
				break
			}
		}
	}
	var out []Violation
	switch {
	case want.IsZero():
		out = append(out, Violation{Item: i, Field: "start_date", Rule: 3, Message: fmt.Sprintf("no day of %d is allowed for the flagship", plan.Year)})
	case start != want && want == target:
		out = append(out, Violation{Item: i, Field: "start_date", Rule: 3,
			Message: fmt.Sprintf("the flagship must lie on the anniversary date %s, which the rules allow, not on %s", target, start)})
	case start != want:
		out = append(out, Violation{Item: i, Field: "start_date", Rule: 3,
			Message: fmt.Sprintf("the anniversary date %s is not allowed (%s); the flagship must lie on the nearest allowed day, %s, not on %s",
				target, r.offReasons(sides, target), want, start)})
	}
	if start != target && it.Rationale == "" {
		out = append(out, Violation{Item: i, Field: "rationale", Rule: 3, Message: "the flagship is not on the anniversary date, and its rationale does not say why"})
	}
	return out
}

func sharesPartner(a, b Item) bool {
	for _, id := range a.PartnerIDs {
		if slices.Contains(b.PartnerIDs, id) {
			return true
		}
	}
	return false
}

// checkOnline checks rule 5 for item i.
func (r *run) checkOnline(i int, it Item, sides []*side, names []string) []Violation {
	var out []Violation
	add := func(field, format string, args ...any) {
		out = append(out, Violation{Item: i, Field: field, Rule: 5, Message: fmt.Sprintf(format, args...)})
	}
	if !vocab.ValidHHMM(it.StartTime) {
		add("start_time", "an online item needs start_time as HH:MM, not %q", it.StartTime)
	}
	loc := r.p.location(it.Timezone)
	if loc == nil {
		add("timezone", "an online item needs an IANA timezone, not %q", it.Timezone)
	}
	if len(out) > 0 {
		return out
	}
	hh, _ := strconv.Atoi(it.StartTime[:2])
	mm, _ := strconv.Atoi(it.StartTime[3:])
	minutes := it.DurationMinutes
	if minutes <= 0 {
		minutes = DefaultMeetingMinutes
	}
	st := time.Date(it.StartDate.Y, time.Month(it.StartDate.M), it.StartDate.D, hh, mm, 0, 0, loc)
	en := st.Add(time.Duration(minutes) * time.Minute)
	for k, s := range sides {
		for _, d := range []pdate.Date{localDate(st, s.loc), localDate(en.Add(-time.Minute), s.loc)} {
			if why := r.offReasons([]*side{s}, d); why != "" {
				add("start_date", "the meeting falls on %s in %s (%s), which is not a working day there: %s", d, names[k], s.tz, why)
				break
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	ovS, ovE, ok := r.sharedHours(sides, localDate(st, sides[0].loc))
	if ok && ovE.Sub(ovS) >= time.Duration(minutes)*time.Minute && (st.Before(ovS) || en.After(ovE)) {
		home := sides[0]
		add("start_time", "the cities' working hours overlap %s–%s %s time that day, but the meeting runs %s–%s",
			clock(ovS, home.loc), clock(ovE, home.loc), names[0], clock(st, home.loc), clock(en, home.loc))
	}
	return out
}
