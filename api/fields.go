package api

import (
	"time"

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

// set applies a field of any type and says whether it did; null sets the
// zero value (an empty string, no list) unless the field is required.
func set[T any](f *fields, name string, o Opt[T], dst *T, required bool) bool {
	use, clear := f.take(name, o.Set, o.Null, required)
	if use {
		*dst = o.V
		if clear {
			var zero T
			*dst = zero
		}
	}
	return use
}

// str applies a string field; null clears it unless it is required.
func (f *fields) str(name string, o Opt[string], dst *string, required bool) {
	set(f, name, o, dst, required)
}

// optional applies a field the model keeps as a pointer: null clears it.
func optional[T any](f *fields, name string, o Opt[T], dst **T) {
	var v T
	if set(f, name, o, &v, false) {
		*dst = nil
		if !o.Null {
			*dst = &v
		}
	}
}

// change fills a field of a change set: dst points at the new value (the
// zero value for null where null is allowed), and stays nil when absent.
func change[T any](f *fields, name string, o Opt[T], dst **T, required bool) {
	var v T
	if set(f, name, o, &v, required) {
		*dst = &v
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

// sources applies a list of sources (null: none).
func (f *fields) sources(name string, o Opt[[]model.Source], dst *[]model.Source) {
	if o.Set {
		*dst = append([]model.Source{}, o.V...)
	}
}

func (f *fields) err() error { return f.p.Err() }

// The pieces below are fields that several request and response bodies
// share, embedded where they stand in each (encoding/json lifts an
// embedded struct's fields into the object in place, so the JSON is as if
// they were written out).

// titleInput is the bilingual title of a request body.
type titleInput struct {
	TitleEN Opt[string] `json:"title_en"`
	TitleZH Opt[string] `json:"title_zh"`
}

// apply applies the titles; the English one may be required.
func (t *titleInput) apply(f *fields, en, zh *string, enRequired bool) {
	f.str("title_en", t.TitleEN, en, enRequired)
	f.str("title_zh", t.TitleZH, zh, false)
}

// titleJSON is titleInput as responses carry it, each title null when empty.
type titleJSON struct {
	TitleEN *string `json:"title_en"`
	TitleZH *string `json:"title_zh"`
}

func toTitleJSON(en, zh string) titleJSON {
	return titleJSON{TitleEN: nullable(en), TitleZH: nullable(zh)}
}

// recordInput closes the body of a record that cites its sources: how
// sure the office is, the sources, and notes.
type recordInput struct {
	Confidence Opt[string]         `json:"confidence"`
	Sources    Opt[[]model.Source] `json:"sources"`
	Notes      Opt[string]         `json:"notes"`
}

// apply applies confidence (null refused where required), sources, notes.
func (r *recordInput) apply(f *fields, confidence *string, confidenceRequired bool, sources *[]model.Source, notes *string) {
	f.str("confidence", r.Confidence, confidence, confidenceRequired)
	f.sources("sources", r.Sources, sources)
	f.str("notes", r.Notes, notes, false)
}

// recordJSON is recordInput as responses carry it.
type recordJSON struct {
	Confidence string         `json:"confidence"`
	Sources    []model.Source `json:"sources"`
	Notes      *string        `json:"notes"`
}

func toRecordJSON(confidence string, sources []model.Source, notes string) recordJSON {
	return recordJSON{Confidence: confidence, Sources: orEmpty(sources), Notes: nullable(notes)}
}

// stamps end every stored resource's response: its version (the ETag)
// and when it was created and last changed.
type stamps struct {
	Version   int       `json:"version"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

func stampsOf(m *model.Meta) stamps {
	return stamps{Version: m.Version, CreatedAt: m.CreatedAt, UpdatedAt: m.UpdatedAt}
}

// orEmpty is xs, or an empty list for nil: lists go out as [], not null.
func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
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
