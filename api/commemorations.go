package api

import (
	"time"

	"github.com/youcheng/youcheng/model"
)

// commemorationRequest is the body of POST and PATCH /commemorations.
type commemorationRequest struct {
	TitleEN    Opt[string]       `json:"title_en"`
	TitleZH    Opt[string]       `json:"title_zh"`
	Date       Opt[string]       `json:"date"`
	Country    Opt[string]       `json:"country"`
	PartnerID  Opt[int64]        `json:"partner_id"`
	Confidence Opt[string]       `json:"confidence"`
	Sources    Opt[[]sourceJSON] `json:"sources"`
	Notes      Opt[string]       `json:"notes"`
}

func (r *commemorationRequest) apply(m *model.Commemoration) error {
	var f fields
	f.str("title_en", r.TitleEN, &m.TitleEN, true)
	f.str("title_zh", r.TitleZH, &m.TitleZH, false)
	f.date("date", r.Date, &m.Date, true)
	f.str("country", r.Country, &m.Country, false)
	if r.PartnerID.Set {
		if r.PartnerID.Null {
			m.PartnerID = nil
		} else {
			id := r.PartnerID.V
			m.PartnerID = &id
		}
	}
	f.str("confidence", r.Confidence, &m.Confidence, false)
	f.sources("sources", r.Sources, &m.Sources)
	f.str("notes", r.Notes, &m.Notes, false)
	return f.err()
}

type commemorationResponse struct {
	ID         int64        `json:"id"`
	TitleEN    string       `json:"title_en"`
	TitleZH    *string      `json:"title_zh"`
	Date       string       `json:"date"`
	Precision  string       `json:"precision"`
	Country    *string      `json:"country"`
	PartnerID  *int64       `json:"partner_id"`
	Confidence string       `json:"confidence"`
	Sources    []sourceJSON `json:"sources"`
	Notes      *string      `json:"notes"`
	Version    int          `json:"version"`
	CreatedAt  time.Time    `json:"created_at"`
	UpdatedAt  time.Time    `json:"updated_at"`
}

func toCommemorationResponse(m *model.Commemoration) commemorationResponse {
	return commemorationResponse{
		ID: m.ID, TitleEN: m.TitleEN, TitleZH: nullable(m.TitleZH), Date: m.Date.String(),
		Precision: string(m.Date.Precision()), Country: nullable(m.Country), PartnerID: m.PartnerID,
		Confidence: m.Confidence, Sources: sourcesJSON(m.Sources), Notes: nullable(m.Notes),
		Version: m.Version, CreatedAt: m.CreatedAt, UpdatedAt: m.UpdatedAt,
	}
}

func (s *Server) commemorationRoutes(g groups) {
	g.read.GET("/commemorations", listAll(s, commemorationFilter, s.store.ListCommemorations, toCommemorationResponse))
	crud[commemorationRequest](s, g, "commemorations", toCommemorationResponse, storeOps[model.Commemoration]{
		s.store.GetCommemoration, s.store.CreateCommemoration, s.store.UpdateCommemoration, s.store.DeleteCommemoration,
		model.Commemoration{}})
}

func commemorationFilter(q *query) (model.CommemorationFilter, model.Page) {
	f := model.CommemorationFilter{Country: q.country("country"), PartnerID: q.id("partner_id"), Q: q.str("q"), Page: q.page()}
	return f, f.Page
}
