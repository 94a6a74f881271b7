package model

import (
	"context"
	"errors"
	"fmt"
	"reflect"

	"gorm.io/gorm"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/planning"
)

// PlanRequest asks for a generated draft (POST /plans).
type PlanRequest struct {
	Template      string
	PartnershipID *int64
	Year          int
	// AnchorDate is the full date standing in for an anniversary known only
	// to the year or month; nil when not given.
	AnchorDate *string
}

// validate checks the request's shape, naming every failing field, and
// returns its template and anchor date.
func (r PlanRequest) validate(pl *planning.Planner) (planning.Template, pdate.Date, error) {
	var p Problems
	tmpl, known := pl.Template(r.Template)
	if !known {
		p.Add("template", "%q is not a plan template (see /api/v1/plan-templates)", r.Template)
	}
	if r.Year < 1 || r.Year > 9999 {
		p.Add("year", "is required: a year such as 2022")
	}
	var anchor pdate.Date
	if r.AnchorDate != nil {
		d, err := pdate.ParseFull(*r.AnchorDate)
		switch {
		case err != nil:
			p.Add("anchor_date", "%q is not a real date YYYY-MM-DD", *r.AnchorDate)
		case d.Y != r.Year:
			p.Add("anchor_date", "must lie in %d", r.Year)
		}
		anchor = d
	}
	if known && tmpl.Scope == planning.ScopePartnership && r.PartnershipID == nil {
		p.Add("partnership_id", "is required for %s", r.Template)
	}
	return tmpl, anchor, p.Err()
}

// GeneratePlan makes a draft plan and stores it, in one transaction: it
// gathers the partnership's (or every active partnership's) planning input
// and the days existing events take, generates, and inserts the draft with
// its audit record. It returns KindInvalid naming the request field at
// fault (template, year, partnership_id, anchor_date).
func (s *Store) GeneratePlan(ctx context.Context, r PlanRequest) (*Plan, error) {
	if err := s.SyncHolidays(ctx); err != nil { // the office's holiday overrides
		return nil, err
	}
	tmpl, anchor, err := r.validate(s.planner)
	if err != nil {
		return nil, err
	}
	var plan *Plan
	err = s.transaction(ctx, func(tx *gorm.DB) error {
		req := planning.Request{Template: r.Template, Year: r.Year, Anchor: anchor}
		var err error
		if tmpl.Scope == planning.ScopePartnership {
			req.Partnership, err = s.partnershipInput(tx, *r.PartnershipID)
		} else {
			req.Partnerships, err = s.activeInputs(tx, r.Year)
		}
		if err != nil {
			return err
		}
		if req.Busy, err = s.busyDays(tx, r.Year, 0); err != nil {
			return err
		}
		gen, err := s.planner.Generate(req)
		if err != nil {
			return requestError(err)
		}
		plan = &Plan{Template: gen.Template, Year: gen.Year, PartnershipID: r.PartnershipID, AnchorDate: anchor,
			TitleEN: gen.TitleEN, TitleZH: gen.TitleZH, Warnings: gen.Warnings, WarningsZH: gen.WarningsZH,
			Items: planItems(gen.Items)}
		// A partnership deleted while the plan was made: as if it never was.
		if missing, err := s.lockPlanRefs(tx, plan); err != nil || missing != 0 {
			if err == nil {
				err = Invalid("partnership_id", "partnership %d does not exist", missing)
			}
			return err
		}
		return insertTx(ctx, s, tx, "plan", plan)
	})
	if err != nil {
		return nil, err
	}
	return plan, nil
}

// GetPlan returns plan id, or KindNotFound.
func (s *Store) GetPlan(ctx context.Context, id int64) (*Plan, error) {
	return get[Plan](s.db.WithContext(ctx), "plan", id)
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
	q := whereSet(s.db.WithContext(ctx).Model(&Plan{}), eq{"year", f.Year}, eq{"status", f.Status}, eq{"template", f.Template})
	return page[Plan](q, f.Page, "id DESC")
}

// UpdatePlan applies change to a draft and, when the items changed, checks
// them against the five scheduling rules before writing — all in one
// transaction, so no path stores a draft that breaks them. It returns
// KindConflict for an adopted plan, KindInvalid naming items[i].field for
// a broken rule, and whatever change returns.
func (s *Store) UpdatePlan(ctx context.Context, id int64, expected *int, change func(*Plan) error) (*Plan, error) {
	if err := s.SyncHolidays(ctx); err != nil { // the office's holiday overrides
		return nil, err
	}
	return update(ctx, s, "plan", id, expected, func(p *Plan) error {
		if p.Status != PlanDraft {
			return Errorf(KindConflict, "plan %d is %s; only drafts can be edited", id, p.Status)
		}
		return change(p)
	}, hooks[Plan]{
		beforeWrite: func(tx *gorm.DB, before, after *Plan) error {
			if reflect.DeepEqual(before.Items, after.Items) {
				return nil
			}
			if err := s.checkPlanRefs(tx, after); err != nil {
				return err
			}
			return s.checkItems(tx, after)
		},
	})
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
	err := s.transaction(ctx, func(tx *gorm.DB) error {
		var p Plan
		if err := first(tx, &p, "plan", id); err != nil {
			return err
		}
		if p.Status == PlanAdopted {
			return tx.Model(&Event{}).Where("plan_id = ?", id).Order("id").Pluck("id", &ids).Error
		}
		if err := s.checkPlanRefs(tx, &p); err != nil {
			return err
		}
		for i, it := range p.Items {
			e := it.Event(id)
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
