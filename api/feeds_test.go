package api_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model/modeltest"
)

func TestFeeds(t *testing.T) {
	e := newSeededEnv(t, withAuth("all"), withNow(time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)))
	editor := e.bearer("Li Wei", "editor")
	viewer := e.bearer("v", "viewer")
	wantStatus(t, e.do("POST", "/api/v1/feeds", map[string]any{"name": "Japan"}, viewer...), 403)
	wantStatus(t, e.do("POST", "/api/v1/feeds", map[string]any{"name": ""}, editor...), 422, "name")
	wantStatus(t, e.do("POST", "/api/v1/feeds", map[string]any{"name": "x", "partner_id": 9999}, editor...), 422, "partner_id")
	r := e.do("POST", "/api/v1/feeds", map[string]any{"name": "Japan", "country": "JP"}, editor...)
	wantStatus(t, r, 201)
	m := r.json(t)
	url := m["url"].(string)
	id := int64(m["id"].(float64))
	// Absolute, from the request's scheme and host (httptest: example.com).
	if want := "http://example.com/api/v1/feeds/" + m["token"].(string) + ".ics"; url != want || r.Header.Get("Location") != want {
		t.Errorf("url %q, Location %q, want %q", url, r.Header.Get("Location"), want)
	}

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
	if strings.Contains(string(r.Body), m["token"].(string)) {
		t.Error("the feed list shows the secret")
	}
	wantStatus(t, e.do("DELETE", "/api/v1/feeds/"+itoa(id), nil, editor...), 204)
	wantStatus(t, e.do("GET", url, nil), 404)
	wantStatus(t, e.do("DELETE", "/api/v1/feeds/"+itoa(id), nil, editor...), 404)
}

// feedURL creates a feed with a request from remote carrying headers and
// returns its url.
func feedURL(t *testing.T, e *env, remote string, headers ...string) string {
	t.Helper()
	req := httptest.NewRequest("POST", "/api/v1/feeds", strings.NewReader(`{"name":"all"}`))
	req.Header.Set("Content-Type", "application/json")
	req.RemoteAddr = remote
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	r := &resp{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	validateResponse(t, req, r)
	wantStatus(t, r, 201)
	m := r.json(t)
	return strings.TrimSuffix(m["url"].(string), "/api/v1/feeds/"+m["token"].(string)+".ics")
}

func TestFeedURL(t *testing.T) {
	plain := newEnv(t)
	proxied := plain.instance(api.Config{Auth: "off", TrustedProxies: []string{"10.0.0.0/8", "::1"}})
	public := plain.instance(api.Config{Auth: "off", PublicURL: "https://feeds.example.org"})
	fwd := []string{"X-Forwarded-Proto", "https", "X-Forwarded-Host", "youcheng.weihai.example"}
	for _, tt := range []struct {
		name   string
		e      *env
		remote string
		hdr    []string
		want   string
	}{
		{"from the request", plain, "192.0.2.1:1234", nil, "http://example.com"},
		{"forwarded headers from an untrusted peer are ignored", plain, "192.0.2.1:1234", fwd, "http://example.com"},
		{"loopback is not trusted unless configured", plain, "127.0.0.1:5555", fwd, "http://example.com"},
		{"from a configured proxy address", proxied, "[::1]:5555", fwd, "https://youcheng.weihai.example"},
		{"from a configured proxy range", proxied, "10.1.2.3:5555", fwd, "https://youcheng.weihai.example"},
		{"first of several forwarded values", proxied, "10.1.2.3:5555",
			[]string{"X-Forwarded-Proto", "https, http", "X-Forwarded-Host", "a.example, b.example"}, "https://a.example"},
		{"bad forwarded values are ignored", proxied, "10.1.2.3:5555",
			[]string{"X-Forwarded-Proto", "javascript", "X-Forwarded-Host", "evil.example/path?x"}, "http://example.com"},
		{"YOUCHENG_PUBLIC_URL wins", public, "127.0.0.1:5555", fwd, "https://feeds.example.org"},
	} {
		if got := feedURL(t, tt.e, tt.remote, tt.hdr...); got != tt.want {
			t.Errorf("%s: base %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestFeedConditional: ETag and Last-Modified, 304 on a match; the ETag
// changes when an entry of the feed changes and only then.
func TestFeedConditional(t *testing.T) {
	now := time.Date(2022, 3, 1, 8, 0, 0, 0, time.UTC)
	e := newSeededEnv(t, withNow(now))
	jp := e.create("/api/v1/partners", map[string]any{"name_en": "Testville", "name_zh": "测试市", "country": "JP"})
	kr := e.create("/api/v1/partners", map[string]any{"name_en": "Otherville", "country": "KR"})
	inFeed := e.create("/api/v1/events", map[string]any{"title_en": "Visit", "kind": "culture", "status": "planned",
		"start_date": "2022-06-01", "partner_ids": []int64{jp}})
	outside := e.create("/api/v1/events", map[string]any{"title_en": "Other", "kind": "culture", "status": "planned",
		"start_date": "2022-06-02", "partner_ids": []int64{kr}})
	r := e.do("POST", "/api/v1/feeds", map[string]any{"name": "Japan", "country": "JP"})
	wantStatus(t, r, 201)
	url := r.json(t)["url"].(string)

	get := func(headers ...string) *resp {
		t.Helper()
		return e.do("GET", url, nil, headers...)
	}
	first := get()
	wantStatus(t, first, 200)
	etag, lastMod := first.Header.Get("ETag"), first.Header.Get("Last-Modified")
	if !strings.HasPrefix(etag, `W/"`) || lastMod == "" {
		t.Fatalf("ETag %q, Last-Modified %q", etag, lastMod)
	}
	if lm, err := http.ParseTime(lastMod); err != nil || lm.After(now) || lm.Before(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Last-Modified %q (%v)", lastMod, err)
	}
	head := httptest.NewRecorder() // HEAD is answered as GET (docs/openapi.yaml says so once, for every route)
	e.h.ServeHTTP(head, httptest.NewRequest("HEAD", url, nil))
	if head.Code != http.StatusOK || head.Header().Get("ETag") != etag || head.Body.Len() != 0 {
		t.Errorf("HEAD: %d, ETag %q, %d bytes", head.Code, head.Header().Get("ETag"), head.Body.Len())
	}
	if r := get(); r.Header.Get("ETag") != etag || !bytes.Contains(r.Body, []byte("Visit")) {
		t.Errorf("a second fetch changed the ETag: %q → %q", etag, r.Header.Get("ETag"))
	}
	for _, h := range [][]string{
		{"If-None-Match", etag},
		{"If-None-Match", `"other", ` + etag},
		{"If-None-Match", strings.TrimPrefix(etag, "W/")}, // weak comparison
		{"If-Modified-Since", lastMod},
		{"If-Modified-Since", now.Add(time.Hour).Format(http.TimeFormat)},
	} {
		r := get(h...)
		if r.Status != http.StatusNotModified || len(r.Body) != 0 || r.Header.Get("ETag") != etag {
			t.Errorf("%s: %s → %d, ETag %q, %d bytes; want 304", h[0], h[1], r.Status, r.Header.Get("ETag"), len(r.Body))
		}
	}
	for _, h := range [][]string{
		{"If-None-Match", `W/"stale"`},
		{"If-Modified-Since", time.Date(2021, 12, 1, 0, 0, 0, 0, time.UTC).Format(http.TimeFormat)},
	} {
		if r := get(h...); r.Status != http.StatusOK {
			t.Errorf("%s: %s → %d, want 200", h[0], h[1], r.Status)
		}
	}
	// A stale If-None-Match wins over a fresh If-Modified-Since.
	if r := get("If-None-Match", `W/"stale"`, "If-Modified-Since", lastMod); r.Status != http.StatusOK {
		t.Errorf("If-None-Match did not win: %d", r.Status)
	}

	// A change outside the feed keeps its ETag …
	wantStatus(t, e.do("PATCH", "/api/v1/events/"+itoa(outside), map[string]any{"title_en": "Other, renamed"}), 200)
	if got := get().Header.Get("ETag"); got != etag {
		t.Errorf("an event outside the feed changed its ETag")
	}
	// … every change of one of its entries changes it.
	steps := []struct {
		name string
		do   func()
	}{
		{"event renamed", func() {
			wantStatus(t, e.do("PATCH", "/api/v1/events/"+itoa(inFeed), map[string]any{"title_en": "Visit, renamed"}), 200)
		}},
		{"event cancelled", func() {
			wantStatus(t, e.do("PATCH", "/api/v1/events/"+itoa(inFeed), map[string]any{"status": "cancelled"}), 200)
		}},
		{"partner renamed", func() {
			wantStatus(t, e.do("PATCH", "/api/v1/partners/"+itoa(jp), map[string]any{"name_zh": "测试市二"}), 200)
		}},
		{"event deleted", func() { wantStatus(t, e.do("DELETE", "/api/v1/events/"+itoa(inFeed), nil), 204) }},
	}
	seen := map[string]string{etag: "start"}
	for _, s := range steps {
		s.do()
		r := get("If-None-Match", etag)
		got := r.Header.Get("ETag")
		if r.Status != http.StatusOK || seen[got] != "" {
			t.Errorf("%s: %d, ETag %q (as after %q)", s.name, r.Status, got, seen[got])
		}
		seen[got], etag = s.name, got
	}
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
