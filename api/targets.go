package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/youcheng/youcheng/model"
)

// criteriaJSON is a target's criteria as the API reads and writes them
// (the model's fields and keys); an empty list means any.
type criteriaJSON model.TargetCriteria

// UnmarshalJSON rejects unknown criteria, as the body decoder does for
// the body's own fields, naming them as criteria.<name>.
func (c *criteriaJSON) UnmarshalJSON(b []byte) error {
	type plain criteriaJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var v plain
	if err := dec.Decode(&v); err != nil {
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			return model.BadRequest("criteria."+typ.Field, "must be %s, not %s", jsonType(typ.Type.Kind().String()), typ.Value)
		}
		if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return model.BadRequest("criteria."+strings.Trim(name, `"`), "is not a known criterion")
		}
		return err
	}
	*c = criteriaJSON(v)
	return nil
}

// targetRequest is the body of POST and PATCH /targets. criteria, when
// present, replaces the whole criteria (null: every event of the year).
type targetRequest struct {
	Year Opt[int] `json:"year"`
	titleInput
	Count    Opt[int]          `json:"count"`
	Criteria Opt[criteriaJSON] `json:"criteria"`
	Notes    Opt[string]       `json:"notes"`
}

func (r *targetRequest) apply(t *model.Target) error {
	var f fields
	set(&f, "year", r.Year, &t.Year, true)
	r.titleInput.apply(&f, &t.TitleEN, &t.TitleZH, false)
	set(&f, "count", r.Count, &t.Count, true)
	if r.Criteria.Set {
		c := r.Criteria.V
		if r.Criteria.Null {
			c = criteriaJSON{}
		}
		t.Criteria = model.TargetCriteria(c)
	}
	f.str("notes", r.Notes, &t.Notes, false)
	return f.err()
}

type progressJSON struct {
	Done      int     `json:"done"`
	Scheduled int     `json:"scheduled"`
	EventIDs  []int64 `json:"event_ids"`
}

type targetResponse struct {
	ID   int64 `json:"id"`
	Year int   `json:"year"`
	titleJSON
	Count    int          `json:"count"`
	Criteria criteriaJSON `json:"criteria"`
	Notes    *string      `json:"notes"`
	Progress progressJSON `json:"progress"`
	stamps
}

func toTargetResponse(t *model.Target) targetResponse {
	c := t.Criteria
	return targetResponse{
		ID: t.ID, Year: t.Year, titleJSON: toTitleJSON(t.TitleEN, t.TitleZH), Count: t.Count,
		Criteria: criteriaJSON{Kinds: orEmpty(c.Kinds), Statuses: orEmpty(c.Statuses), PartnerIDs: orEmpty(c.PartnerIDs),
			Countries: orEmpty(c.Countries), Formats: orEmpty(c.Formats), Tags: orEmpty(c.Tags)},
		Notes: nullable(t.Notes),
		Progress: progressJSON{Done: t.Progress.Done, Scheduled: t.Progress.Scheduled,
			EventIDs: orEmpty(t.Progress.EventIDs)},
		stamps: stampsOf(&t.Meta),
	}
}

// tag reads an optional tag parameter (1–50 characters after trimming).
func (q *query) tag(name string) string {
	v := strings.TrimSpace(q.c.Query(name))
	if q.c.Query(name) != "" && (v == "" || utf8.RuneCountInString(v) > model.MaxTag || !utf8.ValidString(v)) {
		q.bad(name, "must be a tag of 1 to %d characters", model.MaxTag)
		return ""
	}
	return v
}

func (s *Server) targetRoutes(g groups) {
	g.read.GET("/targets", listAll(s, targetFilter, s.store.ListTargets, toTargetResponse))
	crud[targetRequest](s, g, "targets", toTargetResponse, storeOps[model.Target]{
		s.store.GetTarget, s.store.CreateTarget, s.store.UpdateTarget, s.store.DeleteTarget, model.Target{}})
}

func targetFilter(q *query) (model.TargetFilter, model.Page) {
	f := model.TargetFilter{Year: q.intIn("year", 0, model.MinYear, model.MaxYear), Page: q.page()}
	return f, f.Page
}
