package planning

import (
	"fmt"
	"strings"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
)

// Working hours of every city, local time (rule 5).
const (
	workStartHour = 9
	workEndHour   = 17
	// DefaultMeetingMinutes is the length assumed for an online item whose
	// DurationMinutes is 0.
	DefaultMeetingMinutes = 60
	// MinMeetingMinutes: when the shared working hours are shorter than a
	// meeting but at least this long, the meeting is shortened to fit them.
	MinMeetingMinutes = 30
	slotMinutes       = 15 // meeting start times are on a 15-minute grid
	// A best-effort meeting (no shared working hours) still lies within
	// 07:00–22:00 local time in every city.
	wakeStartHour = 7
	wakeEndHour   = 22
	leadMinutes   = 60 // start this long into the shared hours when the meeting still fits
)

// meetingResult is the time chosen for an online meeting on one date.
type meetingResult struct {
	ok        bool      // some time exists whose local dates are working days everywhere
	start     time.Time // the meeting instant
	minutes   int
	inside    bool // inside every city's 09:00–17:00
	shortened bool // minutes cut to fit the shared working hours
	ovStart   time.Time
	ovEnd     time.Time
	early     []int // best effort: minutes before 09:00, per side
	late      []int // best effort: minutes after 17:00, per side
	sides     []*side
}

type meetingKey struct {
	home, partner *side
	d, minutes    int
}

// meeting returns the meeting for sides (home first) on day index d of the
// run's year, cached for two-sided meetings.
func (r *run) meeting(sides []*side, d, minutes int) meetingResult {
	if len(sides) != 2 {
		return r.chooseMeeting(sides, r.date(d), minutes)
	}
	k := meetingKey{sides[0], sides[1], d, minutes}
	if m, ok := r.meetings[k]; ok {
		return m
	}
	m := r.chooseMeeting(sides, r.date(d), minutes)
	r.meetings[k] = m
	return m
}

// window returns the working hours of side s on local date d.
func window(s *side, d pdate.Date) (time.Time, time.Time) {
	return time.Date(d.Y, time.Month(d.M), d.D, workStartHour, 0, 0, 0, s.loc),
		time.Date(d.Y, time.Month(d.M), d.D, workEndHour, 0, 0, 0, s.loc)
}

func localDate(t time.Time, loc *time.Location) pdate.Date { return pdate.FromTime(t.In(loc)) }

// sharedHours returns the instants when every side is within its working
// hours on a working day, for the home date d (sides[0] is home). ok is
// false when d is not a home working day; the interval is empty (end <=
// start) when the hours do not overlap.
func (r *run) sharedHours(sides []*side, d pdate.Date) (start, end time.Time, ok bool) {
	if !r.isWork(sides[0], d) {
		return start, end, false
	}
	start, end = window(sides[0], d)
	for _, s := range sides[1:] {
		found := false
		for _, pd := range []pdate.Date{localDate(start, s.loc), localDate(end, s.loc)} {
			if !r.isWork(s, pd) {
				continue
			}
			ws, we := window(s, pd)
			if ws.Before(end) && we.After(start) {
				start, end = later(start, ws), earlier(end, we)
				found = true
				break
			}
		}
		if !found {
			return start, start, true
		}
	}
	return start, end, true
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// chooseMeeting picks the time of an online meeting on home date d:
//
//   - when the cities' working hours (09:00–17:00 local, on a local working
//     day) overlap by at least the meeting's length, the meeting lies inside
//     the overlap, an hour after it opens or as late as it still fits;
//   - when they overlap by MinMeetingMinutes or more but less than the
//     meeting, the meeting is shortened to the overlap;
//   - otherwise every start on a 15-minute grid of d (home time) whose local
//     date, at start and end, is a working day in each city, and which lies
//     within 07:00–22:00 local time in each city, is scored by the
//     minutes it begins before 09:00 or ends after 17:00 in each city, and
//     the lowest total wins; ties go to the smaller worst city, then to the
//     earlier start. The total is the same anywhere between two windows, so
//     this splits the out-of-hours time evenly between the cities.
//
// ok is false when no time works (d is not a working day on some side).
func (r *run) chooseMeeting(sides []*side, d pdate.Date, minutes int) meetingResult {
	if minutes <= 0 {
		minutes = DefaultMeetingMinutes
	}
	res := meetingResult{minutes: minutes, sides: sides}
	ovS, ovE, ok := r.sharedHours(sides, d)
	if !ok {
		return res
	}
	dur := time.Duration(minutes) * time.Minute
	if ov := ovE.Sub(ovS); ov >= dur || ov >= MinMeetingMinutes*time.Minute {
		if ov < dur {
			res.minutes, res.shortened = int(ov/time.Minute)/slotMinutes*slotMinutes, true
			dur = time.Duration(res.minutes) * time.Minute
		}
		res.ok, res.inside, res.ovStart, res.ovEnd = true, true, ovS, ovE
		res.start = earlier(ovS.Add(leadMinutes*time.Minute), ovE.Add(-dur))
		return res
	}

	home := sides[0]
	bestTotal, bestWorst := -1, 0
	early, late := make([]int, len(sides)), make([]int, len(sides))
	for m := 0; m+minutes <= 24*60; m += slotMinutes {
		st := time.Date(d.Y, time.Month(d.M), d.D, 0, m, 0, 0, home.loc)
		en := st.Add(dur)
		if localDate(st, home.loc) != d {
			continue // a DST gap or fold moved the slot off d
		}
		total, worst, valid := 0, 0, true
		for i, s := range sides {
			sd, ed := localDate(st, s.loc), localDate(en.Add(-time.Minute), s.loc)
			if sd != ed || !r.isWork(s, sd) {
				valid = false
				break
			}
			if st.Before(time.Date(sd.Y, time.Month(sd.M), sd.D, wakeStartHour, 0, 0, 0, s.loc)) ||
				en.After(time.Date(sd.Y, time.Month(sd.M), sd.D, wakeEndHour, 0, 0, 0, s.loc)) {
				valid = false
				break
			}
			ws, we := window(s, sd)
			early[i] = max(0, int(ws.Sub(st)/time.Minute))
			late[i] = max(0, int(en.Sub(we)/time.Minute))
			c := early[i] + late[i]
			total += c
			worst = max(worst, c)
		}
		if !valid {
			continue
		}
		if bestTotal < 0 || total < bestTotal || (total == bestTotal && worst < bestWorst) {
			bestTotal, bestWorst = total, worst
			res.ok, res.start = true, st
			res.early, res.late = append(res.early[:0], early...), append(res.late[:0], late...)
		}
	}
	return res
}

// clock formats t as HH:MM in loc.
func clock(t time.Time, loc *time.Location) string { return t.In(loc).Format("15:04") }

// describe explains the chosen time for a rationale, in l; names are the
// sides' names in l.
func (m meetingResult) describe(l lang, names []string) string {
	var b strings.Builder
	end := m.start.Add(time.Duration(m.minutes) * time.Minute)
	home := m.sides[0]
	fmt.Fprintf(&b, l.pick("Online, %d min, %s–%s %s (%s)", "线上会议 %d 分钟，%s–%s %s（%s）"),
		m.minutes, clock(m.start, home.loc), clock(end, home.loc), home.tz, names[0])
	for i, s := range m.sides[1:] {
		_, off := m.start.In(s.loc).Zone()
		fmt.Fprintf(&b, l.pick(" = %s–%s %s (%s, UTC%s, %s)", "，即 %s–%s %s（%s，UTC%s，%s）"), clock(m.start, s.loc), clock(end, s.loc),
			s.tz, names[i+1], utcOffset(off), l.weekday(localDate(m.start, s.loc).Weekday()))
	}
	overlap := []any{clock(m.ovStart, home.loc), clock(m.ovEnd, home.loc), names[0]}
	switch {
	case m.inside && m.shortened:
		fmt.Fprintf(&b, l.pick(": the cities' working hours overlap only %s–%s %s time that day, so the meeting is shortened to fit inside them.",
			"：当天两地工作时间仅在%[3]s时间 %[1]s–%[2]s 重叠，会议相应缩短。"), overlap...)
	case m.inside:
		fmt.Fprintf(&b, l.pick(": inside both cities' 09:00–17:00 working hours, which overlap %s–%s %s time that day.",
			"：在两地 09:00–17:00 工作时间内（当天重叠时段为%[3]s时间 %[1]s–%[2]s）。"), overlap...)
	default:
		fmt.Fprintf(&b, l.pick(": the cities' 09:00–17:00 working hours do not overlap that day; this time keeps the meeting least outside them (%s).",
			"：当天两地 09:00–17:00 工作时间不重叠，此时间超出最少（%s）。"), m.outsideText(l, names))
	}
	return b.String()
}

// outsideText says how far a best-effort meeting lies outside working hours.
func (m meetingResult) outsideText(l lang, names []string) string {
	var parts []string
	for i := range m.sides {
		if i >= len(m.early) {
			break
		}
		switch {
		case m.early[i] > 0:
			parts = append(parts, fmt.Sprintf(l.pick("%[1]d min before 09:00 in %[2]s", "%[2]s 早于 09:00 %[1]d 分钟"), m.early[i], names[i]))
		case m.late[i] > 0:
			parts = append(parts, fmt.Sprintf(l.pick("%[1]d min after 17:00 in %[2]s", "%[2]s 晚于 17:00 %[1]d 分钟"), m.late[i], names[i]))
		default:
			parts = append(parts, fmt.Sprintf(l.pick("within working hours in %s", "%s 在工作时间内"), names[i]))
		}
	}
	return strings.Join(parts, l.pick(", ", "，"))
}

func utcOffset(sec int) string {
	sign := "+"
	if sec < 0 {
		sign, sec = "-", -sec
	}
	return fmt.Sprintf("%s%02d:%02d", sign, sec/3600, sec%3600/60)
}
