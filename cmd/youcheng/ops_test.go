package main

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/modeltest"
)

// TestMetricsOnItsOwnListener: YOUCHENG_METRICS_ADDR moves /metrics off the
// API's listener; /readyz answers on the API's.
func TestMetricsOnItsOwnListener(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
	cfg := testConfig(t)
	cfg.MetricsAddr = "127.0.0.1:0"
	app, stop := startApp(t, cfg)
	defer stop()
	get := func(url string) (int, string) {
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("http://" + app.Addr() + "/readyz"); code != 200 || !strings.Contains(body, `"ready"`) {
		t.Errorf("readyz: %d %s", code, body)
	}
	if code, _ := get("http://" + app.Addr() + "/metrics"); code != 404 {
		t.Errorf("/metrics on the API's listener: %d, want 404", code)
	}
	code, body := get("http://" + app.MetricsAddr() + "/metrics")
	if code != 200 || !strings.Contains(body, `youcheng_http_requests_total{method="GET",route="/readyz",status="200"} 1`) {
		t.Errorf("separate /metrics: %d\n%.500s", code, body)
	}
}

func TestOpsConfigValidation(t *testing.T) {
	for _, c := range []func(*Config){
		func(c *Config) { c.Metrics = "yes" },
		func(c *Config) { c.PublicURL = "youcheng.example.gov.cn" },
		func(c *Config) { c.PublicURL = "ftp://youcheng.example.gov.cn" },
		func(c *Config) { c.PublicURL = "https://youcheng.example.gov.cn/?x=1" },
	} {
		cfg := defaultConfig()
		c(&cfg)
		if err := cfg.validate(); err == nil {
			t.Errorf("accepted metrics %q addr %q public URL %q", cfg.Metrics, cfg.MetricsAddr, cfg.PublicURL)
		}
	}
	cfg := defaultConfig()
	cfg.PublicURL = "https://youcheng.example.gov.cn"
	if err := cfg.validate(); err != nil {
		t.Error(err)
	}
}
