package api_test

import (
	"testing"
)

func TestPartnershipsCRUDAndHistory(t *testing.T) {
	e := newEnv(t)
	pid := e.create("/api/v1/partners", map[string]any{"name_en": "Gunsan", "name_zh": "群山市", "country": "KR"})

	cases := []struct {
		name   string
		body   map[string]any
		status int
		fields []string
	}{
		{"unknown partner", map[string]any{"partner_id": 999, "type": "sister_city"}, 422, []string{"partner_id"}},
		{"no partner", map[string]any{"type": "sister_city"}, 422, []string{"partner_id"}},
		{"null partner", map[string]any{"partner_id": nil, "type": "sister_city"}, 422, []string{"partner_id"}},
		{"bad type", map[string]any{"partner_id": pid, "type": "twin"}, 422, []string{"type"}},
		{"bad status", map[string]any{"partner_id": pid, "status": "alive"}, 422, []string{"status"}},
		{"bad confidence", map[string]any{"partner_id": pid, "confidence": "sure"}, 422, []string{"confidence"}},
		{"impossible date", map[string]any{"partner_id": pid, "established_on": "2022-02-30"}, 422, []string{"established_on"}},
		{"impossible month", map[string]any{"partner_id": pid, "established_on": "1992-13"}, 422, []string{"established_on"}},
		{"ended_on while active", map[string]any{"partner_id": pid, "ended_on": "2020"}, 422, []string{"ended_on"}},
		{"source without http", map[string]any{"partner_id": pid, "sources": []map[string]any{{"url": "ftp://x"}}}, 422, []string{"sources[0].url"}},
		{"partner_id as string", map[string]any{"partner_id": "1"}, 400, []string{"partner_id"}},
	}
	for _, c := range cases {
		wantStatus(t, e.do("POST", "/api/v1/partnerships", c.body), c.status, c.fields...)
	}

	r := e.do("POST", "/api/v1/partnerships", map[string]any{
		"partner_id": pid, "type": "friendship_city", "status": "negotiating", "established_on": "2014-10",
		"confidence": "likely", "sources": []map[string]any{{"url": "http://wb.weihai.gov.cn/x", "note": "FAO page"}},
	})
	wantStatus(t, r, 201)
	m := r.json(t)
	id := int64(m["id"].(float64))
	partner := m["partner"].(map[string]any)
	if m["local_party"] != "Weihai" || m["established_on"] != "2014-10" || m["established_precision"] != "month" ||
		partner["name_zh"] != "群山市" || partner["country"] != "KR" {
		t.Errorf("created: %s", r.Body)
	}
	wantStatus(t, e.do("POST", "/api/v1/partnerships", map[string]any{"partner_id": pid}), 409)
	path := "/api/v1/partnerships/" + itoa(id)

	// A status change appends history; other changes do not.
	wantStatus(t, e.do("PATCH", path, map[string]any{"status": "active", "established_on": "2014-10-29"}, "If-Match", `"1"`), 200)
	wantStatus(t, e.do("PATCH", path, map[string]any{"notes": "agreement signed in Weihai"}), 200)
	wantStatus(t, e.do("PATCH", path, map[string]any{"status": "suspended", "ended_on": "2020-02"}), 200)
	wantStatus(t, e.do("PATCH", path, map[string]any{"ended_on": "2010"}), 422, "ended_on")
	wantStatus(t, e.do("PATCH", path, map[string]any{"type": "sister_city"}, "If-Match", `"1"`), 412)

	r = e.do("GET", path+"/history", nil)
	wantStatus(t, r, 200)
	var h struct {
		Items []struct {
			Status      string  `json:"status"`
			Type        string  `json:"type"`
			EffectiveOn *string `json:"effective_on"`
		} `json:"items"`
	}
	r.decode(t, &h)
	if len(h.Items) != 3 || h.Items[0].Status != "negotiating" || h.Items[1].Status != "active" ||
		h.Items[2].Status != "suspended" || h.Items[2].EffectiveOn == nil || *h.Items[2].EffectiveOn != "2020-02" {
		t.Errorf("history: %s", r.Body)
	}
	wantStatus(t, e.do("GET", "/api/v1/partnerships/999/history", nil), 404)

	// Filters.
	other := e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"})
	e.create("/api/v1/partnerships", map[string]any{"partner_id": other, "type": "sister_city", "local_party": "Shandong Province"})
	for q, want := range map[string]int{
		"": 2, "country=KR": 1, "country=JP": 1, "status=suspended": 1, "status=active": 1, "type=sister_city": 1,
		"partner_id=" + itoa(other): 1, "local_party=Shandong%20Province": 1, "country=FR": 0,
	} {
		r := e.do("GET", "/api/v1/partnerships?"+q, nil)
		wantStatus(t, r, 200)
		if got := r.json(t)["total"]; got != float64(want) {
			t.Errorf("?%s: total %v, want %d", q, got, want)
		}
	}
	for _, bad := range []string{"status=alive", "type=twin", "partner_id=x", "country=kr"} {
		wantStatus(t, e.do("GET", "/api/v1/partnerships?"+bad, nil), 400)
	}

	wantStatus(t, e.do("DELETE", path, nil, "If-Match", `"2"`), 412)
	wantStatus(t, e.do("DELETE", path, nil), 204)
	wantStatus(t, e.do("GET", path, nil), 404)
	wantStatus(t, e.do("GET", path+"/history", nil), 404)
}

func TestCommemorations(t *testing.T) {
	e := newEnv(t)
	pid := e.create("/api/v1/partners", map[string]any{"name_en": "Brittany", "kind": "region", "country": "FR"})
	for _, c := range []struct {
		body   map[string]any
		status int
		fields []string
	}{
		{map[string]any{"title_en": "China–Japan normalization", "date": "1972-09-29", "country": "JP"}, 201, nil},
		{map[string]any{"title_en": "Shandong–Brittany", "date": "1985-10", "partner_id": pid}, 201, nil},
		{map[string]any{"date": "1972"}, 422, []string{"title_en"}},
		{map[string]any{"title_en": "x"}, 422, []string{"date"}},
		{map[string]any{"title_en": "x", "date": "1972-02-30"}, 422, []string{"date"}},
		{map[string]any{"title_en": "x", "date": "1972", "partner_id": 999}, 422, []string{"partner_id"}},
		{map[string]any{"title_en": "x", "date": "1972", "country": "SU"}, 422, []string{"country"}},
	} {
		wantStatus(t, e.do("POST", "/api/v1/commemorations", c.body), c.status, c.fields...)
	}
	r := e.do("GET", "/api/v1/commemorations?partner_id="+itoa(pid), nil)
	wantStatus(t, r, 200)
	var l struct {
		Items []map[string]any `json:"items"`
		Total int              `json:"total"`
	}
	r.decode(t, &l)
	if l.Total != 1 || l.Items[0]["precision"] != "month" {
		t.Fatalf("by partner: %s", r.Body)
	}
	id := int64(l.Items[0]["id"].(float64))
	path := "/api/v1/commemorations/" + itoa(id)
	wantStatus(t, e.do("PATCH", path, map[string]any{"partner_id": nil, "title_zh": "山东省与布列塔尼大区结好"}), 200)
	wantStatus(t, e.do("PATCH", path, map[string]any{"date": nil}), 422, "date")
	if got := e.do("GET", path, nil).json(t); got["partner_id"] != nil || got["version"] != float64(2) {
		t.Errorf("after patch: %v", got)
	}
	for q, want := range map[string]int{"country=JP": 1, "q=brittany": 1, "q=normal": 1, "": 2} {
		if got := e.do("GET", "/api/v1/commemorations?"+q, nil).json(t)["total"]; got != float64(want) {
			t.Errorf("?%s: %v, want %d", q, got, want)
		}
	}
	wantStatus(t, e.do("DELETE", path, nil), 204)
	wantStatus(t, e.do("DELETE", path, nil), 404)
}
