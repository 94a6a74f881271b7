// Package calendar is Youcheng's annual exchange calendar: the exchange
// events, partnership anniversaries and public holidays of one year (or of a
// feed's range of years), with renderers for the formats of
// GET /api/v1/calendar/{year} and GET /api/v1/feeds/{token}.ics:
//
//   - WriteJSON: {"year", "generated_at", "title_en", "title_zh", "warnings",
//     "warnings_zh", "entries": […]}, every entry type.
//   - WriteICS: iCalendar (RFC 5545) through github.com/arran4/golang-ical,
//     events and anniversaries only (holidays are not exported to ICS).
//   - WriteCSV: UTF-8 with a byte-order mark, CRLF, RFC 4180, a bilingual
//     header row; events and anniversaries only.
//   - WriteXLSX: an Excel workbook with an overview sheet (title, warnings,
//     colour legend, counts), a milestones sheet and one sheet per month,
//     every entry type, printable on A4 landscape.
//
// Every format carries, per entry: date and precision, end date, start time,
// time zone and (for ICS) end of timed events, status, kind, format,
// location, the partners by id and by Chinese and English name, country,
// milestone and years. A cancelled event is visibly cancelled everywhere.
//
// The package has no HTTP or database code: callers build a Calendar from
// their records and hand it to a writer. Every writer validates the calendar
// first and writes nothing when an entry is invalid; none of them modifies
// the Calendar (Sort is the only method that reorders Entries).
//
// # Partial dates
//
// Anniversaries of origins known only to the month or the year keep that
// precision ("2022-07", "2022"); no renderer invents a day:
//
//   - JSON and CSV print the date at its precision.
//   - XLSX stores a real date cell for the first day covered, formatted at
//     the date's precision ("yyyy-mm" or "yyyy"); month-precision entries go
//     to their month's sheet, year-precision entries are listed on the
//     overview sheet only.
//   - ICS shows a month-precision entry as one all-day entry on the month's
//     first day (DTSTART;VALUE=DATE:20220701, DTEND;VALUE=DATE:20220702)
//     whose SUMMARY says that the day is unknown; never as an entry spanning
//     the whole month. A year-precision entry is not exported as a
//     VEVENT — a year-long all-day bar would sit on every week of the
//     subscriber's calendar — and is instead listed in the calendar's
//     DESCRIPTION and X-WR-CALDESC.
package calendar

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones for VTIMEZONE even where the system has no zoneinfo
	"unicode/utf8"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// EntryType is the kind of a calendar entry.
type EntryType string

// Entry types, in the order Sort puts them on the same date.
const (
	TypeEvent       EntryType = "event"
	TypeAnniversary EntryType = "anniversary"
	TypeHoliday     EntryType = "holiday"
)

// Holiday kinds (Entry.HolidayKind): a day off, an adjusted working day
// (调休上班) such as a Sunday worked to bridge a Chinese public holiday, or an
// observance (纪念日): a day of note that is no day off.
const (
	HolidayOff        = "holiday"
	HolidayWorkday    = "workday"
	HolidayObservance = "observance"
)

// DefaultDurationMinutes is the length of a timed entry that gives no end:
// an hour, the usual length of an online meeting.
const DefaultDurationMinutes = 60

// UIDDomain is the right-hand side of every iCalendar UID ("event-42@youcheng").
const UIDDomain = "youcheng"

// ErrInvalidEntry is wrapped by every validation error.
var ErrInvalidEntry = errors.New("calendar: invalid entry")

// Ref says which record an entry comes from. Events carry EventID;
// anniversaries carry Source ("partnership", "commemoration", …) and
// SourceID; holidays may carry a Source such as "holiday-cn".
type Ref struct {
	EventID  *int64 `json:"event_id,omitempty"`
	Source   string `json:"source,omitempty"`
	SourceID *int64 `json:"source_id,omitempty"`
}

// String formats the reference compactly for CSV and XLSX:
// "event:42", "partnership:7", "holiday-cn" or "".
func (r Ref) String() string {
	switch {
	case r.EventID != nil:
		return "event:" + strconv.FormatInt(*r.EventID, 10)
	case r.SourceID != nil:
		return r.Source + ":" + strconv.FormatInt(*r.SourceID, 10)
	default:
		return r.Source
	}
}

// Partner names one partner of an entry, for readers who do not know the ids.
type Partner struct {
	ID     int64  `json:"id"`
	NameZH string `json:"name_zh"`
	NameEN string `json:"name_en"`
}

// Warning is a note about the calendar as a whole (incomplete holiday data),
// in English and Chinese.
type Warning struct {
	EN, ZH string
}

// Entry is one line of the calendar: an exchange event, an anniversary or a
// holiday.
type Entry struct {
	Type EntryType
	// Date is the first day (or the month or year, for partial dates).
	Date pdate.Date
	// EndDate is the last day, inclusive, of a multi-day entry; zero (or
	// equal to Date) for a single-day entry. It needs a full Date.
	EndDate pdate.Date

	TitleEN, TitleZH string
	PartnerIDs       []int64
	// Partners names the partners of PartnerIDs (any order; ids without a
	// name here are shown by id only).
	Partners []Partner
	// Country is an ISO 3166-1 alpha-2 code ("JP"), "" when none applies.
	Country   string
	Milestone bool
	Ref       Ref

	// StartTime ("HH:MM", 24-hour) makes the entry a timed one; it needs a
	// full Date. Timezone is an IANA name ("Europe/London"), required
	// with a start time (the store gives zone-less events the home zone). DurationMinutes, when > 0, gives the end; otherwise a
	// timed entry with a later EndDate runs to the end of EndDate, and one
	// without lasts DefaultDurationMinutes.
	StartTime       string
	Timezone        string
	DurationMinutes int

	Description, Location string
	// Years is an anniversary's number of years (30 for a 30th).
	Years int
	// HolidayKind is HolidayOff, HolidayWorkday or HolidayObservance for holidays.
	HolidayKind string
	// Status is the event's status ("idea", "planned", "confirmed", "done",
	// "cancelled"), mapped to the iCalendar STATUS; "" when not applicable.
	Status string
	// Kind and Format are an event's kind ("culture", …) and format
	// ("in_person", "online", "hybrid"); "" for other entries.
	Kind, Format string
	// Tags are an event's tags ("海这边 海那边").
	Tags []string
}

// Cancelled reports whether the entry is a cancelled event.
func (e *Entry) Cancelled() bool { return e.Status == vocab.EventCancelled }

// PartnerNames returns one Partner per PartnerIDs, in that order, with the
// names from Partners (empty when unknown).
func (e *Entry) PartnerNames() []Partner {
	out := make([]Partner, len(e.PartnerIDs))
	for i, id := range e.PartnerIDs {
		out[i] = Partner{ID: id}
		for _, p := range e.Partners {
			if p.ID == id {
				out[i] = Partner{ID: id, NameZH: cleanLine(p.NameZH), NameEN: cleanLine(p.NameEN)}
				break
			}
		}
	}
	return out
}

// cleanTags is the entry's tags after the text clean-up, empty ones left out.
func (e *Entry) cleanTags() []string {
	out := make([]string, 0, len(e.Tags))
	for _, t := range e.Tags {
		if t = cleanLine(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// partnersText joins the partners' Chinese (zh) or English names with "; ",
// falling back to the other language, then to "#id", so that every partner
// is named.
func (e *Entry) partnersText(zh bool) string {
	var b strings.Builder
	for i, p := range e.PartnerNames() {
		if i > 0 {
			b.WriteString("; ")
		}
		first, second := p.NameEN, p.NameZH
		if zh {
			first, second = second, first
		}
		switch {
		case first != "":
			b.WriteString(first)
		case second != "":
			b.WriteString(second)
		default:
			b.WriteString("#" + strconv.FormatInt(p.ID, 10))
		}
	}
	return b.String()
}

// Calendar is a year's calendar (Year > 0) or a feed over several years
// (Year == 0; only names and the XLSX month sheets use Year).
type Calendar struct {
	Year int
	// TitleZH and TitleEN name the calendar; DefaultName(Year) when both
	// are empty.
	TitleZH, TitleEN string
	// Warnings are notes on the calendar as a whole, such as holiday data
	// that is incomplete or only estimated.
	Warnings []Warning
	Entries  []Entry
	// Generated stamps the export (ICS DTSTAMP, XLSX properties); the time
	// of writing when zero.
	Generated time.Time
}

// DefaultName returns the bilingual calendar name for year (0: no year).
func DefaultName(year int) string {
	if year <= 0 {
		return "友城交流日历 / Sister-city exchange calendar"
	}
	return fmt.Sprintf("%d 年友城交流日历 / Sister-city exchange calendar %d", year, year)
}

// AnnualTitles returns the Chinese and English titles of a city's annual
// exchange calendar: "威海 2022 年对外交流日历", "Weihai exchange calendar 2022".
func AnnualTitles(cityZH, cityEN string, year int) (zh, en string) {
	return fmt.Sprintf("%s %d 年对外交流日历", cityZH, year), fmt.Sprintf("%s exchange calendar %d", cityEN, year)
}

// name is the calendar's bilingual display name.
func (c *Calendar) name() string {
	if n := vocab.Bilingual(cleanLine(c.TitleZH), cleanLine(c.TitleEN), " / "); n != "" {
		return n
	}
	return DefaultName(c.Year)
}

func (c *Calendar) generated() time.Time {
	if c.Generated.IsZero() {
		return time.Now().UTC()
	}
	return c.Generated.UTC()
}

// Sort orders Entries by date (pdate.Date.Compare: first day covered, coarser
// precision first), then type (event, anniversary, holiday), then English
// and Chinese title, start time, end date and reference, so that every
// renderer's output is deterministic. The sort is stable.
func (c *Calendar) Sort() {
	slices.SortStableFunc(c.Entries, func(a, b Entry) int { return compareEntries(&a, &b) })
}

// sorted returns pointers to the entries that keep reports true for, in
// Sort order, without reordering c.Entries.
func (c *Calendar) sorted(keep func(*Entry) bool) []*Entry {
	out := make([]*Entry, 0, len(c.Entries))
	for i := range c.Entries {
		if keep == nil || keep(&c.Entries[i]) {
			out = append(out, &c.Entries[i])
		}
	}
	slices.SortStableFunc(out, compareEntries)
	return out
}

func typeRank(t EntryType) int {
	switch t {
	case TypeEvent:
		return 0
	case TypeAnniversary:
		return 1
	case TypeHoliday:
		return 2
	}
	return 3
}

// dateKey orders dates exactly as pdate.Date.Compare (first day covered,
// then coarser precision first) without its allocations.
func dateKey(d pdate.Date) int {
	m, day := max(d.M, 1), max(d.D, 1)
	rank := 2
	switch {
	case d.M == 0:
		rank = 0
	case d.D == 0:
		rank = 1
	}
	return ((d.Y*100+m)*100+day)*4 + rank
}

func compareEntries(a, b *Entry) int {
	if c := cmp.Or(cmp.Compare(dateKey(a.Date), dateKey(b.Date)), cmp.Compare(typeRank(a.Type), typeRank(b.Type)),
		cmp.Compare(a.Type, b.Type), cmp.Compare(a.TitleEN, b.TitleEN), cmp.Compare(a.TitleZH, b.TitleZH),
		cmp.Compare(a.StartTime, b.StartTime), cmp.Compare(dateKey(a.EndDate), dateKey(b.EndDate))); c != 0 {
		return c
	}
	// Last, and only on a tie: the reference's text costs an allocation.
	return cmp.Compare(a.Ref.String(), b.Ref.String())
}

// Validate checks every entry (see Entry.Validate) and returns the first
// error, which wraps ErrInvalidEntry and names the entry's index.
func (c *Calendar) Validate() error {
	zones := zoneCache{}
	for i := range c.Entries {
		if err := c.Entries[i].validate(zones); err != nil {
			return fmt.Errorf("entry %d: %w", i, err)
		}
	}
	return nil
}

// Validate checks that the entry can be rendered: a known type, a date, an
// end date only after a full start date, a well-formed start time on a full
// date, a known IANA time zone and a non-negative duration. It returns an
// error wrapping ErrInvalidEntry.
func (e *Entry) Validate() error { return e.validate(zoneCache{}) }

func (e *Entry) validate(zones zoneCache) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s %s %q: %s", ErrInvalidEntry, e.Type, e.Date, e.BilingualTitle(), fmt.Sprintf(format, args...))
	}
	switch e.Type {
	case TypeEvent, TypeAnniversary, TypeHoliday:
	default:
		return bad("unknown type (want event, anniversary or holiday)")
	}
	if e.Date.IsZero() {
		return bad("date is required")
	}
	if !e.EndDate.IsZero() {
		switch {
		case e.Date.Precision() != pdate.Day:
			return bad("end_date needs a full date")
		case e.EndDate.Precision() != pdate.Day:
			return bad("end_date must be a full date")
		case e.EndDate.Before(e.Date):
			return bad("end_date %s is before date", e.EndDate)
		}
	}
	if e.DurationMinutes < 0 {
		return bad("negative duration")
	}
	if e.StartTime == "" {
		if e.DurationMinutes > 0 {
			return bad("duration needs a start time")
		}
		return nil
	}
	if _, _, ok := parseHHMM(e.StartTime); !ok {
		return bad("start time %q is not HH:MM", e.StartTime)
	}
	if e.Date.Precision() != pdate.Day {
		return bad("start time needs a full date")
	}
	if e.Timezone == "" {
		return bad("start time needs a time zone")
	}
	if _, err := zones.load(e.zone()); err != nil {
		return bad("%v", err)
	}
	return nil
}

// timed reports whether e is rendered with a time of day.
func (e *Entry) timed() bool { return e.StartTime != "" }

// zone returns the entry's IANA time zone name.
func (e *Entry) zone() string { return e.Timezone }

// multiDay reports whether e has an end date after its date.
func (e *Entry) multiDay() bool { return !e.EndDate.IsZero() && e.EndDate.After(e.Date) }

// lastDay returns the last full day e covers.
func (e *Entry) lastDay() pdate.Date {
	if e.multiDay() {
		return e.EndDate
	}
	return e.Date.Last()
}

// BilingualTitle returns "中文 / English", or whichever title is set (once
// when both are equal), after the text clean-up every renderer applies
// (invalid UTF-8 replaced, control characters other than tab and newline
// removed, CR and CRLF turned into LF, surrounding space trimmed).
func (e *Entry) BilingualTitle() string {
	return vocab.Bilingual(cleanLine(e.TitleZH), cleanLine(e.TitleEN), " / ")
}

// UID returns the entry's iCalendar UID, stable across exports because it is
// derived from the entry's reference, not from its position or the time of
// export:
//
//	event-42@youcheng                         (Ref.EventID 42)
//	anniversary-partnership-7-2022@youcheng   (Source "partnership", SourceID 7, Date in 2022)
//	holiday-cn-2022-10-01@youcheng            (holiday, Country "CN"; "-<SourceID>" appended when set)
//
// An entry without a usable reference gets "entry-<hash>@youcheng", a hash
// of its type, dates and titles (stable while those do not change).
func (e *Entry) UID() string {
	var b strings.Builder
	switch {
	case e.Type == TypeEvent && e.Ref.EventID != nil:
		b.WriteString("event-")
		b.WriteString(strconv.FormatInt(*e.Ref.EventID, 10))
	case e.Type == TypeAnniversary && e.Ref.SourceID != nil:
		b.WriteString("anniversary-")
		if s := uidToken(e.Ref.Source); s != "" {
			b.WriteString(s)
			b.WriteByte('-')
		}
		b.WriteString(strconv.FormatInt(*e.Ref.SourceID, 10))
		b.WriteByte('-')
		b.WriteString(strconv.Itoa(e.Date.Y))
	case e.Type == TypeHoliday:
		b.WriteString("holiday-")
		if s := uidToken(e.Country); s != "" {
			b.WriteString(s)
			b.WriteByte('-')
		}
		b.WriteString(e.Date.String())
		if e.Ref.SourceID != nil {
			b.WriteByte('-')
			b.WriteString(strconv.FormatInt(*e.Ref.SourceID, 10))
		}
	default:
		h := sha256.New()
		for _, s := range []string{string(e.Type), e.Date.String(), e.EndDate.String(), e.StartTime, e.TitleZH, e.TitleEN} {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
		b.WriteString("entry-")
		b.WriteString(hex.EncodeToString(h.Sum(nil)[:10]))
	}
	b.WriteByte('@')
	b.WriteString(UIDDomain)
	return b.String()
}

// uidToken lower-cases s and keeps only [a-z0-9-], so that UIDs need no
// escaping.
func uidToken(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		case r == '_' || r == ' ' || r == '.':
			b.WriteByte('-')
		}
	}
	return b.String()
}

// parseHHMM parses a strict "HH:MM" (00:00–23:59): the one vocabulary's rule.
func parseHHMM(s string) (h, m int, ok bool) { return vocab.ParseHHMM(s) }

// zoneCache memoises time.LoadLocation, which reads the zone database on
// every call.
type zoneCache map[string]*time.Location

func (z zoneCache) load(name string) (*time.Location, error) {
	if loc, ok := z[name]; ok {
		return loc, nil
	}
	if name == "Local" || name == "" {
		return nil, fmt.Errorf("time zone %q is not an IANA name", name)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("unknown time zone %q", name)
	}
	z[name] = loc
	return loc, nil
}

// cleanText makes s safe for every output format: invalid UTF-8 becomes
// U+FFFD, CRLF and lone CR become LF, and control characters other than tab
// and LF are dropped (RFC 5545 TEXT and XML 1.0 allow no others).
func cleanText(s string) string {
	if !needsClean(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\t' || r == '\n':
			return r
		case r < 0x20 || r == 0x7f:
			return -1
		}
		return r
	}, s)
}

// needsClean reports whether cleanText would change s.
func needsClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return true
		}
		i += size
	}
	return false
}

// cleanLine is cleanText with surrounding white space trimmed.
func cleanLine(s string) string { return strings.TrimSpace(cleanText(s)) }

// partnerIDs formats ids as "3;7" (a semicolon needs no CSV quoting).
func partnerIDs(ids []int64) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	return b.String()
}
