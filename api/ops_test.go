package api_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
)

// opsEnv is a server on its own database, for tests that need several
// configurations or stop the database.
func opsEnv(t *testing.T, cfg api.Config) *env { return serve(t, modeltest.NewStore(t), cfg) }

// TestReadyz: 200 with the schema version while the database answers; 503
// problems when the server drains and when the database is gone.
func TestReadyz(t *testing.T) {
	t.Parallel()
	e := opsEnv(t, api.Config{Auth: "all"})
	r := e.do("GET", "/readyz", nil) // no token needed, even with YOUCHENG_AUTH=all
	wantStatus(t, r, http.StatusOK)
	if v := r.json(t); v["status"] != "ready" || v["schema_version"] != float64(model.SchemaVersion()) {
		t.Errorf("readyz: %v", v)
	}
	e.srv.Drain()
	r = e.do("GET", "/readyz", nil)
	wantStatus(t, r, http.StatusServiceUnavailable)
	if !strings.Contains(string(r.Body), "shutting down") {
		t.Errorf("draining readyz: %s", r.Body)
	}
	if r := e.do("GET", "/healthz", nil); r.Status != http.StatusOK {
		t.Errorf("healthz while draining: %d", r.Status)
	}

	e2 := opsEnv(t, api.Config{Auth: "off"})
	e2.store.Close()
	wantStatus(t, e2.do("GET", "/readyz", nil), http.StatusServiceUnavailable)
}

// TestMetrics: /metrics counts requests by route template and status (ids
// and feed secrets never appear), times them, and shows the database pool
// and the Go runtime; "off" removes it and "separate" serves it only
// through MetricsHandler.
func TestMetrics(t *testing.T) {
	t.Parallel()
	e := opsEnv(t, api.Config{Auth: "off"})
	e.create("/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"})
	e.do("GET", "/api/v1/partners/1", nil)
	e.do("GET", "/api/v1/partners/999", nil)
	e.do("GET", "/api/v1/feeds/ycf_secretsecret.ics", nil)
	e.do("GET", "/no/such/path", nil)
	r := e.do("GET", "/metrics", nil)
	wantStatus(t, r, http.StatusOK)
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type %q", ct)
	}
	body := string(r.Body)
	for _, want := range []string{
		`youcheng_http_requests_total{method="POST",route="/api/v1/partners",status="201"} 1`,
		`youcheng_http_requests_total{method="GET",route="/api/v1/partners/:id",status="200"} 1`,
		`youcheng_http_requests_total{method="GET",route="/api/v1/partners/:id",status="404"} 1`,
		`youcheng_http_requests_total{method="GET",route="unmatched",status="404"} 1`,
		`youcheng_http_request_duration_seconds_bucket{method="GET",route="/api/v1/partners/:id",status="200",le="+Inf"} 1`,
		`go_sql_max_open_connections{db_name="youcheng"}`,
		`go_sql_in_use_connections{db_name="youcheng"}`,
		`go_goroutines`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(body, "secretsecret") || strings.Contains(body, "partners/1\"") {
		t.Error("/metrics shows a raw path")
	}

	off := opsEnv(t, api.Config{Auth: "off", Metrics: "off"})
	wantStatus(t, off.do("GET", "/metrics", nil), http.StatusNotFound)
	if off.srv.MetricsHandler() != nil {
		t.Error("metrics off, yet a handler")
	}
	sep := opsEnv(t, api.Config{Auth: "off", Metrics: "separate"})
	wantStatus(t, sep.do("GET", "/metrics", nil), http.StatusNotFound)
	sep.do("GET", "/healthz", nil)
	rec := httptest.NewRecorder()
	sep.srv.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `route="/healthz"`) {
		t.Errorf("separate metrics handler: %d\n%.300s", rec.Code, rec.Body.String())
	}
}
