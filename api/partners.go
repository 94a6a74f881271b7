package api

import (
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/vocab"
)

// partnerRequest is the body of POST and PATCH /partners.
type partnerRequest struct {
	NameEN    Opt[string] `json:"name_en"`
	NameZH    Opt[string] `json:"name_zh"`
	NameLocal Opt[string] `json:"name_local"`
	Kind      Opt[string] `json:"kind"`
	Country   Opt[string] `json:"country"`
	AdminArea Opt[string] `json:"admin_area"`
	Timezone  Opt[string] `json:"timezone"`
	Website   Opt[string] `json:"website"`
	Notes     Opt[string] `json:"notes"`
}

// apply copies the fields present onto p. A PATCH that changes the country
// re-derives a time zone it does not set itself.
func (r *partnerRequest) apply(p *model.Partner) error {
	var f fields
	f.str("name_en", r.NameEN, &p.NameEN, true)
	f.str("name_zh", r.NameZH, &p.NameZH, false)
	f.str("name_local", r.NameLocal, &p.NameLocal, false)
	f.str("kind", r.Kind, &p.Kind, false)
	if r.Country.Set && !r.Timezone.Set && r.Country.V != p.Country {
		p.Timezone = ""
	}
	f.str("country", r.Country, &p.Country, false)
	f.str("admin_area", r.AdminArea, &p.AdminArea, false)
	f.str("timezone", r.Timezone, &p.Timezone, false)
	f.str("website", r.Website, &p.Website, false)
	f.str("notes", r.Notes, &p.Notes, false)
	return f.err()
}

type partnerResponse struct {
	ID        int64   `json:"id"`
	NameEN    string  `json:"name_en"`
	NameZH    *string `json:"name_zh"`
	NameLocal *string `json:"name_local"`
	Kind      string  `json:"kind"`
	Country   *string `json:"country"`
	AdminArea *string `json:"admin_area"`
	Timezone  *string `json:"timezone"`
	Website   *string `json:"website"`
	Notes     *string `json:"notes"`
	stamps
}

func toPartnerResponse(p *model.Partner) partnerResponse {
	return partnerResponse{
		ID: p.ID, NameEN: p.NameEN, NameZH: nullable(p.NameZH), NameLocal: nullable(p.NameLocal),
		Kind: p.Kind, Country: nullable(p.Country), AdminArea: nullable(p.AdminArea),
		Timezone: nullable(p.Timezone), Website: nullable(p.Website), Notes: nullable(p.Notes),
		stamps: stampsOf(&p.Meta),
	}
}

func (s *Server) partnerRoutes(g groups) {
	g.read.GET("/partners", listAll(s, partnerFilter, s.store.ListPartners, toPartnerResponse))
	crud[partnerRequest](s, g, "partners", toPartnerResponse, storeOps[model.Partner]{
		s.store.GetPartner, s.store.CreatePartner, s.store.UpdatePartner, s.store.DeletePartner, model.Partner{}})
}

func partnerFilter(q *query) (model.PartnerFilter, model.Page) {
	f := model.PartnerFilter{Country: q.country("country"), Kind: q.oneOf("kind", vocab.PartnerKinds), Q: q.str("q"), Page: q.page()}
	return f, f.Page
}
