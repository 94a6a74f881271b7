package api_test

import (
	"context"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/api/console"
	"github.com/youcheng/youcheng/model/modeltest"
)

// TestSpecLoadsAndValidates: docs/openapi.yaml is a valid OpenAPI 3.1
// document that kin-openapi loads, with the server URL the harness uses.
func TestSpecLoadsAndValidates(t *testing.T) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromFile("../docs/openapi.yaml")
	if err != nil {
		t.Fatalf("load docs/openapi.yaml: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("docs/openapi.yaml does not validate: %v", err)
	}
	if !doc.IsOpenAPI31OrLater() {
		t.Errorf("docs/openapi.yaml declares openapi %q, want 3.1.x", doc.OpenAPI)
	}
	if len(doc.Servers) == 0 || doc.Servers[0].URL != "http://localhost:8080" {
		t.Errorf("servers[0].url must be http://localhost:8080 (the harness's request URLs)")
	}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			if op.OperationID == "" {
				t.Errorf("%s %s: no operationId", method, path)
			}
			if op.Responses == nil || op.Responses.Len() == 0 {
				t.Errorf("%s %s: no responses", method, path)
				continue
			}
			for code := range op.Responses.Map() {
				if code == "default" {
					t.Errorf("%s %s: a default response hides which statuses the route answers; list them", method, path)
				}
			}
		}
	}
}

var ginParam = regexp.MustCompile(`:([A-Za-z_][A-Za-z0-9_]*)`)

// specPath converts a gin route path (":id", "*rest") to OpenAPI's ("{id}").
func specPath(ginPath string) string {
	p := ginParam.ReplaceAllString(ginPath, "{$1}")
	if i := strings.Index(p, "*"); i >= 0 {
		p = p[:i] + "{" + p[i+1:] + "}"
	}
	return p
}

// TestRoutesMatchSpec fails when the router serves a route docs/openapi.yaml
// does not describe, or the document describes one the router does not serve.
// The staff console's pages and assets (package console) are not API routes
// and stay out of the document.
func TestRoutesMatchSpec(t *testing.T) {
	doc, err := spec()
	if err != nil {
		t.Fatalf("docs/openapi.yaml: %v", err)
	}
	srv := api.New(modeltest.NewStore(t), api.Config{Auth: "off"}, nil)

	// The console's routes are those its Register adds.
	ui := gin.New()
	console.New(console.Options{}).Register(ui)
	consoleRoute := map[string]bool{}
	for _, r := range ui.Routes() {
		consoleRoute[r.Path] = true
	}
	served := map[string]bool{}
	for _, r := range srv.Routes() {
		if r[0] == http.MethodHead || consoleRoute[r[1]] {
			continue
		}
		served[strings.ToUpper(r[0])+" "+specPath(r[1])] = true
	}
	documented := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			if method == http.MethodHead {
				continue
			}
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	if len(served) == 0 {
		t.Fatal("the server reports no routes")
	}

	var undocumented, unserved []string
	for r := range served {
		if !documented[r] {
			undocumented = append(undocumented, r)
		}
	}
	for r := range documented {
		if !served[r] {
			unserved = append(unserved, r)
		}
	}
	sort.Strings(undocumented)
	sort.Strings(unserved)
	for _, r := range undocumented {
		t.Errorf("served but not in docs/openapi.yaml: %s", r)
	}
	for _, r := range unserved {
		t.Errorf("in docs/openapi.yaml but not served: %s", r)
	}
}

// TestSpecPathConversion pins the gin-to-OpenAPI path conversion the route
// comparison relies on.
func TestSpecPathConversion(t *testing.T) {
	for in, want := range map[string]string{
		"/healthz":                         "/healthz",
		"/api/v1/partners/:id":             "/api/v1/partners/{id}",
		"/api/v1/partnerships/:id/history": "/api/v1/partnerships/{id}/history",
		"/api/v1/calendar/:year":           "/api/v1/calendar/{year}",
		"/api/v1/plans/:id/adopt":          "/api/v1/plans/{id}/adopt",
		"/files/*rest":                     "/files/{rest}",
	} {
		if got := specPath(in); got != want {
			t.Errorf("specPath(%q) = %q, want %q", in, got, want)
		}
	}
}
