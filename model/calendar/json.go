package calendar

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
)

// jsonRef is the wire form of a Ref: every key present, null when unknown.
type jsonRef struct {
	EventID  *int64  `json:"event_id"`
	Source   *string `json:"source"`
	SourceID *int64  `json:"source_id"`
}

// jsonEntry is the wire form of an Entry: every key present, null when the
// value is missing or does not apply (never ""), partner_ids and partners
// [] when none.
type jsonEntry struct {
	Type            EntryType       `json:"type"`
	Date            pdate.Date      `json:"date"`
	Precision       pdate.Precision `json:"precision"`
	EndDate         *pdate.Date     `json:"end_date"`
	StartTime       *string         `json:"start_time"`
	Timezone        *string         `json:"timezone"`
	DurationMinutes *int            `json:"duration_minutes"`
	Status          *string         `json:"status"`
	Kind            *string         `json:"kind"`
	Format          *string         `json:"format"`
	Tags            []string        `json:"tags"`
	TitleZH         *string         `json:"title_zh"`
	TitleEN         *string         `json:"title_en"`
	PartnerIDs      []int64         `json:"partner_ids"`
	Partners        []jsonPartner   `json:"partners"`
	Country         *string         `json:"country"`
	Location        *string         `json:"location"`
	Description     *string         `json:"description"`
	Milestone       bool            `json:"milestone"`
	Years           *int            `json:"years"`
	HolidayKind     *string         `json:"holiday_kind"`
	Ref             jsonRef         `json:"ref"`
}

type jsonPartner struct {
	ID     int64   `json:"id"`
	NameZH *string `json:"name_zh"`
	NameEN *string `json:"name_en"`
}

// str is nil for "", else a pointer to s.
func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// MarshalJSON writes the entry with every key of the contract present and
// null where a value is missing or does not apply:
// type, date, precision ("day", "month", "year"), end_date (null unless the
// entry ends on a later day), start_time, timezone (the effective one),
// duration_minutes (a timed entry's length, DefaultDurationMinutes when it
// gives none; null for all-day entries), status, kind, format, tags ([] when
// none), title_zh,
// title_en, partner_ids, partners ([{"id","name_zh","name_en"}], in the
// order of partner_ids), country, location, description, milestone, years,
// holiday_kind and ref ({"event_id","source","source_id"}).
func (e Entry) MarshalJSON() ([]byte, error) {
	j := jsonEntry{
		Type: e.Type, Date: e.Date, Precision: e.Date.Precision(),
		StartTime: str(e.StartTime), Status: str(e.Status), Kind: str(e.Kind), Format: str(e.Format),
		TitleZH: str(cleanLine(e.TitleZH)), TitleEN: str(cleanLine(e.TitleEN)), PartnerIDs: e.PartnerIDs,
		Country: str(e.Country), Location: str(cleanLine(e.Location)), Description: str(cleanLine(e.Description)),
		Milestone: e.Milestone, HolidayKind: str(e.HolidayKind),
		Ref: jsonRef{EventID: e.Ref.EventID, Source: str(e.Ref.Source), SourceID: e.Ref.SourceID},
	}
	if e.multiDay() {
		end := e.EndDate
		j.EndDate = &end
	}
	if j.PartnerIDs == nil {
		j.PartnerIDs = []int64{}
	}
	j.Tags = make([]string, 0, len(e.Tags))
	for _, t := range e.Tags {
		j.Tags = append(j.Tags, cleanLine(t))
	}
	j.Partners = make([]jsonPartner, 0, len(e.PartnerIDs))
	for _, p := range e.PartnerNames() {
		j.Partners = append(j.Partners, jsonPartner{ID: p.ID, NameZH: str(p.NameZH), NameEN: str(p.NameEN)})
	}
	if e.timed() {
		j.Timezone = str(e.zone())
		if loc, err := (zoneCache{}).load(e.zone()); err == nil {
			start, end := e.interval(loc)
			d := int(end.Sub(start) / time.Minute)
			j.DurationMinutes = &d
		}
	}
	if e.Years > 0 {
		y := e.Years
		j.Years = &y
	}
	return marshal(j)
}

// marshal is json.Marshal without HTML escaping: "&" and "<" in titles stay
// readable for people who open the file.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads the form MarshalJSON writes. It returns an error for
// malformed JSON or dates. duration_minutes is read back only when it is
// not the default length.
func (e *Entry) UnmarshalJSON(b []byte) error {
	var j jsonEntry
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Entry{
		Type: j.Type, Date: j.Date, TitleEN: deref(j.TitleEN), TitleZH: deref(j.TitleZH),
		PartnerIDs: j.PartnerIDs, Country: deref(j.Country), Milestone: j.Milestone,
		Ref:       Ref{EventID: j.Ref.EventID, Source: deref(j.Ref.Source), SourceID: j.Ref.SourceID},
		StartTime: deref(j.StartTime), Timezone: deref(j.Timezone),
		HolidayKind: deref(j.HolidayKind), Status: deref(j.Status), Location: deref(j.Location),
		Description: deref(j.Description), Kind: deref(j.Kind), Format: deref(j.Format),
	}
	if len(j.Tags) > 0 {
		e.Tags = j.Tags
	}
	if j.EndDate != nil {
		e.EndDate = *j.EndDate
	}
	if j.Years != nil {
		e.Years = *j.Years
	}
	for _, p := range j.Partners {
		if p.NameZH != nil || p.NameEN != nil {
			e.Partners = append(e.Partners, Partner{ID: p.ID, NameZH: deref(p.NameZH), NameEN: deref(p.NameEN)})
		}
	}
	if j.DurationMinutes != nil && e.timed() && !e.multiDay() && *j.DurationMinutes != DefaultDurationMinutes {
		e.DurationMinutes = *j.DurationMinutes
	}
	return nil
}

// jsonHead is the calendar's part of the document before the entries.
type jsonHead struct {
	Year        int        `json:"year"`
	GeneratedAt time.Time  `json:"generated_at"`
	TitleZH     *string    `json:"title_zh"`
	TitleEN     *string    `json:"title_en"`
	Warnings    []string   `json:"warnings"`
	WarningsZH  []string   `json:"warnings_zh"`
	Entries     []struct{} `json:"entries"`
}

// WriteJSON writes {"year", "generated_at", "title_zh", "title_en",
// "warnings", "warnings_zh", "entries": [...]} followed by a newline: every
// entry type, in Sort order (date, type, title), each entry as
// Entry.MarshalJSON writes it. Titles are null when unset; warnings are
// lists, empty when there are none. The entries are streamed. It returns an
// error wrapping ErrInvalidEntry, before writing anything, when an entry is
// invalid, or the first error of w.
func WriteJSON(w io.Writer, c *Calendar) error {
	if err := c.Validate(); err != nil {
		return err
	}
	head := jsonHead{Year: c.Year, GeneratedAt: c.generated().Truncate(time.Second),
		TitleZH: str(cleanLine(c.TitleZH)), TitleEN: str(cleanLine(c.TitleEN)),
		Warnings: []string{}, WarningsZH: []string{}, Entries: []struct{}{}}
	for _, wn := range c.Warnings {
		head.Warnings = append(head.Warnings, cleanLine(wn.EN))
		head.WarningsZH = append(head.WarningsZH, cleanLine(wn.ZH))
	}
	hb, err := marshal(head)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	// Everything but the closing "[]}" of the empty entries list.
	bw.Write(hb[:len(hb)-3])
	bw.WriteByte('[')
	for i, e := range c.sorted(nil) {
		if i > 0 {
			bw.WriteByte(',')
		}
		b, err := e.MarshalJSON()
		if err != nil {
			return err
		}
		if _, err := bw.Write(b); err != nil {
			return err
		}
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}
