package model

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/youcheng/youcheng/model/calendar"
	"github.com/youcheng/youcheng/model/pdate"
)

// CalendarQuery selects what an exchange calendar holds.
type CalendarQuery struct {
	From, To  pdate.Date // full dates
	PartnerID int64
	Country   string
	// Holidays adds the holidays of the home country and of every partner
	// country the calendar involves (JSON and XLSX show them).
	Holidays bool
	Name     string
}

// Calendar assembles the events, anniversaries and (optionally) holidays
// of [q.From, q.To] into one calendar, with warnings for holiday data that
// is incomplete.
func (s *Store) Calendar(ctx context.Context, q CalendarQuery) (*calendar.Calendar, []string, error) {
	cal := &calendar.Calendar{Year: q.From.Y, Name: q.Name}
	events, err := s.EventsInRange(ctx, EventFilter{From: q.From, To: q.To, PartnerID: q.PartnerID, Country: q.Country})
	if err != nil {
		return nil, nil, err
	}
	countries := map[string]bool{}
	partnerCountry, err := s.partnerCountries(ctx)
	if err != nil {
		return nil, nil, err
	}
	for i := range events {
		e := &events[i]
		id := e.ID
		entry := calendar.Entry{Type: calendar.TypeEvent, Date: e.StartDate, TitleEN: e.TitleEN, TitleZH: e.TitleZH,
			PartnerIDs: e.PartnerIDs, Ref: calendar.Ref{EventID: &id}, StartTime: e.StartTime, Timezone: e.Timezone,
			Description: e.Description, Location: e.Location, Status: e.Status}
		if e.EndDate != e.StartDate {
			entry.EndDate = e.EndDate
		}
		if entry.StartTime != "" && entry.Timezone == "" {
			entry.Timezone = s.home.Timezone // a timed event without a zone is at home
		}
		for _, pid := range e.PartnerIDs {
			if c := partnerCountry[pid]; c != "" {
				countries[c] = true
				if entry.Country == "" {
					entry.Country = c
				}
			}
		}
		cal.Entries = append(cal.Entries, entry)
	}
	anns, err := s.Anniversaries(ctx, AnniversaryQuery{From: q.From, To: q.To, PartnerID: q.PartnerID, Country: q.Country})
	if err != nil {
		return nil, nil, err
	}
	commCountry := map[int64]string{}
	if len(anns) > 0 {
		var cs []Commemoration
		if err := s.db.WithContext(ctx).Select("id", "country").Find(&cs).Error; err != nil {
			return nil, nil, translate(err)
		}
		for _, c := range cs {
			commCountry[c.ID] = c.Country
		}
	}
	for _, a := range anns {
		sid := a.SourceID
		entry := calendar.Entry{Type: calendar.TypeAnniversary, Date: a.Date, TitleEN: a.TitleEN, TitleZH: a.TitleZH,
			Milestone: a.Milestone, Years: a.Years, Ref: calendar.Ref{Source: string(a.Source), SourceID: &sid}}
		if a.PartnerID != nil {
			entry.PartnerIDs = []int64{*a.PartnerID}
			entry.Country = partnerCountry[*a.PartnerID]
		}
		if a.Source == "commemoration" && commCountry[a.SourceID] != "" {
			entry.Country = commCountry[a.SourceID]
		}
		if entry.Country != "" {
			countries[entry.Country] = true
		}
		cal.Entries = append(cal.Entries, entry)
	}
	var warnings []string
	if q.Holidays {
		hol := s.hol
		if q.Country != "" {
			// Narrowed to one country: its holidays and the home country's.
			countries = map[string]bool{q.Country: true}
		}
		list := []string{s.home.Country}
		for c := range countries {
			if c != s.home.Country {
				list = append(list, c)
			}
		}
		slices.Sort(list[1:])
		for _, c := range list {
			if !hol.Supports(c) {
				warnings = append(warnings, fmt.Sprintf("no holiday data for %s", c))
				continue
			}
			for y := q.From.Y; y <= q.To.Y; y++ {
				hy, err := hol.Year(c, "", y)
				if err != nil {
					warnings = append(warnings, fmt.Sprintf("holidays of %s %d: %v", c, y, err))
					continue
				}
				if !hy.Complete {
					warnings = append(warnings, fmt.Sprintf("holiday data for %s %d is incomplete or estimated", c, y))
				}
				for _, d := range hy.Days {
					if d.Date.Before(q.From) || d.Date.After(q.To) {
						continue
					}
					entry := calendar.Entry{Type: calendar.TypeHoliday, Date: d.Date, TitleEN: d.NameEN,
						Country: c, HolidayKind: string(d.Kind), Description: d.NameLocal}
					if c == "CN" || c == "TW" || c == "HK" || c == "MO" || c == "SG" {
						entry.TitleZH = d.NameLocal
					}
					cal.Entries = append(cal.Entries, entry)
				}
			}
		}
	}
	cal.Sort()
	return cal, warnings, nil
}

// partnerCountries maps partner ids to their countries.
func (s *Store) partnerCountries(ctx context.Context) (map[int64]string, error) {
	var ps []Partner
	if err := s.db.WithContext(ctx).Select("id", "country").Find(&ps).Error; err != nil {
		return nil, translate(err)
	}
	m := make(map[int64]string, len(ps))
	for _, p := range ps {
		m[p.ID] = p.Country
	}
	return m, nil
}

// EventsInRange returns every event matching f (no pagination), ordered by
// start, with partner ids.
func (s *Store) EventsInRange(ctx context.Context, f EventFilter) ([]Event, error) {
	var out []Event
	for _, q := range s.eventQueries(ctx, f) {
		var part []Event
		if err := q.Find(&part).Error; err != nil {
			return nil, translate(err)
		}
		out = append(out, part...)
	}
	slices.SortFunc(out, func(a, b Event) int {
		if c := strings.Compare(a.SpanStart, b.SpanStart); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	for i := 0; i < len(out); i += 500 {
		if err := loadEventPartners(s.db.WithContext(ctx), out[i:min(i+500, len(out))]); err != nil {
			return nil, translate(err)
		}
	}
	return out, nil
}
