package api_test

import (
	"strings"
	"testing"
	"time"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model/modeltest"
)

// cn2026 is the State Council's 2026 schedule (国务院办公厅关于2026年部分节假日
// 安排的通知), written out from the notice: days off and make-up workdays.
func cn2026() []map[string]any {
	var items []map[string]any
	off := func(from, to, en, zh string) {
		a, _ := time.Parse("2006-01-02", from)
		b, _ := time.Parse("2006-01-02", to)
		for d := a; !d.After(b); d = d.AddDate(0, 0, 1) {
			items = append(items, map[string]any{"date": d.Format("2006-01-02"), "name_en": en, "name_local": zh, "name_zh": zh, "kind": "holiday"})
		}
	}
	work := func(date, en, zh string) {
		items = append(items, map[string]any{"date": date, "name_en": en + " (make-up workday)", "name_local": zh + "调休上班", "kind": "workday"})
	}
	off("2026-01-01", "2026-01-03", "New Year's Day", "元旦")
	work("2026-01-04", "New Year's Day", "元旦")
	work("2026-02-14", "Spring Festival", "春节")
	off("2026-02-15", "2026-02-23", "Spring Festival", "春节")
	work("2026-02-28", "Spring Festival", "春节")
	off("2026-04-04", "2026-04-06", "Qingming Festival", "清明节")
	off("2026-05-01", "2026-05-05", "Labour Day", "劳动节")
	work("2026-05-09", "Labour Day", "劳动节")
	off("2026-06-19", "2026-06-21", "Dragon Boat Festival", "端午节")
	work("2026-09-20", "National Day", "国庆节")
	off("2026-09-25", "2026-09-27", "Mid-Autumn Festival", "中秋节")
	off("2026-10-01", "2026-10-07", "National Day", "国庆节")
	work("2026-10-10", "National Day", "国庆节")
	return items
}

// holYear is a country's holidays of a year, as GET /holidays and PUT
// /holidays/{country}/{year} answer (json matches the one-word keys to
// the fields).
type holYear struct {
	Region               *string
	Complete, Overridden bool
	Source               string
	Note                 *string
	Weekend              []int
	Items                []struct{ Date, Kind string }
}

func (y holYear) kinds() map[string]string {
	m := map[string]string{}
	for _, it := range y.Items {
		m[it.Date] = it.Kind
	}
	return m
}

func TestHolidayOverrideReplaceListDelete(t *testing.T) {
	e := newEnv(t)
	const src = "国办发明电〔2025〕7号 https://www.gov.cn/zhengce/content/"
	r := e.do("PUT", "/api/v1/holidays/CN/2026", map[string]any{"mode": "replace", "source": src, "complete": true, "items": cn2026()})
	wantStatus(t, r, 200)
	if r.Header.Get("ETag") != `"1"` {
		t.Errorf("ETag %q", r.Header.Get("ETag"))
	}
	var y holYear
	r.decode(t, &y)
	if !y.Overridden || y.Source != src || !y.Complete || len(y.Items) != len(cn2026()) || y.Note != nil {
		t.Fatalf("PUT answer: %s", r.Body)
	}
	// At once in GET /holidays, with the notice's days.
	r = e.do("GET", "/api/v1/holidays?country=CN&year=2026", nil)
	wantStatus(t, r, 200)
	y = holYear{}
	r.decode(t, &y)
	k := y.kinds()
	if !y.Overridden || k["2026-02-23"] != "holiday" || k["2026-02-28"] != "workday" || k["2026-05-05"] != "holiday" || k["2026-10-10"] != "workday" {
		t.Fatalf("GET after PUT: %s", r.Body)
	}
	// Listed, audited.
	r = e.do("GET", "/api/v1/holidays/overrides", nil)
	wantStatus(t, r, 200)
	l := r.json(t)
	if l["total"] != float64(1) {
		t.Fatalf("overrides: %s", r.Body)
	}
	o := l["items"].([]any)[0].(map[string]any)
	if o["country"] != "CN" || o["year"] != float64(2026) || o["mode"] != "replace" || o["region"] != nil {
		t.Errorf("override: %v", o)
	}
	if l := e.audit("entity=holiday_override"); l.Total != 1 {
		t.Errorf("audit: %+v", l)
	}
	// A second PUT replaces it (version 2), guarded by If-Match.
	wantStatus(t, e.do("PUT", "/api/v1/holidays/CN/2026", map[string]any{"mode": "replace", "source": src, "items": cn2026()}, "If-Match", `"7"`), 412)
	r = e.do("PUT", "/api/v1/holidays/CN/2026", map[string]any{"mode": "amend", "source": "test", "items": []any{}}, "If-Match", `"1"`)
	wantStatus(t, r, 200)
	if r.Header.Get("ETag") != `"2"` {
		t.Errorf("ETag after update %q", r.Header.Get("ETag"))
	}
	// DELETE returns to the built-in data; a second DELETE is 404.
	r = e.do("DELETE", "/api/v1/holidays/CN/2026", nil)
	wantStatus(t, r, 200)
	y = holYear{}
	r.decode(t, &y)
	if y.Overridden || y.Source == "test" {
		t.Errorf("after DELETE: %.300s", r.Body)
	}
	wantStatus(t, e.do("DELETE", "/api/v1/holidays/CN/2026", nil), 404)
	if l := e.audit("entity=holiday_override"); l.Total != 3 {
		t.Errorf("audit after update and delete: %+v", l)
	}
}

func TestHolidayOverrideAmendAndRegion(t *testing.T) {
	e := newEnv(t)
	// Amend England and Wales 2023: remove the coronation bank holiday (8 May) as a test,
	// add an observance; Scotland keeps its own set.
	r := e.do("PUT", "/api/v1/holidays/GB/2023", map[string]any{"mode": "amend", "source": "test", "items": []any{
		map[string]any{"date": "2023-05-08", "kind": "remove"},
		map[string]any{"date": "2023-11-11", "name_en": "Armistice Day", "kind": "observance"},
	}})
	wantStatus(t, r, 200)
	var y holYear
	r.decode(t, &y)
	k := y.kinds()
	if _, ok := k["2023-05-08"]; ok || k["2023-11-11"] != "observance" || k["2023-12-25"] != "holiday" {
		t.Errorf("amended GB 2023: %s", r.Body)
	}
	r = e.do("GET", "/api/v1/holidays?country=GB&year=2023&region=GB-SCT", nil)
	y = holYear{}
	r.decode(t, &y)
	if y.Overridden || y.kinds()["2023-05-08"] != "holiday" {
		t.Errorf("GB-SCT must keep its own set: %s", r.Body)
	}
	// A regional override, with the region's short spelling.
	r = e.do("PUT", "/api/v1/holidays/GB/2023?region=SCT", map[string]any{"mode": "amend", "source": "test", "items": []any{
		map[string]any{"date": "2023-01-03", "kind": "remove"}}})
	wantStatus(t, r, 200)
	y = holYear{}
	r.decode(t, &y)
	if y.Region == nil || *y.Region != "GB-SCT" || !y.Overridden {
		t.Errorf("regional override: %s", r.Body)
	}
	wantStatus(t, e.do("DELETE", "/api/v1/holidays/GB/2023?region=GB-SCT", nil), 200)
	wantStatus(t, e.do("DELETE", "/api/v1/holidays/GB/2023?region=GB-XYZ", nil), 422, "region")
}

func TestHolidayOverrideBadInput(t *testing.T) {
	e := newEnv(t)
	good := map[string]any{"date": "2026-01-01", "name_en": "New Year's Day", "kind": "holiday"}
	r := e.do("PUT", "/api/v1/holidays/CN/2026", map[string]any{"mode": "replace", "source": "x", "items": []any{
		good,
		map[string]any{"date": "2027-01-01", "name_en": "Outside", "kind": "holiday"},
		map[string]any{"date": "2026-05-01", "name_en": "Labour Day", "kind": "festival"},
		map[string]any{"date": "2026-01-01", "name_en": "Again", "kind": "holiday"},
		map[string]any{"date": "2026-02-30", "name_en": "Impossible", "kind": "holiday"},
		map[string]any{"date": "2026-03-04", "name_en": "A Wednesday", "kind": "workday"},
		map[string]any{"date": "2026-03-05", "kind": "holiday"},
		map[string]any{"date": "2026-03-06", "name_en": "x", "kind": "remove"},
	}})
	wantStatus(t, r, 422, "items[1].date", "items[2].kind", "items[3].date", "items[4].date", "items[5].kind", "items[6].name_en", "items[7].kind")
	// Nothing half-loaded.
	r = e.do("GET", "/api/v1/holidays/overrides", nil)
	if r.json(t)["total"] != float64(0) {
		t.Errorf("a refused override was stored: %s", r.Body)
	}
	r = e.do("GET", "/api/v1/holidays?country=CN&year=2026", nil)
	if r.json(t)["overridden"] != false {
		t.Errorf("a refused override is in use: %.200s", r.Body)
	}
	for _, c := range []struct {
		path   string
		body   any
		status int
		fields []string
	}{
		{"/api/v1/holidays/CN/2026", map[string]any{"mode": "merge", "source": "", "items": []any{good}}, 422, []string{"mode", "source"}},
		{"/api/v1/holidays/CN/2026", map[string]any{"mode": "replace", "source": "x"}, 422, []string{"items"}},
		{"/api/v1/holidays/XX/2026", map[string]any{"mode": "replace", "source": "x", "items": []any{}}, 422, []string{"country"}},
		{"/api/v1/holidays/cn/2026", map[string]any{"mode": "replace", "source": "x", "items": []any{}}, 422, []string{"country"}},
		{"/api/v1/holidays/CN/1066", map[string]any{"mode": "replace", "source": "x", "items": []any{}}, 422, []string{"year"}},
		{"/api/v1/holidays/CN/next", map[string]any{"mode": "replace", "source": "x", "items": []any{}}, 400, []string{"year"}},
		{"/api/v1/holidays/GB/2026?region=GB-XYZ", map[string]any{"mode": "replace", "source": "x", "items": []any{}}, 422, []string{"region"}},
		{"/api/v1/holidays/CN/2026", map[string]any{"mode": "replace", "source": "x", "items": []any{}, "extra": 1}, 400, nil},
		{"/api/v1/holidays/CN/2026", `{"mode": "replace", "source": "x", "items": [{"date": 20260101}]}`, 400, nil},
	} {
		wantStatus(t, e.do("PUT", c.path, c.body), c.status, c.fields...)
	}
}

func TestHolidayOverrideAdminOnly(t *testing.T) {
	e := newEnv(t, withAuth("writes"))
	editor, admin := e.newToken("Li Wei", "editor"), e.newToken("Wang Fang", "admin")
	body := map[string]any{"mode": "amend", "source": "x", "items": []any{}}
	wantStatus(t, e.do("PUT", "/api/v1/holidays/CN/2026", body), 401)
	wantStatus(t, e.do("PUT", "/api/v1/holidays/CN/2026", body, "Authorization", "Bearer "+editor), 403)
	wantStatus(t, e.do("GET", "/api/v1/holidays/overrides", nil, "Authorization", "Bearer "+editor), 403)
	wantStatus(t, e.do("PUT", "/api/v1/holidays/CN/2026", body, "Authorization", "Bearer "+admin), 200)
	r := e.do("GET", "/api/v1/audit?entity=holiday_override", nil, "Authorization", "Bearer "+admin)
	if !strings.Contains(string(r.Body), `"actor":"Wang Fang"`) {
		t.Errorf("audit actor: %s", r.Body)
	}
}

// TestHolidayOverrideSharedByInstances: two servers on one database (two
// instances) — an override stored through one is used by the other at its
// next request, and so is its removal.
func TestHolidayOverrideSharedByInstances(t *testing.T) {
	t.Parallel()
	st := modeltest.Instances(t, 2)
	e, other := serve(t, st[0], api.Config{Auth: "off"}), serve(t, st[1], api.Config{Auth: "off"})
	// The other instance has the built-in year cached.
	wantStatus(t, other.do("GET", "/api/v1/holidays?country=JP&year=2026", nil), 200)
	wantStatus(t, e.do("PUT", "/api/v1/holidays/JP/2026", map[string]any{"mode": "amend", "source": "test", "items": []any{
		map[string]any{"date": "2026-06-10", "name_en": "Test day", "kind": "holiday"}}}), 200)
	var y holYear
	other.do("GET", "/api/v1/holidays?country=JP&year=2026", nil).decode(t, &y)
	if !y.Overridden || y.kinds()["2026-06-10"] != "holiday" {
		t.Fatalf("the other instance does not see the override")
	}
	wantStatus(t, e.do("DELETE", "/api/v1/holidays/JP/2026", nil), 200)
	y = holYear{}
	other.do("GET", "/api/v1/holidays?country=JP&year=2026", nil).decode(t, &y)
	if y.Overridden || y.kinds()["2026-06-10"] != "" {
		t.Fatalf("the other instance still uses a deleted override")
	}
}

// TestHolidayOverrideUsedByPlannerAndCalendar: a plan generated after an
// override respects it, and the calendar shows it.
func TestHolidayOverrideUsedByPlannerAndCalendar(t *testing.T) {
	// Without an override the Ube 30th flagship lies on the anniversary, 18 May 2022.
	// The office makes that day a day off in China (e.g. a local closure).
	e, items := ubeSeriesAfter(t, "CN", "Office closure", "闭馆日")
	for _, it := range items {
		if it.StartDate == "2022-05-18" {
			t.Errorf("item on the overridden day off: %+v", it)
		}
		if it.Flagship && it.StartDate != "2022-05-17" && it.StartDate != "2022-05-19" {
			t.Errorf("flagship %s, want the nearest working day to 18 May", it.StartDate)
		}
	}
	r := e.do("GET", "/api/v1/calendar/2022?country=JP", nil)
	wantStatus(t, r, 200)
	if !strings.Contains(string(r.Body), `"Office closure"`) || !strings.Contains(string(r.Body), "闭馆日") {
		t.Errorf("calendar lacks the override's day")
	}
}

// The planner's Chinese rationale names a partner country's holiday in
// Chinese (the holiday service's name_zh), here one the office loaded.
func TestPlanRationaleZHNamesHolidayInChinese(t *testing.T) {
	_, items := ubeSeriesAfter(t, "JP", "City holiday", "市民休息日")
	for _, it := range items {
		if it.Flagship {
			if it.StartDate == "2022-05-18" || !strings.Contains(it.RationaleZH, "市民休息日") {
				t.Errorf("flagship %s, rationale_zh %q", it.StartDate, it.RationaleZH)
			}
			return
		}
	}
	t.Fatal("no flagship")
}

// ubeSeriesAfter loads the seed, makes 18 May 2022 (the Ube 30th) a
// holiday in country through an override, and returns the items of the
// 2022 Ube anniversary series generated after it.
func ubeSeriesAfter(t *testing.T, country, nameEN, nameZH string) (*env, []planItem) {
	e := newSeededEnv(t)
	wantStatus(t, e.do("PUT", "/api/v1/holidays/"+country+"/2022", map[string]any{"mode": "amend", "source": "test: " + nameEN,
		"items": []any{map[string]any{"date": "2022-05-18", "name_en": nameEN, "name_zh": nameZH, "kind": "holiday"}}}), 200)
	r := e.do("POST", "/api/v1/plans", map[string]any{"template": "anniversary_series", "partnership_id": e.partnershipOf("Ube"), "year": 2022})
	wantStatus(t, r, 201)
	var plan struct {
		Items []planItem `json:"items"`
	}
	r.decode(t, &plan)
	return e, plan.Items
}
