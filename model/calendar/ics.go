package calendar

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// ICS identity and refresh hints.
const (
	// ICSProductID is the PRODID of every export.
	ICSProductID = "-//Youcheng//Sister-City Exchange Calendar 1.0//ZH"
	// icsRefresh is the suggested polling interval of subscribed feeds
	// (REFRESH-INTERVAL, RFC 7986, and X-PUBLISHED-TTL).
	icsRefresh = "PT12H"

	icsDate      = "20060102"
	icsLocalTime = "20060102T150405"
	icsUTCTime   = "20060102T150405Z"
)

// icsConfig makes golang-ical write RFC 5545 lines: CRLF (its default on
// Unix is a bare LF) and folding at 75 octets. golang-ical v0.3.6 folds on
// UTF-8 character boundaries (preferring a space) and never splits a
// character, provided the text is valid UTF-8, which cleanText guarantees;
// the tests check every physical line.
var icsConfig = ics.SerializationConfiguration{
	MaxLength:         75,
	PropertyMaxLength: 75,
	NewLine:           "\r\n",
}

// WriteICS writes the calendar as an iCalendar object (RFC 5545) to w:
// events and anniversaries, not holidays. It is also the renderer of the
// subscribable feed, whose Calendar spans several years (Year 0 is fine).
//
// The VCALENDAR carries VERSION:2.0, PRODID (ICSProductID),
// CALSCALE:GREGORIAN, METHOD:PUBLISH, NAME and X-WR-CALNAME, DESCRIPTION and
// X-WR-CALDESC, and REFRESH-INTERVAL/X-PUBLISHED-TTL. Then comes one
// VTIMEZONE per time zone used by a timed entry, with an observance
// (STANDARD or DAYLIGHT, derived from Go's time zone database) for every
// offset in force in the years the entries cover; then one VEVENT per entry
// in Sort order:
//
//   - UID from Entry.UID (stable across exports; a repeated UID in one
//     export gets "-2", "-3", … before the "@"), DTSTAMP from Generated.
//   - All-day entries: DTSTART;VALUE=DATE and an exclusive
//     DTEND;VALUE=DATE (the day after the last day); a month-precision date
//     spans its whole month. Year-precision entries are listed in the
//     calendar DESCRIPTION instead (see the package documentation).
//   - Timed entries: DTSTART;TZID=<zone>:<local time> and, when an end is
//     known, DTEND in the same zone.
//   - SUMMARY is Entry.BilingualTitle; DESCRIPTION, LOCATION, CATEGORIES
//     ("Event", "Anniversary", "Milestone"), STATUS and TRANSP:TRANSPARENT
//     for all-day entries.
//
// Lines end in CRLF and are folded at 75 octets; text is escaped by
// golang-ical. The output is streamed: memory does not grow with the number
// of entries beyond their sorted index. WriteICS returns an error wrapping
// ErrInvalidEntry, before writing anything, when an entry is invalid, or the
// first error of w.
func WriteICS(w io.Writer, c *Calendar) error {
	if err := c.Validate(); err != nil {
		return err
	}
	zones := zoneCache{}
	entries := c.sorted(func(e *Entry) bool { return e.Type != TypeHoliday })

	var yearOnly []*Entry
	spans := map[string][2]int{} // time zone → first and last year to cover
	for _, e := range entries {
		if e.Date.Precision() == pdate.Year {
			yearOnly = append(yearOnly, e)
			continue
		}
		if !e.timed() {
			continue
		}
		loc, _ := zones.load(e.zone()) // validated above
		start, end, hasEnd := e.interval(loc)
		last := start.Year()
		if hasEnd {
			last = end.Year()
		}
		span, ok := spans[e.zone()]
		if !ok {
			span = [2]int{start.Year(), last}
		}
		span[0], span[1] = min(span[0], start.Year()), max(span[1], last)
		spans[e.zone()] = span
	}

	bw := bufio.NewWriterSize(w, 64<<10)
	cfg := icsConfig // golang-ical takes a pointer; keep the package value pristine
	if _, err := bw.WriteString("BEGIN:VCALENDAR\r\n"); err != nil {
		return err
	}
	head := ics.NewCalendar()
	head.SetVersion("2.0")
	head.SetProductId(ICSProductID)
	head.SetCalscale("GREGORIAN")
	head.SetMethod(ics.MethodPublish)
	head.SetName(c.name()) // NAME and X-WR-CALNAME
	desc := calendarDescription(yearOnly)
	head.SetDescription(desc)
	head.SetXWRCalDesc(desc)
	head.SetRefreshInterval(icsRefresh) // golang-ical's property name already carries ;VALUE=DURATION
	head.SetXPublishedTTL(icsRefresh)
	for _, p := range head.CalendarProperties {
		if err := p.SerializeTo(bw, &cfg); err != nil {
			return err
		}
	}

	tzids := make([]string, 0, len(spans))
	for id := range spans {
		tzids = append(tzids, id)
	}
	slices.Sort(tzids)
	for _, id := range tzids {
		loc, _ := zones.load(id)
		if err := vtimezone(id, loc, spans[id][0], spans[id][1]).SerializeTo(bw, &cfg); err != nil {
			return err
		}
	}

	// One VEvent is reused for every entry, and parameter maps are shared
	// (golang-ical only reads them), which keeps allocations per entry low.
	stamp := c.generated().Format(icsUTCTime)
	seen := make(map[string]int, len(entries))
	dateParams := map[string][]string{string(ics.ParameterValue): {string(ics.ValueDataTypeDate)}}
	tzParams := map[string]map[string][]string{}
	ev := &ics.VEvent{}
	add := func(p ics.ComponentProperty, value string, params map[string][]string) {
		ev.Properties = append(ev.Properties, ics.IANAProperty{BaseProperty: ics.BaseProperty{
			IANAToken: string(p), ICalParameters: params, Value: value,
		}})
	}
	for _, e := range entries {
		if e.Date.Precision() == pdate.Year {
			continue
		}
		ev.Properties = ev.Properties[:0]
		add(ics.ComponentPropertyUniqueId, uniqueUID(seen, e.UID()), nil)
		add(ics.ComponentPropertyDtstamp, stamp, nil)
		if e.timed() {
			loc, _ := zones.load(e.zone())
			start, end, hasEnd := e.interval(loc)
			params, ok := tzParams[e.zone()]
			if !ok {
				params = map[string][]string{string(ics.ParameterTzid): {e.zone()}}
				tzParams[e.zone()] = params
			}
			add(ics.ComponentPropertyDtStart, start.Format(icsLocalTime), params)
			if hasEnd {
				add(ics.ComponentPropertyDtEnd, end.Format(icsLocalTime), params)
			}
		} else {
			first, endExclusive := e.Date.First(), e.lastDay().AddDays(1)
			add(ics.ComponentPropertyDtStart, first.Time().Format(icsDate), dateParams)
			add(ics.ComponentPropertyDtEnd, endExclusive.Time().Format(icsDate), dateParams)
			add(ics.ComponentPropertyTransp, string(ics.TransparencyTransparent), nil)
		}
		if s := e.BilingualTitle(); s != "" {
			add(ics.ComponentPropertySummary, s, nil)
		}
		if d := eventDescription(e); d != "" {
			add(ics.ComponentPropertyDescription, d, nil)
		}
		if l := cleanLine(e.Location); l != "" {
			add(ics.ComponentPropertyLocation, l, nil)
		}
		switch e.Type {
		case TypeEvent:
			add(ics.ComponentPropertyCategories, "Event", nil)
		case TypeAnniversary:
			add(ics.ComponentPropertyCategories, "Anniversary", nil)
		}
		if e.Milestone {
			add(ics.ComponentPropertyCategories, "Milestone", nil)
		}
		if s := icsStatus(e.Status); s != "" {
			add(ics.ComponentPropertyStatus, s, nil)
		}
		if err := ev.SerializeTo(bw, &cfg); err != nil {
			return err
		}
	}
	if _, err := bw.WriteString("END:VCALENDAR\r\n"); err != nil {
		return err
	}
	return bw.Flush()
}

// interval returns the start of a timed entry in loc and, when known, its
// exclusive end: start + DurationMinutes, or else midnight after EndDate for
// a multi-day entry.
func (e *Entry) interval(loc *time.Location) (start, end time.Time, hasEnd bool) {
	h, m, _ := parseHHMM(e.StartTime)
	start = time.Date(e.Date.Y, time.Month(e.Date.M), e.Date.D, h, m, 0, 0, loc)
	switch {
	case e.DurationMinutes > 0:
		return start, start.Add(time.Duration(e.DurationMinutes) * time.Minute), true
	case e.multiDay():
		d := e.EndDate.AddDays(1)
		return start, time.Date(d.Y, time.Month(d.M), d.D, 0, 0, 0, 0, loc), true
	}
	return start, time.Time{}, false
}

// uniqueUID returns uid, or uid with "-n" before the "@" when uid was
// already used in this export.
func uniqueUID(seen map[string]int, uid string) string {
	seen[uid]++
	n := seen[uid]
	if n == 1 {
		return uid
	}
	local, domain, _ := strings.Cut(uid, "@")
	for {
		alt := local + "-" + strconv.Itoa(n) + "@" + domain
		if seen[alt] == 0 {
			seen[alt] = 1
			return alt
		}
		n++
	}
}

func icsStatus(s string) string {
	switch s {
	case vocab.EventCancelled:
		return string(ics.ObjectStatusCancelled)
	case vocab.EventConfirmed, vocab.EventDone:
		return string(ics.ObjectStatusConfirmed)
	case vocab.EventIdea, vocab.EventPlanned:
		return string(ics.ObjectStatusTentative)
	}
	return ""
}

var monthsEN = [...]string{"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// eventDescription is the entry's description followed by notes on
// milestones and on partial dates.
func eventDescription(e *Entry) string {
	var parts []string
	if d := strings.TrimSpace(cleanText(e.Description)); d != "" {
		parts = append(parts, d)
	}
	if e.Type == TypeAnniversary && e.Milestone {
		if e.Years > 0 {
			parts = append(parts, fmt.Sprintf("逢五逢十重要周年（%d周年）/ Milestone anniversary (%d years)", e.Years, e.Years))
		} else {
			parts = append(parts, "逢五逢十重要周年 / Milestone anniversary")
		}
	}
	if e.Date.Precision() == pdate.Month {
		parts = append(parts, fmt.Sprintf("具体日期不详，仅知%d年%d月，故标注为整月。/ Exact day unknown: the date is known only to the month (%s %d), so the entry spans the whole month.",
			e.Date.Y, e.Date.M, monthsEN[e.Date.M], e.Date.Y))
	}
	return strings.Join(parts, "\n\n")
}

// calendarDescription describes the calendar and lists the entries known
// only to the year, which are not exported as VEVENTs.
func calendarDescription(yearOnly []*Entry) string {
	var b strings.Builder
	b.WriteString("威海国际友城交流活动与周年纪念（不含节假日）/ Exchange events and anniversaries of Weihai's sister cities (holidays not included)")
	if len(yearOnly) == 0 {
		return b.String()
	}
	b.WriteString("\n\n仅知年份、未列入日程的条目 / Entries known only to the year (not shown as calendar entries):")
	for _, e := range yearOnly {
		b.WriteString("\n- ")
		b.WriteString(e.Date.String())
		b.WriteString(": ")
		b.WriteString(e.BilingualTitle())
	}
	return b.String()
}
