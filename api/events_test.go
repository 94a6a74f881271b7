package api_test

import (
	"testing"
)

func TestEventsValidation(t *testing.T) {
	e := newEnv(t)
	pid := e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"})
	visit := map[string]any{"title_en": "Visit", "kind": "official_visit", "status": "planned", "start_date": "2022-05-18"}
	ok := func(extra map[string]any) map[string]any { return with(visit, extra) }
	e.sendEach(t, "POST", "/api/v1/events", []bodyCase{
		{"minimal", ok(nil), 201, nil},
		{"chinese title only", map[string]any{"title_zh": "访问", "kind": "culture", "status": "idea", "start_date": "2022"}, 201, nil},
		{"idea with month", ok(map[string]any{"status": "idea", "start_date": "2022-06"}), 201, nil},
		{"planned needs full date", ok(map[string]any{"start_date": "2022-06"}), 422, []string{"start_date"}},
		{"no title", map[string]any{"kind": "culture", "status": "planned", "start_date": "2022-05-18"}, 422, []string{"title_en"}},
		{"end before start", ok(map[string]any{"end_date": "2022-05-17"}), 422, []string{"end_date"}},
		{"partial end", ok(map[string]any{"end_date": "2022-06"}), 422, []string{"end_date"}},
		{"impossible date", ok(map[string]any{"start_date": "2022-02-30"}), 422, []string{"start_date"}},
		{"bad kind", ok(map[string]any{"kind": "party"}), 422, []string{"kind"}},
		{"bad status", ok(map[string]any{"status": "maybe"}), 422, []string{"status"}},
		{"bad format", ok(map[string]any{"format": "zoom"}), 422, []string{"format"}},
		{"bad time", ok(map[string]any{"start_time": "25:00", "timezone": "Asia/Tokyo"}), 422, []string{"start_time"}},
		{"time without zone", ok(map[string]any{"start_time": "10:00"}), 422, []string{"timezone"}},
		{"bad zone", ok(map[string]any{"start_time": "10:00", "timezone": "Tokyo"}), 422, []string{"timezone"}},
		{"unknown partner", ok(map[string]any{"partner_ids": []int64{pid, 999}}), 422, []string{"partner_ids"}},
		{"negative participants", ok(map[string]any{"participants": -1}), 422, []string{"participants"}},
		{"missing start", map[string]any{"title_en": "x", "kind": "culture", "status": "planned"}, 422, []string{"start_date"}},
		{"unknown field", ok(map[string]any{"plan_id": 3}), 400, []string{"plan_id"}},
	})
	if got := e.do("GET", "/api/v1/events", nil).json(t)["total"]; got != float64(3) {
		t.Errorf("after the table, %v events exist; want the 3 valid ones", got)
	}
}

func TestEventsCRUD(t *testing.T) {
	e := newEnv(t)
	ube := e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"})
	chel := e.create("/api/v1/partners", map[string]any{"name_en": "Cheltenham", "country": "GB"})
	r := e.do("POST", "/api/v1/events", map[string]any{
		"title_en": "Cloud dialogue", "title_zh": "云对话", "kind": "dialogue", "status": "confirmed", "format": "online",
		"start_date": "2022-07-05", "start_time": "16:00", "timezone": "Asia/Shanghai", "partner_ids": []int64{chel, ube, chel},
		"participants": 40,
	})
	wantStatus(t, r, 201)
	m := r.json(t)
	if m["end_date"] != "2022-07-05" || m["plan_id"] != nil || len(m["partner_ids"].([]any)) != 2 {
		t.Errorf("created: %s", r.Body)
	}
	path := "/api/v1/events/" + itoa(int64(m["id"].(float64)))
	r = e.do("PATCH", path, map[string]any{"partner_ids": []int64{ube}, "start_date": "2022-07-06"}, "If-Match", `"1"`)
	wantStatus(t, r, 200)
	m = r.json(t)
	if m["start_date"] != "2022-07-06" || m["end_date"] != "2022-07-06" || len(m["partner_ids"].([]any)) != 1 {
		t.Errorf("patched: %s", r.Body)
	}
	wantStatus(t, e.do("PATCH", path, map[string]any{"partner_ids": []int64{12345}}), 422, "partner_ids")
	if got := e.do("GET", path, nil).json(t)["partner_ids"].([]any); len(got) != 1 {
		t.Errorf("a rejected PATCH changed the links: %v", got)
	}
	wantStatus(t, e.do("PATCH", path, map[string]any{"end_date": "2022-07-01"}), 422, "end_date")
	// A number replaces participants; null clears participants and partners.
	if m = e.do("PATCH", path, map[string]any{"participants": 12}).json(t); m["participants"] != float64(12) {
		t.Errorf("participants 12: %v", m["participants"])
	}
	r = e.do("PATCH", path, map[string]any{"participants": nil, "partner_ids": nil})
	wantStatus(t, r, 200)
	if m = r.json(t); m["participants"] != nil || len(m["partner_ids"].([]any)) != 0 {
		t.Errorf("nulls: %s", r.Body)
	}
	wantStatus(t, e.do("DELETE", path, nil, "If-Match", `"1"`), 412)
	wantStatus(t, e.do("PATCH", path, map[string]any{"partner_ids": []int64{ube}}), 200)
	wantStatus(t, e.do("DELETE", path, nil), 204)
	// Deleting the event removed its links: the partner can go now.
	wantStatus(t, e.do("DELETE", "/api/v1/partners/"+itoa(ube), nil), 204)
}

func TestEventsFilters(t *testing.T) {
	e := newEnv(t)
	ube := e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"})
	sochi := e.create("/api/v1/partners", map[string]any{"name_en": "Sochi", "country": "RU", "timezone": "Europe/Moscow"})
	mk := func(title, kind, status, start, end string, partners ...int64) {
		b := map[string]any{"title_en": title, "kind": kind, "status": status, "start_date": start, "partner_ids": partners}
		if end != "" {
			b["end_date"] = end
		}
		e.create("/api/v1/events", b)
	}
	mk("New year concert", "culture", "planned", "2022-12-30", "2023-01-02", ube)
	mk("Exchange year", "culture", "confirmed", "2022-01-01", "2022-12-31", ube)
	mk("Ski camp", "sports", "done", "2022-02-10", "", sochi)
	mk("Photo show idea", "culture", "idea", "2023-03", "", sochi, ube)
	mk("Youth forum idea", "youth", "idea", "2023", "")
	mk("Trade forum 云端经贸论坛", "economy", "cancelled", "2023-06-15", "")

	cases := []struct {
		query string
		want  string // titles in order
	}{
		{"from=2022-01-01&to=2022-12-31", "Exchange year,Ski camp,New year concert"},
		{"from=2023-01-01&to=2023-12-31", "New year concert,Youth forum idea,Photo show idea,Trade forum 云端经贸论坛"},
		{"from=2023-01-02&to=2023-01-02", "New year concert,Youth forum idea"},
		{"from=2023-03-31&to=2023-04-01", "Youth forum idea,Photo show idea"},
		{"from=2022-02-11", "Exchange year,New year concert,Youth forum idea,Photo show idea,Trade forum 云端经贸论坛"},
		{"to=2022-02-10", "Exchange year,Ski camp"},
		{"partner_id=" + itoa(sochi), "Ski camp,Photo show idea"},
		{"kind=culture&status=idea", "Photo show idea"},
		{"q=SKI", "Ski camp"},
		{"q=经贸", "Trade forum 云端经贸论坛"},
		{"status=done", "Ski camp"},
	}
	for _, c := range cases {
		l := get[page[named]](e, "/api/v1/events?"+c.query)
		if got := titles(l.Items); got != c.want || l.Total != len(l.Items) {
			t.Errorf("?%s:\n got  %v (total %d)\n want %s", c.query, got, l.Total, c.want)
		}
	}
	for _, bad := range []string{"from=2022-02-30", "to=2022", "kind=party", "status=maybe", "partner_id=0"} {
		wantStatus(t, e.do("GET", "/api/v1/events?"+bad, nil), 400)
	}
	// An inverted range is well-formed but wrong: 422 naming both ends.
	wantStatus(t, e.do("GET", "/api/v1/events?from=2022-03-01&to=2022-02-01", nil), 422, "from", "to")
}
