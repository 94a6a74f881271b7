package api

import (
	"context"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
)

type planRequest struct {
	Template      string  `json:"template"`
	PartnershipID *int64  `json:"partnership_id"`
	Year          int     `json:"year"`
	AnchorDate    *string `json:"anchor_date"`
}

type planPatch struct {
	titleInput
	Items Opt[[]planItemRequest] `json:"items"`
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
	RationaleZH     string  `json:"rationale_zh"`
}

// planItems converts PATCHed items, naming every date that is not real.
func planItems(in []planItemRequest) ([]model.PlanItem, error) {
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
	out := make([]model.PlanItem, len(in))
	for i, r := range in {
		f := fmt.Sprintf("items[%d].", i)
		out[i] = model.PlanItem{TitleEN: r.TitleEN, TitleZH: r.TitleZH, Kind: r.Kind, Format: r.Format,
			StartDate: date(f+"start_date", &r.StartDate), EndDate: date(f+"end_date", r.EndDate),
			StartTime: r.StartTime, Timezone: r.Timezone, DurationDays: r.DurationDays, DurationMinutes: r.DurationMinutes,
			PartnerIDs: r.PartnerIDs, PartnershipID: r.PartnershipID, Flagship: r.Flagship,
			Target: date(f+"target_date", r.TargetDate), Spec: r.Spec, Rationale: r.Rationale, RationaleZH: r.RationaleZH}
	}
	return out, p.Err()
}

type planResponse struct {
	ID            int64              `json:"id"`
	Template      string             `json:"template"`
	Year          int                `json:"year"`
	Status        string             `json:"status"`
	PartnershipID *int64             `json:"partnership_id"`
	AnchorDate    *string            `json:"anchor_date"`
	TitleEN       string             `json:"title_en"`
	TitleZH       string             `json:"title_zh"`
	Warnings      []string           `json:"warnings"`
	WarningsZH    []string           `json:"warnings_zh"`
	Items         []planItemResponse `json:"items"`
	stamps
}

// planItemResponse is an item as GET answers it (and PATCH takes it back):
// the stored item's fields and keys, under the API's own type.
type planItemResponse model.PlanItem

func toPlanResponse(p *model.Plan) planResponse {
	items := make([]planItemResponse, len(p.Items))
	for i, it := range p.Items {
		items[i] = planItemResponse(it)
		items[i].PartnerIDs = orEmpty(it.PartnerIDs)
	}
	return planResponse{ID: p.ID, Template: p.Template, Year: p.Year, Status: p.Status, PartnershipID: p.PartnershipID,
		AnchorDate: nullDate(p.AnchorDate), TitleEN: p.TitleEN, TitleZH: p.TitleZH, Warnings: orEmpty(p.Warnings),
		WarningsZH: orEmpty(p.WarningsZH), Items: items, stamps: stampsOf(&p.Meta)}
}

func (s *Server) listPlanTemplates(c *gin.Context) {
	ok(c, http.StatusOK, gin.H{"items": s.store.Planner().Templates()})
}

func (s *Server) createPlan(ctx context.Context, req *planRequest) (*model.Plan, error) {
	return s.store.GeneratePlan(ctx, model.PlanRequest{Template: req.Template,
		PartnershipID: req.PartnershipID, Year: req.Year, AnchorDate: req.AnchorDate})
}

// updatePlan edits a draft; the store checks edited items against the five
// scheduling rules (broken rules are a 422 naming items[i].field).
func (s *Server) updatePlan(ctx context.Context, id int64, expected *int, req *planPatch) (*model.Plan, error) {
	var items []model.PlanItem
	if req.Items.Set {
		if req.Items.Null {
			return nil, model.Invalid("items", "cannot be null")
		}
		var err error
		if items, err = planItems(req.Items.V); err != nil {
			return nil, err
		}
	}
	return s.store.UpdatePlan(ctx, id, expected, func(p *model.Plan) error {
		var f fields
		req.titleInput.apply(&f, &p.TitleEN, &p.TitleZH, false)
		if req.Items.Set {
			p.Items = items
		}
		return f.err()
	})
}

func (s *Server) adoptPlan(c *gin.Context) error {
	id, err := pathID(c)
	if err != nil {
		return err
	}
	ids, err := s.store.AdoptPlan(c.Request.Context(), id)
	if err != nil {
		return err
	}
	ok(c, http.StatusOK, gin.H{"event_ids": ids})
	return nil
}

func (s *Server) planRoutes(g groups) {
	g.read.GET("/plan-templates", s.listPlanTemplates)
	g.read.GET("/plans", listAll(s, planFilter, s.store.ListPlans, toPlanResponse))
	g.read.GET("/plans/:id", getOne(s, s.store.GetPlan, toPlanResponse))
	g.edit.POST("/plans", createBy(s, "plans", s.createPlan, toPlanResponse))
	g.edit.PATCH("/plans/:id", patchBy(s, s.updatePlan, toPlanResponse))
	g.edit.POST("/plans/:id/adopt", s.handle(s.adoptPlan))
	g.admin.DELETE("/plans/:id", s.deleteOne(s.store.DeletePlan))
}

func planFilter(q *query) (model.PlanFilter, model.Page) {
	f := model.PlanFilter{Year: q.intIn("year", 0, 1, 9999), Status: q.oneOf("status", []string{model.PlanDraft, model.PlanAdopted}),
		Template: q.str("template"), Page: q.page()}
	return f, f.Page
}
