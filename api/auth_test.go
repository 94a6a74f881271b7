package api_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestAuthRoles(t *testing.T) {
	e := newEnv(t, withAuth("writes"))
	viewer, editor, admin := e.newToken("viewer v", "viewer"), e.newToken("Li Wei", "editor"), e.newToken("admin a", "admin")
	if len(editor) < 40 || !strings.HasPrefix(editor, "yc_") {
		t.Fatalf("token %q is too short to hold 256 random bits", editor)
	}
	body := map[string]any{"name_en": "Ube", "country": "JP"}
	bearer := func(tok string) []string { return []string{"Authorization", "Bearer " + tok} }

	wantStatus(t, e.do("GET", "/api/v1/partners", nil), 200) // reads are open in "writes" mode
	wantStatus(t, e.do("POST", "/api/v1/partners", body), 401)
	wantStatus(t, e.do("POST", "/api/v1/partners", body, bearer("yc_not-a-real-token")...), 401)
	wantStatus(t, e.do("GET", "/api/v1/partners", nil, bearer("yc_not-a-real-token")...), 401)
	wantStatus(t, e.do("POST", "/api/v1/partners", body, "Authorization", "Basic dXNlcjpwdw=="), 401)
	wantStatus(t, e.do("POST", "/api/v1/partners", body, bearer(viewer)...), 403)
	r := e.do("POST", "/api/v1/partners", body, bearer(editor)...)
	wantStatus(t, r, 201)
	id := itoa(int64(r.json(t)["id"].(float64)))
	wantStatus(t, e.do("DELETE", "/api/v1/partners/"+id, nil, bearer(editor)...), 403)
	wantStatus(t, e.do("GET", "/api/v1/audit", nil, bearer(editor)...), 403)
	wantStatus(t, e.do("PATCH", "/api/v1/partners/"+id, map[string]any{"name_zh": "宇部市"}, bearer(editor)...), 200)

	// The audit log names the token, with the fields before and after.
	l := e.audit("entity=partner&id="+id, bearer(admin)...)
	if len(l.Items) != 2 || l.Items[0].Action != "update" || l.Items[0].Actor != "Li Wei" ||
		!hasNull(l.Items[0].Before, "name_zh") || l.Items[0].After["name_zh"] != "宇部市" || len(l.Items[0].After) != 1 ||
		l.Items[1].Action != "create" || l.Items[1].After["name_en"] != "Ube" {
		t.Errorf("audit: %+v", l.Items)
	}
	wantStatus(t, e.do("DELETE", "/api/v1/partners/"+id, nil, bearer(admin)...), 204)
	l = e.audit("entity=partner&id="+id, bearer(admin)...)
	if len(l.Items) != 3 || l.Items[0].Action != "delete" || l.Items[0].Before["name_en"] != "Ube" {
		t.Errorf("audit after delete: %+v", l.Items)
	}

	// Revoked tokens stop working.
	if err := e.store.RevokeTokenNamed(context.Background(), "Li Wei"); err != nil {
		t.Fatal(err)
	}
	wantStatus(t, e.do("POST", "/api/v1/partners", body, bearer(editor)...), 401)
}

func TestAuthAllMode(t *testing.T) {
	e := newEnv(t, withAuth("all"))
	viewer := e.newToken("v", "viewer")
	wantStatus(t, e.do("GET", "/api/v1/partners", nil), 401)
	wantStatus(t, e.do("GET", "/api/v1/partners", nil, "Authorization", "Bearer "+viewer), 200)
	r := e.do("GET", "/healthz", nil)
	if r.Status != 200 || r.json(t)["status"] != "ok" {
		t.Errorf("healthz needs no token: %d %s", r.Status, r.Body)
	}
}

func TestAuditRecordsEveryKindOfChange(t *testing.T) {
	e := newEnv(t)
	pid := e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"})
	ps := e.create("/api/v1/partnerships", map[string]any{"partner_id": pid, "sources": []map[string]any{{"note": "x"}}})
	wantStatus(t, e.do("PATCH", "/api/v1/partnerships/"+itoa(ps), map[string]any{"sources": []map[string]any{{"note": "y"}}}), 200)
	ev := e.create("/api/v1/events", map[string]any{"title_en": "Visit", "kind": "official_visit", "start_date": "2022-05-18", "partner_ids": []int64{pid}})
	wantStatus(t, e.do("DELETE", "/api/v1/events/"+itoa(ev), nil), 204)

	l := e.audit("entity=partnership&id=" + itoa(ps))
	if l.Total != 2 || l.Items[0].Action != "update" || l.Items[0].Before["sources"] == nil || l.Items[0].After["sources"] == nil ||
		l.Items[1].After["partner_id"] != float64(pid) {
		t.Errorf("partnership audit: %+v", l)
	}
	l = e.audit("entity=event&id=" + itoa(ev))
	if l.Total != 2 || l.Items[0].Action != "delete" || l.Items[0].Before["title_en"] != "Visit" {
		t.Errorf("event audit: %+v", l)
	}
	wantStatus(t, e.do("GET", "/api/v1/audit?entity=spaceship", nil), 400, "entity")
}

func TestHealthzWhenTheDatabaseIsDown(t *testing.T) {
	e := newEnv(t)
	wantStatus(t, e.do("GET", "/healthz", nil), 200)
	e.store.Close()
	r := e.do("GET", "/healthz", nil)
	wantStatus(t, r, 503)
	if strings.Contains(string(r.Body), "sql") {
		t.Errorf("health problem leaks driver text: %s", r.Body)
	}
}

// hasNull reports whether m holds key with the value null.
func hasNull(m map[string]any, key string) bool {
	v, ok := m[key]
	return ok && v == nil
}

// TestAuditFilteredByDay: from and to are the office's days (home time
// zone), so a change at 01:30 in Weihai is on that day although UTC's
// calendar still shows the day before.
func TestAuditFilteredByDay(t *testing.T) {
	e := newEnv(t, withNow(time.Date(2022, 5, 17, 17, 30, 0, 0, time.UTC))) // 2022-05-18 01:30 in Weihai
	e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"})
	for q, want := range map[string]int{
		"from=2022-05-18&to=2022-05-18": 1,
		"from=2022-05-18":               1,
		"to=2022-05-17":                 0,
		"from=2022-05-19":               0,
	} {
		if l := e.audit("entity=partner&" + q); l.Total != want {
			t.Errorf("audit?%s: %d records, want %d", q, l.Total, want)
		}
	}
	wantStatus(t, e.do("GET", "/api/v1/audit?from=2022-02-30", nil), 400, "from")
}
