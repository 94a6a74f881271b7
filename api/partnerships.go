package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/vocab"
)

// partnershipRequest is the body of POST and PATCH /partnerships.
type partnershipRequest struct {
	PartnerID     Opt[int64]  `json:"partner_id"`
	LocalParty    Opt[string] `json:"local_party"`
	Type          Opt[string] `json:"type"`
	Status        Opt[string] `json:"status"`
	EstablishedOn Opt[string] `json:"established_on"`
	EndedOn       Opt[string] `json:"ended_on"`
	recordInput
}

func (r *partnershipRequest) apply(p *model.Partnership) error {
	var f fields
	if !r.PartnerID.Set && p.ID == 0 {
		f.p.Add("partner_id", "is required")
	}
	set(&f, "partner_id", r.PartnerID, &p.PartnerID, true)
	f.str("local_party", r.LocalParty, &p.LocalParty, false)
	f.str("type", r.Type, &p.Type, true)
	f.str("status", r.Status, &p.Status, true)
	f.date("established_on", r.EstablishedOn, &p.EstablishedOn, false)
	f.date("ended_on", r.EndedOn, &p.EndedOn, false)
	r.recordInput.apply(&f, &p.Confidence, true, &p.Sources, &p.Notes)
	return f.err()
}

type partnerSummary struct {
	ID      int64   `json:"id"`
	NameEN  string  `json:"name_en"`
	NameZH  *string `json:"name_zh"`
	Country *string `json:"country"`
}

type partnershipResponse struct {
	ID            int64          `json:"id"`
	PartnerID     int64          `json:"partner_id"`
	Partner       partnerSummary `json:"partner"`
	LocalParty    string         `json:"local_party"`
	Type          string         `json:"type"`
	Status        string         `json:"status"`
	EstablishedOn *string        `json:"established_on"`
	Precision     *string        `json:"established_precision"`
	EndedOn       *string        `json:"ended_on"`
	recordJSON
	stamps
}

func toPartnershipResponse(p *model.Partnership) partnershipResponse {
	r := partnershipResponse{
		ID: p.ID, PartnerID: p.PartnerID,
		Partner:    partnerSummary{ID: p.Partner.ID, NameEN: p.Partner.NameEN, NameZH: nullable(p.Partner.NameZH), Country: nullable(p.Partner.Country)},
		LocalParty: p.LocalParty, Type: p.Type, Status: p.Status,
		EstablishedOn: nullDate(p.EstablishedOn), EndedOn: nullDate(p.EndedOn),
		recordJSON: toRecordJSON(p.Confidence, p.Sources, p.Notes), stamps: stampsOf(&p.Meta),
	}
	if !p.EstablishedOn.IsZero() {
		prec := string(p.EstablishedOn.Precision())
		r.Precision = &prec
	}
	return r
}

type historyEntry struct {
	ID          int64     `json:"id"`
	EffectiveOn *string   `json:"effective_on"`
	Status      string    `json:"status"`
	Type        string    `json:"type"`
	Note        *string   `json:"note"`
	Actor       *string   `json:"actor"`
	RecordedAt  time.Time `json:"recorded_at"`
}

// partnershipHistory is GET /partnerships/:id/history, one page of it.
func (s *Server) partnershipHistory(c *gin.Context) error {
	id, err := pathID(c)
	if err != nil {
		return err
	}
	q := newQuery(c)
	pg := q.page()
	if err := q.err(); err != nil {
		return err
	}
	hist, total, err := s.store.PartnershipHistory(c.Request.Context(), id, pg)
	if err != nil {
		return err
	}
	ok(c, http.StatusOK, struct {
		PartnershipID int64 `json:"partnership_id"`
		list[historyEntry]
	}{id, listOf(hist, total, pg.Limit, pg.Offset, toHistoryEntry)})
	return nil
}

func toHistoryEntry(h *model.PartnershipChange) historyEntry {
	return historyEntry{ID: h.ID, EffectiveOn: nullDate(h.EffectiveOn), Status: h.Status, Type: h.Type,
		Note: nullable(h.Note), Actor: nullable(h.Actor), RecordedAt: h.RecordedAt}
}

func (s *Server) partnershipRoutes(g groups) {
	g.read.GET("/partnerships", listAll(s, partnershipFilter, s.store.ListPartnerships, toPartnershipResponse))
	g.read.GET("/partnerships/:id/history", s.handle(s.partnershipHistory))
	crud[partnershipRequest](s, g, "partnerships", toPartnershipResponse, storeOps[model.Partnership]{
		s.store.GetPartnership, s.store.CreatePartnership, s.store.UpdatePartnership, s.store.DeletePartnership,
		// A new partnership's defaults.
		model.Partnership{Type: vocab.TypeSisterCity, Status: vocab.StatusActive, Confidence: model.ConfidenceConfirmed}})
}

func partnershipFilter(q *query) (model.PartnershipFilter, model.Page) {
	f := model.PartnershipFilter{
		PartnerID: q.id("partner_id"), Status: q.oneOf("status", vocab.PartnershipStatuses),
		Type: q.oneOf("type", vocab.PartnershipTypes), Country: q.country("country"),
		LocalParty: q.str("local_party"), Page: q.page(),
	}
	return f, f.Page
}
