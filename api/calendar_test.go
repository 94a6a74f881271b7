package api_test

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/xuri/excelize/v2"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model/modeltest"
)

func TestCalendarJSON2022(t *testing.T) {
	t.Parallel()
	e := newSeededEnv(t)
	ube := e.create("/api/v1/partners", map[string]any{"name_en": "Testville", "country": "JP"})
	e.create("/api/v1/events", map[string]any{"title_en": "Cloud dialogue", "title_zh": "云对话", "kind": "dialogue",
		"status": "confirmed", "format": "online", "start_date": "2022-07-05", "start_time": "16:00",
		"timezone": "Asia/Shanghai", "partner_ids": []int64{ube}})
	r := e.do("GET", "/api/v1/calendar/2022", nil)
	wantStatus(t, r, 200)
	var cal struct {
		Year    int `json:"year"`
		Entries []struct {
			Type      string         `json:"type"`
			Date      string         `json:"date"`
			TitleEN   string         `json:"title_en"`
			TitleZH   string         `json:"title_zh"`
			Country   string         `json:"country"`
			Milestone bool           `json:"milestone"`
			Ref       map[string]any `json:"ref"`
		} `json:"entries"`
	}
	r.decode(t, &cal)
	has := map[string]bool{}
	prev := ""
	for _, en := range cal.Entries {
		key := en.Type + "|" + en.Date + "|" + en.Country
		has[key] = true
		if en.Type == "anniversary" && en.TitleZH == "威海—宇部结好30周年" && (!en.Milestone || en.Date != "2022-05-18") {
			t.Errorf("Ube 30th: %+v", en)
		}
		if en.Type == "event" && en.Ref["event_id"] == nil {
			t.Errorf("event without ref.event_id: %+v", en)
		}
		d := en.Date
		if len(d) == 10 && prev != "" && len(prev) == 10 && d < prev {
			t.Errorf("entries not by date: %s after %s", d, prev)
		}
		if len(d) == 10 {
			prev = d
		}
	}
	for _, want := range []string{"anniversary|2022-05-18|JP", "holiday|2022-10-01|CN", "holiday|2022-01-29|CN", "holiday|2022-05-03|JP", "event|2022-07-05|JP"} {
		if !has[want] {
			t.Errorf("calendar lacks %s", want)
		}
	}
	if cal.Year != 2022 {
		t.Errorf("year %d", cal.Year)
	}
	// Filters narrow everything, holidays included.
	r = e.do("GET", "/api/v1/calendar/2022?country=KR", nil)
	wantStatus(t, r, 200)
	r.decode(t, &cal)
	for _, en := range cal.Entries {
		if en.Country != "KR" && en.Country != "CN" && en.Type != "event" {
			t.Errorf("country=KR returned %+v", en)
		}
	}
}

func TestCalendarFormats(t *testing.T) {
	t.Parallel()
	e := newSeededEnv(t)
	// ICS, parsed back with an independent parser.
	r := e.do("GET", "/api/v1/calendar/2022?format=ics", nil)
	wantStatus(t, r, 200)
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "text/calendar") || !bytes.Contains(r.Body, []byte("\r\n")) {
		t.Fatalf("ics: %q", r.Header.Get("Content-Type"))
	}
	parsed, err := ical.NewDecoder(bytes.NewReader(r.Body)).Decode()
	if err != nil {
		t.Fatalf("ics does not parse: %v", err)
	}
	found := false
	for _, ev := range parsed.Events() {
		s, _ := ev.Props.Text(ical.PropSummary)
		if strings.Contains(s, "威海—宇部结好30周年") {
			found = true
			start := ev.Props.Get(ical.PropDateTimeStart)
			end := ev.Props.Get(ical.PropDateTimeEnd)
			if start.Value != "20220518" || end == nil || end.Value != "20220519" || start.Params.Get(ical.ParamValue) != "DATE" {
				t.Errorf("all-day entry: DTSTART %v DTEND %v", start, end)
			}
		}
	}
	if !found {
		t.Error("ICS lacks the Ube 30th")
	}
	again := e.do("GET", "/api/v1/calendar/2022", nil, "Accept", "text/calendar")
	wantStatus(t, again, 200)
	uids := func(b []byte) string {
		var out []string
		for _, l := range strings.Split(string(b), "\r\n") {
			if strings.HasPrefix(l, "UID:") {
				out = append(out, l)
			}
		}
		return strings.Join(out, ",")
	}
	if uids(again.Body) != uids(r.Body) || uids(r.Body) == "" {
		t.Error("UIDs differ between two exports")
	}

	// CSV with a byte-order mark.
	r = e.do("GET", "/api/v1/calendar/2022", nil, "Accept", "text/csv")
	wantStatus(t, r, 200)
	if !bytes.HasPrefix(r.Body, []byte("\xef\xbb\xbf")) || !bytes.Contains(r.Body, []byte("威海—宇部结好30周年")) {
		t.Errorf("csv: %.200q", r.Body)
	}

	// XLSX, read back.
	r = e.do("GET", "/api/v1/calendar/2022?format=xlsx", nil)
	wantStatus(t, r, 200)
	f, err := excelize.OpenReader(bytes.NewReader(r.Body))
	if err != nil {
		t.Fatalf("xlsx: %v", err)
	}
	if n := len(f.GetSheetList()); n != 13 {
		t.Errorf("xlsx has %d sheets, want an overview and 12 months", n)
	}
	f.Close()

	wantStatus(t, e.do("GET", "/api/v1/calendar/2022?format=pdf", nil), 400, "format")
	wantStatus(t, e.do("GET", "/api/v1/calendar/2022", nil, "Accept", "image/png"), 406)
	wantStatus(t, e.do("GET", "/api/v1/calendar/twenty", nil), 400, "year")
	wantStatus(t, e.do("GET", "/api/v1/calendar/2022?country=Japan", nil), 400, "country")
}

func TestFeeds(t *testing.T) {
	t.Parallel()
	e := newSeededEnv(t, withAuth("all"), withNow(time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)))
	editor := []string{"Authorization", "Bearer " + e.newToken("Li Wei", "editor")}
	viewer := []string{"Authorization", "Bearer " + e.newToken("v", "viewer")}
	wantStatus(t, e.do("POST", "/api/v1/feeds", map[string]any{"name": "Japan"}, viewer...), 403)
	wantStatus(t, e.do("POST", "/api/v1/feeds", map[string]any{"name": ""}, editor...), 422, "name")
	wantStatus(t, e.do("POST", "/api/v1/feeds", map[string]any{"name": "x", "partner_id": 9999}, editor...), 422, "partner_id")
	r := e.do("POST", "/api/v1/feeds", map[string]any{"name": "Japan", "country": "JP"}, editor...)
	wantStatus(t, r, 201)
	m := r.json(t)
	url := m["url"].(string)
	id := int64(m["id"].(float64))

	// No bearer token: the secret in the URL is the credential.
	r = e.do("GET", url, nil)
	wantStatus(t, r, 200)
	body := string(r.Body)
	if !strings.Contains(body, "中日邦交正常化50周年") || !strings.Contains(body, "2023") || strings.Contains(body, "Cheltenham") {
		t.Errorf("JP feed: %.400s", body)
	}
	wantStatus(t, e.do("GET", "/api/v1/feeds/ycf_wrong.ics", nil), 404)
	wantStatus(t, e.do("GET", strings.TrimSuffix(url, ".ics"), nil), 404)
	r = e.do("GET", "/api/v1/feeds", nil, editor...)
	wantStatus(t, r, 200)
	if strings.Contains(string(r.Body), strings.TrimSuffix(strings.TrimPrefix(url, "/api/v1/feeds/"), ".ics")) {
		t.Error("the feed list shows the secret")
	}
	wantStatus(t, e.do("DELETE", "/api/v1/feeds/"+itoa(id), nil, editor...), 204)
	wantStatus(t, e.do("GET", url, nil), 404)
	wantStatus(t, e.do("DELETE", "/api/v1/feeds/"+itoa(id), nil, editor...), 404)
}

func TestFeedSecretsAreNotLogged(t *testing.T) {
	t.Parallel()
	var logged bytes.Buffer
	st := modeltest.NewStore(t)
	h := api.New(st, api.Config{Auth: "off"}, slog.New(slog.NewTextHandler(&logged, nil))).Handler()
	e := &env{t: t, store: st, h: h}
	r := e.do("POST", "/api/v1/feeds", map[string]any{"name": "all"})
	wantStatus(t, r, 201)
	secret := r.json(t)["token"].(string)
	wantStatus(t, e.do("GET", "/api/v1/feeds/"+secret+".ics", nil), 200)
	wantStatus(t, e.do("GET", "/api/v1/feeds/"+secret+"x.ics", nil), 404)
	if strings.Contains(logged.String(), secret) {
		t.Errorf("a feed secret is in the log:\n%s", logged.String())
	}
	if !strings.Contains(logged.String(), "request_id=") {
		t.Errorf("request lines lack a request id:\n%s", logged.String())
	}
}
