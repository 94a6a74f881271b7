package calendar

import (
	"strconv"
	"time"

	ics "github.com/arran4/golang-ical"
)

// vtimezone builds the VTIMEZONE of loc for the years fromYear..toYear from
// Go's time zone database (time.Time.ZoneBounds): one observance for the
// offset in force on 1 January of fromYear, starting at its real onset, and
// one for every later transition up to the end of toYear. Each observance is
// a DAYLIGHT or STANDARD component (Go's IsDST) with DTSTART (the local time
// of the transition in the previous offset), TZOFFSETFROM, TZOFFSETTO and
// TZNAME, and no RRULE: the transitions are listed explicitly, so they are
// exact for the covered years (Europe/London 2022: GMT until 27 March 01:00
// UTC, BST until 30 October, GMT again) and make no claim about others.
// A zone without transitions (UTC) gets one STANDARD observance from
// 1970-01-01 with equal offsets.
func vtimezone(tzid string, loc *time.Location, fromYear, toYear int) *ics.VTimezone {
	tz := ics.NewTimezone(tzid)
	from := time.Date(fromYear, time.January, 1, 0, 0, 0, 0, loc)
	until := time.Date(toYear+1, time.January, 1, 0, 0, 0, 0, loc)
	onset, _ := from.ZoneBounds()
	addObservance(tz, loc, onset, from)
	for t := from; ; {
		_, end := t.ZoneBounds()
		if end.IsZero() || !end.Before(until) || !end.After(t) {
			break
		}
		addObservance(tz, loc, end, end)
		t = end
	}
	return tz
}

// addObservance appends the observance that starts at onset (zero: since
// ever) and is in force at inside.
func addObservance(tz *ics.VTimezone, loc *time.Location, onset, inside time.Time) {
	inside = inside.In(loc)
	name, to := inside.Zone()
	from, dtstart := to, "19700101T000000"
	if !onset.IsZero() {
		_, from = onset.Add(-time.Second).In(loc).Zone()
		dtstart = onset.UTC().Add(time.Duration(from) * time.Second).Format(icsLocalTime)
	}
	var cb *ics.ComponentBase
	if inside.IsDST() {
		d := &ics.Daylight{}
		cb = &d.ComponentBase
		tz.Components = append(tz.Components, d)
	} else {
		s := ics.NewStandard()
		cb = &s.ComponentBase
		tz.Components = append(tz.Components, s)
	}
	cb.AddProperty(ics.ComponentPropertyDtStart, dtstart)
	cb.AddProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), utcOffset(from))
	cb.AddProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), utcOffset(to))
	cb.AddProperty(ics.ComponentProperty(ics.PropertyTzname), cleanLine(name))
}

// utcOffset formats seconds east of UTC as an RFC 5545 UTC-OFFSET: "+0100",
// "-0500", "+053328" when seconds are needed.
func utcOffset(sec int) string {
	sign := byte('+')
	if sec < 0 {
		sign, sec = '-', -sec
	}
	two := func(n int) string {
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	}
	s := string(sign) + two(sec/3600) + two(sec/60%60)
	if sec%60 != 0 {
		s += two(sec % 60)
	}
	return s
}
