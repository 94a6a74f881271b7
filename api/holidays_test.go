package api_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
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

// holStatus is an item of GET /holidays/status.
type holStatus struct {
	Country              string
	Region               *string
	Year                 int
	Complete, Overridden bool
	Source               string
	Note                 *string
	NoteZH               *string `json:"note_zh"`
}

func TestHolidayStatus(t *testing.T) {
	e := newEnv(t, withNow(time.Date(2022, 6, 1, 12, 0, 0, 0, time.UTC)))
	status := func(q string) []holStatus {
		t.Helper()
		return get[struct{ Items []holStatus }](e, "/api/v1/holidays/status?"+q).Items
	}
	// Each item is what GET /holidays says of the year; in the order asked,
	// a repeated value answered once.
	got := status("countries=CN,GB,CN&years=2022,2035,2022")
	var order []string
	for _, s := range got {
		order = append(order, fmt.Sprintf("%s %d", s.Country, s.Year))
		y := get[holYear](e, fmt.Sprintf("/api/v1/holidays?country=%s&year=%d", s.Country, s.Year))
		if s.Region != nil || s.Complete != y.Complete || s.Overridden != y.Overridden || s.Source != y.Source || !reflect.DeepEqual(s.Note, y.Note) {
			t.Errorf("%s %d: status %+v, GET /holidays %+v", s.Country, s.Year, s, y)
		}
	}
	if strings.Join(order, ", ") != "CN 2022, CN 2035, GB 2022, GB 2035" {
		t.Errorf("items %s", order)
	}
	if !got[0].Complete || got[1].Complete || got[1].Note == nil || got[1].NoteZH == nil {
		t.Errorf("CN 2022 should be complete, CN 2035 incomplete with a note: %+v", got[:2])
	}
	// years defaults to the current year.
	if s := status("countries=JP"); len(s) != 1 || s[0].Country != "JP" || s[0].Year != 2022 {
		t.Errorf("default year: %+v", s)
	}

	// An override makes a year complete, or incomplete; deleting it undoes that.
	for _, c := range []struct {
		year     int
		complete bool
	}{{2035, true}, {2022, false}} {
		path := fmt.Sprintf("/api/v1/holidays/CN/%d", c.year)
		wantStatus(t, e.do("PUT", path, map[string]any{"mode": "amend", "source": "office check", "complete": c.complete, "items": []any{}}), 200)
		s := status(fmt.Sprintf("countries=CN&years=%d", c.year))
		if len(s) != 1 || s[0].Complete != c.complete || !s[0].Overridden || s[0].Source != "office check" {
			t.Errorf("CN %d overridden complete=%v: %+v", c.year, c.complete, s)
		}
		wantStatus(t, e.do("DELETE", path, nil), 200)
		if s := status(fmt.Sprintf("countries=CN&years=%d", c.year)); s[0].Complete == c.complete || s[0].Overridden {
			t.Errorf("CN %d after DELETE: %+v", c.year, s)
		}
	}

	many := strings.TrimSuffix(strings.Repeat("JP,KR,GB,", 21), ",") // 63 values, 3 distinct
	// 61 distinct codes (AA, AB, …): the count is checked before the codes.
	var codes []string
	for i := range 61 {
		codes = append(codes, string(rune('A'+i/26))+string(rune('A'+i%26)))
	}
	bad := []call{
		{name: "missing", path: "", status: 400, fields: []string{"countries"}},
		{name: "empty", path: "countries=", status: 400, fields: []string{"countries"}},
		{name: "empty value", path: "countries=JP,,KR", status: 400, fields: []string{"countries"}},
		{name: "61 countries", path: "countries=" + strings.Join(codes, ","), status: 400, fields: []string{"countries"}},
		{name: "60 countries, not all known", path: "countries=" + strings.Join(codes[:60], ","), status: 422, fields: []string{"countries"}},
		{name: "6 years", path: "countries=JP&years=2022,2023,2024,2025,2026,2027", status: 400, fields: []string{"years"}},
		{name: "year not a number", path: "countries=JP&years=2022,next", status: 400, fields: []string{"years"}},
		{name: "year zero", path: "countries=JP&years=0", status: 400, fields: []string{"years"}},
		{name: "both bad", path: "countries=JP,&years=x", status: 400, fields: []string{"countries", "years"}},
		{name: "unassigned", path: "countries=JP,XX", status: 422, fields: []string{"countries"}},
		{name: "not supported", path: "countries=JP,AQ", status: 422, fields: []string{"countries"}},
		{name: "lower case", path: "countries=jp", status: 422, fields: []string{"countries"}},
		{name: "year out of range", path: "countries=CN&years=2022,1066", status: 422, fields: []string{"years"}},
	}
	for i := range bad {
		bad[i].method, bad[i].path = "GET", "/api/v1/holidays/status?"+bad[i].path
	}
	e.doEach(t, bad)
	if s := status("countries=" + many); len(s) != 3 {
		t.Errorf("repeats should count once: %d items", len(s))
	}
}
