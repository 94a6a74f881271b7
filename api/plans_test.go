package api_test

import (
	"strings"
	"testing"
)

// partnershipOf returns the id of the Weihai partnership of the partner named.
func (e *env) partnershipOf(nameEN string) int64 {
	e.t.Helper()
	var l struct {
		Items []struct {
			ID      int64 `json:"id"`
			Partner struct {
				NameEN string `json:"name_en"`
			} `json:"partner"`
		} `json:"items"`
	}
	e.do("GET", "/api/v1/partnerships?limit=500&local_party=Weihai", nil).decode(e.t, &l)
	for _, p := range l.Items {
		if p.Partner.NameEN == nameEN {
			return p.ID
		}
	}
	e.t.Fatalf("no Weihai partnership with %s", nameEN)
	return 0
}

// planItem is one item of a plan (json matches the one-word keys to the
// untagged fields).
type planItem struct {
	Kind, Format, Timezone, Rationale string
	Flagship                          bool

	TitleEN     string  `json:"title_en"`
	TitleZH     string  `json:"title_zh"`
	StartDate   string  `json:"start_date"`
	StartTime   string  `json:"start_time"`
	RationaleZH string  `json:"rationale_zh"`
	Partners    []int64 `json:"partner_ids"`
}

func TestPlanUbeSeries2022(t *testing.T) {
	e := newSeededEnv(t)
	ube := e.partnershipOf("Ube")
	r := e.do("POST", "/api/v1/plans", map[string]any{"template": "anniversary_series", "partnership_id": ube, "year": 2022})
	wantStatus(t, r, 201)
	var plan struct {
		ID      int64      `json:"id"`
		Status  string     `json:"status"`
		TitleZH string     `json:"title_zh"`
		Items   []planItem `json:"items"`
	}
	r.decode(t, &plan)
	if plan.Status != "draft" || len(plan.Items) < 6 {
		t.Fatalf("plan: %s", r.Body)
	}
	starts := map[string]bool{}
	var flagship *planItem
	for i, it := range plan.Items {
		if it.Flagship {
			flagship = &plan.Items[i]
		}
		if starts[it.StartDate] {
			t.Errorf("two items start on %s", it.StartDate)
		}
		starts[it.StartDate] = true
		if !strings.HasPrefix(it.StartDate, "2022-") || it.Rationale == "" {
			t.Errorf("item %+v", it)
		}
		if it.Format == "online" && (it.StartTime == "" || it.Timezone == "") {
			t.Errorf("online item without time: %+v", it)
		}
	}
	if flagship == nil || flagship.StartDate != "2022-05-18" {
		t.Fatalf("flagship: %+v", flagship)
	}
	path := "/api/v1/plans/" + itoa(plan.ID)

	// A PATCH that moves the flagship to a Sunday breaks rule 2: 422, nothing written.
	r2 := e.do("GET", path, nil)
	var raw struct {
		Items []map[string]any `json:"items"`
	}
	r2.decode(t, &raw)
	items := raw.Items
	for _, it := range items {
		if it["flagship"] == true {
			it["start_date"], it["end_date"] = "2022-05-22", "2022-05-22"
		}
	}
	r = e.do("PATCH", path, map[string]any{"items": items})
	wantStatus(t, r, 422)
	if !strings.Contains(string(r.Body), "rule 2") {
		t.Errorf("422 should name the broken rule: %s", r.Body)
	}
	items[1]["start_date"] = "2022-02-30"
	wantStatus(t, e.do("PATCH", path, map[string]any{"items": items}), 422, "items[1].start_date")
	wantStatus(t, e.do("PATCH", path, map[string]any{"title_en": "Ube 30th series"}, "If-Match", `"1"`), 200)

	// Adopt: one planned event per item; again: the same events.
	r = e.do("POST", path+"/adopt", nil)
	wantStatus(t, r, 200)
	var adopted struct {
		EventIDs []int64 `json:"event_ids"`
	}
	r.decode(t, &adopted)
	if len(adopted.EventIDs) != len(plan.Items) {
		t.Fatalf("%d events for %d items", len(adopted.EventIDs), len(plan.Items))
	}
	r = e.do("POST", path+"/adopt", nil)
	var again struct {
		EventIDs []int64 `json:"event_ids"`
	}
	r.decode(t, &again)
	if len(again.EventIDs) != len(adopted.EventIDs) || again.EventIDs[0] != adopted.EventIDs[0] {
		t.Errorf("second adopt: %v, first %v", again.EventIDs, adopted.EventIDs)
	}
	ev := e.do("GET", "/api/v1/events/"+itoa(adopted.EventIDs[0]), nil).json(t)
	if ev["status"] != "planned" || ev["plan_id"] != float64(plan.ID) {
		t.Errorf("adopted event: %v", ev)
	}
	if got := e.do("GET", "/api/v1/events?plan_id="+itoa(plan.ID), nil).json(t)["total"]; got != float64(len(plan.Items)) {
		t.Errorf("events of the plan: %v", got)
	}
	wantStatus(t, e.do("PATCH", path, map[string]any{"title_en": "x"}), 409)
	wantStatus(t, e.do("DELETE", path, nil), 409)

	// A second series now avoids the days the adopted events took (rule 4).
	r = e.do("POST", "/api/v1/plans", map[string]any{"template": "anniversary_series", "partnership_id": ube, "year": 2022})
	wantStatus(t, r, 201)
	var second struct {
		Items []planItem `json:"items"`
	}
	r.decode(t, &second)
	for _, it := range second.Items {
		if starts[it.StartDate] {
			t.Errorf("second plan reuses %s, taken by an adopted event", it.StartDate)
		}
	}
}

func TestPlanErrorsAndProgram(t *testing.T) {
	e := newSeededEnv(t)
	chel := e.partnershipOf("Cheltenham")
	jeju := e.partnershipOf("Jeju City")
	lancaster := e.partnershipOf("Lancaster")
	for _, c := range []struct {
		body  map[string]any
		field string
	}{
		{map[string]any{"template": "anniversary_series", "partnership_id": chel, "year": 2022}, "anchor_date"},
		{map[string]any{"template": "party", "partnership_id": chel, "year": 2022}, "template"},
		{map[string]any{"template": "anniversary_series", "partnership_id": 99999, "year": 2022}, "partnership_id"},
		{map[string]any{"template": "anniversary_series", "year": 2022}, "partnership_id"},
		{map[string]any{"template": "anniversary_series", "partnership_id": chel, "year": 2022, "anchor_date": "2023-07-01"}, "anchor_date"},
		{map[string]any{"template": "anniversary_series", "partnership_id": chel}, "year"},
		{map[string]any{"template": "anniversary_series", "partnership_id": jeju, "year": 2022}, "year"},                // established 2023
		{map[string]any{"template": "anniversary_series", "partnership_id": lancaster, "year": 2022}, "partnership_id"}, // date unknown
	} {
		wantStatus(t, e.do("POST", "/api/v1/plans", c.body), 422, c.field)
	}
	// With an anchor, the month-precision origin gets its series.
	r := e.do("POST", "/api/v1/plans", map[string]any{"template": "anniversary_series", "partnership_id": chel, "year": 2022, "anchor_date": "2022-07-12"})
	wantStatus(t, r, 201)
	var p struct {
		ID    int64      `json:"id"`
		Items []planItem `json:"items"`
	}
	r.decode(t, &p)
	for _, it := range p.Items {
		if it.Format == "online" && it.Timezone == "" {
			t.Errorf("online item without a zone: %+v", it)
		}
	}
	wantStatus(t, e.do("DELETE", "/api/v1/plans/"+itoa(p.ID), nil), 204)
	wantStatus(t, e.do("GET", "/api/v1/plans/"+itoa(p.ID), nil), 404)

	r = e.do("POST", "/api/v1/plans", map[string]any{"template": "annual_program", "year": 2022})
	wantStatus(t, r, 201)
	var prog struct {
		Items []planItem `json:"items"`
	}
	r.decode(t, &prog)
	partners := map[int64]bool{}
	for _, it := range prog.Items {
		for _, id := range it.Partners {
			partners[id] = true
		}
	}
	if len(partners) < 15 {
		t.Errorf("annual programme reaches %d partners", len(partners))
	}
	// Partnerships established after 2022 have no place in its programme.
	for _, later := range []string{"Jeju City", "Zaragoza", "Khabarovsk"} {
		var l struct {
			Items []struct {
				ID int64 `json:"id"`
			} `json:"items"`
		}
		e.do("GET", "/api/v1/partners?q="+strings.ReplaceAll(later, " ", "%20"), nil).decode(t, &l)
		if len(l.Items) == 1 && partners[l.Items[0].ID] {
			t.Errorf("the 2022 programme includes %s", later)
		}
	}
	r = e.do("GET", "/api/v1/plan-templates", nil)
	wantStatus(t, r, 200)
	if !strings.Contains(string(r.Body), `"anniversary_series"`) || !strings.Contains(string(r.Body), `"annual_program"`) {
		t.Errorf("templates: %.300s", r.Body)
	}
	if got := e.do("GET", "/api/v1/plans?year=2022", nil).json(t)["total"]; got != float64(1) {
		t.Errorf("plans of 2022: %v", got)
	}
}
