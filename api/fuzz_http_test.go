package api_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/seed"
)

// fuzzMethods are the methods FuzzHTTP picks from; a byte past the list
// sends the fuzzer's own method string.
var fuzzMethods = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "get", "PROPFIND"}

// fuzzHeaders are the request headers FuzzHTTP sets from its header input;
// a byte past the list uses the fuzzer's own header name.
var fuzzHeaders = []string{"If-Match", "Accept", "If-None-Match", "If-Modified-Since", "X-Request-Id",
	"X-Forwarded-Proto", "X-Forwarded-Host", "X-CSRF-Token", "Cookie", "Content-Length", "Authorization"}

var routeParam = regexp.MustCompile(`[:*][A-Za-z_]+`)

// FuzzHTTP sends arbitrary requests through the whole handler (every route
// the server has, or any path; any method, query, header and body; no
// token, a valid admin, editor or viewer token, or a bad one) on a seeded
// database in the default auth mode. It fails on any 5xx, on a redirect,
// and on an error that is not problem+json. CI runs it for a bounded time
// (.ci/run); `go test` runs its seed corpus.
func FuzzHTTP(f *testing.F) {
	st := modeltest.NewStore(f)
	if _, err := seed.Load(context.Background(), st); err != nil {
		f.Fatal(err)
	}
	var logs syncBuffer
	srv := api.New(st, api.Config{Auth: "writes"}, slog.New(slog.NewTextHandler(&logs, nil)))
	h := srv.Handler()
	tokens := []string{""}
	for _, role := range []string{"admin", "editor", "viewer"} {
		secret, _, err := st.CreateToken(context.Background(), "fuzz "+role, role)
		if err != nil {
			f.Fatal(err)
		}
		tokens = append(tokens, "Bearer "+secret)
	}
	tokens = append(tokens, "Bearer yc_not-a-token", "Basic Zm9vOmJhcg==")

	// Routes in a fixed order, so a corpus entry means the same route
	// on every run (new routes join at their sorted place).
	var routes []string
	for _, r := range srv.Routes() {
		routes = append(routes, r[1])
	}
	sort.Strings(routes)
	routes = dedupeSorted(routes)

	type seedReq struct {
		method          uint8
		route           uint8
		arg, path, q    string
		header          uint8
		hname, hval, ct string
		body            string
		auth            uint8
	}
	routeOf := func(p string) uint8 {
		for i, r := range routes {
			if r == p {
				return uint8(i)
			}
		}
		return 255
	}
	seeds := []seedReq{
		{0, routeOf("/api/v1/partners"), "", "", "q=" + strings.Repeat("%25_", 20000), 0, "", "", "", "", 0},
		{0, routeOf("/api/v1/events"), "", "", "q=%00&from=2022-01-01&to=2022-12-31", 0, "", "", "", "", 0},
		{0, routeOf("/api/v1/commemorations"), "", "", "q=%ff&limit=+1&offset=-0", 0, "", "", "", "", 0},
		{0, routeOf("/api/v1/partners/:id"), "+1", "", "", 0, "", "", "", "", 0},
		{1, routeOf("/api/v1/partners/:id"), "1", "", "", 0, "", "", "", "", 0},
		{2, routeOf("/api/v1/partners"), "", "", "", 0, "", "", "application/json", `{"name_en":"Ube\ud800","country":"JP"}`, 1},
		{2, routeOf("/api/v1/partners"), "", "", "", 0, "", "", "application/json", `{"name_en":"A","name_en":"B","country":"JP"}`, 2},
		{2, routeOf("/api/v1/partners"), "", "", "", 0, "", "", "application/json; charset=latin1", `{"name_en":"A","country":"JP"}`, 1},
		{4, routeOf("/api/v1/partners/:id"), "1", "", "", 0, "", `"1"`, "application/json", `{}`, 1},
		{4, routeOf("/api/v1/events/:id"), "1", "", "", 0, "", `W/"x"`, "application/json", `{"partner_ids":[1,1,99999],"participants":-1}`, 1},
		{4, routeOf("/api/v1/plans/:id"), "1", "", "", 0, "", "", "application/json", `{"items":[{"start_date":"2022-02-30"}]}`, 1},
		{2, routeOf("/api/v1/plans"), "", "", "", 0, "", "", "application/json", `{"template":"anniversary_series","partnership_id":1,"year":2022}`, 1},
		{2, routeOf("/api/v1/plans"), "", "", "", 0, "", "", "application/json", `{"template":"annual_program","year":9999}`, 2},
		{2, routeOf("/api/v1/plans/:id/adopt"), "1", "", "", 0, "", "", "", "", 1},
		{5, routeOf("/api/v1/partnerships/:id"), "1", "", "", 0, "", `"1"`, "", "", 1},
		{5, routeOf("/api/v1/partners/:id"), "1", "", "", 0, "", "", "", "", 1},
		{0, routeOf("/api/v1/calendar/:year"), "2022", "", "format=xlsx&partner_id=1", 1, "", "text/csv", "", "", 0},
		{0, routeOf("/api/v1/calendar/:year"), "0", "", "", 1, "", "*/*;q=0", "", "", 0},
		{0, routeOf("/api/v1/feeds/:id"), "ycf_x.ics", "", "", 2, "", `"1"`, "", "", 0},
		{0, routeOf("/api/v1/anniversaries"), "", "", "from=0001-01-01&to=9999-12-31", 0, "", "", "", "", 0},
		{0, routeOf("/api/v1/anniversaries/upcoming"), "", "", "days=2147483648", 0, "", "", "", "", 0},
		{0, routeOf("/api/v1/holidays"), "", "", "country=GB&year=9999&region=GB-SCT", 0, "", "", "", "", 0},
		{0, routeOf("/api/v1/audit"), "", "", "entity=partner&id=1&actor=%E2%80%AE", 0, "", "", "", "", 1},
		{2, routeOf("/api/v1/session"), "", "", "", 0, "", "", "application/json", `{"name":"li\u0000wei","password":"0123456789"}`, 0},
		{2, routeOf("/api/v1/tokens"), "", "", "", 0, "", "", "application/json", `{"name":"x\u202e","role":"admin"}`, 1},
		{2, 255, "", "/api/v1/partners/", "", 0, "", "", "application/json", `{}`, 0},
		{0, 255, "", "/api/v1/../healthz", "", 0, "", "", "", "", 0},
		{10, 255, "", "//api//v1/partners", "", 4, "", "nonsense", "", "", 0},
		{3, routeOf("/api/v1/partners"), "", "", "", 11, "X-Other", "v", "application/json", `[`, 3},
	}
	for _, s := range seeds {
		f.Add(s.method, s.route, s.arg, s.path, s.q, s.header, s.hname, s.hval, s.ct, []byte(s.body), s.auth)
	}

	f.Fuzz(func(t *testing.T, method, route uint8, arg, path, rawQuery string, header uint8, hname, hval, ct string,
		body []byte, auth uint8) {
		m := string(method) // any byte past the list: the fuzzer's own method
		if int(method) < len(fuzzMethods) {
			m = fuzzMethods[method]
		} else if hname != "" && len(hname) < 16 {
			m = hname
		}
		if int(route) < len(routes) {
			path = routeParam.ReplaceAllLiteralString(routes[route], arg)
		}
		if !strings.HasPrefix(path, "/") {
			path = "/" + path
		}
		req := httptest.NewRequest("GET", "/", nil)
		req.Method = m
		req.URL = &url.URL{Path: path, RawQuery: rawQuery}
		req.RequestURI = req.URL.RequestURI()
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.ContentLength = int64(len(body))
		if ct != "" {
			req.Header.Set("Content-Type", ct)
		}
		name := hname
		if int(header) < len(fuzzHeaders) {
			name = fuzzHeaders[header]
		}
		if name != "" {
			req.Header[name] = []string{hval}
		}
		if tok := tokens[int(auth)%len(tokens)]; tok != "" {
			req.Header.Set("Authorization", tok)
		}
		logs.Reset()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		ctype := rec.Header().Get("Content-Type")
		switch {
		case rec.Code >= 500:
			t.Fatalf("%s %s?%s → %d\nbody: %.400s\nlog: %s", m, path, rawQuery, rec.Code, rec.Body, logs.String())
		case rec.Code >= 300 && rec.Code < 400 && rec.Code != http.StatusNotModified:
			t.Fatalf("%s %s → %d redirect to %q", m, path, rec.Code, rec.Header().Get("Location"))
		case rec.Code >= 400 && !strings.HasPrefix(ctype, "application/problem+json"):
			t.Fatalf("%s %s → %d with Content-Type %q, not problem+json: %.200s", m, path, rec.Code, ctype, rec.Body)
		case m == http.MethodHead && rec.Body.Len() > 0:
			t.Fatalf("HEAD %s → a body", path)
		}
	})
}

func dedupeSorted(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// syncBuffer is a log sink the handler may write from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.b.Reset()
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
