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
//     DTEND;VALUE=DATE (the day after the last day). A month-precision date
//     is one all-day entry on the month's first day whose SUMMARY says so
//     in both languages ("…（日期不详）/ … (day unknown)"). Year-precision entries are listed in the
//     calendar DESCRIPTION and X-WR-CALDESC instead (see the package
//     documentation).
//   - Timed entries: DTSTART;TZID=<zone>:<local time> and DTEND in the same
//     zone: start + DurationMinutes, the midnight after EndDate for a
//     multi-day entry, else start + DefaultDurationMinutes.
//   - SUMMARY is Entry.BilingualTitle, prefixed "【已取消 Cancelled】" for a
//     cancelled event; DESCRIPTION (the entry's description, notes on
//     cancellation, milestones and partial dates, then one line per detail:
//     kind, format, status, partners by name and id, country, tags, years), LOCATION, CATEGORIES (type,
//     kind, "Milestone"), STATUS (idea and planned TENTATIVE, confirmed and
//     done CONFIRMED, cancelled CANCELLED), TRANSP:TRANSPARENT for all-day
//     entries, and machine-readable X-YOUCHENG-TYPE, -PRECISION, -KIND,
//     -FORMAT, -STATUS, -PARTNER-IDS, -COUNTRY, -TAG (one per tag), -YEARS,
//     -MILESTONE.
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
	entries := c.sorted(func(e *Entry) bool { return e.Type != TypeHoliday })
	var yearOnly []*Entry
	for _, e := range entries {
		if e.Date.Precision() == pdate.Year {
			yearOnly = append(yearOnly, e)
		}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	iw := &icsWriter{w: bw, cfg: icsConfig, zones: zoneCache{}, stamp: c.generated().Format(icsUTCTime),
		seen: make(map[string]int, len(entries)), tzParams: map[string]map[string][]string{},
		dateParams: map[string][]string{string(ics.ParameterValue): {string(ics.ValueDataTypeDate)}}}
	if _, err := bw.WriteString("BEGIN:VCALENDAR\r\n"); err != nil {
		return err
	}
	if err := iw.head(c, yearOnly); err != nil {
		return err
	}
	if err := iw.timezones(entries); err != nil {
		return err
	}
	for _, e := range entries {
		if e.Date.Precision() == pdate.Year {
			continue
		}
		if err := iw.event(e); err != nil {
			return err
		}
	}
	if _, err := bw.WriteString("END:VCALENDAR\r\n"); err != nil {
		return err
	}
	return bw.Flush()
}

// icsWriter writes one iCalendar object. One VEvent is reused for every
// entry, and parameter maps are shared (golang-ical only reads them), which
// keeps allocations per entry low.
type icsWriter struct {
	w          *bufio.Writer
	cfg        ics.SerializationConfiguration // golang-ical takes a pointer; keep the package value pristine
	zones      zoneCache
	stamp      string         // DTSTAMP
	seen       map[string]int // UIDs written
	dateParams map[string][]string
	tzParams   map[string]map[string][]string
	ev         ics.VEvent
}

// head writes the calendar's properties.
func (iw *icsWriter) head(c *Calendar, yearOnly []*Entry) error {
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
		if err := p.SerializeTo(iw.w, &iw.cfg); err != nil {
			return err
		}
	}
	return nil
}

// timezones writes a VTIMEZONE for every zone of a timed entry, covering
// the years its entries span.
func (iw *icsWriter) timezones(entries []*Entry) error {
	spans := map[string][2]int{} // time zone → first and last year to cover
	for _, e := range entries {
		if !e.timed() {
			continue
		}
		loc, _ := iw.zones.load(e.zone()) // validated
		start, end := e.interval(loc)
		span, ok := spans[e.zone()]
		if !ok {
			span = [2]int{start.Year(), end.Year()}
		}
		spans[e.zone()] = [2]int{min(span[0], start.Year()), max(span[1], end.Year())}
	}
	tzids := make([]string, 0, len(spans))
	for id := range spans {
		tzids = append(tzids, id)
	}
	slices.Sort(tzids)
	for _, id := range tzids {
		loc, _ := iw.zones.load(id)
		if err := vtimezone(id, loc, spans[id][0], spans[id][1]).SerializeTo(iw.w, &iw.cfg); err != nil {
			return err
		}
	}
	return nil
}

func (iw *icsWriter) add(p ics.ComponentProperty, value string, params map[string][]string) {
	iw.ev.Properties = append(iw.ev.Properties, ics.IANAProperty{BaseProperty: ics.BaseProperty{
		IANAToken: string(p), ICalParameters: params, Value: value,
	}})
}

// event writes the VEVENT of e (a day or month precision entry).
func (iw *icsWriter) event(e *Entry) error {
	iw.ev.Properties = iw.ev.Properties[:0]
	iw.add(ics.ComponentPropertyUniqueId, uniqueUID(iw.seen, e.UID()), nil)
	iw.add(ics.ComponentPropertyDtstamp, iw.stamp, nil)
	if e.timed() {
		loc, _ := iw.zones.load(e.zone())
		start, end := e.interval(loc)
		params, ok := iw.tzParams[e.zone()]
		if !ok {
			params = map[string][]string{string(ics.ParameterTzid): {e.zone()}}
			iw.tzParams[e.zone()] = params
		}
		iw.add(ics.ComponentPropertyDtStart, start.Format(icsLocalTime), params)
		iw.add(ics.ComponentPropertyDtEnd, end.Format(icsLocalTime), params)
	} else {
		first, endExclusive := e.Date.First(), e.lastDay().AddDays(1)
		if e.Date.Precision() == pdate.Month {
			endExclusive = first.AddDays(1) // one day, never the whole month
		}
		iw.add(ics.ComponentPropertyDtStart, first.Time().Format(icsDate), iw.dateParams)
		iw.add(ics.ComponentPropertyDtEnd, endExclusive.Time().Format(icsDate), iw.dateParams)
		iw.add(ics.ComponentPropertyTransp, string(ics.TransparencyTransparent), nil)
	}
	if s := icsSummary(e); s != "" {
		iw.add(ics.ComponentPropertySummary, s, nil)
	}
	if d := eventDescription(e); d != "" {
		iw.add(ics.ComponentPropertyDescription, d, nil)
	}
	if l := cleanLine(e.Location); l != "" {
		iw.add(ics.ComponentPropertyLocation, l, nil)
	}
	for _, cat := range icsCategories(e) {
		iw.add(ics.ComponentPropertyCategories, cat, nil)
	}
	if s := icsStatus(e.Status); s != "" {
		iw.add(ics.ComponentPropertyStatus, s, nil)
	}
	for _, x := range icsExtras(e) {
		iw.add(ics.ComponentProperty(x[0]), x[1], nil)
	}
	return iw.ev.SerializeTo(iw.w, &iw.cfg)
}

// icsCategories are the entry's type ("Event", "Anniversary"), kind and
// "Milestone".
func icsCategories(e *Entry) []string {
	var out []string
	switch e.Type {
	case TypeEvent:
		out = append(out, "Event")
	case TypeAnniversary:
		out = append(out, "Anniversary")
	}
	if k := cleanLine(e.Kind); k != "" {
		out = append(out, k)
	}
	if e.Milestone {
		out = append(out, "Milestone")
	}
	return out
}

// interval returns the start of a timed entry in loc and its exclusive end:
// start + DurationMinutes, or else midnight after EndDate for a multi-day
// entry, or else start + DefaultDurationMinutes.
func (e *Entry) interval(loc *time.Location) (start, end time.Time) {
	h, m, _ := parseHHMM(e.StartTime)
	start = time.Date(e.Date.Y, time.Month(e.Date.M), e.Date.D, h, m, 0, 0, loc)
	switch {
	case e.DurationMinutes > 0:
		return start, start.Add(time.Duration(e.DurationMinutes) * time.Minute)
	case e.multiDay():
		d := e.EndDate.AddDays(1)
		return start, time.Date(d.Y, time.Month(d.M), d.D, 0, 0, 0, 0, loc)
	}
	return start, start.Add(DefaultDurationMinutes * time.Minute)
}

// icsSummary is the entry's title, marked when the event is cancelled and
// when only the month of the date is known.
func icsSummary(e *Entry) string {
	t := e.BilingualTitle()
	if e.Date.Precision() == pdate.Month && t != "" {
		zh, en := cleanLine(e.TitleZH), cleanLine(e.TitleEN)
		if zh != "" && en != "" && zh != en {
			t = zh + "（日期不详）/ " + en + " (day unknown)"
		} else {
			t += "（日期不详 day unknown）"
		}
	}
	if e.Cancelled() {
		t = "【已取消 Cancelled】" + t
	}
	return t
}

// icsExtras are the entry's details as X- properties, for programs.
func icsExtras(e *Entry) [][2]string {
	out := [][2]string{
		{"X-YOUCHENG-TYPE", string(e.Type)},
		{"X-YOUCHENG-PRECISION", string(e.Date.Precision())},
	}
	opt := func(name, v string) {
		if v = cleanLine(v); v != "" {
			out = append(out, [2]string{name, v})
		}
	}
	opt("X-YOUCHENG-KIND", e.Kind)
	opt("X-YOUCHENG-FORMAT", e.Format)
	opt("X-YOUCHENG-STATUS", e.Status)
	opt("X-YOUCHENG-PARTNER-IDS", partnerIDs(e.PartnerIDs))
	opt("X-YOUCHENG-COUNTRY", e.Country)
	for _, t := range e.cleanTags() {
		opt("X-YOUCHENG-TAG", t)
	}
	if e.Years > 0 {
		opt("X-YOUCHENG-YEARS", strconv.Itoa(e.Years))
	}
	if e.Type == TypeAnniversary {
		opt("X-YOUCHENG-MILESTONE", strconv.FormatBool(e.Milestone))
	}
	return out
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
// milestones and on partial dates, then one line per detail.
func eventDescription(e *Entry) string {
	var parts []string
	if d := strings.TrimSpace(cleanText(e.Description)); d != "" {
		parts = append(parts, d)
	}
	if e.Cancelled() {
		parts = append(parts, "本活动已取消。/ This event is cancelled.")
	}
	if e.Type == TypeAnniversary && e.Milestone {
		if e.Years > 0 {
			parts = append(parts, fmt.Sprintf("逢五逢十重要周年（%d周年）/ Milestone anniversary (%d years)", e.Years, e.Years))
		} else {
			parts = append(parts, "逢五逢十重要周年 / Milestone anniversary")
		}
	}
	if e.Date.Precision() == pdate.Month {
		parts = append(parts, fmt.Sprintf("具体日期不详，仅知%d年%d月，故标注在该月1日。/ Exact day unknown: the date is known only to the month (%s %d), so the entry is shown on the 1st.",
			e.Date.Y, e.Date.M, monthsEN[e.Date.M], e.Date.Y))
	}
	if d := detailLines(e); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, "\n\n")
}

// detailLines lists the entry's details, one "标签 Label: value" a line
// (type and precision are said by CATEGORIES and the date notes).
func detailLines(e *Entry) string {
	var lines []string
	line := func(label, v string) {
		if v = cleanLine(v); v != "" {
			lines = append(lines, label+": "+v)
		}
	}
	line("类别 Kind", labelOf(kindLabels, e.Kind))
	line("形式 Format", labelOf(formatLabels, e.Format))
	line("状态 Status", labelOf(statusLabels, e.Status))
	if len(e.PartnerIDs) > 0 {
		line("友城 Partners", partnerLine(e))
	}
	line("国家/地区 Country", e.Country)
	line("标签 Tags", strings.Join(e.cleanTags(), "; "))
	if e.Years > 0 {
		line("周年 Years", strconv.Itoa(e.Years))
	}
	return strings.Join(lines, "\n")
}

// partnerLine is "宇部市 Ube (#7); …".
func partnerLine(e *Entry) string {
	var b strings.Builder
	for i, p := range e.PartnerNames() {
		if i > 0 {
			b.WriteString("; ")
		}
		name := (&Entry{TitleZH: p.NameZH, TitleEN: p.NameEN}).BilingualTitle()
		if name != "" {
			b.WriteString(name + " ")
		}
		b.WriteString("(#" + strconv.FormatInt(p.ID, 10) + ")")
	}
	return b.String()
}

// calendarDescription describes the calendar and lists the entries known
// only to the year, which are not exported as VEVENTs.
func calendarDescription(yearOnly []*Entry) string {
	var b strings.Builder
	b.WriteString("友城交流活动与周年纪念（不含节假日）/ Sister-city exchange events and anniversaries (holidays not included)")
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
