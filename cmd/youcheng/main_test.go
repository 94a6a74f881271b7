package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

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

// sqliteOnly skips a test of the embedded SQLite default when the suite
// runs on PostgreSQL.
func sqliteOnly(t *testing.T) {
	t.Helper()
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
}

// postgresOnly skips a test when YOUCHENG_TEST_DATABASE_URL names no
// PostgreSQL server.
func postgresOnly(t *testing.T) {
	t.Helper()
	if modeltest.PostgresURL() == "" {
		t.Skip("YOUCHENG_TEST_DATABASE_URL names no PostgreSQL server")
	}
}

// testConfig is the default configuration with auth off, on a free port,
// on a new, empty database: a SQLite file, or, when the suite runs on
// PostgreSQL (YOUCHENG_TEST_DATABASE_URL), a schema of its own there.
func testConfig(t *testing.T) Config {
	cfg := sqliteConfig(t, filepath.Join(t.TempDir(), "youcheng.db"))
	if modeltest.PostgresURL() != "" {
		cfg.DatabaseURL = modeltest.PostgresSchema(t)
	}
	return cfg
}

// sqliteConfig is the default configuration with auth off, on a free
// port, on the SQLite file path.
func sqliteConfig(t *testing.T, path string) Config {
	cfg := defaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.DB = path
	cfg.DatabaseURL = ""
	cfg.Auth = "off"
	return cfg
}

// seededConfig is testConfig with the seed loaded into its database.
func seededConfig(t *testing.T) Config {
	t.Helper()
	cfg := testConfig(t)
	st := openTestStore(t, cfg)
	if _, err := seed.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return cfg
}

// openTestStore opens cfg's database; it is closed when the test ends.
func openTestStore(t *testing.T, cfg Config) *model.Store {
	t.Helper()
	st, err := openStore(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// youcheng runs the command line args with stdin as its standard input
// and returns what it wrote to standard output and standard error.
func youcheng(stdin string, args ...string) (stdout, stderr string, err error) {
	var out, errOut bytes.Buffer
	err = runWithInput(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

// must runs the command line args on no input and returns its standard
// output; an error fails the test.
func must(t *testing.T, args ...string) string {
	t.Helper()
	out, stderr, err := youcheng("", args...)
	if err != nil {
		t.Fatalf("%q: %v\n%s", args, err, stderr)
	}
	return out
}

// on returns args followed by the flag that names cfg's database.
func on(cfg Config, args ...string) []string {
	if cfg.DatabaseURL != "" {
		return slices.Concat(args, []string{"--database-url", cfg.DatabaseURL})
	}
	return slices.Concat(args, []string{"--db", cfg.DB})
}

// exportFiles runs `youcheng CMD YEAR --format F --out FILE` on cfg's
// database for each format F and returns the files' contents by format.
func exportFiles(t *testing.T, cfg Config, cmd, year string, formats ...string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, f := range formats {
		out := filepath.Join(t.TempDir(), cmd+"."+f)
		must(t, on(cfg, cmd, year, "--format", f, "--out", out)...)
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		files[f] = b
	}
	return files
}

// startApp serves cfg in this process; stop ends the server and checks
// that it stopped cleanly.
func startApp(t *testing.T, cfg Config) (app *App, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	app, err := NewApp(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- app.Run(ctx) }()
	return app, func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
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

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

// childServer is `youcheng serve` (this test binary, see TestMain) in a
// child process on a port of its own, auth off, started again as often as
// a test likes.
type childServer struct {
	t    *testing.T
	args []string
	base string
	cmd  *exec.Cmd
}

// newChildServer readies `youcheng serve --no-seed args...` on a free port.
func newChildServer(t *testing.T, args ...string) *childServer {
	port := freePort(t)
	return &childServer{t: t, base: "http://127.0.0.1:" + port,
		args: append([]string{"serve", "--addr", "127.0.0.1:" + port, "--no-seed"}, args...)}
}

// start starts the server and waits until /healthz answers; a server still
// running when the test ends gets SIGTERM.
func (c *childServer) start() {
	c.t.Helper()
	argv, _ := json.Marshal(c.args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "YOUCHENG_TEST_EXEC="+string(argv), "YOUCHENG_AUTH=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	c.cmd = cmd
	c.t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Signal(syscall.SIGTERM)
			cmd.Wait()
		}
	})
	for i := 0; i < 200; i++ {
		if resp, err := http.Get(c.base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()
	c.t.Fatalf("server did not start:\n%s", stderr.String())
}

// stop sends sig to the server and returns how it exited (nil: status 0).
func (c *childServer) stop(sig os.Signal) error {
	c.t.Helper()
	if err := c.cmd.Process.Signal(sig); err != nil {
		c.t.Fatal(err)
	}
	return c.cmd.Wait()
}

// writeLoad posts new partners to a server from several writers at once
// until it stops listening, and records the names it answered 201. An
// answer of 500 or more fails the test.
type writeLoad struct {
	wg        sync.WaitGroup
	mu        sync.Mutex
	acked     []string
	marked    bool
	afterMark int // answered 201 after mark
}

func startWrites(t *testing.T, base string, writers int) *writeLoad {
	l := &writeLoad{}
	client := &http.Client{Timeout: 10 * time.Second}
	for w := 0; w < writers; w++ {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			for i := 0; ; i++ {
				name := fmt.Sprintf("Partner %d-%d", w, i)
				body, _ := json.Marshal(map[string]any{"name_en": name, "country": "JP", "notes": "written under load"})
				resp, err := client.Post(base+"/api/v1/partners", "application/json", bytes.NewReader(body))
				if err != nil {
					return // the server has stopped listening
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				l.mu.Lock()
				if resp.StatusCode == http.StatusCreated {
					l.acked = append(l.acked, name)
					if l.marked {
						l.afterMark++
					}
				} else if resp.StatusCode >= 500 {
					t.Errorf("%s: %d", name, resp.StatusCode)
				}
				l.mu.Unlock()
			}
		}()
	}
	return l
}

// waitAcked waits until n writes have been answered 201.
func (l *writeLoad) waitAcked(n int) {
	for {
		l.mu.Lock()
		got := len(l.acked)
		l.mu.Unlock()
		if got >= n {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// mark starts counting the writes answered 201 from now on.
func (l *writeLoad) mark() {
	l.mu.Lock()
	l.marked = true
	l.mu.Unlock()
}

// wait waits for the writers to stop (the server has stopped listening).
func (l *writeLoad) wait() { l.wg.Wait() }

// checkStored checks, once the writers have stopped, that the server at
// base lists every partner it answered 201 for; it returns how many were
// answered and how many are stored.
func (l *writeLoad) checkStored(t *testing.T, base, after string) (acked, stored int) {
	t.Helper()
	l.wait()
	names := storedPartnerNames(t, base)
	for _, name := range l.acked {
		if !names[name] {
			t.Errorf("%q was answered 201 but is gone after %s", name, after)
		}
	}
	return len(l.acked), len(names)
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
