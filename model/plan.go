package model

import (
	"fmt"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/planning"
	"github.com/youcheng/youcheng/model/vocab"
)

// Plan statuses.
const (
	PlanDraft   = "draft"
	PlanAdopted = "adopted"
)

// Plan is a generated event plan (a series around an anniversary, or an
// annual programme); adopting it creates one planned event per item.
type Plan struct {
	Meta
	Template      string     `gorm:"size:40;not null"`
	Year          int        `gorm:"not null;index"`
	Status        string     `gorm:"size:20;not null;index"`
	PartnershipID *int64     `gorm:"index"`
	AnchorDate    pdate.Date `gorm:"type:varchar(10)"`
	TitleEN       string     `gorm:"size:300;not null;default:''"`
	TitleZH       string     `gorm:"size:300;not null;default:''"`
	Warnings      []string   `gorm:"serializer:json;type:text"`
	WarningsZH    []string   `gorm:"serializer:json;type:text"` // Warnings in Chinese, same order
	Items         []PlanItem `gorm:"serializer:json;type:text"`
}

// PlanItem is one item of a stored plan: the JSON of the plans.items
// column. It is its own type over the planner's Item (same fields, same
// JSON keys — stored drafts hold those keys, so they must not change), so
// the planner's type is neither the column nor the API's answer; the two
// convert with PlanItem(it) and planning.Item(it).
type PlanItem planning.Item

// Event is the one conversion of a plan item into the planned event that
// adopting plan planID creates.
func (it PlanItem) Event(planID int64) *Event {
	return &Event{TitleEN: it.TitleEN, TitleZH: it.TitleZH, Kind: it.Kind, Status: vocab.EventPlanned, Format: it.Format,
		StartDate: it.StartDate, EndDate: it.EndDate, StartTime: it.StartTime, Timezone: it.Timezone,
		Description: it.Rationale, PartnerIDs: dedupe(it.PartnerIDs), PlanID: &planID}
}

// planItems converts the planner's items for storing.
func planItems(in []planning.Item) []PlanItem {
	out := make([]PlanItem, len(in))
	for i, it := range in {
		out[i] = PlanItem(it)
	}
	return out
}

// plannerItems converts stored items for the planner's Check.
func plannerItems(in []PlanItem) []planning.Item {
	out := make([]planning.Item, len(in))
	for i, it := range in {
		out[i] = planning.Item(it)
	}
	return out
}

func (p *Plan) prepare(*Store) {
	if p.Status == "" {
		p.Status = PlanDraft
	}
	if p.Warnings == nil {
		p.Warnings = []string{}
	}
	if p.WarningsZH == nil {
		p.WarningsZH = []string{}
	}
}

// Validate checks the stored shape of a plan (the scheduling rules are the
// planner's Check).
func (p *Plan) Validate() error {
	var pr Problems
	checkText(&pr, "title_en", p.TitleEN, MaxTitle, false, true)
	checkText(&pr, "title_zh", p.TitleZH, MaxTitle, false, true)
	checkEnum(&pr, "status", p.Status, []string{PlanDraft, PlanAdopted})
	if len(p.Items) > 5000 {
		pr.Add("items", "a plan holds at most 5000 items")
	}
	for i, it := range p.Items {
		f := fmt.Sprintf("items[%d]", i)
		if it.TitleEN == "" && it.TitleZH == "" {
			pr.Add(f+".title_en", "title_en or title_zh is required")
		}
		checkText(&pr, f+".title_en", it.TitleEN, MaxTitle, false, true)
		checkText(&pr, f+".title_zh", it.TitleZH, MaxTitle, false, true)
		checkEnum(&pr, f+".kind", it.Kind, vocab.EventKinds)
		checkEnum(&pr, f+".format", it.Format, vocab.EventFormats)
		if it.StartDate.Precision() != pdate.Day || it.StartDate.IsZero() {
			pr.Add(f+".start_date", "must be a full date (YYYY-MM-DD)")
		}
		if !it.EndDate.IsZero() && (it.EndDate.Precision() != pdate.Day || it.EndDate.Before(it.StartDate)) {
			pr.Add(f+".end_date", "must be a full date on or after start_date")
		}
		if it.StartTime != "" && !vocab.ValidHHMM(it.StartTime) {
			pr.Add(f+".start_time", "must be HH:MM")
		}
		if it.Timezone != "" && !ValidZone(it.Timezone) {
			pr.Add(f+".timezone", "%q is not an IANA time zone", it.Timezone)
		}
		checkText(&pr, f+".rationale", it.Rationale, MaxText, false, false)
	}
	return pr.Err()
}
