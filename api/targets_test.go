package api_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
)

func TestEventTags(t *testing.T) {
	e := newEnv(t)
	ev := func(title string, tags any) int64 {
		return e.create("/api/v1/events", map[string]any{"title_zh": title, "kind": "media", "status": "planned",
			"start_date": "2022-05-01", "tags": tags})
	}
	a := ev("索契", []string{" 海这边 海那边 ", "2022工作要点", "海这边 海那边"})
	b := ev("彻特纳姆", []string{"海这边 海那边"})
	ev("云对话", nil)
	r := e.do("GET", "/api/v1/events/"+itoa(a), nil)
	wantStatus(t, r, 200)
	var got struct {
		Tags []string `json:"tags"`
	}
	r.decode(t, &got)
	if !slices.Equal(got.Tags, []string{"2022工作要点", "海这边 海那边"}) {
		t.Errorf("tags = %q, want trimmed, without repeats, sorted", got.Tags)
	}
	list := get[page[named]](e, "/api/v1/events?tag="+urlq("海这边 海那边"))
	if list.Total != 2 || list.Items[0].ID != a || list.Items[1].ID != b {
		t.Errorf("tag filter: %+v, want events %d and %d", list, a, b)
	}
	wantStatus(t, e.do("GET", "/api/v1/events?tag=%20", nil), 400, "tag")
	// PATCH replaces the tags; null clears; the audit records them.
	r = e.do("PATCH", "/api/v1/events/"+itoa(b), map[string]any{"tags": []string{"云对话"}})
	wantStatus(t, r, 200)
	if list = get[page[named]](e, "/api/v1/events?tag="+urlq("海这边 海那边")); list.Total != 1 {
		t.Errorf("after retagging, %d events carry the tag, want 1", list.Total)
	}
	wantStatus(t, e.do("PATCH", "/api/v1/events/"+itoa(b), map[string]any{"tags": nil}), 200)
	if l := e.audit("entity=event&id=" + itoa(b)); len(l.Items) != 3 || l.Items[0].Before["tags"] == nil {
		t.Errorf("audit of the tag changes: %+v", l)
	}
	for name, tags := range map[string]any{
		"empty tag":    []string{""},
		"long tag":     []string{strings.Repeat("标", 51)},
		"line break":   []string{"a\nb"},
		"too many":     []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21"},
		"not a string": 5,
	} {
		status := 422
		if name == "not a string" {
			status = 400
		}
		t.Run(name, func(t *testing.T) {
			wantStatus(t, e.do("POST", "/api/v1/events", map[string]any{"title_zh": "x", "kind": "media", "status": "planned",
				"start_date": "2022-05-01", "tags": tags}), status, "tags")
		})
	}
}

type targetJSON struct {
	ID       int64          `json:"id"`
	Year     int            `json:"year"`
	Count    int            `json:"count"`
	Criteria map[string]any `json:"criteria"`
	Progress struct {
		Done      int     `json:"done"`
		Scheduled int     `json:"scheduled"`
		EventIDs  []int64 `json:"event_ids"`
	} `json:"progress"`
	Version int `json:"version"`
}

func TestTargetsCRUDAndProgress(t *testing.T) {
	e := newEnv(t)
	ube := e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "name_zh": "宇部市", "country": "JP"})
	sochi := e.create("/api/v1/partners", map[string]any{"name_en": "Sochi", "country": "RU", "timezone": "Europe/Moscow"})
	ev := func(status, date string, partner int64, tags ...string) int64 {
		return e.create("/api/v1/events", map[string]any{"title_zh": "节目", "kind": "media", "status": status,
			"start_date": date, "partner_ids": []int64{partner}, "tags": tags})
	}
	e1 := ev("done", "2022-03-01", ube, "海这边 海那边")
	e2 := ev("confirmed", "2022-06-01", sochi, "海这边 海那边")
	e3 := ev("idea", "2022", sochi, "海这边 海那边")
	ev("done", "2023-01-05", ube, "海这边 海那边") // another year
	ev("done", "2022-04-01", ube)            // untagged

	r := e.do("POST", "/api/v1/targets", map[string]any{"year": 2022, "title_zh": "《海这边 海那边》电视专题节目5期以上",
		"count": 5, "criteria": map[string]any{"tags": []string{"海这边 海那边"}}, "notes": "5 期以上"})
	wantStatus(t, r, 201)
	if r.Header.Get("ETag") != `"1"` || r.Header.Get("Location") == "" {
		t.Errorf("ETag %q Location %q", r.Header.Get("ETag"), r.Header.Get("Location"))
	}
	var tg targetJSON
	r.decode(t, &tg)
	if tg.Progress.Done != 1 || tg.Progress.Scheduled != 1 || !slices.Equal(tg.Progress.EventIDs, []int64{e3, e1, e2}) {
		t.Errorf("progress %+v, want done 1, scheduled 1, events %v", tg.Progress, []int64{e3, e1, e2})
	}
	// Narrower criteria: Japan only.
	r = e.do("PATCH", "/api/v1/targets/"+itoa(tg.ID), map[string]any{"criteria": map[string]any{"tags": []string{"海这边 海那边"},
		"countries": []string{"JP"}}}, "If-Match", `"1"`)
	wantStatus(t, r, 200)
	r.decode(t, &tg)
	if tg.Version != 2 || !slices.Equal(tg.Progress.EventIDs, []int64{e1}) {
		t.Errorf("after PATCH: %+v", tg)
	}
	wantStatus(t, e.do("PATCH", "/api/v1/targets/"+itoa(tg.ID), map[string]any{"count": 3}, "If-Match", `"1"`), 412)
	// Progress is live: an event confirmed later counts at once.
	wantStatus(t, e.do("PATCH", "/api/v1/events/"+itoa(e2), map[string]any{"partner_ids": []int64{ube, sochi}}), 200)
	e.do("GET", "/api/v1/targets/"+itoa(tg.ID), nil).decode(t, &tg)
	if tg.Progress.Scheduled != 1 || len(tg.Progress.EventIDs) != 2 {
		t.Errorf("after linking e2 to Ube: %+v", tg.Progress)
	}
	if list := get[page[targetJSON]](e, "/api/v1/targets?year=2022"); list.Total != 1 {
		t.Errorf("targets of 2022: %+v", list)
	}
	if list := get[page[targetJSON]](e, "/api/v1/targets?year=2023"); list.Total != 0 {
		t.Errorf("targets of 2023: %+v", list)
	}
	wantStatus(t, e.do("GET", "/api/v1/targets?year=22", nil), 400, "year")
	if n := len(e.audit("entity=target&id=" + itoa(tg.ID)).Items); n != 2 {
		t.Errorf("%d audit records of the target, want create and update", n)
	}
	wantStatus(t, e.do("DELETE", "/api/v1/targets/"+itoa(tg.ID), nil, "If-Match", `"1"`), 412)
	wantStatus(t, e.do("DELETE", "/api/v1/targets/"+itoa(tg.ID), nil, "If-Match", `"2"`), 204)
	wantStatus(t, e.do("GET", "/api/v1/targets/"+itoa(tg.ID), nil), 404)
}

func TestTargetsValidation(t *testing.T) {
	e := newEnv(t)
	five := map[string]any{"year": 2022, "title_en": "Five episodes", "count": 5}
	ok := func(extra map[string]any) map[string]any { return with(five, extra) }
	e.sendEach(t, "POST", "/api/v1/targets", []bodyCase{
		{"minimal", ok(nil), 201, nil},
		{"no year", map[string]any{"title_en": "x", "count": 1}, 422, []string{"year"}},
		{"bad year", ok(map[string]any{"year": 22}), 422, []string{"year"}},
		{"null year", ok(map[string]any{"year": nil}), 422, []string{"year"}},
		{"no title", map[string]any{"year": 2022, "count": 1}, 422, []string{"title_en"}},
		{"count zero", ok(map[string]any{"count": 0}), 422, []string{"count"}},
		{"no count", map[string]any{"year": 2022, "title_en": "x"}, 422, []string{"count"}},
		{"bad kind", ok(map[string]any{"criteria": map[string]any{"kinds": []string{"party"}}}), 422, []string{"criteria.kinds"}},
		{"bad status", ok(map[string]any{"criteria": map[string]any{"statuses": []string{"maybe"}}}), 422, []string{"criteria.statuses"}},
		{"bad format", ok(map[string]any{"criteria": map[string]any{"formats": []string{"zoom"}}}), 422, []string{"criteria.formats"}},
		{"bad country", ok(map[string]any{"criteria": map[string]any{"countries": []string{"XX"}}}), 422, []string{"criteria.countries"}},
		{"unknown partner", ok(map[string]any{"criteria": map[string]any{"partner_ids": []int64{99}}}), 422, []string{"criteria.partner_ids"}},
		{"empty tag", ok(map[string]any{"criteria": map[string]any{"tags": []string{" "}}}), 422, []string{"criteria.tags"}},
		{"unknown criterion", ok(map[string]any{"criteria": map[string]any{"cities": []string{"x"}}}), 400, []string{"criteria.cities"}},
		{"bad criterion type", ok(map[string]any{"criteria": map[string]any{"kinds": "media"}}), 400, []string{"criteria.kinds"}},
		{"several at once", map[string]any{"year": 1, "count": -1, "title_en": "x"}, 422, []string{"year", "count"}},
		{"string count", ok(map[string]any{"count": "5"}), 400, []string{"count"}},
	})
}

func TestTargetsRoles(t *testing.T) {
	e := newEnv(t, withAuth("writes"))
	body := map[string]any{"year": 2022, "title_en": "x", "count": 1}
	wantStatus(t, e.do("POST", "/api/v1/targets", body), http.StatusUnauthorized)
	e.token = e.newToken("editor e", "editor")
	id := e.create("/api/v1/targets", body)
	wantStatus(t, e.do("PATCH", "/api/v1/targets/"+itoa(id), map[string]any{"count": 2}), 200)
	wantStatus(t, e.do("DELETE", "/api/v1/targets/"+itoa(id), nil), http.StatusForbidden)
	e.token = e.newToken("admin a", "admin")
	wantStatus(t, e.do("DELETE", "/api/v1/targets/"+itoa(id), nil), http.StatusNoContent)
}

func TestSeedTargets(t *testing.T) {
	e := newSeededEnv(t)
	var list struct {
		Items []struct {
			targetJSON
			TitleZH string `json:"title_zh"`
			Notes   string `json:"notes"`
		} `json:"items"`
	}
	e.do("GET", "/api/v1/targets?year=2022", nil).decode(t, &list)
	found := false
	for _, tg := range list.Items {
		if tg.Notes == "" {
			t.Errorf("target %q does not quote the plan", tg.TitleZH)
		}
		if tg.Count == 5 {
			found = true
			if len(tg.Progress.EventIDs) != 6 {
				t.Errorf("the TV target matches %d events, want the six seeded episodes", len(tg.Progress.EventIDs))
			}
		}
	}
	if !found {
		t.Errorf("no target of five episodes (5 期以上) in %+v", list)
	}
}

// TestTargetOfDeletedPartner: a partner deleted after a target named it
// does not block changing the rest of the target; naming a missing partner
// anew is still refused.
func TestTargetOfDeletedPartner(t *testing.T) {
	e := newEnv(t)
	p := e.create("/api/v1/partners", map[string]any{"name_en": "Lorient", "country": "FR"})
	q := e.create("/api/v1/partners", map[string]any{"name_en": "Lancaster", "country": "GB"})
	id := e.create("/api/v1/targets", map[string]any{"year": 2022, "title_en": "Youth", "count": 1,
		"criteria": map[string]any{"partner_ids": []int64{p, q}}})
	wantStatus(t, e.do("DELETE", "/api/v1/partners/"+itoa(p), nil), 204)
	wantStatus(t, e.do("PATCH", "/api/v1/targets/"+itoa(id), map[string]any{"count": 2}), 200)
	wantStatus(t, e.do("PATCH", "/api/v1/targets/"+itoa(id), map[string]any{"criteria": map[string]any{"partner_ids": []int64{p, q, 999}}}),
		422, "criteria.partner_ids")
}
