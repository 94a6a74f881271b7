package api_test

import (
	"net/http"
	"strings"
	"testing"
)

func TestPartnersCreate(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("名", 201)
	cases := []struct {
		name   string
		body   any
		status int
		fields []string
		check  func(t *testing.T, m map[string]any)
	}{
		{"single-zone country gets its zone", map[string]any{"name_en": "Ube", "name_zh": "宇部市", "country": "JP"}, 201, nil,
			func(t *testing.T, m map[string]any) {
				if m["timezone"] != "Asia/Tokyo" || m["kind"] != "city" || m["version"] != float64(1) {
					t.Errorf("got %v", m)
				}
			}},
		{"multi-zone city needs a zone", map[string]any{"name_en": "Sochi", "country": "RU"}, 422, []string{"timezone"}, nil},
		{"multi-zone city with zone", map[string]any{"name_en": "Sochi", "country": "RU", "timezone": "Europe/Moscow"}, 201, nil, nil},
		{"multi-zone region without zone is fine", map[string]any{"name_en": "Texas", "kind": "region", "country": "US"}, 201, nil, nil},
		{"organization without country", map[string]any{"name_en": "NEAR", "kind": "organization"}, 201, nil,
			func(t *testing.T, m map[string]any) {
				if m["country"] != nil {
					t.Errorf("country = %v, want null", m["country"])
				}
			}},
		{"city without country", map[string]any{"name_en": "Nowhere"}, 422, []string{"country"}, nil},
		{"lower-case country", map[string]any{"name_en": "X", "country": "jp"}, 422, []string{"country"}, nil},
		{"unassigned country UK", map[string]any{"name_en": "X", "country": "UK"}, 422, []string{"country"}, nil},
		{"user-assigned XK", map[string]any{"name_en": "X", "country": "XK", "timezone": "Europe/Belgrade"}, 422, []string{"country"}, nil},
		{"bad zone", map[string]any{"name_en": "X", "country": "JP", "timezone": "Asia/Atlantis"}, 422, []string{"timezone"}, nil},
		{"missing name", map[string]any{"country": "JP"}, 422, []string{"name_en"}, nil},
		{"name too long", map[string]any{"name_en": "X", "name_zh": long, "country": "JP"}, 422, []string{"name_zh"}, nil},
		{"control character in name", map[string]any{"name_en": "Ube\u0007", "country": "JP"}, 422, []string{"name_en"}, nil},
		{"bad kind", map[string]any{"name_en": "X", "country": "JP", "kind": "village"}, 422, []string{"kind"}, nil},
		{"several problems at once", map[string]any{"kind": "village", "country": "ZZ"}, 422, []string{"name_en", "kind", "country"}, nil},
		{"unknown field", map[string]any{"name_en": "X", "country": "JP", "population": 5}, 400, []string{"population"}, nil},
		{"wrong type", map[string]any{"name_en": 5, "country": "JP"}, 400, []string{"name_en"}, nil},
		{"malformed JSON", `{"name_en": "X",`, 400, []string{"body"}, nil},
		{"SQL-looking text is text", map[string]any{"name_en": "Robert'); DROP TABLE partners;--", "country": "GB"}, 201, nil,
			func(t *testing.T, m map[string]any) {
				if m["name_en"] != "Robert'); DROP TABLE partners;--" {
					t.Errorf("name changed: %v", m["name_en"])
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			r := e.do("POST", "/api/v1/partners", c.body)
			wantStatus(t, r, c.status, c.fields...)
			if c.check != nil {
				c.check(t, r.json(t))
			}
			if c.status == 201 {
				if r.Header.Get("ETag") != `"1"` || !strings.HasPrefix(r.Header.Get("Location"), "/api/v1/partners/") {
					t.Errorf("ETag %q Location %q", r.Header.Get("ETag"), r.Header.Get("Location"))
				}
			} else {
				list := e.do("GET", "/api/v1/partners", nil).json(t)
				if list["total"] != float64(0) {
					t.Errorf("a rejected create left %v partners", list["total"])
				}
			}
		})
	}
}

func TestPartnersDuplicateAndFraming(t *testing.T) {
	e := newEnv(t)
	e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"})
	wantStatus(t, e.do("POST", "/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"}), http.StatusConflict)
	wantStatus(t, e.do("POST", "/api/v1/partners", `name_en=Ube`, "Content-Type", "application/x-www-form-urlencoded"), http.StatusUnsupportedMediaType)
	big := `{"name_en":"` + strings.Repeat("a", 1<<20) + `","country":"JP"}`
	wantStatus(t, e.do("POST", "/api/v1/partners", big), http.StatusRequestEntityTooLarge)
}

func TestPartnersListFilters(t *testing.T) {
	e := newSeededEnv(t)
	l := get[page[map[string]any]](e, "/api/v1/partners?limit=500")
	if l.Total < 22 || len(l.Items) != l.Total || l.Limit != 500 {
		t.Fatalf("total %d, items %d", l.Total, len(l.Items))
	}
	cases := []struct {
		query string
		want  []string // name_en of every item, in order
		total int
	}{
		{"country=GB&kind=city", []string{"Cheltenham", "Lancaster"}, 2},
		{"q=宇部", []string{"Ube"}, 1},
		{"q=ube", []string{"Ube"}, 1},
		{"q=%EC%97%AC%EC%88%98", []string{"Yeosu"}, 1}, // 여수 in name_local
		{"country=KR&limit=2&offset=1", nil, 5},
		{"kind=organization", nil, 2},
		{"q=%25", nil, 0}, // a literal %, not a wildcard
	}
	for _, c := range cases {
		got := get[page[named]](e, "/api/v1/partners?"+c.query)
		if got.Total != c.total {
			t.Errorf("%s: total %d, want %d", c.query, got.Total, c.total)
		}
		if names := titles(got.Items); c.want != nil && names != strings.Join(c.want, ",") {
			t.Errorf("%s: got %v, want %v", c.query, names, c.want)
		}
		if strings.Contains(c.query, "limit=2") && len(got.Items) != 2 {
			t.Errorf("%s: %d items on the page", c.query, len(got.Items))
		}
	}
	for _, bad := range []string{"limit=0", "limit=501", "limit=x", "offset=-1", "country=Japan", "kind=village"} {
		wantStatus(t, e.do("GET", "/api/v1/partners?"+bad, nil), 400, strings.Split(bad, "=")[0])
	}
}

func TestPartnerGetPatchDelete(t *testing.T) {
	e := newEnv(t)
	id := e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "name_zh": "宇部", "country": "JP", "notes": "n"})
	path := "/api/v1/partners/" + itoa(id)

	r := e.do("GET", path, nil)
	wantStatus(t, r, 200)
	if r.Header.Get("ETag") != `"1"` {
		t.Errorf("ETag = %q", r.Header.Get("ETag"))
	}
	wantStatus(t, e.do("GET", "/api/v1/partners/999", nil), 404)
	wantStatus(t, e.do("GET", "/api/v1/partners/abc", nil), 400, "id")
	wantStatus(t, e.do("GET", "/api/v1/partners/-1", nil), 400, "id")

	// PATCH: present fields change, null clears, absent stay.
	r = e.do("PATCH", path, map[string]any{"name_zh": "宇部市", "notes": nil}, "If-Match", `"1"`)
	wantStatus(t, r, 200)
	m := r.json(t)
	if m["name_zh"] != "宇部市" || m["notes"] != nil || m["name_en"] != "Ube" || m["version"] != float64(2) || r.Header.Get("ETag") != `"2"` {
		t.Errorf("after patch: %v", m)
	}
	// A stale If-Match loses and changes nothing.
	stale := e.do("PATCH", path, map[string]any{"name_zh": "x"}, "If-Match", `"1"`)
	wantStatus(t, stale, 412)
	// The glossary's sentence, as the console shows it.
	if got := stale.json(t)["title_zh"]; got != "他人已修改此记录，请刷新后再试" {
		t.Errorf("412 title_zh = %v", got)
	}
	wantStatus(t, e.do("PATCH", path, map[string]any{"name_zh": "x"}, "If-Match", `garbage`), 412)
	if got := e.do("GET", path, nil).json(t)["name_zh"]; got != "宇部市" {
		t.Errorf("stale PATCH changed name_zh to %v", got)
	}
	wantStatus(t, e.do("PATCH", path, map[string]any{"name_en": nil}), 422, "name_en")
	wantStatus(t, e.do("PATCH", path, map[string]any{"country": "RU"}), 422, "timezone")
	wantStatus(t, e.do("PATCH", path, map[string]any{"colour": "red"}), 400, "colour")
	wantStatus(t, e.do("PATCH", "/api/v1/partners/999", map[string]any{"name_zh": "x"}), 404)
	// Changing the country re-derives the zone.
	r = e.do("PATCH", path, map[string]any{"country": "KR"})
	wantStatus(t, r, 200)
	if r.json(t)["timezone"] != "Asia/Seoul" {
		t.Errorf("timezone after country change: %s", r.Body)
	}

	// DELETE: 409 while referenced, 412 when stale, then 204 and gone.
	ps := e.create("/api/v1/partnerships", map[string]any{"partner_id": id, "type": "sister_city", "status": "active", "confidence": "confirmed"})
	wantStatus(t, e.do("DELETE", path, nil), 409)
	ev := e.create("/api/v1/events", map[string]any{"title_en": "Visit", "kind": "official_visit", "status": "planned", "start_date": "2022-05-18", "partner_ids": []int64{id}})
	wantStatus(t, e.do("DELETE", "/api/v1/partnerships/"+itoa(ps), nil), 204)
	r = e.do("DELETE", path, nil)
	wantStatus(t, r, 409)
	if !strings.Contains(string(r.Body), "1 events") {
		t.Errorf("409 should say what refers to the partner: %s", r.Body)
	}
	wantStatus(t, e.do("DELETE", "/api/v1/events/"+itoa(ev), nil), 204)
	wantStatus(t, e.do("DELETE", path, nil, "If-Match", `"1"`), 412)
	wantStatus(t, e.do("DELETE", path, nil, "If-Match", `"3"`), 204)
	wantStatus(t, e.do("GET", path, nil), 404)
	wantStatus(t, e.do("DELETE", path, nil), 404)
}
