package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

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

func (s *Server) listAudit(c *gin.Context) {
	q := newQuery(c)
	f := model.AuditFilter{Entity: q.oneOf("entity", auditEntities), EntityID: q.id("id"), Actor: q.str("actor"),
		From: q.date("from"), To: q.date("to"), Page: q.page()}
	if err := q.err(); err != nil {
		s.writeError(c, err)
		return
	}
	items, total, err := s.store.ListAudit(c.Request.Context(), f)
	if err != nil {
		s.writeError(c, err)
		return
	}
	ok(c, http.StatusOK, listOf(items, total, f.Limit, f.Offset, toAuditResponse))
}

func toAuditResponse(a *model.AuditRecord) auditResponse {
	b, af := a.Changes()
	return auditResponse{ID: a.ID, At: a.At, Actor: a.Actor, Action: a.Action, Entity: a.Entity, EntityID: a.EntityID, Before: b, After: af}
}
