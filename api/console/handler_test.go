package console

import (
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
)

func engine(t *testing.T) (*gin.Engine, *Console) {
	t.Helper()
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	c := New(Options{})
	c.Register(r)
	return r, c
}

func get(r http.Handler, path string, hdr ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	r.ServeHTTP(w, req)
	return w
}

// TestShellAtRootAndDeepLinks: every console path answers the same HTML
// shell, Chinese by default, never cached without revalidation.
func TestShellAtRootAndDeepLinks(t *testing.T) {
	r, c := engine(t)
	for _, p := range []string{"/", "/signin", "/partners", "/partners/1", "/partners/new", "/partnerships/3",
		"/events/12", "/plans/2", "/calendar", "/holidays", "/targets", "/stats", "/admin/users", "/admin/tokens", "/admin/audit", "/anniversaries"} {
		w := get(r, p)
		if w.Code != http.StatusOK {
			t.Errorf("GET %s: %d", p, w.Code)
			continue
		}
		if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", p, ct)
		}
		if cc := w.Header().Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q, want no-cache", p, cc)
		}
		body := w.Body.String()
		if !strings.Contains(body, `<html lang="zh-CN">`) {
			t.Errorf("GET %s: shell is not lang=zh-CN by default", p)
		}
		if !strings.Contains(body, `src="/assets/`+c.version+`/js/app.js"`) {
			t.Errorf("GET %s: shell does not load the versioned app.js", p)
		}
		if !strings.Contains(body, `<meta name="youcheng-home-country" content="CN">`) {
			t.Errorf("GET %s: shell lacks the home country", p)
		}
		if w.Header().Get("Content-Security-Policy") == "" {
			t.Errorf("GET %s: no Content-Security-Policy", p)
		}
	}
	w := get(r, "/")
	if w2 := get(r, "/", "If-None-Match", w.Header().Get("ETag")); w2.Code != http.StatusNotModified {
		t.Errorf("shell revalidation: %d, want 304", w2.Code)
	}
}

// TestAssets: every embedded asset is served under the version prefix with
// its content type, a year's cache and an ETag; unknown files are 404.
func TestAssets(t *testing.T) {
	r, c := engine(t)
	want := map[string]string{
		"js/app.js":            "text/javascript; charset=utf-8",
		"js/pages/partners.js": "text/javascript; charset=utf-8",
		"css/console.css":      "text/css; charset=utf-8",
		"i18n/zh.json":         "application/json; charset=utf-8",
		"i18n/en.json":         "application/json; charset=utf-8",
		"favicon.svg":          "image/svg+xml",
	}
	for name, ct := range want {
		w := get(r, "/assets/"+c.version+"/"+name)
		if w.Code != http.StatusOK {
			t.Errorf("%s: %d", name, w.Code)
			continue
		}
		if got := w.Header().Get("Content-Type"); got != ct {
			t.Errorf("%s: Content-Type %q, want %q", name, got, ct)
		}
		if cc := w.Header().Get("Cache-Control"); !strings.Contains(cc, "max-age=31536000") || !strings.Contains(cc, "immutable") {
			t.Errorf("%s: Cache-Control %q", name, cc)
		}
		et := w.Header().Get("ETag")
		if et == "" {
			t.Errorf("%s: no ETag", name)
		} else if w2 := get(r, "/assets/"+c.version+"/"+name, "If-None-Match", et); w2.Code != http.StatusNotModified {
			t.Errorf("%s: If-None-Match gives %d, want 304", name, w2.Code)
		}
	}
	// An older version prefix still loads, but is revalidated.
	if w := get(r, "/assets/0123456789ab/js/app.js"); w.Code != http.StatusOK || w.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("old version: %d %q", w.Code, w.Header().Get("Cache-Control"))
	}
	for _, p := range []string{"/assets/" + c.version + "/nope.js", "/assets/" + c.version + "/index.html", "/assets/app.js", "/assets/" + c.version + "/../console.go"} {
		if w := get(r, p); w.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, w.Code)
		}
	}
}

func readCatalog(t *testing.T, name string) map[string]string {
	t.Helper()
	b, err := embedded.ReadFile("static/i18n/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

var (
	keyCall  = regexp.MustCompile(`\bt\('([a-z0-9_.]+)'`)
	keyField = regexp.MustCompile(`(?:title|nav): '([a-z0-9_.]+)'`)
	routeRe  = regexp.MustCompile(`\{ path: '([^']+)'`)
)

// TestCatalogs: both languages have the same keys, none empty, and every key
// the scripts look up literally exists.
func TestCatalogs(t *testing.T) {
	zh, en := readCatalog(t, "zh.json"), readCatalog(t, "en.json")
	for k, v := range zh {
		if _, ok := en[k]; !ok {
			t.Errorf("key %q in zh.json, not in en.json", k)
		}
		if strings.TrimSpace(v) == "" {
			t.Errorf("zh.json: %q is empty", k)
		}
	}
	for k, v := range en {
		if _, ok := zh[k]; !ok {
			t.Errorf("key %q in en.json, not in zh.json", k)
		}
		if strings.TrimSpace(v) == "" {
			t.Errorf("en.json: %q is empty", k)
		}
	}
	_ = fs.WalkDir(embedded, "static/js", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := embedded.ReadFile(p)
		for _, re := range []*regexp.Regexp{keyCall, keyField} {
			for _, m := range re.FindAllStringSubmatch(string(b), -1) {
				if _, ok := zh[m[1]]; !ok {
					t.Errorf("%s looks up %q, which the catalogs lack", p, m[1])
				}
			}
		}
		return nil
	})
}

// TestRouteTables: the browser's route table (routes.js) and paths list the
// same pages, and every page has its module.
func TestRouteTables(t *testing.T) {
	b, err := embedded.ReadFile("static/js/routes.js")
	if err != nil {
		t.Fatal(err)
	}
	var js []string
	for _, m := range routeRe.FindAllStringSubmatch(string(b), -1) {
		js = append(js, m[1])
	}
	goPaths := append([]string(nil), paths...)
	sort.Strings(js)
	sort.Strings(goPaths)
	if strings.Join(js, " ") != strings.Join(goPaths, " ") {
		t.Errorf("routes.js paths %v\n       console.paths %v", js, goPaths)
	}
	for _, m := range regexp.MustCompile(`page: '([^']+)'`).FindAllStringSubmatch(string(b), -1) {
		if _, err := embedded.ReadFile("static/js/pages/" + m[1] + ".js"); err != nil {
			t.Errorf("route page %q has no module: %v", m[1], err)
		}
	}
	e := gin.New()
	New(Options{}).Register(e)
	registered := map[string]bool{}
	for _, r := range e.Routes() {
		registered[r.Path] = true
	}
	if !registered["/partners/:id"] || !registered[assetsRoute] || registered["/api/v1/partners"] || registered["/healthz"] {
		t.Errorf("Register adds %v", registered)
	}
}
