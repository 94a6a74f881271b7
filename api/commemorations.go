package api

import (
	"github.com/youcheng/youcheng/model"
)

// commemorationRequest is the body of POST and PATCH /commemorations.
type commemorationRequest struct {
	titleInput
	Date      Opt[string] `json:"date"`
	Country   Opt[string] `json:"country"`
	PartnerID Opt[int64]  `json:"partner_id"`
	recordInput
}

func (r *commemorationRequest) apply(m *model.Commemoration) error {
	var f fields
	r.titleInput.apply(&f, &m.TitleEN, &m.TitleZH, true)
	f.date("date", r.Date, &m.Date, true)
	f.str("country", r.Country, &m.Country, false)
	optional(&f, "partner_id", r.PartnerID, &m.PartnerID)
	r.recordInput.apply(&f, &m.Confidence, false, &m.Sources, &m.Notes)
	return f.err()
}

type commemorationResponse struct {
	ID        int64   `json:"id"`
	TitleEN   string  `json:"title_en"`
	TitleZH   *string `json:"title_zh"`
	Date      string  `json:"date"`
	Precision string  `json:"precision"`
	Country   *string `json:"country"`
	PartnerID *int64  `json:"partner_id"`
	recordJSON
	stamps
}

func toCommemorationResponse(m *model.Commemoration) commemorationResponse {
	return commemorationResponse{
		ID: m.ID, TitleEN: m.TitleEN, TitleZH: nullable(m.TitleZH), Date: m.Date.String(),
		Precision: string(m.Date.Precision()), Country: nullable(m.Country), PartnerID: m.PartnerID,
		recordJSON: toRecordJSON(m.Confidence, m.Sources, m.Notes), stamps: stampsOf(&m.Meta),
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
