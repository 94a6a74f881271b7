package api

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
)

// This file reads query parameters. Every problem is a 400 naming the
// parameter; boundQuery vets every parameter of every request first.

// Bounds on the query string: no parameter the API reads is longer than a
// name (200 characters), and no request needs more than a few dozen.
const (
	maxQueryValue  = model.MaxName
	maxQueryName   = 64
	maxQueryParams = 64
)

// boundQuery refuses, before any handler runs, a query string that does
// not parse, has too many parameters, a parameter given twice, or a
// parameter name or value that is too long, not UTF-8 or holds control
// characters (PostgreSQL refuses NUL in text; an over-long LIKE pattern
// fails on SQLite).
func (s *Server) boundQuery(c *gin.Context) {
	raw := c.Request.URL.RawQuery
	if raw == "" {
		c.Next()
		return
	}
	vals, err := url.ParseQuery(raw)
	if err != nil {
		s.writeError(c, model.BadRequest("query", "the query string is malformed: %s", err))
		return
	}
	n := 0
	for name, vs := range vals {
		n += len(vs)
		if err := checkQueryText(name, name, maxQueryName); err != nil {
			s.writeError(c, err)
			return
		}
		for _, v := range vs {
			if err := checkQueryText(name, v, maxQueryValue); err != nil {
				s.writeError(c, err)
				return
			}
		}
	}
	if n > maxQueryParams {
		s.writeError(c, model.BadRequest("query", "has %d parameters; at most %d are allowed", n, maxQueryParams))
		return
	}
	// Every parameter is read once: a second value would be silently
	// ignored (partner_id=1&partner_id=2 would filter by 1 alone).
	for name, vs := range vals {
		if len(vs) > 1 {
			s.writeError(c, model.BadRequest(name, "is given %d times; give it once", len(vs)))
			return
		}
	}
	c.Next()
}

// checkQueryText is a 400 naming param when v is over max characters,
// not UTF-8, or holds a control character.
func checkQueryText(param, v string, max int) error {
	field := param
	if !utf8.ValidString(field) || len(field) > maxQueryName {
		field = "query"
	}
	if !utf8.ValidString(v) {
		return model.BadRequest(field, "is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(v); n > max {
		return model.BadRequest(field, "is %d characters long; at most %d are allowed", n, max)
	}
	for _, r := range v {
		if unicode.IsControl(r) {
			return model.BadRequest(field, "contains a control character (U+%04X)", r)
		}
	}
	return nil
}

// query collects query-parameter problems; every bad parameter is a 400.
type query struct {
	c    *gin.Context
	errs []model.FieldError
	// inverted is set by ordered: a 422, when no parameter is a 400.
	inverted bool
}

func newQuery(c *gin.Context) *query { return &query{c: c} }

func (q *query) bad(field, format string, args ...any) {
	q.errs = append(q.errs, model.NewFieldError(field, format, args...))
}

// err returns the collected problems as one 400, else an inverted range
// found by ordered as a 422.
func (q *query) err() error {
	switch {
	case len(q.errs) > 0:
		return &model.Error{Kind: model.KindBadRequest, Message: "bad query parameter", Fields: q.errs}
	case q.inverted:
		return invalidRange()
	}
	return nil
}

// ordered records a from/to range whose to is before its from (either
// may be absent).
func (q *query) ordered(from, to pdate.Date) {
	q.inverted = q.inverted || (!from.IsZero() && !to.IsZero() && to.Before(from))
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

// canonicalInt matches an integer written the one plain way: no sign
// other than a minus, no leading zeros, no exponent.
var canonicalInt = regexp.MustCompile(`^(0|-?[1-9][0-9]{0,17})$`)

// parseCanonical parses v when it is a canonical decimal integer.
func parseCanonical(v string) (int64, bool) {
	if !canonicalInt.MatchString(v) {
		return 0, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	return n, err == nil
}

// intIn reads an optional integer parameter within [min, max].
func (q *query) intIn(name string, def, min, max int) int {
	v := q.c.Query(name)
	if v == "" {
		return def
	}
	n, ok := parseCanonical(v)
	if !ok || n < int64(min) || n > int64(max) {
		q.bad(name, "must be an integer from %d to %d", min, max)
		return def
	}
	return int(n)
}

// list reads an optional comma-separated parameter of at most max values:
// each value trimmed, none empty, repeats dropped (nil when absent).
func (q *query) list(name string, max int) []string {
	v := q.c.Query(name)
	if v == "" {
		return nil
	}
	var out []string
	for _, part := range strings.Split(v, ",") {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
			q.bad(name, "has an empty value; separate the values by single commas")
			return nil
		case !slices.Contains(out, part):
			out = append(out, part)
		}
	}
	if len(out) > max {
		q.bad(name, "has %d entries; at most %d are allowed", len(out), max)
		return nil
	}
	return out
}

// id reads an optional positive id parameter.
func (q *query) id(name string) int64 {
	v := q.c.Query(name)
	if v == "" {
		return 0
	}
	n, ok := parseCanonical(v)
	if !ok || n <= 0 {
		q.bad(name, "must be a positive integer id in plain decimal (e.g. 12)")
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

// pageOnly is the filter of a list that takes only limit and offset.
func pageOnly(q *query) (model.Page, model.Page) {
	pg := q.page()
	return pg, pg
}
