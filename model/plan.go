package model

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/planning"
)

// Plan statuses.
const (
	PlanDraft   = "draft"
	PlanAdopted = "adopted"
)

// Plan is a generated event plan (a series around an anniversary, or an
// annual programme); adopting it creates one planned event per item.
type Plan struct {
	Meta
	Template      string          `gorm:"size:40;not null"`
	Year          int             `gorm:"not null;index"`
	Status        string          `gorm:"size:20;not null;index"`
	PartnershipID *int64          `gorm:"index"`
	AnchorDate    pdate.Date      `gorm:"type:varchar(10)"`
	TitleEN       string          `gorm:"size:300;not null;default:''"`
	TitleZH       string          `gorm:"size:300;not null;default:''"`
	Warnings      []string        `gorm:"serializer:json;type:text"`
	Items         []planning.Item `gorm:"serializer:json;type:text"`
}

func (p *Plan) prepare(*Store) {
	if p.Status == "" {
		p.Status = PlanDraft
	}
	if p.Warnings == nil {
		p.Warnings = []string{}
	}
}

// Validate checks the stored shape of a plan (the scheduling rules are the
// planner's Check).
func (p *Plan) Validate() error {
	var pr Problems
	checkText(&pr, "title_en", p.TitleEN, MaxTitle, false, true)
	checkText(&pr, "title_zh", p.TitleZH, MaxTitle, false, true)
	checkEnum(&pr, "status", p.Status, []string{PlanDraft, PlanAdopted})
	if len(p.Items) > 5000 {
		pr.Add("items", "a plan holds at most 5000 items")
	}
	for i, it := range p.Items {
		f := fmt.Sprintf("items[%d]", i)
		if it.TitleEN == "" && it.TitleZH == "" {
			pr.Add(f+".title_en", "title_en or title_zh is required")
		}
		checkText(&pr, f+".title_en", it.TitleEN, MaxTitle, false, true)
		checkText(&pr, f+".title_zh", it.TitleZH, MaxTitle, false, true)
		checkEnum(&pr, f+".kind", it.Kind, EventKinds)
		checkEnum(&pr, f+".format", it.Format, EventFormats)
		if it.StartDate.Precision() != pdate.Day || it.StartDate.IsZero() {
			pr.Add(f+".start_date", "must be a full date (YYYY-MM-DD)")
		}
		if !it.EndDate.IsZero() && (it.EndDate.Precision() != pdate.Day || it.EndDate.Before(it.StartDate)) {
			pr.Add(f+".end_date", "must be a full date on or after start_date")
		}
		if it.StartTime != "" && !hhmm.MatchString(it.StartTime) {
			pr.Add(f+".start_time", "must be HH:MM")
		}
		if it.Timezone != "" && !ValidZone(it.Timezone) {
			pr.Add(f+".timezone", "%q is not an IANA time zone", it.Timezone)
		}
		checkText(&pr, f+".rationale", it.Rationale, MaxText, false, false)
	}
	return pr.Err()
}

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

// PlanningInput loads partnership id for the planner. home describes the
// home city; other local parties (e.g. Shandong Province) share its
// country and time zone. It returns KindInvalid naming partnership_id when
// there is no such partnership.
func (s *Store) PlanningInput(ctx context.Context, id int64, home planning.Party, localZH map[string]string) (*planning.PartnershipInput, error) {
	ps, err := s.GetPartnership(ctx, id)
	if err != nil {
		if ErrorKind(err) == KindNotFound {
			var p Problems
			p.Add("partnership_id", "partnership %d does not exist", id)
			return nil, p.Err()
		}
		return nil, err
	}
	in := toPlanningInput(ps, home, localZH)
	return &in, nil
}

func toPlanningInput(ps *Partnership, home planning.Party, localZH map[string]string) planning.PartnershipInput {
	local := home
	if ps.LocalParty != home.NameEN {
		local = planning.Party{NameEN: ps.LocalParty, NameZH: localZH[ps.LocalParty], Country: home.Country, Timezone: home.Timezone}
	}
	return planning.PartnershipInput{ID: ps.ID, PartnerID: ps.PartnerID, Local: local,
		Partner: planningParty(&ps.Partner), Type: ps.Type, Established: ps.EstablishedOn}
}

// ActivePlanningInputs loads every active partnership for an annual
// programme of year: those established in a later year (Jeju City, 2023,
// has no place in a 2022 programme) are left out; those of unknown date are in.
func (s *Store) ActivePlanningInputs(ctx context.Context, year int, home planning.Party, localZH map[string]string) ([]planning.PartnershipInput, error) {
	var ps []Partnership
	if err := s.db.WithContext(ctx).Preload("Partner").Where("status = ? AND est_year <= ?", StatusActive, year).
		Order("id").Find(&ps).Error; err != nil {
		return nil, translate(err)
	}
	out := make([]planning.PartnershipInput, len(ps))
	for i := range ps {
		out[i] = toPlanningInput(&ps[i], home, localZH)
	}
	return out, nil
}

// PlanningParties returns the planner's view of the given partners.
func (s *Store) PlanningParties(ctx context.Context, ids []int64) (map[int64]planning.Party, error) {
	out := map[int64]planning.Party{}
	if len(ids) == 0 {
		return out, nil
	}
	var ps []Partner
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&ps).Error; err != nil {
		return nil, translate(err)
	}
	for i := range ps {
		out[ps[i].ID] = planningParty(&ps[i])
	}
	return out, nil
}

// BusyDays returns, per partner, the days existing events of the year
// already take (rule 4): every event's start, and every day of visits,
// ceremonies and dialogues. Cancelled events and events of plan exceptPlan
// do not count.
func (s *Store) BusyDays(ctx context.Context, year int, exceptPlan int64) (map[int64][]pdate.Date, error) {
	events, err := s.EventsInRange(ctx, EventFilter{From: pdate.Date{Y: year, M: 1, D: 1}, To: pdate.Date{Y: year, M: 12, D: 31}})
	if err != nil {
		return nil, err
	}
	busy := map[int64][]pdate.Date{}
	for _, e := range events {
		if e.Status == "cancelled" || e.StartDate.Precision() != pdate.Day || e.PlanID != nil && *e.PlanID == exceptPlan {
			continue
		}
		days := []pdate.Date{e.StartDate}
		if e.Kind == "official_visit" || e.Kind == "ceremony" || e.Kind == "dialogue" {
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

// CreatePlan stores a generated draft.
func (s *Store) CreatePlan(ctx context.Context, p *Plan) error {
	return create(ctx, s, "plan", p, nil, nil)
}

// GetPlan returns plan id, or KindNotFound.
func (s *Store) GetPlan(ctx context.Context, id int64) (*Plan, error) {
	var p Plan
	if err := first(s.db.WithContext(ctx), &p, "plan", id); err != nil {
		return nil, translate(err)
	}
	return &p, nil
}

// PlanFilter selects plans.
type PlanFilter struct {
	Year     int
	Status   string
	Template string
	Page
}

// ListPlans returns one page of plans, newest first, and the total.
func (s *Store) ListPlans(ctx context.Context, f PlanFilter) ([]Plan, int64, error) {
	q := s.db.WithContext(ctx).Model(&Plan{})
	if f.Year != 0 {
		q = q.Where("year = ?", f.Year)
	}
	if f.Status != "" {
		q = q.Where("status = ?", f.Status)
	}
	if f.Template != "" {
		q = q.Where("template = ?", f.Template)
	}
	return page[Plan](q, f.Page, "id DESC")
}

// UpdatePlan applies change to a draft. It returns KindConflict for an
// adopted plan, and whatever change returns (e.g. broken rules as KindInvalid).
func (s *Store) UpdatePlan(ctx context.Context, id int64, expected *int, change func(*Plan) error) (*Plan, error) {
	return update(ctx, s, "plan", id, expected, func(p *Plan) error {
		if p.Status != PlanDraft {
			return Errorf(KindConflict, "plan %d is %s; only drafts can be edited", id, p.Status)
		}
		return change(p)
	}, hooks[Plan]{})
}

// DeletePlan removes a draft; KindConflict for an adopted plan.
func (s *Store) DeletePlan(ctx context.Context, id int64, expected *int) error {
	return remove(ctx, s, "plan", id, expected, hooks[Plan]{
		beforeWrite: func(_ *gorm.DB, p, _ *Plan) error {
			if p.Status != PlanDraft {
				return Errorf(KindConflict, "plan %d is adopted; its events are planned — delete those instead", id)
			}
			return nil
		},
	})
}

// AdoptPlan creates one planned event per item of plan id, linked by
// plan_id, and marks the plan adopted — all in one transaction. Adopting an
// adopted plan creates nothing and returns the same event ids.
func (s *Store) AdoptPlan(ctx context.Context, id int64) ([]int64, error) {
	var ids []int64
	err := s.Tx(ctx, func(tx *gorm.DB) error {
		var p Plan
		if err := first(tx, &p, "plan", id); err != nil {
			return err
		}
		if p.Status == PlanAdopted {
			return tx.Model(&Event{}).Where("plan_id = ?", id).Order("id").Pluck("id", &ids).Error
		}
		for i, it := range p.Items {
			planID := id
			e := &Event{TitleEN: it.TitleEN, TitleZH: it.TitleZH, Kind: it.Kind, Status: EventPlanned, Format: it.Format,
				StartDate: it.StartDate, EndDate: it.EndDate, StartTime: it.StartTime, Timezone: it.Timezone,
				Description: it.Rationale, PartnerIDs: dedupe(it.PartnerIDs), PlanID: &planID}
			if err := s.createEventTx(ctx, tx, e); err != nil {
				var me *Error
				if errors.As(err, &me) && me.Kind == KindInvalid {
					for j := range me.Fields {
						me.Fields[j].Field = fmt.Sprintf("items[%d].%s", i, me.Fields[j].Field)
					}
				}
				return err
			}
			ids = append(ids, e.ID)
		}
		before := p
		p.Status = PlanAdopted
		if err := updateVersioned(tx, &p, id, before.Version, &p.Version); err != nil {
			return err
		}
		return writeAudit(ctx, tx, "update", "plan", id, &before, &p)
	})
	if ids == nil {
		ids = []int64{}
	}
	return ids, err
}
