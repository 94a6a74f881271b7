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
	Template      string          `gorm:"size:40;not null"`
	Year          int             `gorm:"not null;index"`
	Status        string          `gorm:"size:20;not null;index"`
	PartnershipID *int64          `gorm:"index"`
	AnchorDate    pdate.Date      `gorm:"type:varchar(10)"`
	TitleEN       string          `gorm:"size:300;not null;default:''"`
	TitleZH       string          `gorm:"size:300;not null;default:''"`
	Warnings      []string        `gorm:"serializer:json;type:text"`
	Items         []planning.Item `gorm:"serializer:json;type:text"`
}

func (p *Plan) prepare(*Store) {
	if p.Status == "" {
		p.Status = PlanDraft
	}
	if p.Warnings == nil {
		p.Warnings = []string{}
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
		checkEnum(&pr, f+".kind", it.Kind, EventKinds)
		checkEnum(&pr, f+".format", it.Format, EventFormats)
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
