package api_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"github.com/xuri/excelize/v2"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/seed"
)

// spec is docs/openapi.yaml, loaded once; every response a test receives
// is validated against it.
var spec = sync.OnceValues(func() (*openapi3.T, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromFile("../docs/openapi.yaml")
	if err != nil {
		return nil, err
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, err
	}
	return doc, nil
})

var specRouter = sync.OnceValues(func() (routers.Router, error) {
	doc, err := spec()
	if err != nil {
		return nil, err
	}
	return gorillamux.NewRouter(doc)
})

func init() {
	openapi3filter.RegisterBodyDecoder("application/problem+json", openapi3filter.JSONBodyDecoder)
	for _, ct := range []string{"text/calendar", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		"text/html", "text/markdown"} {
		openapi3filter.RegisterBodyDecoder(ct, openapi3filter.FileBodyDecoder)
	}
}

// env is one test's server on its own fresh database.
type env struct {
	t     *testing.T
	store *model.Store
	srv   *api.Server
	h     http.Handler
	token string // sent as Bearer when set
}

// newServer is the API over st, configured by cfg, logging nowhere.
func newServer(st *model.Store, cfg api.Config) *api.Server {
	return api.New(st, cfg, slog.New(slog.DiscardHandler))
}

// serve is an API server over st, configured by cfg.
func serve(t *testing.T, st *model.Store, cfg api.Config) *env {
	srv := newServer(st, cfg)
	return &env{t: t, store: st, srv: srv, h: srv.Handler()}
}

// instance is another server (a second instance) over e's database.
func (e *env) instance(cfg api.Config) *env { return serve(e.t, e.store, cfg) }

// setup is what options change: the API's configuration and the store's.
type setup struct {
	api   api.Config
	store []func(*model.Options)
}

type option func(*setup)

func withAuth(mode string) option { return func(s *setup) { s.api.Auth = mode } }

// withNow pins the one clock (the store's, which the API reads too).
func withNow(t time.Time) option {
	return func(s *setup) { s.store = append(s.store, modeltest.At(t)) }
}

// newEnv starts an empty server with auth off unless an option says
// otherwise. Every API test runs in parallel with the others, each on its
// own database, so newEnv marks t parallel: call it once, at the start.
func newEnv(t *testing.T, opts ...option) *env {
	t.Helper()
	t.Parallel()
	set := setup{api: api.Config{Auth: "off"}}
	for _, o := range opts {
		o(&set)
	}
	return serve(t, modeltest.NewStore(t, set.store...), set.api)
}

// newSeededEnv is newEnv with Weihai's seed loaded.
func newSeededEnv(t *testing.T, opts ...option) *env {
	t.Helper()
	e := newEnv(t, opts...)
	if _, err := seed.Load(context.Background(), e.store); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return e
}

// resp is a response, already checked against the spec.
type resp struct {
	Status int
	Header http.Header
	Body   []byte
}

func (r *resp) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("body is not a JSON object: %v\n%s", err, r.Body)
	}
	return m
}

func (r *resp) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("decode body: %v\n%s", err, r.Body)
	}
}

// do sends a request through the real engine. body may be nil, a string
// (sent as is) or a value (sent as JSON). Extra headers come in pairs.
func (e *env) do(method, path string, body any, headers ...string) *resp {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		rd = bytes.NewReader(j)
	}
	req := httptest.NewRequest(method, path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if e.token != "" {
		req.Header.Set("Authorization", "Bearer "+e.token)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	r := &resp{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	validateResponse(e.t, req, r)
	return r
}

// validateResponse fails the test when the response is not what
// docs/openapi.yaml says this route answers.
func validateResponse(t *testing.T, req *http.Request, r *resp) {
	t.Helper()
	router, err := specRouter()
	if err != nil {
		t.Fatalf("docs/openapi.yaml: %v", err)
	}
	vreq := req.Clone(context.Background())
	vreq.URL.Scheme, vreq.URL.Host = "http", "localhost:8080"
	route, params, err := router.FindRoute(vreq)
	if err != nil {
		if r.Status == http.StatusNotFound || r.Status == http.StatusMethodNotAllowed {
			return // routes the API does not have
		}
		t.Fatalf("%s %s: not in docs/openapi.yaml: %v", req.Method, req.URL.Path, err)
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: vreq, PathParams: params, Route: route,
			Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}},
		Status: r.Status, Header: r.Header, Body: io.NopCloser(bytes.NewReader(r.Body)),
		Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		t.Errorf("%s %s → %d does not match docs/openapi.yaml: %v\nbody: %.600s", req.Method, req.URL.String(), r.Status, err, r.Body)
	}
}

// wantStatus fails unless r has status and, for errors, a problem body
// naming each field given.
func wantStatus(t *testing.T, r *resp, status int, fields ...string) {
	t.Helper()
	if r.Status != status {
		t.Fatalf("status = %d, want %d; body: %s", r.Status, status, r.Body)
	}
	ct := r.Header.Get("Content-Type")
	if status >= 400 {
		if !strings.HasPrefix(ct, "application/problem+json") {
			t.Fatalf("error Content-Type = %q, want application/problem+json", ct)
		}
		p := r.json(t)
		if p["status"] != float64(status) || p["title"] == "" || p["type"] == "" || p["detail"] == "" || p["title_zh"] == nil {
			t.Errorf("problem body lacks type/title/title_zh/status/detail: %s", r.Body)
		}
		named := map[string]bool{}
		if errs, ok := p["errors"].([]any); ok {
			for _, e := range errs {
				named[e.(map[string]any)["field"].(string)] = true
			}
		}
		for _, f := range fields {
			if !named[f] {
				t.Errorf("problem does not name field %q: %s", f, r.Body)
			}
		}
	}
}

// create POSTs v to path, requires 201 and returns the new id.
func (e *env) create(path string, v any) int64 {
	e.t.Helper()
	r := e.do("POST", path, v)
	wantStatus(e.t, r, http.StatusCreated)
	return int64(r.json(e.t)["id"].(float64))
}

// xlsx GETs path, requires 200 and opens the body as a workbook, closed
// when the test ends.
func (e *env) xlsx(path string) *excelize.File {
	e.t.Helper()
	r := e.do("GET", path, nil)
	wantStatus(e.t, r, http.StatusOK)
	f, err := excelize.OpenReader(bytes.NewReader(r.Body))
	if err != nil {
		e.t.Fatalf("%s: not a workbook: %v", path, err)
	}
	e.t.Cleanup(func() { f.Close() })
	return f
}

// get GETs path, requires 200 and returns the body decoded as a T.
func get[T any](e *env, path string, headers ...string) T {
	e.t.Helper()
	r := e.do("GET", path, nil, headers...)
	wantStatus(e.t, r, http.StatusOK)
	var v T
	r.decode(e.t, &v)
	return v
}

// page is a list response: one page of items and the total of the list.
type page[T any] struct {
	Items []T `json:"items"`
	Total int `json:"total"`
	Limit int `json:"limit"`
}

// named is a list item read by its id and English name (partners) or
// title (events).
type named struct {
	ID      int64  `json:"id"`
	NameEN  string `json:"name_en"`
	TitleEN string `json:"title_en"`
}

// titles lists the items' English titles (events) or names (partners),
// joined by commas.
func titles(items []named) string {
	var out []string
	for _, it := range items {
		out = append(out, cmp.Or(it.TitleEN, it.NameEN))
	}
	return strings.Join(out, ",")
}

// auditRecord is one item of GET /api/v1/audit.
type auditRecord struct {
	Actor    string         `json:"actor"`
	Action   string         `json:"action"`
	EntityID int64          `json:"entity_id"`
	Before   map[string]any `json:"before"`
	After    map[string]any `json:"after"`
}

// audit GETs /api/v1/audit?query, which must answer 200, newest first.
func (e *env) audit(query string, headers ...string) page[auditRecord] {
	e.t.Helper()
	return get[page[auditRecord]](e, "/api/v1/audit?"+query, headers...)
}

// acts lists audit records as actor:action, space-separated.
func acts(records []auditRecord) string {
	var out []string
	for _, r := range records {
		out = append(out, r.Actor+":"+r.Action)
	}
	return strings.Join(out, " ")
}

// bodyCase is a request body and the answer it must get: the status and,
// for a problem, the fields it names.
type bodyCase struct {
	name   string
	body   any
	status int
	fields []string
}

// sendEach sends each case's body to path, each as a subtest.
func (e *env) sendEach(t *testing.T, method, path string, cases []bodyCase, headers ...string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantStatus(t, e.do(method, path, c.body, headers...), c.status, c.fields...)
		})
	}
}

// call is a request and the answer it must get.
type call struct {
	name    string
	method  string
	path    string
	body    any
	headers []string
	status  int
	fields  []string
}

// doEach makes each call, each as a subtest, sending headers before the
// call's own.
func (e *env) doEach(t *testing.T, calls []call, headers ...string) {
	t.Helper()
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			wantStatus(t, e.do(c.method, c.path, c.body, append(slices.Clone(headers), c.headers...)...), c.status, c.fields...)
		})
	}
}

// with returns a copy of base with extra's keys set.
func with(base, extra map[string]any) map[string]any {
	m := maps.Clone(base)
	maps.Copy(m, extra)
	return m
}
