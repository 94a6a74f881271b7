package api_test

import (
	"net/url"
	"testing"
)

func urlq(s string) string { return url.QueryEscape(s) }

// TestStatsOfSeed: the seeded 2022 figures, checked against what the seed
// holds.
func TestStatsOfSeed(t *testing.T) {
	e := newSeededEnv(t)
	r := e.do("GET", "/api/v1/stats?year=2022", nil)
	wantStatus(t, r, 200)
	var s struct {
		Year         int `json:"year"`
		Partnerships struct {
			Total     int `json:"total"`
			ByCountry []struct {
				Country *string `json:"country"`
				Count   int     `json:"count"`
			} `json:"by_country"`
			ByDecade []struct {
				Decade int `json:"decade"`
				Count  int `json:"count"`
			} `json:"by_decade"`
		} `json:"partnerships"`
		Events struct {
			Total   int `json:"total"`
			ByMonth []struct {
				Month int `json:"month"`
				Count int `json:"count"`
			} `json:"by_month"`
			ByStatus []struct {
				Status string `json:"status"`
				Count  int    `json:"count"`
			} `json:"by_status"`
			ByPartner []struct {
				NameZH *string `json:"name_zh"`
				Count  int     `json:"count"`
			} `json:"by_partner"`
		} `json:"events"`
		Anniversaries struct {
			Total      int `json:"total"`
			Milestones int `json:"milestones"`
		} `json:"anniversaries"`
	}
	r.decode(t, &s)
	var events struct {
		Total int `json:"total"`
	}
	e.do("GET", "/api/v1/events?from=2022-01-01&to=2022-12-31", nil).decode(t, &events)
	if s.Year != 2022 || s.Events.Total != events.Total || len(s.Events.ByMonth) != 12 || s.Events.ByMonth[5].Count != 1 {
		t.Errorf("events: %+v (the seed has %d in 2022, one of them in June)", s.Events, events.Total)
	}
	if len(s.Events.ByStatus) != 2 || s.Events.ByStatus[0].Status != "idea" {
		t.Errorf("by_status: %+v, want ideas first, then the one done event", s.Events.ByStatus)
	}
	if len(s.Events.ByPartner) == 0 || s.Events.ByPartner[0].Count < 2 {
		t.Errorf("by_partner: %+v", s.Events.ByPartner)
	}
	if s.Partnerships.Total < 15 || len(s.Partnerships.ByCountry) < 8 || len(s.Partnerships.ByDecade) < 3 {
		t.Errorf("partnerships: %+v", s.Partnerships)
	}
	// Ube (1992) turns 30 in 2022: a milestone at least.
	if s.Anniversaries.Milestones < 1 || s.Anniversaries.Total < s.Anniversaries.Milestones {
		t.Errorf("anniversaries: %+v", s.Anniversaries)
	}
	var y1990 struct {
		Partnerships struct {
			Total int `json:"total"`
		} `json:"partnerships"`
	}
	e.do("GET", "/api/v1/stats?year=1990", nil).decode(t, &y1990)
	if y1990.Partnerships.Total >= s.Partnerships.Total {
		t.Errorf("1990 has %d partnerships, 2022 %d: later ones must not count", y1990.Partnerships.Total, s.Partnerships.Total)
	}
	for _, bad := range []string{"year=22", "year=abc", "year=2022&top=0"} {
		field := "year"
		if bad == "year=2022&top=0" {
			field = "top"
		}
		wantStatus(t, e.do("GET", "/api/v1/stats?"+bad, nil), 400, field)
	}
	wantStatus(t, e.do("GET", "/api/v1/stats", nil), 200)
}
