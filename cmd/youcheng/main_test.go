package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/seed"
)

// TestMain lets a test start this very binary as the youcheng command in a
// child process (for the crash test), without a separate build.
func TestMain(m *testing.M) {
	if args := os.Getenv("YOUCHENG_TEST_EXEC"); args != "" {
		var argv []string
		_ = json.Unmarshal([]byte(args), &argv)
		ctx, stop := signalContext()
		defer stop()
		if err := run(ctx, argv, os.Stdout, os.Stderr); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func testConfig(t *testing.T) Config {
	cfg := defaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.DB = filepath.Join(t.TempDir(), "youcheng.db")
	cfg.DatabaseURL = ""
	cfg.Auth = "off"
	return cfg
}

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if v != nil {
		_ = json.NewDecoder(resp.Body).Decode(v)
	}
	return resp.StatusCode
}

// TestServeSeedsOnceAndDrains starts the app twice on one database: the
// seed is loaded the first time only, and cancelling the context stops the
// server cleanly.
func TestServeSeedsOnceAndDrains(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
	cfg := testConfig(t)
	log := slog.New(slog.DiscardHandler)
	counts := make([]float64, 2)
	for i := range counts {
		ctx, cancel := context.WithCancel(context.Background())
		app, err := NewApp(ctx, cfg, log)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- app.Run(ctx) }()
		base := "http://" + app.Addr()
		var h map[string]any
		if code := getJSON(t, base+"/healthz", &h); code != 200 || h["status"] != "ok" {
			t.Fatalf("healthz: %d %v", code, h)
		}
		var l map[string]any
		getJSON(t, base+"/api/v1/partners?limit=1", &l)
		counts[i] = l["total"].(float64)
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
	}
	if counts[0] < 22 || counts[1] != counts[0] {
		t.Errorf("partners after first and second start: %v", counts)
	}
	// WAL mode and foreign keys are on.
	st, err := openStore(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	mode, _ := st.Pragma(context.Background(), "journal_mode")
	fk, _ := st.Pragma(context.Background(), "foreign_keys")
	if mode != "wal" || fk != "1" {
		t.Errorf("journal_mode %q foreign_keys %s", mode, fk)
	}
}

func TestTokenCommands(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
	cfg := testConfig(t)
	db := []string{"--db", cfg.DB}
	var out bytes.Buffer
	if err := run(context.Background(), append([]string{"token", "create", "--name", "Li Wei", "--role", "editor"}, db...), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	secret := lines[len(lines)-1]
	st, err := openStore(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := st.Authenticate(context.Background(), secret)
	st.Close()
	if err != nil || tok.Role != "editor" {
		t.Fatalf("the printed token does not authenticate: %v", err)
	}
	out.Reset()
	if err := run(context.Background(), append([]string{"token", "list"}, db...), &out, io.Discard); err != nil ||
		!strings.Contains(out.String(), "Li Wei") || strings.Contains(out.String(), secret) {
		t.Errorf("list: %v\n%s", err, out.String())
	}
	if err := run(context.Background(), append([]string{"token", "revoke", "--name", "Li Wei"}, db...), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), append([]string{"token", "create", "--name", "x", "--role", "root"}, db...), io.Discard, io.Discard); err == nil {
		t.Error("a token with role root was created")
	}
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("backup and restore here are for the SQLite default")
	}
	cfg := testConfig(t)
	ctx := context.Background()
	st, err := openStore(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreatePartner(ctx, &model.Partner{NameEN: "Ube", Country: "JP"}); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "backup.db")
	// The backup is taken while the store is open, as with a running server.
	if err := run(ctx, []string{"backup", "--db", cfg.DB, "--to", backup}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"backup", "--db", cfg.DB, "--to", backup}, io.Discard, io.Discard); err == nil {
		t.Error("backup overwrote an existing file")
	}
	if err := st.CreatePartner(ctx, &model.Partner{NameEN: "Sochi", Country: "RU", Timezone: "Europe/Moscow"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := run(ctx, []string{"restore", "--db", cfg.DB, "--from", backup}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	st, err = openStore(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ps, total, _ := st.ListPartners(ctx, model.PartnerFilter{Page: model.Page{Limit: 10}})
	if total != 1 || ps[0].NameEN != "Ube" {
		t.Errorf("after restore: %d partners %v", total, ps)
	}
	bad := filepath.Join(t.TempDir(), "not-a-db")
	os.WriteFile(bad, []byte("hello"), 0o600)
	if err := run(ctx, []string{"restore", "--db", cfg.DB, "--from", bad}, io.Discard, io.Discard); err == nil {
		t.Error("restore accepted a file that is not a database")
	}
}

// TestCrashSafety SIGKILLs the server in the middle of a stream of writes,
// restarts it, and checks that the database is intact and that every write
// that was answered 201 is there.
func TestCrashSafety(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("crash safety of the embedded SQLite file")
	}
	cfg := testConfig(t)
	port := freePort(t)
	start := func() (*exec.Cmd, string) {
		argv, _ := json.Marshal([]string{"serve", "--db", cfg.DB, "--addr", "127.0.0.1:" + port, "--no-seed"})
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "YOUCHENG_TEST_EXEC="+string(argv), "YOUCHENG_AUTH=off")
		stderr, _ := cmd.StderrPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go io.Copy(io.Discard, bufio.NewReader(stderr))
		base := "http://127.0.0.1:" + port
		for i := 0; i < 200; i++ {
			if resp, err := http.Get(base + "/healthz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == 200 {
					return cmd, base
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
		cmd.Process.Kill()
		t.Fatal("server did not start")
		return nil, ""
	}
	cmd, base := start()
	var (
		mu    sync.Mutex
		acked []string
		wg    sync.WaitGroup
	)
	stop := make(chan struct{})
	client := &http.Client{Timeout: 5 * time.Second}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				name := fmt.Sprintf("Partner %d-%d", w, i)
				body, _ := json.Marshal(map[string]any{"name_en": name, "country": "JP"})
				resp, err := client.Post(base+"/api/v1/partners", "application/json", bytes.NewReader(body))
				if err != nil {
					return // the server is gone
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusCreated {
					mu.Lock()
					acked = append(acked, name)
					mu.Unlock()
				}
			}
		}(w)
	}
	for {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 150 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	close(stop)
	wg.Wait()

	if err := model.CheckSQLite(context.Background(), cfg.DB); err != nil {
		// A read-only check cannot replay the WAL of a crashed writer in
		// every case; the restart below is what users do, so check again after it.
		t.Logf("before restart: %v", err)
	}
	cmd, base = start()
	stopped := false
	defer func() {
		if !stopped {
			cmd.Process.Kill()
			cmd.Wait()
		}
	}()
	stored := storedPartnerNames(t, base)
	mu.Lock()
	defer mu.Unlock()
	for _, name := range acked {
		if !stored[name] {
			t.Errorf("%q was answered 201 but is gone after the crash", name)
		}
	}
	st, err := openStore(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	res, _ := st.Pragma(context.Background(), "integrity_check")
	st.Close()
	if res != "ok" {
		t.Errorf("integrity_check after restart: %s", res)
	}
	t.Logf("%d writes acknowledged before SIGKILL, %d partners stored", len(acked), len(stored))

	// SIGTERM drains and closes: the server exits 0 and leaves no WAL behind
	// (SQLite checkpoints and removes it when the last connection closes).
	stopped = true
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("after SIGTERM the server exited with %v, want 0", err)
	}
	if _, err := os.Stat(cfg.DB + "-wal"); err == nil {
		t.Error("the WAL file is still there: the database was not closed")
	}
}

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

func TestAnniversariesCommand(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
	cfg := seededConfig(t)
	ctx := context.Background()
	var out bytes.Buffer
	if err := run(ctx, []string{"anniversaries", "--db", cfg.DB, "--from", "2022-01-01", "--to", "2022-12-31", "--milestone"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "2022-05-18  30     ★") || !strings.Contains(out.String(), "威海—宇部结好30周年") {
		t.Errorf("table:\n%s", out.String())
	}
	out.Reset()
	if err := run(ctx, []string{"anniversaries", "--db", cfg.DB, "--from", "2022-09-29", "--to", "2022-09-29", "--format", "json"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Items []struct {
			Years   int    `json:"years"`
			TitleZH string `json:"title_zh"`
		} `json:"items"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range got.Items {
		found = found || it.TitleZH == "中日邦交正常化50周年" && it.Years == 50
	}
	if !found {
		t.Errorf("json lacks 中日邦交正常化50周年:\n%s", out.String())
	}
	if err := run(ctx, []string{"anniversaries", "--db", cfg.DB, "--from", "2022-02-30", "--to", "2022-12-31"}, io.Discard, io.Discard); err == nil {
		t.Error("an impossible --from was accepted")
	}
}

func TestCalendarCommand(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
	cfg := seededConfig(t)
	ctx := context.Background()
	dir := t.TempDir()
	for _, f := range []string{"json", "ics", "csv", "xlsx"} {
		out := filepath.Join(dir, "cal."+f)
		if err := run(ctx, []string{"calendar", "2022", "--db", cfg.DB, "--format", f, "--out", out}, io.Discard, io.Discard); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		b, _ := os.ReadFile(out)
		switch f {
		case "json", "ics", "csv":
			if !bytes.Contains(b, []byte("威海—宇部结好30周年")) {
				t.Errorf("%s export lacks the Ube 30th", f)
			}
		case "xlsx":
			if !bytes.HasPrefix(b, []byte("PK")) {
				t.Errorf("xlsx export is not a zip file")
			}
		}
		// The contract's details, as from the REST endpoint (one renderer).
		want := map[string]string{
			"json": `"title_zh":"威海 2022 年对外交流日历"`, "ics": "X-YOUCHENG-PRECISION:",
			"csv": "\uFEFF类型 type,日期 date,日期精度 precision,", "xlsx": "docProps/core.xml",
		}[f]
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("%s export lacks %q", f, want)
		}
	}
	if err := run(ctx, []string{"calendar", "2022", "--db", cfg.DB, "--format", "pdf"}, io.Discard, io.Discard); err == nil {
		t.Error("--format pdf was accepted")
	}
}

// seededConfig is testConfig with the seed loaded into its database.
func seededConfig(t *testing.T) Config {
	t.Helper()
	cfg := testConfig(t)
	st, err := openStore(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := seed.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestCalendarCommandMatchesREST: youcheng calendar writes what
// GET /api/v1/calendar/{year} answers, in every format (apart from the time
// of generation), filters included.
func TestCalendarCommandMatchesREST(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
	cfg := seededConfig(t)
	ctx := context.Background()
	st, err := openStore(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	h := api.New(st, api.Config{Auth: "off"}, slog.New(slog.DiscardHandler)).Handler()
	generated := regexp.MustCompile(`"generated_at":"[^"]*"|DTSTAMP:\d{8}T\d{6}Z`)
	for _, args := range [][]string{{"--format", "json"}, {"--format", "csv"}, {"--format", "ics"}, {"--format", "csv", "--country", "KR"}} {
		var cli bytes.Buffer
		if err := run(ctx, append([]string{"calendar", "2022", "--db", cfg.DB}, args...), &cli, io.Discard); err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		url := "/api/v1/calendar/2022?format=" + args[1]
		if len(args) > 2 {
			url += "&country=" + args[3]
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", url, nil))
		if rec.Code != 200 {
			t.Fatalf("%s: %d", url, rec.Code)
		}
		got, want := generated.ReplaceAllString(cli.String(), ""), generated.ReplaceAllString(rec.Body.String(), "")
		if got != want || len(got) < 1000 {
			t.Errorf("%q: the command's %d bytes differ from the %d of %s", args, len(got), len(want), url)
		}
	}
	st.Close()
}

func TestPublicURLConfig(t *testing.T) {
	for _, tt := range []struct {
		url string
		ok  bool
	}{
		{"", true},
		{"https://youcheng.example.org", true},
		{"https://youcheng.example.org/", true},
		{"http://10.0.0.5:8080", true},
		{"youcheng.example.org", false},
		{"ftp://youcheng.example.org", false},
		{"https://youcheng.example.org/sub", false},
		{"https://youcheng.example.org?x=1", false},
	} {
		cfg := testConfig(t)
		cfg.PublicURL = tt.url
		if err := cfg.validate(); (err == nil) != tt.ok {
			t.Errorf("PublicURL %q: validate() = %v, want ok=%v", tt.url, err, tt.ok)
		}
		if a := cfg.apiConfig(); tt.ok && (strings.HasSuffix(a.PublicURL, "/") || a.Auth != cfg.Auth) {
			t.Errorf("apiConfig %+v", a)
		}
	}
}

// storedPartnerNames returns the English names of every partner the
// server at base lists, page by page.
func storedPartnerNames(t *testing.T, base string) map[string]bool {
	t.Helper()
	var l struct {
		Items []struct {
			NameEN string `json:"name_en"`
		} `json:"items"`
		Total int `json:"total"`
	}
	stored := map[string]bool{}
	for off := 0; ; off += 500 {
		getJSON(t, fmt.Sprintf("%s/api/v1/partners?limit=500&offset=%d", base, off), &l)
		for _, it := range l.Items {
			stored[it.NameEN] = true
		}
		if off+500 >= l.Total {
			break
		}
	}
	return stored
}
