package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

type statsResponse struct {
	Year          int              `json:"year"`
	Partnerships  partnershipStats `json:"partnerships"`
	Events        eventStats       `json:"events"`
	Anniversaries struct {
		Total      int64 `json:"total"`
		Milestones int64 `json:"milestones"`
	} `json:"anniversaries"`
}

type partnershipStats struct {
	Total     int64   `json:"total"`
	ByCountry []tally `json:"by_country"`
	ByType    []tally `json:"by_type"`
	ByStatus  []tally `json:"by_status"`
	ByDecade  []tally `json:"by_decade"`
}

type eventStats struct {
	Total         int64          `json:"total"`
	ByMonth       []tally        `json:"by_month"`
	ByKind        []tally        `json:"by_kind"`
	ByStatus      []tally        `json:"by_status"`
	ByFormat      []tally        `json:"by_format"`
	ByPartner     []partnerCount `json:"by_partner"`
	PartnersTotal int64          `json:"partners_total"`
}

type partnerCount struct {
	PartnerID int64   `json:"partner_id"`
	NameZH    *string `json:"name_zh"`
	NameEN    string  `json:"name_en"`
	Count     int64   `json:"count"`
}

// tally is one group of a breakdown, {"<by>": key, "count": n}, where by
// names what the key is (country, type, status, kind, format, decade,
// month).
type tally struct {
	by    string
	key   any
	count int64
}

func (t tally) MarshalJSON() ([]byte, error) {
	var key bytes.Buffer
	enc := json.NewEncoder(&key)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(t.key); err != nil {
		return nil, err
	}
	return fmt.Appendf(nil, `{%q:%s,"count":%d}`, t.by, bytes.TrimSpace(key.Bytes()), t.count), nil
}

// tallies converts a breakdown; split gives a group's key and count.
func tallies[G any](by string, groups []G, split func(G) (any, int64)) []tally {
	out := make([]tally, len(groups))
	for i, g := range groups {
		out[i].by = by
		out[i].key, out[i].count = split(g)
	}
	return out
}

func byKey(k model.KeyCount) (any, int64) { return k.Key, k.Count }
func byInt(k model.IntCount) (any, int64) { return k.Key, k.Count }

// byCountry keys by country, null for partners of no country.
func byCountry(k model.KeyCount) (any, int64) { return nullable(k.Key), k.Count }

func toStatsResponse(st *model.Stats) statsResponse {
	p, e := st.Partnerships, st.Events
	r := statsResponse{Year: st.Year,
		Partnerships: partnershipStats{Total: p.Total, ByCountry: tallies("country", p.ByCountry, byCountry),
			ByType: tallies("type", p.ByType, byKey), ByStatus: tallies("status", p.ByStatus, byKey),
			ByDecade: tallies("decade", p.ByDecade, byInt)},
		Events: eventStats{Total: e.Total, PartnersTotal: e.PartnersTotal,
			ByMonth: tallies("month", e.ByMonth, byInt), ByKind: tallies("kind", e.ByKind, byKey),
			ByStatus: tallies("status", e.ByStatus, byKey), ByFormat: tallies("format", e.ByFormat, byKey),
			ByPartner: make([]partnerCount, len(e.ByPartner))},
	}
	r.Anniversaries.Total, r.Anniversaries.Milestones = st.Anniversaries.Total, st.Anniversaries.Milestones
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
