package api_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// total is the total of a list response.
func (e *env) total(path string) int {
	e.t.Helper()
	r := e.do("GET", path, nil)
	wantStatus(e.t, r, 200)
	return int(r.json(e.t)["total"].(float64))
}

// TestQueryParametersAreBounded: a long q (an escaped LIKE pattern over
// SQLite's limit) was a 500; every parameter's length, encoding and
// characters are now checked, 400 naming it.
func TestQueryParametersAreBounded(t *testing.T) {
	e := newSeededEnv(t)
	long := url.QueryEscape(strings.Repeat("%_", 30000))
	for _, path := range []string{"/api/v1/partners", "/api/v1/events", "/api/v1/commemorations"} {
		wantStatus(t, e.do("GET", path+"?q="+long, nil), 400, "q")
		wantStatus(t, e.do("GET", path+"?q="+strings.Repeat("x", 201), nil), 400, "q")
		wantStatus(t, e.do("GET", path+"?q="+url.QueryEscape(strings.Repeat("%", 200)), nil), 200)
		wantStatus(t, e.do("GET", path+"?q=%00", nil), 400, "q")
		wantStatus(t, e.do("GET", path+"?q=%ff%fe", nil), 400, "q")
		wantStatus(t, e.do("GET", path+"?q=%zz", nil), 400, "query")
	}
	// Every parameter, read or not, on every route.
	wantStatus(t, e.do("GET", "/api/v1/partners/1?whatever="+strings.Repeat("a", 201), nil), 400, "whatever")
	wantStatus(t, e.do("GET", "/api/v1/audit?actor="+strings.Repeat("a", 300), nil), 400, "actor")
	wantStatus(t, e.do("GET", "/api/v1/plan-templates?"+strings.Repeat("a=1&", 65), nil), 400, "query")
	wantStatus(t, e.do("GET", "/healthz?"+strings.Repeat("k", 65)+"=1", nil), 400)
	// A parameter given twice is refused, not half-read.
	wantStatus(t, e.do("GET", "/api/v1/events?partner_id=1&partner_id=2", nil), 400, "partner_id")
	wantStatus(t, e.do("GET", "/api/v1/events?partner_id=1&partner_id=x", nil), 400, "partner_id")
	wantStatus(t, e.do("GET", "/api/v1/partners?limit=1&limit=2", nil), 400, "limit")
}

// TestCanonicalIDs: path ids and integer parameters are plain decimal.
func TestCanonicalIDs(t *testing.T) {
	e := newSeededEnv(t)
	wantStatus(t, e.do("GET", "/api/v1/partners/1", nil), 200)
	for _, id := range []string{"+1", "01", "1e3", "-1", "0", "1.0", "0x1", "%201", "99999999999999999999"} {
		wantStatus(t, e.do("GET", "/api/v1/partners/"+id, nil), 400, "id")
		wantStatus(t, e.do("PATCH", "/api/v1/events/"+id, map[string]any{}), 400, "id")
	}
	wantStatus(t, e.do("GET", "/api/v1/events?partner_id=01", nil), 400, "partner_id")
	wantStatus(t, e.do("GET", "/api/v1/partners?limit=+5", nil), 400, "limit")
	wantStatus(t, e.do("GET", "/api/v1/calendar/02022", nil), 400, "year")
	wantStatus(t, e.do("GET", "/api/v1/holidays?country=CN&year=2022.0", nil), 400, "year")
}

// TestTrailingSlashIsAProblem: no HTML redirect.
func TestTrailingSlashIsAProblem(t *testing.T) {
	e := newEnv(t)
	for _, p := range []string{"/api/v1/partners/", "/api/v1/partners/1/", "/api/v1/"} {
		r := e.do("GET", p, nil)
		wantStatus(t, r, 404)
		if r.Header.Get("Location") != "" {
			t.Errorf("%s redirects to %s", p, r.Header.Get("Location"))
		}
	}
	r := e.do("POST", "/api/v1/partners/", map[string]any{"name_en": "Ube", "country": "JP"})
	wantStatus(t, r, 404)
	if e.total("/api/v1/partners") != 0 {
		t.Error("a POST to the trailing-slash path stored a partner")
	}
}

// TestUnknownAssetIsAProblem: a console asset that does not exist is
// answered like any other unknown path, as problem+json.
func TestUnknownAssetIsAProblem(t *testing.T) {
	e := newEnv(t)
	for _, p := range []string{"/assets/0", "/assets/0123456789ab/nope.js", "/assets/0123456789ab/index.html"} {
		wantStatus(t, e.do("GET", p, nil), 404)
	}
}

// TestHeadWhereverGet: HEAD answers what GET would, without a body.
func TestHeadWhereverGet(t *testing.T) {
	e := newSeededEnv(t, withAuth("writes"))
	head := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		e.h.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, path, nil))
		if rec.Body.Len() != 0 {
			t.Errorf("HEAD %s has a body: %q", path, rec.Body)
		}
		return rec
	}
	for _, p := range []string{"/healthz", "/api/v1/partners", "/api/v1/partners/1", "/api/v1/events?limit=1",
		"/api/v1/anniversaries?from=2022-01-01&to=2022-12-31", "/api/v1/calendar/2022?format=ics", "/api/v1/holidays/countries"} {
		get := e.do("GET", p, nil)
		h := head(p)
		if h.Code != get.Status || h.Header().Get("Content-Type") != get.Header.Get("Content-Type") ||
			h.Header().Get("ETag") != get.Header.Get("ETag") {
			t.Errorf("HEAD %s = %d %q %q; GET = %d %q %q", p, h.Code, h.Header().Get("Content-Type"), h.Header().Get("ETag"),
				get.Status, get.Header.Get("Content-Type"), get.Header.Get("ETag"))
		}
	}
	if r := head("/api/v1/partners/999"); r.Code != 404 {
		t.Errorf("HEAD of a missing partner = %d", r.Code)
	}
	if r := head("/api/v1/partners/01"); r.Code != 400 {
		t.Errorf("HEAD with a non-canonical id = %d", r.Code)
	}
	if r := head("/api/v1/audit"); r.Code != 401 {
		t.Errorf("HEAD of the audit without a token = %d, want 401 as GET", r.Code)
	}
}

// TestBodiesAreStrictJSON: invalid UTF-8, lone surrogates and duplicate
// keys are 400 (not stored as U+FFFD or last-wins); other charsets 415.
func TestBodiesAreStrictJSON(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		name, ct, body string
		status         int
		field          string
	}{
		{"invalid UTF-8", "application/json", "{\"name_en\":\"Ube\xff\",\"country\":\"JP\"}", 400, "body"},
		{"lone high surrogate", "application/json", `{"name_en":"Ube\ud800","country":"JP"}`, 400, "name_en"},
		{"lone low surrogate", "application/json", `{"name_en":"\udc00Ube","country":"JP"}`, 400, "name_en"},
		{"high surrogate then text", "application/json", `{"name_en":"\ud800\u0041","country":"JP"}`, 400, "name_en"},
		{"surrogate in a key", "application/json", `{"name_en":"Ube","\ud800":1}`, 400, "\ufffd"},
		{"NUL in a string", "application/json", `{"name_en":"Ube\u0000","country":"JP"}`, 400, "name_en"},
		{"duplicate key", "application/json", `{"name_en":"Ube","country":"JP","name_en":"Shimonoseki"}`, 400, "name_en"},
		{"duplicate nested key", "application/json", `{"name_en":"Ube","country":"JP","notes":null,"website":null,"sources":[{"url":"https://a","url":"https://b"}]}`, 400, "name_en"},
		{"latin-1 charset", "application/json; charset=iso-8859-1", `{"name_en":"Ube","country":"JP"}`, 415, ""},
		{"utf-16 charset", "application/json;charset=UTF-16", `{"name_en":"Ube","country":"JP"}`, 415, ""},
		{"deep nesting", "application/json", `{"name_en":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`, 400, "name_en"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.do("POST", "/api/v1/partners", c.body, "Content-Type", c.ct)
			if c.field == "" {
				wantStatus(t, r, c.status)
			} else if c.name == "duplicate nested key" {
				wantStatus(t, r, c.status) // partners have no sources: see events below
			} else {
				wantStatus(t, r, c.status, c.field)
			}
		})
	}
	wantStatus(t, e.do("POST", "/api/v1/commemorations",
		`{"title_en":"Relations","date":"1972-09-29","sources":[{"url":"https://a.example","url":"https://b.example"}]}`), 400, "sources[0].url")
	// The field message is Chinese too, not the generic lead before the English.
	r0 := e.do("POST", "/api/v1/partners", `{"name_en":"Ube\ud800","country":"JP"}`)
	if errs, _ := r0.json(t)["errors"].([]any); len(errs) != 1 || errs[0].(map[string]any)["message_zh"] != "含有不成对的 UTF-16 代理项（\\ud800）" {
		t.Errorf("lone surrogate: errors = %v", errs)
	}
	// A NUL in a sign-in name was a 500 on PostgreSQL.
	wantStatus(t, e.do("POST", "/api/v1/session", `{"name":"li\u0000wei","password":"0123456789"}`), 400, "name")
	if e.total("/api/v1/partners") != 0 || e.total("/api/v1/commemorations") != 0 {
		t.Fatal("a refused body was stored")
	}
	// What is valid still is: a surrogate pair, an explicit UTF-8 charset,
	// the same key in two different objects.
	r := e.do("POST", "/api/v1/partners", `{"name_en":"Ube \ud83c\udf38","country":"JP"}`, "Content-Type", "application/json; charset=UTF-8")
	wantStatus(t, r, 201)
	if got := r.json(t)["name_en"]; got != "Ube 🌸" {
		t.Errorf("name_en = %q", got)
	}
	wantStatus(t, e.do("POST", "/api/v1/commemorations",
		`{"title_en":"Relations","date":"1972-09-29","sources":[{"url":"https://a.example"},{"url":"https://b.example"}]}`), 201)
}

// TestInvisibleCharactersInNames: bidi overrides and zero-width characters
// could disguise a name or the audit's actor; names and titles refuse them.
func TestInvisibleCharactersInNames(t *testing.T) {
	e := newEnv(t)
	for _, bad := range []string{"\u202e", "\u2066", "\u200f", "\u061c", "\u200b", "\u200d", "\u2060", "\ufeff"} {
		wantStatus(t, e.do("POST", "/api/v1/partners", map[string]any{"name_en": "Ube" + bad, "country": "JP"}), 422, "name_en")
		wantStatus(t, e.do("POST", "/api/v1/events", map[string]any{"title_zh": "交流" + bad, "kind": "culture", "start_date": "2022-05-01"}), 422, "title_zh")
		wantStatus(t, e.do("POST", "/api/v1/tokens", map[string]any{"name": "Li Wei" + bad, "role": "editor"}), 422, "name")
		wantStatus(t, e.do("POST", "/api/v1/feeds", map[string]any{"name": "Feed" + bad}), 422, "name")
	}
	if e.total("/api/v1/partners") != 0 || e.total("/api/v1/events") != 0 {
		t.Fatal("a refused name was stored")
	}
	r := e.do("GET", "/api/v1/tokens", nil)
	if n := len(r.json(t)["items"].([]any)); n != 0 {
		t.Fatalf("%d tokens stored", n)
	}
	// Multi-line text keeps its freedom; names in right-to-left scripts are fine.
	wantStatus(t, e.do("POST", "/api/v1/partners", map[string]any{"name_en": "Aqaba", "name_local": "العقبة", "country": "JO",
		"notes": "mixed \u200f text"}), 201)
}

// TestNoopPatchChangesNothing: {} or unchanged values keep the version, the
// ETag and updated_at, and leave no audit record.
func TestNoopPatchChangesNothing(t *testing.T) {
	e := newEnv(t)
	pid := itoa(e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "name_zh": "宇部市", "country": "JP"}))
	eid := itoa(e.create("/api/v1/events", map[string]any{"title_en": "Exchange", "kind": "culture", "start_date": "2022-05-01",
		"partner_ids": []int64{1}, "participants": 12}))
	get := e.do("GET", "/api/v1/partners/"+pid, nil).json(t)
	for _, c := range []struct {
		path string
		body any
	}{
		{"/api/v1/partners/" + pid, map[string]any{}},
		{"/api/v1/partners/" + pid, map[string]any{"name_en": "Ube", "name_zh": "宇部市", "timezone": "Asia/Tokyo"}},
		{"/api/v1/partners/" + pid, map[string]any{"website": nil, "notes": nil}},
		{"/api/v1/events/" + eid, map[string]any{}},
		{"/api/v1/events/" + eid, map[string]any{"partner_ids": []int64{1}, "participants": 12, "end_date": "2022-05-01", "sources": nil}},
	} {
		r := e.do("PATCH", c.path, c.body, "If-Match", `"1"`)
		wantStatus(t, r, 200)
		m := r.json(t)
		if r.Header.Get("ETag") != `"1"` || m["version"] != float64(1) {
			t.Errorf("PATCH %s %v: ETag %s, version %v; want 1", c.path, c.body, r.Header.Get("ETag"), m["version"])
		}
		if strings.Contains(c.path, "partners") && m["updated_at"] != get["updated_at"] {
			t.Errorf("PATCH %v moved updated_at", c.body)
		}
	}
	if n := e.total("/api/v1/audit?entity=partner&id=" + pid); n != 1 {
		t.Errorf("%d audit records for the partner, want 1 (the create)", n)
	}
	if n := e.total("/api/v1/audit?entity=event&id=" + eid); n != 1 {
		t.Errorf("%d audit records for the event, want 1 (the create)", n)
	}
	// Another editor's If-Match still holds, and a real change counts.
	r := e.do("PATCH", "/api/v1/partners/"+pid, map[string]any{"notes": "sister city since 1992"}, "If-Match", `"1"`)
	wantStatus(t, r, 200)
	if r.Header.Get("ETag") != `"2"` {
		t.Errorf("a real change gives ETag %s, want \"2\"", r.Header.Get("ETag"))
	}
	// A no-op with a stale If-Match is still refused.
	wantStatus(t, e.do("PATCH", "/api/v1/partners/"+pid, map[string]any{}, "If-Match", `"1"`), 412)
}

// TestAuditKeepsJSONTypes: null stays null, numbers numbers, lists lists.
func TestAuditKeepsJSONTypes(t *testing.T) {
	e := newEnv(t)
	e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"})
	e.create("/api/v1/partners", map[string]any{"name_en": "Shimonoseki", "country": "JP"})
	id := itoa(e.create("/api/v1/events", map[string]any{"title_en": "Exchange", "kind": "culture", "start_date": "2022-05-01",
		"partner_ids": []int64{1}, "participants": 12}))
	wantStatus(t, e.do("PATCH", "/api/v1/events/"+id, map[string]any{"participants": nil, "partner_ids": []int64{1, 2},
		"location": "Weihai", "title_zh": "交流"}), 200)
	wantStatus(t, e.do("PATCH", "/api/v1/events/"+id, map[string]any{"location": nil}), 200)
	l := e.audit("entity=event&id=" + id)
	if len(l.Items) != 3 {
		t.Fatalf("%d audit records, want 3", len(l.Items))
	}
	last, mid, created := l.Items[0], l.Items[1], l.Items[2]
	if created.After["participants"] != float64(12) || !hasNull(created.After, "location") || !hasNull(created.After, "title_zh") {
		t.Errorf("create: %v", created.After)
	}
	if ids, ok := created.After["partner_ids"].([]any); !ok || len(ids) != 1 || ids[0] != float64(1) {
		t.Errorf("create partner_ids: %#v", created.After["partner_ids"])
	}
	if mid.Before["participants"] != float64(12) || !hasNull(mid.After, "participants") ||
		!hasNull(mid.Before, "location") || mid.After["location"] != "Weihai" || !hasNull(mid.Before, "title_zh") {
		t.Errorf("update: before %v after %v", mid.Before, mid.After)
	}
	if ids, ok := mid.After["partner_ids"].([]any); !ok || len(ids) != 2 {
		t.Errorf("update partner_ids: %#v", mid.After["partner_ids"])
	}
	if last.Before["location"] != "Weihai" || !hasNull(last.After, "location") || len(last.After) != 1 {
		t.Errorf("clearing: before %v after %v", last.Before, last.After)
	}

	// Feeds are audited the same way: no country is null, not "".
	feed := itoa(e.create("/api/v1/feeds", map[string]any{"name": "Office calendar"}))
	l = e.audit("entity=feed&id=" + feed)
	if len(l.Items) != 1 || !hasNull(l.Items[0].After, "country") || !hasNull(l.Items[0].After, "partner_id") ||
		l.Items[0].After["name"] != "Office calendar" {
		t.Errorf("feed audit: %+v", l.Items)
	}
}
