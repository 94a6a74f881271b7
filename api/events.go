package api

import (
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// eventRequest is the body of POST and PATCH /events.
type eventRequest struct {
	titleInput
	Kind         Opt[string]         `json:"kind"`
	Status       Opt[string]         `json:"status"`
	Format       Opt[string]         `json:"format"`
	StartDate    Opt[string]         `json:"start_date"`
	EndDate      Opt[string]         `json:"end_date"`
	StartTime    Opt[string]         `json:"start_time"`
	Timezone     Opt[string]         `json:"timezone"`
	PartnerIDs   Opt[[]int64]        `json:"partner_ids"`
	Location     Opt[string]         `json:"location"`
	Organizer    Opt[string]         `json:"organizer"`
	Description  Opt[string]         `json:"description"`
	Participants Opt[int]            `json:"participants"`
	Sources      Opt[[]model.Source] `json:"sources"`
	Tags         Opt[[]string]       `json:"tags"`
}

func (r *eventRequest) apply(e *model.Event) error {
	var f fields
	r.titleInput.apply(&f, &e.TitleEN, &e.TitleZH, false)
	f.str("kind", r.Kind, &e.Kind, true)
	f.str("status", r.Status, &e.Status, true)
	f.str("format", r.Format, &e.Format, false)
	singleDay := e.ID != 0 && e.EndDate == e.StartDate
	f.date("start_date", r.StartDate, &e.StartDate, true)
	if r.StartDate.Set && !r.EndDate.Set && singleDay {
		// A moved start takes a single-day event's end along; a longer one
		// keeps its end, and validation says if it now ends too early.
		e.EndDate = pdate.Date{}
	}
	f.date("end_date", r.EndDate, &e.EndDate, false)
	f.str("start_time", r.StartTime, &e.StartTime, false)
	f.str("timezone", r.Timezone, &e.Timezone, false)
	set(&f, "partner_ids", r.PartnerIDs, &e.PartnerIDs, false)
	f.str("location", r.Location, &e.Location, false)
	f.str("organizer", r.Organizer, &e.Organizer, false)
	f.str("description", r.Description, &e.Description, false)
	optional(&f, "participants", r.Participants, &e.Participants)
	f.sources("sources", r.Sources, &e.Sources)
	set(&f, "tags", r.Tags, &e.Tags, false)
	return f.err()
}

type eventResponse struct {
	ID int64 `json:"id"`
	titleJSON
	Kind         string         `json:"kind"`
	Status       string         `json:"status"`
	Format       string         `json:"format"`
	StartDate    string         `json:"start_date"`
	EndDate      *string        `json:"end_date"`
	Precision    string         `json:"precision"`
	StartTime    *string        `json:"start_time"`
	Timezone     *string        `json:"timezone"`
	PartnerIDs   []int64        `json:"partner_ids"`
	Location     *string        `json:"location"`
	Organizer    *string        `json:"organizer"`
	Description  *string        `json:"description"`
	Participants *int           `json:"participants"`
	PlanID       *int64         `json:"plan_id"`
	Sources      []model.Source `json:"sources"`
	Tags         []string       `json:"tags"`
	stamps
}

func toEventResponse(e *model.Event) eventResponse {
	return eventResponse{
		ID: e.ID, titleJSON: toTitleJSON(e.TitleEN, e.TitleZH), Kind: e.Kind, Status: e.Status,
		Format: e.Format, StartDate: e.StartDate.String(), EndDate: nullDate(e.EndDate),
		Precision: string(e.StartDate.Precision()), StartTime: nullable(e.StartTime), Timezone: nullable(e.Timezone),
		PartnerIDs: orEmpty(e.PartnerIDs), Location: nullable(e.Location), Organizer: nullable(e.Organizer),
		Description: nullable(e.Description), Participants: e.Participants, PlanID: e.PlanID,
		Sources: orEmpty(e.Sources), Tags: orEmpty(e.Tags), stamps: stampsOf(&e.Meta),
	}
}

func (s *Server) eventRoutes(g groups) {
	g.read.GET("/events", listAll(s, eventFilter, s.store.ListEvents, toEventResponse))
	crud[eventRequest](s, g, "events", toEventResponse, storeOps[model.Event]{
		s.store.GetEvent, s.store.CreateEvent, s.store.UpdateEvent, s.store.DeleteEvent, model.Event{Status: vocab.EventPlanned}})
}

// eventFilter reads the filters of GET /events; an inverted from/to range
// is a 422 naming both.
func eventFilter(q *query) (model.EventFilter, model.Page) {
	f := model.EventFilter{
		From: q.date("from"), To: q.date("to"), PartnerID: q.id("partner_id"), PlanID: q.id("plan_id"),
		Kind: q.oneOf("kind", vocab.EventKinds), Status: q.oneOf("status", vocab.EventStatuses),
		Tag: q.tag("tag"), Q: q.str("q"), Page: q.page(),
	}
	q.ordered(f.From, f.To)
	return f, f.Page
}
