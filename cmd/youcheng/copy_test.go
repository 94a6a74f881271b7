package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/youcheng/youcheng/model/modeltest"
)

// fixtureDB copies the database made by commit a055a54 (seeded, with
// tokens, feeds, plans, history and audit) to a temporary file.
func fixtureDB(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../model/testdata/a055a54/youcheng.sqlite")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "source.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCopySQLiteToSQLite copies the fixture into a new file, compares every
// API listing of the two, and refuses a second copy into the full target.
func TestCopySQLiteToSQLite(t *testing.T) {
	sqliteOnly(t) // the PostgreSQL run does the round trip below
	src := fixtureDB(t)
	dst := filepath.Join(t.TempDir(), "target.db")
	out := must(t, "copy", "--from", "sqlite:"+src, "--to", "sqlite:"+dst)
	if !strings.Contains(out, "every count and checksum matches") || !strings.Contains(out, "audit_records") {
		t.Errorf("report:\n%s", out)
	}
	sameListings(t, pinnedConfig(t, src), pinnedConfig(t, dst))
	_, _, err := youcheng("", "copy", "--from", "sqlite:"+src, "--to", "sqlite:"+dst)
	if err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("a copy into a full database: %v", err)
	}
	for _, args := range [][]string{
		{"copy", "--from", src, "--to", "sqlite:" + dst},
		{"copy", "--from", "sqlite:" + src, "--to", "sqlite:" + src},
		{"copy", "--from", "sqlite:" + src},
	} {
		if _, _, err := youcheng("", args...); err == nil {
			t.Errorf("%v was accepted", args)
		}
	}
}

// TestCopyRoundTripPostgres copies the fixture SQLite -> PostgreSQL ->
// SQLite and compares every API listing of the three.
func TestCopyRoundTripPostgres(t *testing.T) {
	postgresOnly(t)
	src := fixtureDB(t)
	pg := modeltest.PostgresSchema(t)
	back := filepath.Join(t.TempDir(), "back.db")
	must(t, "copy", "--from", "sqlite:"+src, "--to", pg)
	must(t, "copy", "--from", pg, "--to", "sqlite:"+back)
	pgCfg := pinnedConfig(t, "")
	pgCfg.DatabaseURL = pg
	want := sameListings(t, pinnedConfig(t, src), pgCfg)
	sameListings(t, pinnedConfig(t, src), pinnedConfig(t, back))

	// The sequences follow the copied ids: each table's next id on
	// PostgreSQL is the one the source would give (deleted ids not reused).
	_ = want
	next := map[string][]int64{}
	for _, cfg := range []Config{pinnedConfig(t, src), pgCfg} {
		app, stop := startApp(t, cfg)
		for _, w := range []struct{ path, body string }{
			{"/api/v1/partners", `{"name_en":"After the copy","country":"JP"}`},
			{"/api/v1/events", `{"title_en":"After the copy","kind":"other","status":"planned","start_date":"2024-05-06"}`},
			{"/api/v1/feeds", `{"name":"After the copy"}`},
		} {
			resp, err := http.Post("http://"+app.Addr()+w.path, "application/json", strings.NewReader(w.body))
			if err != nil {
				t.Fatal(err)
			}
			var v struct{ ID int64 }
			json.NewDecoder(resp.Body).Decode(&v)
			resp.Body.Close()
			if resp.StatusCode != 201 {
				t.Fatalf("POST %s after the copy: %d", w.path, resp.StatusCode)
			}
			next[w.path] = append(next[w.path], v.ID)
		}
		stop()
	}
	for path, got := range next {
		if got[0] != got[1] {
			t.Errorf("POST %s: id %d on the source, %d on the PostgreSQL copy", path, got[0], got[1])
		}
	}
}

// pinnedConfig is sqliteConfig without the seed, and with one instant for
// every server compared (exports carry generated_at).
func pinnedConfig(t *testing.T, path string) Config {
	cfg := sqliteConfig(t, path)
	cfg.Seed = false
	cfg.Now = func() time.Time { return time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) }
	return cfg
}

// sameListings starts a server on each configuration and compares the
// answers to every GET of the API (docs/openapi.yaml's paths; every page
// of each list, and each listed item by id); it returns the answers.
func sameListings(t *testing.T, a, b Config) map[string]string {
	t.Helper()
	appA, stopA := startApp(t, a)
	defer stopA()
	appB, stopB := startApp(t, b)
	defer stopB()
	got := listings(t, "http://"+appA.Addr())
	other := listings(t, "http://"+appB.Addr())
	t.Logf("%d answers compared", len(got))
	if len(got) < 20 {
		t.Fatalf("only %d answers compared", len(got))
	}
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if got[k] != other[k] {
			t.Errorf("GET %s differs after the copy:\n%.400s\n%.400s", k, got[k], other[k])
		}
	}
	if len(other) != len(got) {
		t.Errorf("%d answers from the source, %d from the copy", len(got), len(other))
	}
	return got
}

var specGet = regexp.MustCompile(`(?m)^  (/api/v1/[^:]*):\n((?:    .*\n|\s*\n)*)`)

func listings(t *testing.T, base string) map[string]string {
	t.Helper()
	spec, err := os.ReadFile("../../docs/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	extra := map[string]string{
		"/api/v1/anniversaries": "?from=1990-01-01&to=2030-12-31&status=active",
		"/api/v1/holidays":      "?country=JP&year=2022",
		"/api/v1/stats":         "?year=2022",
	}
	out := map[string]string{}
	get := func(path string) map[string]any {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		out[path] = fmt.Sprintf("%d %s", resp.StatusCode, body)
		var v map[string]any
		_ = json.Unmarshal(body, &v)
		return v
	}
	ids := map[string][]string{}
	var templated []string
	for _, m := range specGet.FindAllStringSubmatch(string(spec), -1) {
		path, body := m[1], m[2]
		if !strings.Contains(body, "    get:") {
			continue
		}
		if strings.Contains(path, "{") {
			templated = append(templated, path)
			continue
		}
		for off := 0; ; {
			q := extra[path]
			if off > 0 {
				sep := "?"
				if q != "" {
					sep = "&"
				}
				q += fmt.Sprintf("%soffset=%d", sep, off)
			}
			v := get(path + q)
			items, _ := v["items"].([]any)
			for _, it := range items {
				if obj, ok := it.(map[string]any); ok && obj["id"] != nil {
					ids[path] = append(ids[path], fmt.Sprint(obj["id"]))
				}
			}
			total, _ := v["total"].(float64)
			off += len(items)
			if len(items) == 0 || float64(off) >= total {
				break
			}
		}
	}
	for _, p := range templated {
		switch {
		case strings.Contains(p, "{year}"):
			get(strings.Replace(p, "{year}", "2022", 1))
		case strings.Contains(p, "{id}"):
			prefix := p[:strings.Index(p, "/{id}")]
			for _, id := range ids[prefix] {
				get(strings.Replace(p, "{id}", id, 1))
			}
		}
	}
	return out
}
