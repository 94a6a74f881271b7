package model

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/youcheng/youcheng/model/calendar"
	"github.com/youcheng/youcheng/model/holidays"
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
	// TitleZH and TitleEN name the calendar.
	TitleZH, TitleEN string
}

// AnnualCalendarQuery is the query of the home city's calendar of year:
// every entry of the year, with its titles.
func (s *Store) AnnualCalendarQuery(year int) CalendarQuery {
	zh, en := calendar.AnnualTitles(s.home.CityZH, s.home.City, year)
	return CalendarQuery{From: pdate.Date{Y: year, M: 1, D: 1}, To: pdate.Date{Y: year, M: 12, D: 31}, TitleZH: zh, TitleEN: en}
}

// Calendar assembles the events, anniversaries and (optionally) holidays
// of [q.From, q.To] into one calendar, generated now, with warnings for
// holiday data that is missing, incomplete or estimated. Partners are
// named in both languages. It returns the store's errors (KindInternal).
func (s *Store) Calendar(ctx context.Context, q CalendarQuery) (*calendar.Calendar, error) {
	if err := s.SyncHolidays(ctx); err != nil { // the office's holiday overrides
		return nil, err
	}
	cal := &calendar.Calendar{Year: q.From.Y, TitleZH: q.TitleZH, TitleEN: q.TitleEN, Generated: s.now()}
	partners, err := s.calendarPartners(ctx)
	if err != nil {
		return nil, err
	}
	events, err := s.calendarEvents(ctx, q, partners)
	if err != nil {
		return nil, err
	}
	anns, err := s.calendarAnniversaries(ctx, q, partners)
	if err != nil {
		return nil, err
	}
	cal.Entries = append(events, anns...)
	if q.Holidays {
		countries := map[string]bool{}
		for _, e := range cal.Entries {
			if e.Country != "" {
				countries[e.Country] = true
			}
		}
		if q.Country != "" {
			// Narrowed to one country: its holidays and the home country's.
			countries = map[string]bool{q.Country: true}
		}
		days, warnings := s.calendarHolidays(q, countries)
		cal.Entries = append(cal.Entries, days...)
		cal.Warnings = warnings
	}
	cal.Sort()
	return cal, nil
}

// calendarPartner is what a calendar shows of a partner.
type calendarPartner struct {
	calendar.Partner
	Country string
}

// calendarPartners returns every partner's names and country by id.
func (s *Store) calendarPartners(ctx context.Context) (map[int64]calendarPartner, error) {
	var ps []Partner
	if err := s.db.WithContext(ctx).Select("id", "name_en", "name_zh", "country").Find(&ps).Error; err != nil {
		return nil, translate(err)
	}
	m := make(map[int64]calendarPartner, len(ps))
	for _, p := range ps {
		m[p.ID] = calendarPartner{Partner: calendar.Partner{ID: p.ID, NameZH: p.NameZH, NameEN: p.NameEN}, Country: p.Country}
	}
	return m, nil
}

// named sets e's partner names from partners, and its country from the
// first partner that has one when e has none.
func named(e *calendar.Entry, partners map[int64]calendarPartner) {
	for _, id := range e.PartnerIDs {
		p, ok := partners[id]
		if !ok {
			continue
		}
		e.Partners = append(e.Partners, p.Partner)
		if e.Country == "" {
			e.Country = p.Country
		}
	}
}

// calendarEvents returns the events overlapping [q.From, q.To] as entries.
func (s *Store) calendarEvents(ctx context.Context, q CalendarQuery, partners map[int64]calendarPartner) ([]calendar.Entry, error) {
	events, err := s.EventsInRange(ctx, EventFilter{From: q.From, To: q.To, PartnerID: q.PartnerID, Country: q.Country})
	if err != nil {
		return nil, err
	}
	out := make([]calendar.Entry, 0, len(events))
	for i := range events {
		e := &events[i]
		id := e.ID
		entry := calendar.Entry{Type: calendar.TypeEvent, Date: e.StartDate, TitleEN: e.TitleEN, TitleZH: e.TitleZH,
			PartnerIDs: e.PartnerIDs, Ref: calendar.Ref{EventID: &id}, StartTime: e.StartTime, Timezone: e.Timezone,
			Description: e.Description, Location: e.Location, Status: e.Status, Kind: e.Kind, Format: e.Format, Tags: e.Tags}
		if e.EndDate != e.StartDate {
			entry.EndDate = e.EndDate
		}
		if entry.StartTime != "" && entry.Timezone == "" {
			entry.Timezone = s.home.Timezone // a timed event without a zone is at home
		}
		named(&entry, partners)
		out = append(out, entry)
	}
	return out, nil
}

// calendarAnniversaries returns the anniversaries in [q.From, q.To] as
// entries; a commemoration's own country wins over its partner's.
func (s *Store) calendarAnniversaries(ctx context.Context, q CalendarQuery, partners map[int64]calendarPartner) ([]calendar.Entry, error) {
	anns, err := s.Anniversaries(ctx, AnniversaryQuery{From: q.From, To: q.To, PartnerID: q.PartnerID, Country: q.Country})
	if err != nil || len(anns) == 0 {
		return nil, err
	}
	var cs []Commemoration
	if err := s.db.WithContext(ctx).Select("id", "country").Find(&cs).Error; err != nil {
		return nil, translate(err)
	}
	commCountry := make(map[int64]string, len(cs))
	for _, c := range cs {
		commCountry[c.ID] = c.Country
	}
	out := make([]calendar.Entry, 0, len(anns))
	for _, a := range anns {
		sid := a.SourceID
		entry := calendar.Entry{Type: calendar.TypeAnniversary, Date: a.Date, TitleEN: a.TitleEN, TitleZH: a.TitleZH,
			Milestone: a.Milestone, Years: a.Years, Ref: calendar.Ref{Source: string(a.Source), SourceID: &sid}}
		if a.Source == "commemoration" {
			entry.Country = commCountry[a.SourceID]
		}
		if a.PartnerID != nil {
			entry.PartnerIDs = []int64{*a.PartnerID}
		}
		named(&entry, partners)
		out = append(out, entry)
	}
	return out, nil
}

// calendarHolidays returns the holidays in [q.From, q.To] of the home
// country and of countries, and a warning for every country and year whose
// data is missing, incomplete or estimated.
func (s *Store) calendarHolidays(q CalendarQuery, countries map[string]bool) ([]calendar.Entry, []calendar.Warning) {
	list := []string{s.home.Country}
	for c := range countries {
		if c != s.home.Country {
			list = append(list, c)
		}
	}
	slices.Sort(list[1:])
	var out []calendar.Entry
	var warnings []calendar.Warning
	for _, c := range list {
		if !s.hol.Supports(c) {
			warnings = append(warnings, calendar.Warning{EN: fmt.Sprintf("no holiday data for %s", c),
				ZH: fmt.Sprintf("没有 %s 的节假日数据", c)})
			continue
		}
		for y := q.From.Y; y <= q.To.Y; y++ {
			hy, err := s.hol.Year(c, "", y)
			if err != nil {
				warnings = append(warnings, calendar.Warning{EN: fmt.Sprintf("holidays of %s %d: %v", c, y, err),
					ZH: fmt.Sprintf("%s %d 年节假日数据无法读取", c, y)})
				continue
			}
			if !hy.Complete {
				warnings = append(warnings, calendar.Warning{EN: fmt.Sprintf("holiday data for %s %d is incomplete or estimated", c, y),
					ZH: fmt.Sprintf("%s %d 年节假日数据不完整或为估算", c, y)})
			}
			for _, d := range hy.Days {
				if d.Date.Before(q.From) || d.Date.After(q.To) {
					continue
				}
				out = append(out, calendar.Entry{Type: calendar.TypeHoliday, Date: d.Date, TitleEN: d.NameEN,
					TitleZH: holidayNameZH(c, d), Country: c, HolidayKind: string(d.Kind), Description: d.NameLocal})
			}
		}
	}
	return out, warnings
}

// holidayNameZH is the Chinese name of a holiday: its name_zh, else its
// local name where that is Chinese.
func holidayNameZH(country string, d holidays.Day) string {
	if d.NameZH != "" {
		return d.NameZH
	}
	switch country {
	case "CN", "TW", "HK", "MO", "SG":
		return d.NameLocal
	}
	return ""
}

// CalendarChangedAt returns the latest time at which anything a calendar
// shows from the database changed: a partner, partnership, commemoration or
// event written or deleted (audited), at most now. It returns the zero time
// for an empty database, or the store's errors (KindInternal).
func (s *Store) CalendarChangedAt(ctx context.Context) (time.Time, error) {
	db := s.db.WithContext(ctx)
	var latest time.Time
	for _, m := range []any{&Partner{}, &Partnership{}, &Commemoration{}, &Event{}} {
		var rows []struct{ UpdatedAt time.Time }
		if err := db.Model(m).Select("updated_at").Order("updated_at DESC").Limit(1).Find(&rows).Error; err != nil {
			return time.Time{}, translate(err)
		}
		if len(rows) > 0 && rows[0].UpdatedAt.After(latest) {
			latest = rows[0].UpdatedAt
		}
	}
	var audit []struct{ At time.Time }
	if err := db.Model(&AuditRecord{}).Select("at").Where("entity IN ?", []string{"partner", "partnership", "commemoration", "event"}).
		Order("at DESC").Limit(1).Find(&audit).Error; err != nil {
		return time.Time{}, translate(err)
	}
	if len(audit) > 0 && audit[0].At.After(latest) {
		latest = audit[0].At
	}
	if now := s.now(); latest.After(now) {
		latest = now
	}
	return latest.UTC(), nil
}

// EventsInRange returns every event matching f (no pagination), ordered by
// start, with partner ids and tags.
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
		if err := loadEventLinks(s.db.WithContext(ctx), out[i:min(i+500, len(out))]); err != nil {
			return nil, translate(err)
		}
	}
	return out, nil
}
