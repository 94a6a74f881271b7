package api_test

import (
	"context"
	"strings"
	"testing"
)

// TestPlansKeepTheirReferences: a partnership or partner that a draft plan
// uses cannot be deleted (409, nothing deleted); a plan whose partnership
// is gone cannot be adopted; deleting the partnership of an adopted plan
// unlinks it.
func TestPlansKeepTheirReferences(t *testing.T) {
	e := newSeededEnv(t)
	ubeID := e.partnershipOf("Ube")
	ube := itoa(ubeID)
	r := e.do("POST", "/api/v1/plans", map[string]any{"template": "anniversary_series", "partnership_id": ubeID, "year": 2022})
	wantStatus(t, r, 201)
	plan := r.json(t)
	path := "/api/v1/plans/" + itoa(int64(plan["id"].(float64)))

	r = e.do("DELETE", "/api/v1/partnerships/"+ube, nil)
	wantStatus(t, r, 409)
	if !strings.Contains(string(r.Body), "draft plan") {
		t.Errorf("409 should name the draft plan: %s", r.Body)
	}
	wantStatus(t, e.do("GET", "/api/v1/partnerships/"+ube, nil), 200)

	// A partner that only a draft's item names.
	other := e.create("/api/v1/partners", map[string]any{"name_en": "Hagi", "country": "JP"})
	var raw struct {
		Items []map[string]any `json:"items"`
	}
	e.do("GET", path, nil).decode(t, &raw)
	raw.Items[0]["partner_ids"] = append(raw.Items[0]["partner_ids"].([]any), other)
	wantStatus(t, e.do("PATCH", path, map[string]any{"items": raw.Items}), 200)
	wantStatus(t, e.do("DELETE", "/api/v1/partners/"+itoa(other), nil), 409)
	wantStatus(t, e.do("GET", "/api/v1/partners/"+itoa(other), nil), 200)

	// Without the draft, both may go.
	wantStatus(t, e.do("DELETE", path, nil), 204)
	wantStatus(t, e.do("DELETE", "/api/v1/partners/"+itoa(other), nil), 204)
	wantStatus(t, e.do("DELETE", "/api/v1/partnerships/"+ube, nil), 204)

	// A plan whose partnership is deleted behind the API's back (or was,
	// before these rules) cannot be adopted: nothing is created.
	cheltenhamID := e.partnershipOf("Cheltenham")
	r = e.do("POST", "/api/v1/plans", map[string]any{"template": "anniversary_series", "partnership_id": cheltenhamID, "year": 2022,
		"anchor_date": "2022-07-15"})
	wantStatus(t, r, 201)
	orphan := "/api/v1/plans/" + itoa(int64(r.json(t)["id"].(float64)))
	db, err := e.store.SQLDB()
	if err != nil {
		t.Fatal(err)
	}
	ph := "?"
	if e.store.IsPostgres() {
		ph = "$1"
	}
	for _, q := range []string{"DELETE FROM partnership_changes WHERE partnership_id = " + ph, "DELETE FROM partnerships WHERE id = " + ph} {
		if _, err := db.ExecContext(context.Background(), q, cheltenhamID); err != nil {
			t.Fatal(err)
		}
	}
	// The foreign key unlinks the plan (ON DELETE SET NULL); its items
	// still name the partnership, so adopting it is refused.
	if p := e.do("GET", orphan, nil).json(t); p["partnership_id"] != nil {
		t.Errorf("partnership_id after its partnership was deleted = %v, want null (foreign key)", p["partnership_id"])
	}
	events := e.total("/api/v1/events")
	wantStatus(t, e.do("POST", orphan+"/adopt", nil), 409)
	if e.total("/api/v1/events") != events || e.do("GET", orphan, nil).json(t)["status"] != "draft" {
		t.Error("the orphan plan was adopted")
	}

	// An adopted plan keeps its events; its partnership link is cleared.
	jejuID := e.partnershipOf("Jeju City")
	jeju := itoa(jejuID)
	r = e.do("POST", "/api/v1/plans", map[string]any{"template": "anniversary_series", "partnership_id": jejuID, "year": 2024})
	wantStatus(t, r, 201)
	adopted := "/api/v1/plans/" + itoa(int64(r.json(t)["id"].(float64)))
	wantStatus(t, e.do("POST", adopted+"/adopt", nil), 200)
	wantStatus(t, e.do("DELETE", "/api/v1/partnerships/"+jeju, nil), 204)
	r = e.do("GET", adopted, nil)
	if p := r.json(t); p["partnership_id"] != nil || p["status"] != "adopted" || r.Header.Get("ETag") != `"3"` {
		t.Errorf("adopted plan after its partnership was deleted: ETag %s %s", r.Header.Get("ETag"), r.Body)
	}
}
