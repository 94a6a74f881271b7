package api

import (
	"time"

	"github.com/youcheng/youcheng/model"
)

type auditResponse struct {
	ID       int64          `json:"id"`
	At       time.Time      `json:"at"`
	Actor    string         `json:"actor"`
	Action   string         `json:"action"`
	Entity   string         `json:"entity"`
	EntityID int64          `json:"entity_id"`
	Before   map[string]any `json:"before"`
	After    map[string]any `json:"after"`
}

var auditEntities = []string{"partner", "partnership", "commemoration", "event", "plan", "feed", "target", "token", "user", "session", "holiday_override"}

func toAuditResponse(a *model.AuditRecord) auditResponse {
	b, af := a.Changes()
	return auditResponse{ID: a.ID, At: a.At, Actor: a.Actor, Action: a.Action, Entity: a.Entity, EntityID: a.EntityID, Before: b, After: af}
}

func (s *Server) auditRoutes(g groups) {
	g.admin.GET("/audit", listAll(s, auditFilter, s.store.ListAudit, toAuditResponse))
}

func auditFilter(q *query) (model.AuditFilter, model.Page) {
	f := model.AuditFilter{Entity: q.oneOf("entity", auditEntities), EntityID: q.id("id"), Actor: q.str("actor"),
		From: q.date("from"), To: q.date("to"), Page: q.page()}
	return f, f.Page
}
