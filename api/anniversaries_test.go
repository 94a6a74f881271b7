package api_test

import (
	"strings"
	"testing"
	"time"
)

type annItem struct {
	Date      string `json:"date"`
	Precision string `json:"precision"`
	Years     int    `json:"years"`
	Milestone bool   `json:"milestone"`
	Source    string `json:"source"`
	PartnerID *int64 `json:"partner_id"`
	TitleEN   string `json:"title_en"`
	TitleZH   string `json:"title_zh"`
}

func (e *env) anniversaries(query string) ([]annItem, int) {
	e.t.Helper()
	r := e.do("GET", "/api/v1/anniversaries?"+query, nil)
	wantStatus(e.t, r, 200)
	var l struct {
		Items []annItem `json:"items"`
		Total int       `json:"total"`
	}
	r.decode(e.t, &l)
	return l.Items, l.Total
}

func TestAnniversaries2022Seed(t *testing.T) {
	e := newSeededEnv(t)
	items, total := e.anniversaries("from=2022-01-01&to=2022-12-31&limit=500")
	if total != len(items) {
		t.Fatalf("total %d, items %d", total, len(items))
	}
	byTitle := map[string]annItem{}
	for i, it := range items {
		byTitle[it.TitleEN] = it
		if i > 0 && items[i-1].Date > it.Date && len(items[i-1].Date) == len(it.Date) {
			t.Errorf("not sorted by date at %d: %s after %s", i, it.Date, items[i-1].Date)
		}
	}
	want := []struct{ title, zh, date string }{
		{"30th anniversary of Weihai–Ube sister-city relationship", "威海—宇部结好30周年", "2022-05-18"},
		{"50th anniversary of China–Japan diplomatic normalization", "", "2022-09-29"},
		{"30th anniversary of China–ROK diplomatic relations", "中韩建交30周年", "2022-08-24"},
		{"35th anniversary of Weihai–Cheltenham sister-city relationship", "威海—彻特纳姆结好35周年", "2022-07"},
	}
	for _, w := range want {
		it, ok := byTitle[w.title]
		if !ok {
			t.Errorf("missing %q", w.title)
			continue
		}
		if it.Date != w.date || w.zh != "" && it.TitleZH != w.zh {
			t.Errorf("%s: date %s zh %s, want %s %s", w.title, it.Date, it.TitleZH, w.date, w.zh)
		}
		if !it.Milestone {
			t.Errorf("%s is a milestone", w.title)
		}
	}
	found := false
	for _, it := range items {
		if it.Date == "2022-03-13" && strings.HasPrefix(it.TitleEN, "50th anniversary of China–UK") {
			found = true
		}
		if it.Years < 1 {
			t.Errorf("anniversary of year %d: %v", it.Years, it)
		}
	}
	if !found {
		t.Error("no 50th anniversary of China–UK ambassadorial relations on 2022-03-13")
	}
	// Unknown dates stay unknown: no anniversary for Lancaster.
	for _, it := range items {
		if strings.Contains(it.TitleEN, "Lancaster") {
			t.Errorf("Lancaster has no known date but got %v", it)
		}
	}
}

func TestAnniversaryFiltersAndPrecision(t *testing.T) {
	e := newEnv(t)
	ube := e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "name_zh": "宇部市", "country": "JP"})
	sb := e.create("/api/v1/partners", map[string]any{"name_en": "Santa Barbara", "country": "US", "timezone": "America/Los_Angeles"})
	leap := e.create("/api/v1/partners", map[string]any{"name_en": "Leapville", "country": "FR"})
	e.create("/api/v1/partnerships", map[string]any{"partner_id": ube, "established_on": "1992-05-18"})
	e.create("/api/v1/partnerships", map[string]any{"partner_id": sb, "established_on": "1993"})
	e.create("/api/v1/partnerships", map[string]any{"partner_id": leap, "established_on": "2000-02-29", "status": "suspended"})
	e.create("/api/v1/commemorations", map[string]any{"title_en": "China–Japan diplomatic normalization", "title_zh": "中日邦交正常化", "date": "1972-09-29", "country": "JP"})

	cases := []struct {
		query string
		want  []string // date|years|title_zh
	}{
		// A year-precision anniversary belongs to every range its year overlaps.
		{"from=2022-05-18&to=2022-05-18", []string{"2022|29|威海—Santa Barbara结好29周年", "2022-05-18|30|威海—宇部结好30周年"}},
		{"from=2022-05-19&to=2022-09-28&country=JP", nil},
		{"from=2023-12-31&to=2024-01-01", []string{"2023|30|威海—Santa Barbara结好30周年", "2024|31|威海—Santa Barbara结好31周年"}},
		{"from=2022-01-01&to=2022-12-31&milestone=true", []string{"2022-05-18|30|威海—宇部结好30周年", "2022-09-29|50|中日邦交正常化50周年"}},
		{"from=2022-01-01&to=2022-12-31&country=JP", []string{"2022-05-18|30|威海—宇部结好30周年", "2022-09-29|50|中日邦交正常化50周年"}},
		{"from=2022-01-01&to=2022-12-31&partner_id=" + itoa(sb), []string{"2022|29|威海—Santa Barbara结好29周年"}},
		{"from=2023-02-01&to=2023-02-28&status=suspended", []string{"2023-02-28|23|威海—Leapville结好23周年"}},
		{"from=2024-02-29&to=2024-02-29&status=suspended", []string{"2024-02-29|24|威海—Leapville结好24周年"}},
		{"from=1992-01-01&to=1992-12-31&partner_id=" + itoa(ube), nil}, // the origin year itself has no anniversary
	}
	for _, c := range cases {
		items, _ := e.anniversaries(c.query)
		var got []string
		for _, it := range items {
			got = append(got, it.Date+"|"+itoa(int64(it.Years))+"|"+it.TitleZH)
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("?%s:\n got  %v\n want %v", c.query, got, c.want)
		}
	}
	for _, bad := range []string{"from=2022-01-01", "to=2022-01-01", "from=2022-02-30&to=2022-03-01",
		"from=2000-01-01&to=2022-01-01", "from=2022-01-01&to=2022-12-31&status=alive", "from=2022-01-01&to=2022-12-31&milestone=maybe"} {
		wantStatus(t, e.do("GET", "/api/v1/anniversaries?"+bad, nil), 400)
	}
	// An inverted range is well-formed but wrong: 422 naming both ends.
	wantStatus(t, e.do("GET", "/api/v1/anniversaries?from=2022-05-01&to=2022-04-01", nil), 422, "from", "to")
}

func TestUpcomingAnniversaries(t *testing.T) {
	// 2022-05-01 in Weihai: Ube's 30th is 17 days ahead.
	e := newSeededEnv(t, withNow(time.Date(2022, 4, 30, 17, 0, 0, 0, time.UTC)))
	r := e.do("GET", "/api/v1/anniversaries/upcoming?days=30", nil)
	wantStatus(t, r, 200)
	m := r.json(t)
	if m["from"] != "2022-05-01" || m["to"] != "2022-05-30" {
		t.Errorf("range %v..%v, want 2022-05-01..2022-05-30 (today in Weihai)", m["from"], m["to"])
	}
	if !strings.Contains(string(r.Body), "威海—宇部结好30周年") {
		t.Errorf("Ube's 30th is not upcoming: %.500s", r.Body)
	}
	for _, bad := range []string{"days=0", "days=3661", "days=x"} {
		wantStatus(t, e.do("GET", "/api/v1/anniversaries/upcoming?"+bad, nil), 400, "days")
	}
}
