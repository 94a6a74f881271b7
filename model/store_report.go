package model

import (
	"context"
	"fmt"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/report"
	"github.com/youcheng/youcheng/model/vocab"
)

// Report listing limits: the events listed one by one and the partners in
// the by-partner table (the counts always cover everything).
const (
	ReportMaxEvents   = 5000
	ReportMaxPartners = 200
)

// Report assembles year's exchange report: the figures of Stats, the
// year's targets with their progress, its events (the first
// ReportMaxEvents, by start date), its anniversaries, and the partnerships
// established or changed in it.
func (s *Store) Report(ctx context.Context, year int) (*report.Report, error) {
	st, err := s.Stats(ctx, year, ReportMaxPartners)
	if err != nil {
		return nil, err
	}
	r := &report.Report{Year: year, HomeEN: s.home.City, HomeZH: s.home.CityZH, Generated: s.now().In(s.loc)}
	reportSummary(r, st)
	for _, fill := range []func(context.Context, int, *Stats, *report.Report) error{
		s.reportTargets, s.reportEvents, s.reportByPartner, s.reportAnniversaries, s.reportPartnerships,
	} {
		if err := fill(ctx, year, st, r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// reportSummary fills the summary and the events by month from st.
func reportSummary(r *report.Report, st *Stats) {
	r.Summary = report.Summary{Partnerships: st.Partnerships.Total, Events: st.Events.Total,
		Partners: st.Events.PartnersTotal, Anniversaries: st.Anniversaries.Total, Milestones: st.Anniversaries.Milestones}
	for _, c := range st.Events.ByStatus {
		switch c.Key {
		case vocab.EventDone:
			r.Summary.EventsDone += c.Count
		case vocab.EventPlanned, vocab.EventConfirmed:
			r.Summary.EventsScheduled += c.Count
		case vocab.EventCancelled:
			r.Summary.EventsCancelled += c.Count
		}
	}
	var known int64
	for i, m := range st.Events.ByMonth {
		r.ByMonth[i] = m.Count
		known += m.Count
	}
	r.NoMonth = st.Events.Total - known
}

// reportTargets fills the year's targets and their progress.
func (s *Store) reportTargets(ctx context.Context, year int, _ *Stats, r *report.Report) error {
	targets, _, err := s.ListTargets(ctx, TargetFilter{Year: year, Page: Page{Limit: 1000}})
	if err != nil {
		return err
	}
	for _, t := range targets {
		r.Targets = append(r.Targets, report.Target{TitleEN: t.TitleEN, TitleZH: t.TitleZH, Count: t.Count,
			Done: t.Progress.Done, Scheduled: t.Progress.Scheduled, Notes: t.Notes})
	}
	return nil
}

// reportEvents lists the year's first ReportMaxEvents events by start date,
// with their partners' names.
func (s *Store) reportEvents(ctx context.Context, year int, st *Stats, r *report.Report) error {
	db := s.db.WithContext(ctx)
	var events []Event
	if err := s.eventsMatching(db, year, TargetCriteria{}).Order("span_start, id").Limit(ReportMaxEvents).
		Find(&events).Error; err != nil {
		return translate(err)
	}
	r.EventsMore = int(st.Events.Total) - len(events)
	for i := 0; i < len(events); i += 500 {
		if err := loadEventLinks(db, events[i:min(i+500, len(events))]); err != nil {
			return translate(err)
		}
	}
	ids := map[int64]bool{}
	for _, e := range events {
		for _, p := range e.PartnerIDs {
			ids[p] = true
		}
	}
	partners, err := s.partnersByID(ctx, ids)
	if err != nil {
		return err
	}
	for _, e := range events {
		re := report.Event{Date: e.StartDate.String(), Month: e.StartDate.M, TitleZH: e.TitleZH, TitleEN: e.TitleEN,
			Kind: e.Kind, Status: e.Status, Format: e.Format, Tags: e.Tags}
		if !e.EndDate.IsZero() && e.EndDate != e.StartDate {
			re.EndDate = e.EndDate.String()
		}
		for _, id := range e.PartnerIDs {
			p := partners[id]
			re.PartnersZH, re.PartnersEN = append(re.PartnersZH, p.NameZH), append(re.PartnersEN, p.NameEN)
		}
		r.Events = append(r.Events, re)
	}
	return nil
}

// reportByPartner fills the partners with most events, with their countries.
func (s *Store) reportByPartner(ctx context.Context, _ int, st *Stats, r *report.Report) error {
	pids := map[int64]bool{}
	for _, p := range st.Events.ByPartner {
		pids[p.PartnerID] = true
	}
	partners, err := s.partnersByID(ctx, pids)
	if err != nil {
		return err
	}
	for _, p := range st.Events.ByPartner {
		r.ByPartner = append(r.ByPartner, report.PartnerCount{NameZH: p.NameZH, NameEN: p.NameEN,
			Country: partners[p.PartnerID].Country, Count: p.Count})
	}
	return nil
}

// reportAnniversaries fills the anniversaries falling in year.
func (s *Store) reportAnniversaries(ctx context.Context, year int, _ *Stats, r *report.Report) error {
	anns, err := s.Anniversaries(ctx, AnniversaryQuery{From: pdate.Date{Y: year, M: 1, D: 1}, To: pdate.Date{Y: year, M: 12, D: 31}})
	if err != nil {
		return err
	}
	for _, a := range anns {
		r.Anniversaries = append(r.Anniversaries, report.Anniversary{Date: a.Date.String(), Years: a.Years,
			Milestone: a.Milestone, Major: a.Major, TitleZH: a.TitleZH, TitleEN: a.TitleEN})
	}
	return nil
}

// partnersByID loads the partners of ids.
func (s *Store) partnersByID(ctx context.Context, ids map[int64]bool) (map[int64]Partner, error) {
	out := map[int64]Partner{}
	list := make([]int64, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	for i := 0; i < len(list); i += 500 {
		var ps []Partner
		if err := s.db.WithContext(ctx).Where("id IN ?", list[i:min(i+500, len(list))]).Find(&ps).Error; err != nil {
			return nil, translate(err)
		}
		for _, p := range ps {
			out[p.ID] = p
		}
	}
	return out, nil
}

// reportPartnerships fills the partnerships established in year and the
// other changes of status or type dated in it (the history entry that
// records an establishment in the year is not repeated as a change).
func (s *Store) reportPartnerships(ctx context.Context, year int, _ *Stats, r *report.Report) error {
	db := s.db.WithContext(ctx)
	var signed []Partnership
	if err := db.Preload("Partner").Where("est_year = ?", year).Order("est_key, id").Find(&signed).Error; err != nil {
		return translate(err)
	}
	established := map[int64]pdate.Date{}
	for _, p := range signed {
		established[p.ID] = p.EstablishedOn
		r.Signed = append(r.Signed, report.Partnership{Date: p.EstablishedOn.String(), PartnerZH: p.Partner.NameZH,
			PartnerEN: p.Partner.NameEN, Country: p.Partner.Country, LocalParty: p.LocalParty, Type: p.Type, Status: p.Status})
	}
	var changes []PartnershipChange
	y := fmt.Sprintf("%04d", year)
	if err := db.Where("effective_on = ? OR effective_on LIKE ?", y, y+"-%").Order("effective_on, id").
		Find(&changes).Error; err != nil {
		return translate(err)
	}
	var shipIDs []int64
	for _, c := range changes {
		shipIDs = append(shipIDs, c.PartnershipID)
	}
	ships := map[int64]Partnership{}
	if len(shipIDs) > 0 {
		var ps []Partnership
		if err := db.Preload("Partner").Where("id IN ?", shipIDs).Find(&ps).Error; err != nil {
			return translate(err)
		}
		for _, p := range ps {
			ships[p.ID] = p
		}
	}
	for _, c := range changes {
		if d, ok := established[c.PartnershipID]; ok && d == c.EffectiveOn && c.Status == vocab.StatusActive {
			continue
		}
		p := ships[c.PartnershipID]
		r.Changes = append(r.Changes, report.Change{Date: c.EffectiveOn.String(), PartnerZH: p.Partner.NameZH,
			PartnerEN: p.Partner.NameEN, Country: p.Partner.Country, Type: c.Type, Status: c.Status, Note: c.Note})
	}
	return nil
}
