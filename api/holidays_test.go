package api_test

import (
	"testing"
)

func TestHolidaysChina2022(t *testing.T) {
	e := newEnv(t)
	y := get[holYear](e, "/api/v1/holidays?country=CN&year=2022")
	if !y.Complete || len(y.Weekend) != 2 || y.Weekend[0] != 6 || y.Weekend[1] != 0 {
		t.Errorf("complete %v weekend %v", y.Complete, y.Weekend)
	}
	kinds := map[string]string{}
	prev := ""
	for _, it := range y.Items {
		if it.Date <= prev {
			t.Errorf("items not sorted or repeated at %s", it.Date)
		}
		prev = it.Date
		kinds[it.Date] = it.Kind
	}
	// State Council notice 国办发明电〔2021〕11号: Spring Festival break 31 Jan–6 Feb, worked 29 and 30 Jan.
	for _, d := range []string{"2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", "2022-02-05", "2022-02-06", "2022-10-07"} {
		if kinds[d] != "holiday" {
			t.Errorf("%s: kind %q, want holiday", d, kinds[d])
		}
	}
	for _, d := range []string{"2022-01-29", "2022-01-30", "2022-10-08", "2022-10-09"} {
		if kinds[d] != "workday" {
			t.Errorf("%s: kind %q, want workday (调休)", d, kinds[d])
		}
	}
}

func TestHolidaysErrorsAndCountries(t *testing.T) {
	e := newEnv(t)
	for _, q := range []string{"country=XX&year=2022", "country=cn&year=2022", "year=2022", "country=CN&year=1066", "country=GB&year=2022&region=GB-XYZ"} {
		r := e.do("GET", "/api/v1/holidays?"+q, nil)
		if r.Status != 422 {
			t.Errorf("?%s: status %d, want 422: %s", q, r.Status, r.Body)
		}
	}
	wantStatus(t, e.do("GET", "/api/v1/holidays?country=CN&year=abc", nil), 400, "year")
	// A year beyond the published schedule is answered, but flagged as incomplete.
	r := e.do("GET", "/api/v1/holidays?country=CN&year=2035", nil)
	wantStatus(t, r, 200)
	if r.json(t)["complete"] != false {
		t.Errorf("CN 2035 should be incomplete: %.300s", r.Body)
	}
	r = e.do("GET", "/api/v1/holidays?country=GB&year=2022&region=GB-SCT", nil)
	wantStatus(t, r, 200)
	found := false
	for _, it := range r.json(t)["items"].([]any) {
		if it.(map[string]any)["date"] == "2022-11-30" { // St Andrew's Day, Scotland only
			found = true
		}
	}
	if !found {
		t.Error("GB-SCT 2022 lacks St Andrew's Day")
	}

	r = e.do("GET", "/api/v1/holidays/countries", nil)
	wantStatus(t, r, 200)
	var l struct {
		Items []struct {
			Country string `json:"country"`
		} `json:"items"`
	}
	r.decode(t, &l)
	have := map[string]bool{}
	for _, c := range l.Items {
		have[c.Country] = true
	}
	for _, c := range []string{"CN", "JP", "KR", "GB", "US", "RU", "BY", "UA", "FR", "RO", "SN", "TN", "NZ", "ES", "MY"} {
		if !have[c] {
			t.Errorf("countries lacks %s", c)
		}
	}
	if len(l.Items) < 45 {
		t.Errorf("only %d countries", len(l.Items))
	}
}
