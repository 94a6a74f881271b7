package calendar

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"

	"github.com/youcheng/youcheng/model/pdate"
)

// jsonEntry is the wire form of an Entry. The contract's fields are always
// present (end_date null for a single-day entry, partner_ids [] when none);
// the others are omitted when empty.
type jsonEntry struct {
	Type       EntryType  `json:"type"`
	Date       pdate.Date `json:"date"`
	EndDate    pdate.Date `json:"end_date"`
	TitleEN    string     `json:"title_en"`
	TitleZH    string     `json:"title_zh"`
	PartnerIDs []int64    `json:"partner_ids"`
	Country    string     `json:"country"`
	Milestone  bool       `json:"milestone"`
	Ref        Ref        `json:"ref"`

	StartTime       string `json:"start_time,omitempty"`
	Timezone        string `json:"timezone,omitempty"`
	DurationMinutes int    `json:"duration_minutes,omitempty"`
	Years           int    `json:"years,omitempty"`
	HolidayKind     string `json:"holiday_kind,omitempty"`
	Status          string `json:"status,omitempty"`
	Location        string `json:"location,omitempty"`
	Description     string `json:"description,omitempty"`
}

// MarshalJSON writes the entry with the contract's field names:
// type, date, end_date (null unless the entry ends on a later day),
// title_en, title_zh, partner_ids, country, milestone and ref
// ({"event_id"} or {"source", "source_id"}), then, when set, start_time,
// timezone (the effective one, DefaultTimezone if empty), duration_minutes,
// years, holiday_kind, status, location and description.
func (e Entry) MarshalJSON() ([]byte, error) {
	j := jsonEntry{
		Type: e.Type, Date: e.Date, TitleEN: e.TitleEN, TitleZH: e.TitleZH,
		PartnerIDs: e.PartnerIDs, Country: e.Country, Milestone: e.Milestone, Ref: e.Ref,
		StartTime: e.StartTime, DurationMinutes: e.DurationMinutes, Years: e.Years,
		HolidayKind: e.HolidayKind, Status: e.Status, Location: e.Location, Description: e.Description,
	}
	if e.multiDay() {
		j.EndDate = e.EndDate
	}
	if j.PartnerIDs == nil {
		j.PartnerIDs = []int64{}
	}
	if e.timed() {
		j.Timezone = e.zone()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes. It returns an error for
// malformed JSON or dates.
func (e *Entry) UnmarshalJSON(b []byte) error {
	var j jsonEntry
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Entry{
		Type: j.Type, Date: j.Date, EndDate: j.EndDate, TitleEN: j.TitleEN, TitleZH: j.TitleZH,
		PartnerIDs: j.PartnerIDs, Country: j.Country, Milestone: j.Milestone, Ref: j.Ref,
		StartTime: j.StartTime, Timezone: j.Timezone, DurationMinutes: j.DurationMinutes, Years: j.Years,
		HolidayKind: j.HolidayKind, Status: j.Status, Location: j.Location, Description: j.Description,
	}
	return nil
}

// WriteJSON writes {"year": <Year>, "entries": [...]} followed by a newline,
// every entry type included, in Sort order (date, type, title), each entry
// as Entry.MarshalJSON writes it. The entries are streamed. It returns an
// error wrapping ErrInvalidEntry, before writing anything, when an entry is
// invalid, or the first error of w.
func WriteJSON(w io.Writer, c *Calendar) error {
	if err := c.Validate(); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(`{"year":`)
	bw.WriteString(strconv.Itoa(c.Year))
	bw.WriteString(`,"entries":[`)
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
