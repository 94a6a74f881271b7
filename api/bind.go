package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
)

// MaxBody is the largest request body accepted.
const MaxBody = 1 << 20

// Opt is a JSON field of a create or PATCH request: Set when the key was
// present, Null when its value was null.
type Opt[T any] struct {
	Set  bool
	Null bool
	V    T
}

// UnmarshalJSON records presence; encoding/json calls it only for keys
// present in the document, null included.
func (o *Opt[T]) UnmarshalJSON(b []byte) error {
	o.Set = true
	if string(b) == "null" {
		o.Null = true
		return nil
	}
	return json.Unmarshal(b, &o.V)
}

// decode reads a JSON object body into dst: 415 unless the body is JSON,
// 413 over MaxBody, 400 for malformed JSON, unknown fields or wrong types.
func decode(c *gin.Context, dst any) error {
	ct := c.GetHeader("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if ct == "" || err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		return &model.Error{Kind: model.KindUnsupported, Message: "the request body must be JSON (Content-Type: application/json)"}
	}
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, MaxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return &model.Error{Kind: model.KindTooLarge, Message: fmt.Sprintf("the request body is over %d bytes", MaxBody)}
		}
		return model.BadRequest("body", "the request body could not be read")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return jsonError(err)
	}
	if dec.More() {
		return model.BadRequest("body", "the body holds more than one JSON value")
	}
	return nil
}

// jsonError turns a decoding error into a 400 naming the field.
func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return model.BadRequest("body", "malformed JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "body"
		}
		return model.BadRequest(field, "must be %s, not %s", jsonType(typ.Type.Kind().String()), typ.Value)
	case errors.Is(err, io.EOF):
		return model.BadRequest("body", "the request body is empty")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return model.BadRequest("body", "malformed JSON: the body ends too early")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return model.BadRequest(name, "is not a known field")
	}
	return model.BadRequest("body", "malformed JSON")
}

func jsonType(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "int", "int64", "int32", "float64":
		return "a number"
	case "bool":
		return "true or false"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	}
	return goKind
}

// pathID reads the :id path parameter: a positive integer, else 400.
func pathID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, model.BadRequest("id", "the path id must be a positive integer")
	}
	return id, nil
}

// ifMatch reads If-Match: nil when absent or "*", else the version it
// names. A value that names no version can never match: 412.
func ifMatch(c *gin.Context) (*int, error) {
	h := strings.TrimSpace(c.GetHeader("If-Match"))
	if h == "" || h == "*" {
		return nil, nil
	}
	h = strings.TrimPrefix(h, "W/")
	v, err := strconv.Atoi(strings.Trim(h, `"`))
	if err != nil {
		return nil, model.Errorf(model.KindPrecondition, "If-Match %q names no version of this resource", h)
	}
	return &v, nil
}

// query collects query-parameter problems; every bad parameter is a 400.
type query struct {
	c    *gin.Context
	errs []model.FieldError
}

func newQuery(c *gin.Context) *query { return &query{c: c} }

func (q *query) bad(field, format string, args ...any) {
	q.errs = append(q.errs, model.FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
}

// err returns the collected problems as one 400.
func (q *query) err() error {
	if len(q.errs) == 0 {
		return nil
	}
	return &model.Error{Kind: model.KindBadRequest, Message: "bad query parameter", Fields: q.errs}
}

func (q *query) str(name string) string { return q.c.Query(name) }

// oneOf reads an optional enum parameter.
func (q *query) oneOf(name string, allowed []string) string {
	v := q.c.Query(name)
	if v == "" {
		return ""
	}
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	q.bad(name, "must be one of %s", strings.Join(allowed, ", "))
	return ""
}

// country reads an optional ISO country parameter.
func (q *query) country(name string) string {
	v := q.c.Query(name)
	if v != "" && !model.ValidCountry(v) {
		q.bad(name, "%q is not an assigned ISO 3166-1 alpha-2 code (upper case)", v)
		return ""
	}
	return v
}

// intIn reads an optional integer parameter within [min, max].
func (q *query) intIn(name string, def, min, max int) int {
	v := q.c.Query(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		q.bad(name, "must be an integer from %d to %d", min, max)
		return def
	}
	return n
}

// id reads an optional positive id parameter.
func (q *query) id(name string) int64 {
	v := q.c.Query(name)
	if v == "" {
		return 0
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 {
		q.bad(name, "must be a positive integer id")
		return 0
	}
	return n
}

// date reads an optional full date parameter.
func (q *query) date(name string) pdate.Date {
	v := q.c.Query(name)
	if v == "" {
		return pdate.Date{}
	}
	d, err := pdate.ParseFull(v)
	if err != nil {
		q.bad(name, "must be a real date YYYY-MM-DD")
	}
	return d
}

// boolean reads an optional true/false parameter.
func (q *query) boolean(name string) bool {
	switch q.c.Query(name) {
	case "", "false", "0":
		return false
	case "true", "1":
		return true
	}
	q.bad(name, "must be true or false")
	return false
}

// page reads limit (default 50, 1–500) and offset (≥ 0).
func (q *query) page() model.Page {
	return model.Page{Limit: q.intIn("limit", 50, 1, 500), Offset: q.intIn("offset", 0, 0, 1<<31-1)}
}

// fields helps request types convert their Opt fields into a model value,
// collecting 422 problems for values that are present but unusable.
type fields struct{ p model.Problems }

// take says what a field of the body asks for: use is false when it is
// absent (or null where null is refused, which is recorded), clear when it
// is null.
func (f *fields) take(name string, set, null, required bool) (use, clear bool) {
	switch {
	case !set:
		return false, false
	case null && required:
		f.p.Add(name, "cannot be null")
		return false, false
	}
	return true, null
}

// str applies a string field; null clears it unless it is required.
func (f *fields) str(name string, o Opt[string], dst *string, required bool) {
	if use, clear := f.take(name, o.Set, o.Null, required); use {
		*dst = o.V
		if clear {
			*dst = ""
		}
	}
}

// date applies a partial-date field.
func (f *fields) date(name string, o Opt[string], dst *pdate.Date, required bool) {
	use, clear := f.take(name, o.Set, o.Null, required)
	if !use || clear {
		if clear {
			*dst = pdate.Date{}
		}
		return
	}
	d, err := pdate.Parse(o.V)
	if err != nil {
		f.p.Add(name, "%q is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD", o.V)
		return
	}
	*dst = d
}

// sources applies a list of sources.
func (f *fields) sources(name string, o Opt[[]sourceJSON], dst *[]model.Source) {
	if !o.Set {
		return
	}
	out := make([]model.Source, 0, len(o.V))
	for _, s := range o.V {
		out = append(out, model.Source{URL: s.URL, Note: s.Note})
	}
	*dst = out
}

func (f *fields) err() error { return f.p.Err() }

// sourceJSON is a source as the API reads and writes it.
type sourceJSON struct {
	URL  string `json:"url,omitempty"`
	Note string `json:"note,omitempty"`
}

func sourcesJSON(ss []model.Source) []sourceJSON {
	out := make([]sourceJSON, len(ss))
	for i, s := range ss {
		out[i] = sourceJSON{URL: s.URL, Note: s.Note}
	}
	return out
}

// nullable returns nil for "", so optional text goes out as null.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nullDate returns nil for the zero date.
func nullDate(d pdate.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}
