package api

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/planning"
)

type planRequest struct {
	Template      string  `json:"template"`
	PartnershipID *int64  `json:"partnership_id"`
	Year          int     `json:"year"`
	AnchorDate    *string `json:"anchor_date"`
}

type planPatch struct {
	TitleEN Opt[string]            `json:"title_en"`
	TitleZH Opt[string]            `json:"title_zh"`
	Items   Opt[[]planItemRequest] `json:"items"`
}

// planItemRequest is an item of a PATCHed draft, as GET returns it; its
// dates are read here so that a bad one is a 422 naming items[i].field.
type planItemRequest struct {
	TitleEN         string  `json:"title_en"`
	TitleZH         string  `json:"title_zh"`
	Kind            string  `json:"kind"`
	Format          string  `json:"format"`
	StartDate       string  `json:"start_date"`
	EndDate         *string `json:"end_date"`
	StartTime       string  `json:"start_time"`
	Timezone        string  `json:"timezone"`
	DurationDays    int     `json:"duration_days"`
	DurationMinutes int     `json:"duration_minutes"`
	PartnerIDs      []int64 `json:"partner_ids"`
	PartnershipID   int64   `json:"partnership_id"`
	Flagship        bool    `json:"flagship"`
	TargetDate      *string `json:"target_date"`
	Spec            string  `json:"spec"`
	Rationale       string  `json:"rationale"`
}

// planItems converts PATCHed items, naming every date that is not real.
func planItems(in []planItemRequest) ([]planning.Item, error) {
	var p model.Problems
	date := func(field string, s *string) pdate.Date {
		if s == nil || *s == "" {
			return pdate.Date{}
		}
		d, err := pdate.Parse(*s)
		if err != nil {
			p.Add(field, "%q is not a real date YYYY-MM-DD", *s)
		}
		return d
	}
	out := make([]planning.Item, len(in))
	for i, r := range in {
		f := fmt.Sprintf("items[%d].", i)
		out[i] = planning.Item{TitleEN: r.TitleEN, TitleZH: r.TitleZH, Kind: r.Kind, Format: r.Format,
			StartDate: date(f+"start_date", &r.StartDate), EndDate: date(f+"end_date", r.EndDate),
			StartTime: r.StartTime, Timezone: r.Timezone, DurationDays: r.DurationDays, DurationMinutes: r.DurationMinutes,
			PartnerIDs: r.PartnerIDs, PartnershipID: r.PartnershipID, Flagship: r.Flagship,
			Target: date(f+"target_date", r.TargetDate), Spec: r.Spec, Rationale: r.Rationale}
	}
	return out, p.Err()
}

type planResponse struct {
	ID            int64           `json:"id"`
	Template      string          `json:"template"`
	Year          int             `json:"year"`
	Status        string          `json:"status"`
	PartnershipID *int64          `json:"partnership_id"`
	AnchorDate    *string         `json:"anchor_date"`
	TitleEN       string          `json:"title_en"`
	TitleZH       string          `json:"title_zh"`
	Warnings      []string        `json:"warnings"`
	Items         []planning.Item `json:"items"`
	Version       int             `json:"version"`
	CreatedAt     time.Time       `json:"created_at"`
	UpdatedAt     time.Time       `json:"updated_at"`
}

func toPlanResponse(p *model.Plan) planResponse {
	items := p.Items
	if items == nil {
		items = []planning.Item{}
	}
	for i := range items {
		if items[i].PartnerIDs == nil {
			items[i].PartnerIDs = []int64{}
		}
	}
	warnings := p.Warnings
	if warnings == nil {
		warnings = []string{}
	}
	return planResponse{ID: p.ID, Template: p.Template, Year: p.Year, Status: p.Status, PartnershipID: p.PartnershipID,
		AnchorDate: nullDate(p.AnchorDate), TitleEN: p.TitleEN, TitleZH: p.TitleZH, Warnings: warnings, Items: items,
		Version: p.Version, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt}
}

func (s *Server) homeParty() planning.Party {
	return planning.Party{NameEN: s.cfg.HomeCity, NameZH: s.cfg.HomeCityZH, Country: s.cfg.HomeCountry, Timezone: s.cfg.HomeTimezone}
}

func (s *Server) listPlanTemplates(c *gin.Context) {
	ok(c, http.StatusOK, gin.H{"items": s.plan.Templates()})
}

func (s *Server) createPlan(c *gin.Context) {
	var req planRequest
	if err := decode(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	var p model.Problems
	tmpl, known := s.plan.Template(req.Template)
	if !known {
		p.Add("template", "%q is not a plan template (see /api/v1/plan-templates)", req.Template)
	}
	if req.Year < 1 || req.Year > 9999 {
		p.Add("year", "is required: a year such as 2022")
	}
	var anchor pdate.Date
	if req.AnchorDate != nil {
		d, err := pdate.ParseFull(*req.AnchorDate)
		switch {
		case err != nil:
			p.Add("anchor_date", "%q is not a real date YYYY-MM-DD", *req.AnchorDate)
		case d.Y != req.Year:
			p.Add("anchor_date", "must lie in %d", req.Year)
		}
		anchor = d
	}
	if known && tmpl.Scope == planning.ScopePartnership && req.PartnershipID == nil {
		p.Add("partnership_id", "is required for %s", req.Template)
	}
	if err := p.Err(); err != nil {
		s.writeError(c, err)
		return
	}
	ctx := c.Request.Context()
	home, localZH := s.homeParty(), s.localNamesZH()
	r := planning.Request{Template: req.Template, Year: req.Year, Anchor: anchor}
	var err error
	if tmpl.Scope == planning.ScopePartnership {
		r.Partnership, err = s.store.PlanningInput(ctx, *req.PartnershipID, home, localZH)
	} else {
		r.Partnerships, err = s.store.ActivePlanningInputs(ctx, req.Year, home, localZH)
	}
	if err != nil {
		s.writeError(c, err)
		return
	}
	if r.Busy, err = s.store.BusyDays(ctx, req.Year, 0); err != nil {
		s.writeError(c, err)
		return
	}
	gen, err := s.plan.Generate(r)
	if err != nil {
		var re *planning.RequestError
		if errors.As(err, &re) {
			err = invalid(re.Field, "%s", re.Error())
		}
		s.writeError(c, err)
		return
	}
	plan := &model.Plan{Template: gen.Template, Year: gen.Year, PartnershipID: req.PartnershipID, AnchorDate: anchor,
		TitleEN: gen.TitleEN, TitleZH: gen.TitleZH, Warnings: gen.Warnings, Items: gen.Items}
	if err := s.store.CreatePlan(ctx, plan); err != nil {
		s.writeError(c, err)
		return
	}
	c.Header("Location", "/api/v1/plans/"+itoa(plan.ID))
	okVersioned(c, http.StatusCreated, plan.Version, toPlanResponse(plan))
}

func (s *Server) listPlans(c *gin.Context) {
	q := newQuery(c)
	f := model.PlanFilter{Year: q.intIn("year", 0, 1, 9999), Status: q.oneOf("status", []string{model.PlanDraft, model.PlanAdopted}),
		Template: q.str("template"), Page: q.page()}
	if err := q.err(); err != nil {
		s.writeError(c, err)
		return
	}
	items, total, err := s.store.ListPlans(c.Request.Context(), f)
	if err != nil {
		s.writeError(c, err)
		return
	}
	ok(c, http.StatusOK, listOf(items, total, f.Limit, f.Offset, toPlanResponse))
}

// patchPlan edits a draft. The edited items are checked against the five
// scheduling rules before anything is written; broken rules are a 422
// naming items[i].field.
func (s *Server) patchPlan(c *gin.Context) {
	id, expected, req, err := patchInput[planPatch](c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	ctx := c.Request.Context()
	cur, err := s.store.GetPlan(ctx, id)
	if err != nil {
		s.writeError(c, err)
		return
	}
	var items []planning.Item
	if req.Items.Set {
		if req.Items.Null {
			s.writeError(c, invalid("items", "cannot be null"))
			return
		}
		if items, err = planItems(req.Items.V); err != nil {
			s.writeError(c, err)
			return
		}
		if err := s.checkPlanItems(c, cur, items); err != nil {
			s.writeError(c, err)
			return
		}
	}
	p, err := s.store.UpdatePlan(ctx, id, expected, func(p *model.Plan) error {
		var f fields
		f.str("title_en", req.TitleEN, &p.TitleEN, false)
		f.str("title_zh", req.TitleZH, &p.TitleZH, false)
		if req.Items.Set {
			p.Items = items
		}
		return f.err()
	})
	if err != nil {
		s.writeError(c, err)
		return
	}
	okVersioned(c, http.StatusOK, p.Version, toPlanResponse(p))
}

// checkPlanItems returns a 422 listing every broken shape or scheduling
// rule of items in plan cur.
func (s *Server) checkPlanItems(c *gin.Context, cur *model.Plan, items []planning.Item) error {
	draft := *cur
	draft.Items = items
	if err := s.store.Check(&draft); err != nil {
		return err
	}
	ctx := c.Request.Context()
	var ids []int64
	for _, it := range items {
		ids = append(ids, it.PartnerIDs...)
	}
	parties, err := s.store.PlanningParties(ctx, ids)
	if err != nil {
		return err
	}
	var p model.Problems
	for i, it := range items {
		for _, pid := range it.PartnerIDs {
			if _, ok := parties[pid]; !ok {
				p.Add(fmt.Sprintf("items[%d].partner_ids", i), "partner %d does not exist", pid)
			}
		}
	}
	if err := p.Err(); err != nil {
		return err
	}
	busy, err := s.store.BusyDays(ctx, cur.Year, cur.ID)
	if err != nil {
		return err
	}
	plan := planning.Plan{Template: cur.Template, Year: cur.Year, Items: items}
	for _, v := range s.plan.Check(plan, planning.CheckContext{Home: s.homeParty(), Partners: parties, Busy: busy}) {
		field := "items"
		if v.Item >= 0 {
			field = fmt.Sprintf("items[%d].%s", v.Item, v.Field)
		}
		p.Add(field, "rule %d: %s", v.Rule, v.Message)
	}
	return p.Err()
}

func (s *Server) adoptPlan(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	ids, err := s.store.AdoptPlan(c.Request.Context(), id)
	if err != nil {
		s.writeError(c, err)
		return
	}
	ok(c, http.StatusOK, gin.H{"event_ids": ids})
}
