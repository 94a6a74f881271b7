package api_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model/modeltest"
)

// FuzzCreateBodies sends arbitrary bodies to every create route: the answer
// is never a 500, always JSON, and a 201 only for a body that is one JSON
// object.
func FuzzCreateBodies(f *testing.F) {
	seeds := []string{
		`{"name_en":"Ube","country":"JP"}`, `{"name_en":"x","country":"jp"}`, `{`, `[]`, `null`, `{"name_en":null}`,
		`{"partner_id":1,"established_on":"1992-02-30"}`, `{"title_en":"a","kind":"culture","start_date":"2022"}`,
		`{"title_en":"a","date":"1972-09-29","sources":[{"url":"ftp://x"}]}`, `{"name_en":"\u0000"}`, `{"a":1}{"b":2}`,
		`{"name_en":"` + strings.Repeat("長", 300) + `","country":"CN"}`, `{"participants":1e400}`,
	}
	paths := []string{"/api/v1/partners", "/api/v1/partnerships", "/api/v1/commemorations", "/api/v1/events"}
	for i, s := range seeds {
		f.Add(uint8(i), s)
	}
	// One database for the whole run: the fuzzer calls the body many
	// thousand times.
	st := modeltest.NewStore(f)
	h := newServer(st, api.Config{Auth: "off"}).Handler()
	f.Fuzz(func(t *testing.T, which uint8, body string) {
		req := httptest.NewRequest(http.MethodPost, paths[int(which)%len(paths)], strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s %q → %d %s", req.URL.Path, body, rec.Code, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%q → a body that is not JSON: %q", body, rec.Body)
		}
		if rec.Code == http.StatusCreated && !strings.HasPrefix(strings.TrimSpace(body), "{") {
			t.Fatalf("%q created something", body)
		}
	})
}
