package api

import (
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
)

// This file converts the fields of a decoded body into model values
// (decode.go reads bodies, query.go query parameters, pathid.go path ids).

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
