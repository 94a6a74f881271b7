package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/youcheng/youcheng/model"
)

// TestServeSeedsOnceAndDrains starts the app twice on one database: the
// seed is loaded the first time only, and cancelling the context stops the
// server cleanly.
func TestServeSeedsOnceAndDrains(t *testing.T) {
	cfg := testConfig(t)
	counts := make([]float64, 2)
	for i := range counts {
		app, stop := startApp(t, cfg)
		base := "http://" + app.Addr()
		var h map[string]any
		if code := getJSON(t, base+"/healthz", &h); code != 200 || h["status"] != "ok" {
			t.Fatalf("healthz: %d %v", code, h)
		}
		var l map[string]any
		getJSON(t, base+"/api/v1/partners?limit=1", &l)
		counts[i] = l["total"].(float64)
		stop()
	}
	if counts[0] < 22 || counts[1] != counts[0] {
		t.Errorf("partners after first and second start: %v", counts)
	}
	if cfg.DatabaseURL != "" {
		return
	}
	// SQLite: WAL mode and foreign keys are on.
	st := openTestStore(t, cfg)
	mode, _ := st.Pragma(context.Background(), "journal_mode")
	fk, _ := st.Pragma(context.Background(), "foreign_keys")
	if mode != "wal" || fk != "1" {
		t.Errorf("journal_mode %q foreign_keys %s", mode, fk)
	}
}

// TestMetricsOnItsOwnListener: YOUCHENG_METRICS_ADDR moves /metrics off the
// API's listener; /readyz answers on the API's.
func TestMetricsOnItsOwnListener(t *testing.T) {
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

// TestCrashSafety SIGKILLs the server in the middle of a stream of writes,
// restarts it, and checks that the database is intact and that every write
// that was answered 201 is there.
func TestCrashSafety(t *testing.T) {
	sqliteOnly(t) // crash safety of the embedded SQLite file
	cfg := testConfig(t)
	srv := newChildServer(t, "--db", cfg.DB)
	srv.start()
	load := startWrites(t, srv.base, 4)
	load.waitAcked(150)
	srv.stop(syscall.SIGKILL)
	load.wait()

	if err := model.CheckSQLite(context.Background(), cfg.DB); err != nil {
		// A read-only check cannot replay the WAL of a crashed writer in
		// every case; the restart below is what users do, so check again after it.
		t.Logf("before restart: %v", err)
	}
	srv.start()
	acked, stored := load.checkStored(t, srv.base, "the crash")
	st := openTestStore(t, cfg)
	res, _ := st.Pragma(context.Background(), "integrity_check")
	st.Close()
	if res != "ok" {
		t.Errorf("integrity_check after restart: %s", res)
	}
	t.Logf("%d writes acknowledged before SIGKILL, %d partners stored", acked, stored)

	// SIGTERM drains and closes: the server exits 0 and leaves no WAL behind
	// (SQLite checkpoints and removes it when the last connection closes).
	if err := srv.stop(syscall.SIGTERM); err != nil {
		t.Errorf("after SIGTERM the server exited with %v, want 0", err)
	}
	if _, err := os.Stat(cfg.DB + "-wal"); err == nil {
		t.Error("the WAL file is still there: the database was not closed")
	}
}

// TestSIGTERMDrainsWrites sends SIGTERM to the server in the middle of a
// stream of writes: requests in flight finish (none is answered 5xx), the
// server exits 0, and after a restart every write that was answered 201 is
// there. On SQLite and, with YOUCHENG_TEST_DATABASE_URL, on PostgreSQL.
func TestSIGTERMDrainsWrites(t *testing.T) {
	cfg := testConfig(t)
	srv := newChildServer(t, on(cfg)...)
	srv.start()
	load := startWrites(t, srv.base, 8)
	load.waitAcked(100)
	load.mark()
	if err := srv.stop(syscall.SIGTERM); err != nil {
		t.Errorf("after SIGTERM the server exited with %v, want 0", err)
	}
	srv.start()
	acked, stored := load.checkStored(t, srv.base, "SIGTERM")
	t.Logf("%d writes acknowledged, %d of them after SIGTERM; %d stored", acked, load.afterMark, stored)
}
