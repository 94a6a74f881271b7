package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

type statsResponse struct {
	Year          int                `json:"year"`
	Partnerships  partnershipStats   `json:"partnerships"`
	Events        eventStats         `json:"events"`
	Anniversaries anniversaryStatsJS `json:"anniversaries"`
}

type partnershipStats struct {
	Total     int64          `json:"total"`
	ByCountry []countryCount `json:"by_country"`
	ByType    []typeCount    `json:"by_type"`
	ByStatus  []statusCount  `json:"by_status"`
	ByDecade  []decadeCount  `json:"by_decade"`
}

type eventStats struct {
	Total         int64          `json:"total"`
	ByMonth       []monthCount   `json:"by_month"`
	ByKind        []kindCount    `json:"by_kind"`
	ByStatus      []statusCount  `json:"by_status"`
	ByFormat      []formatCount  `json:"by_format"`
	ByPartner     []partnerCount `json:"by_partner"`
	PartnersTotal int64          `json:"partners_total"`
}

type anniversaryStatsJS struct {
	Total      int64 `json:"total"`
	Milestones int64 `json:"milestones"`
}

type countryCount struct {
	Country *string `json:"country"`
	Count   int64   `json:"count"`
}
type typeCount struct {
	Type  string `json:"type"`
	Count int64  `json:"count"`
}
type statusCount struct {
	Status string `json:"status"`
	Count  int64  `json:"count"`
}
type kindCount struct {
	Kind  string `json:"kind"`
	Count int64  `json:"count"`
}
type formatCount struct {
	Format string `json:"format"`
	Count  int64  `json:"count"`
}
type decadeCount struct {
	Decade int   `json:"decade"`
	Count  int64 `json:"count"`
}
type monthCount struct {
	Month int   `json:"month"`
	Count int64 `json:"count"`
}
type partnerCount struct {
	PartnerID int64   `json:"partner_id"`
	NameZH    *string `json:"name_zh"`
	NameEN    string  `json:"name_en"`
	Count     int64   `json:"count"`
}

func mapCounts[R any](xs []model.KeyCount, conv func(model.KeyCount) R) []R {
	out := make([]R, len(xs))
	for i, x := range xs {
		out[i] = conv(x)
	}
	return out
}

func toStatsResponse(st *model.Stats) statsResponse {
	p, e := st.Partnerships, st.Events
	r := statsResponse{Year: st.Year,
		Partnerships: partnershipStats{Total: p.Total,
			ByCountry: mapCounts(p.ByCountry, func(k model.KeyCount) countryCount { return countryCount{nullable(k.Key), k.Count} }),
			ByType:    mapCounts(p.ByType, func(k model.KeyCount) typeCount { return typeCount{k.Key, k.Count} }),
			ByStatus:  mapCounts(p.ByStatus, func(k model.KeyCount) statusCount { return statusCount{k.Key, k.Count} }),
			ByDecade:  make([]decadeCount, len(p.ByDecade))},
		Events: eventStats{Total: e.Total, PartnersTotal: e.PartnersTotal,
			ByMonth:   make([]monthCount, len(e.ByMonth)),
			ByKind:    mapCounts(e.ByKind, func(k model.KeyCount) kindCount { return kindCount{k.Key, k.Count} }),
			ByStatus:  mapCounts(e.ByStatus, func(k model.KeyCount) statusCount { return statusCount{k.Key, k.Count} }),
			ByFormat:  mapCounts(e.ByFormat, func(k model.KeyCount) formatCount { return formatCount{k.Key, k.Count} }),
			ByPartner: make([]partnerCount, len(e.ByPartner))},
		Anniversaries: anniversaryStatsJS{Total: st.Anniversaries.Total, Milestones: st.Anniversaries.Milestones},
	}
	for i, d := range p.ByDecade {
		r.Partnerships.ByDecade[i] = decadeCount{d.Key, d.Count}
	}
	for i, m := range e.ByMonth {
		r.Events.ByMonth[i] = monthCount{m.Key, m.Count}
	}
	for i, b := range e.ByPartner {
		r.Events.ByPartner[i] = partnerCount{b.PartnerID, nullable(b.NameZH), b.NameEN, b.Count}
	}
	return r
}

// getStats is GET /stats?year=YYYY[&top=N].
func (s *Server) getStats(c *gin.Context) error {
	q := newQuery(c)
	year := q.intIn("year", s.today().Year(), model.MinYear, model.MaxYear)
	top := q.intIn("top", 100, 1, 100000)
	if err := q.err(); err != nil {
		return err
	}
	st, err := s.store.Stats(c.Request.Context(), year, top)
	if err != nil {
		return err
	}
	ok(c, http.StatusOK, toStatsResponse(st))
	return nil
}
