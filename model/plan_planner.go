package model

import (
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/planning"
	"github.com/youcheng/youcheng/model/vocab"
)

// This file adapts the store to the planner: what it needs to know of
// partnerships, partners and existing events, and how its errors and
// violations become this package's error vocabulary.

// regionOf picks a partner's holiday region from its admin area, where the
// country has regional days off that Youcheng knows.
func regionOf(p *Partner) string {
	if p.Country == "GB" {
		a := strings.ToLower(p.AdminArea)
		switch {
		case strings.Contains(a, "scotland"):
			return "GB-SCT"
		case strings.Contains(a, "northern ireland"):
			return "GB-NIR"
		}
	}
	return ""
}

// planningParty converts a partner for the planner.
func planningParty(p *Partner) planning.Party {
	return planning.Party{NameEN: p.NameEN, NameZH: shortZH(p.NameZH, p.Kind), Country: p.Country,
		Region: regionOf(p), Timezone: p.Timezone}
}

// planningInput converts a partnership (with its partner loaded) for the
// planner; other local parties than the home city share its country and zone.
func (s *Store) planningInput(ps *Partnership) planning.PartnershipInput {
	return planning.PartnershipInput{ID: ps.ID, PartnerID: ps.PartnerID, Local: s.home.localParty(ps.LocalParty),
		Partner: planningParty(&ps.Partner), Type: ps.Type, Established: ps.EstablishedOn}
}

// partnershipInput loads partnership id for the planner inside tx. It
// returns KindInvalid naming partnership_id when there is no such partnership.
func (s *Store) partnershipInput(tx *gorm.DB, id int64) (*planning.PartnershipInput, error) {
	var ps Partnership
	if err := tx.Preload("Partner").First(&ps, id).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, Invalid("partnership_id", "partnership %d does not exist", id)
		}
		return nil, err
	}
	in := s.planningInput(&ps)
	return &in, nil
}

// activeInputs loads every active partnership for an annual programme of
// year: those established in a later year (Jeju City, 2023, has no place in
// a 2022 programme) are left out; those of unknown date are in.
func (s *Store) activeInputs(tx *gorm.DB, year int) ([]planning.PartnershipInput, error) {
	var ps []Partnership
	if err := tx.Preload("Partner").Where("status = ? AND est_year <= ?", vocab.StatusActive, year).
		Order("id").Find(&ps).Error; err != nil {
		return nil, err
	}
	out := make([]planning.PartnershipInput, len(ps))
	for i := range ps {
		out[i] = s.planningInput(&ps[i])
	}
	return out, nil
}

// planningParties returns the planner's view of the given partners.
func planningParties(tx *gorm.DB, ids []int64) (map[int64]planning.Party, error) {
	out := map[int64]planning.Party{}
	if len(ids) == 0 {
		return out, nil
	}
	var ps []Partner
	if err := tx.Where("id IN ?", ids).Find(&ps).Error; err != nil {
		return nil, err
	}
	for i := range ps {
		out[ps[i].ID] = planningParty(&ps[i])
	}
	return out, nil
}

// busyDays returns, per partner, the days existing events of the year
// already take (rule 4): every event's start, and every day of the kinds
// that occupy a whole event (vocab.OccupiesEveryDay). Cancelled events
// and events of plan exceptPlan do not count.
func (s *Store) busyDays(tx *gorm.DB, year int, exceptPlan int64) (map[int64][]pdate.Date, error) {
	events, err := s.in(tx).EventsInRange(tx.Statement.Context, EventFilter{From: pdate.Date{Y: year, M: 1, D: 1}, To: pdate.Date{Y: year, M: 12, D: 31}})
	if err != nil {
		return nil, err
	}
	busy := map[int64][]pdate.Date{}
	for _, e := range events {
		if e.Status == vocab.EventCancelled || e.StartDate.Precision() != pdate.Day || e.PlanID != nil && *e.PlanID == exceptPlan {
			continue
		}
		days := []pdate.Date{e.StartDate}
		if vocab.OccupiesEveryDay(e.Kind, e.Format) {
			for d := e.StartDate.AddDays(1); !d.After(e.EndDate) && d.Y == year; d = d.AddDays(1) {
				days = append(days, d)
			}
		}
		for _, pid := range e.PartnerIDs {
			busy[pid] = append(busy[pid], days...)
		}
	}
	return busy, nil
}

// requestError maps the planner's request errors to KindInvalid naming the
// request field; other errors pass through.
func requestError(err error) error {
	var re *planning.RequestError
	if errors.As(err, &re) {
		return Invalid(re.Field, "%s", re.Error())
	}
	return err
}

// checkItems returns KindInvalid listing every unknown partner and every
// broken scheduling rule of plan p's items, as items[i].field; nil when
// they obey all five rules.
func (s *Store) checkItems(tx *gorm.DB, p *Plan) error {
	var ids []int64
	for _, it := range p.Items {
		ids = append(ids, it.PartnerIDs...)
	}
	parties, err := planningParties(tx, ids)
	if err != nil {
		return err
	}
	var pr Problems
	for i, it := range p.Items {
		for _, pid := range it.PartnerIDs {
			if _, ok := parties[pid]; !ok {
				pr.Add(fmt.Sprintf("items[%d].partner_ids", i), "partner %d does not exist", pid)
			}
		}
	}
	if err := pr.Err(); err != nil {
		return err
	}
	busy, err := s.busyDays(tx, p.Year, p.ID)
	if err != nil {
		return err
	}
	plan := planning.Plan{Template: p.Template, Year: p.Year, Items: plannerItems(p.Items)}
	for _, v := range s.planner.Check(plan, planning.CheckContext{Home: s.home.party(), Partners: parties, Busy: busy}) {
		field := "items"
		if v.Item >= 0 {
			field = fmt.Sprintf("items[%d].%s", v.Item, v.Field)
		}
		pr.Add(field, "rule %d: %s", v.Rule, v.Message)
	}
	return pr.Err()
}
