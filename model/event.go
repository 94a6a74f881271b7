package model

import (
	"sort"
	"strings"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// LongSpanDays: events spanning more days than this are "long"; window
// queries find short events through the start-date index alone.
const LongSpanDays = 31

// Event is an exchange activity: a visit, exhibition, dialogue, programme.
type Event struct {
	Meta
	TitleEN   string     `gorm:"size:300;not null;default:''"`
	TitleZH   string     `gorm:"size:300;not null;default:''"`
	Kind      string     `gorm:"size:20;not null;index"`
	Status    string     `gorm:"size:20;not null;index"`
	Format    string     `gorm:"size:20;not null"`
	StartDate pdate.Date `gorm:"type:varchar(10);not null"`
	EndDate   pdate.Date `gorm:"type:varchar(10)"`
	// SpanStart and SpanEnd are the first and last full days the event
	// covers (YYYY-MM-DD text); LongSpan marks spans over LongSpanDays.
	// Both indexes cover the window condition, so counting a window reads
	// the index alone: (span_start, span_end) for short events, and
	// (long_span, span_start, span_end) for the few long ones.
	SpanStart    string   `gorm:"size:10;not null;index:ix_events_span,priority:1;index:ix_events_long_span,priority:2"`
	SpanEnd      string   `gorm:"size:10;not null;index:ix_events_span,priority:2;index:ix_events_long_span,priority:3"`
	LongSpan     bool     `gorm:"not null;default:false;index:ix_events_long_span,priority:1"`
	StartTime    string   `gorm:"size:5;not null;default:''"`
	Timezone     string   `gorm:"size:64;not null;default:''"`
	Location     string   `gorm:"size:300;not null;default:''"`
	Organizer    string   `gorm:"size:300;not null;default:''"`
	Description  string   `gorm:"type:text;not null;default:''"`
	Participants *int     `gorm:""`
	PlanID       *int64   `gorm:"index"`
	Sources      []Source `gorm:"serializer:json;type:text"`
	// PartnerIDs is loaded from and saved to the event_partners join table.
	PartnerIDs []int64 `gorm:"-"`
	// Tags are loaded from and saved to the event_tags join table.
	Tags []string `gorm:"-"`
}

// EventTag is one tag of an event (e.g. 海这边 海那边); the (tag, event_id)
// index answers the tag= filter and the targets' criteria.
type EventTag struct {
	EventID int64  `gorm:"primaryKey"`
	Tag     string `gorm:"primaryKey;size:50;index:ix_event_tags_tag,priority:1"`
	Event   *Event `gorm:"constraint:OnDelete:CASCADE"`
}

// MaxTag is the longest tag, in characters; MaxTags the most an event has.
const (
	MaxTag  = 50
	MaxTags = 20
)

// NormalizeTags trims each tag's surrounding spaces, drops repeats and
// sorts the tags, so that equal sets compare equal (an empty tag stays, for
// validation to report).
func NormalizeTags(tags []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// checkTags validates a list of tags under field.
func checkTags(pr *Problems, field string, tags []string) {
	if len(tags) > MaxTags {
		pr.Add(field, "has %d entries; at most %d are allowed", len(tags), MaxTags)
		return
	}
	for _, t := range tags {
		if strings.TrimSpace(t) == "" {
			pr.Add(field, "holds an empty tag")
			continue
		}
		var tp Problems
		checkText(&tp, field, t, MaxTag, false, true)
		for _, e := range tp {
			pr.Add(field, "tag %q %s", t, e.Message)
		}
	}
}

// EventPartner links an event to a partner.
type EventPartner struct {
	EventID   int64    `gorm:"primaryKey"`
	PartnerID int64    `gorm:"primaryKey;index"`
	Event     *Event   `gorm:"constraint:OnDelete:CASCADE"`
	Partner   *Partner `gorm:"constraint:OnDelete:RESTRICT"`
}

// Normalize fills defaults and derived columns.
func (e *Event) Normalize() {
	e.Tags = NormalizeTags(e.Tags)
	if e.Format == "" {
		e.Format = vocab.FormatInPerson
	}
	if e.EndDate.IsZero() && e.StartDate.Precision() == pdate.Day {
		e.EndDate = e.StartDate
	}
	first, last := e.StartDate.First(), e.StartDate.Last()
	if !e.EndDate.IsZero() {
		last = e.EndDate.Last()
	}
	e.SpanStart, e.SpanEnd = first.String(), last.String()
	e.LongSpan = !e.StartDate.IsZero() && last.Time().Sub(first.Time()).Hours()/24 > LongSpanDays
}

// Validate checks the domain rules (partner existence is checked by the
// store); it returns a KindInvalid *Error naming every failing field.
func (e *Event) Validate() error {
	var pr Problems
	if e.TitleEN == "" && e.TitleZH == "" {
		pr.Add("title_en", "title_en or title_zh is required")
	}
	checkText(&pr, "title_en", e.TitleEN, MaxTitle, false, true)
	checkText(&pr, "title_zh", e.TitleZH, MaxTitle, false, true)
	checkEnum(&pr, "kind", e.Kind, vocab.EventKinds)
	checkEnum(&pr, "status", e.Status, vocab.EventStatuses)
	checkEnum(&pr, "format", e.Format, vocab.EventFormats)
	switch {
	case e.StartDate.IsZero():
		pr.Add("start_date", "is required")
	case e.StartDate.Precision() != pdate.Day && e.Status != vocab.EventIdea:
		pr.Add("start_date", "must be a full date (YYYY-MM-DD) unless status is idea")
	}
	if !e.EndDate.IsZero() {
		switch {
		case e.EndDate.Precision() != pdate.Day:
			pr.Add("end_date", "must be a full date (YYYY-MM-DD)")
		case e.StartDate.Precision() != pdate.Day:
			pr.Add("end_date", "needs a full start_date")
		case e.EndDate.Before(e.StartDate):
			pr.Add("end_date", "is before start_date (%s)", e.StartDate)
		}
	}
	if e.StartTime != "" && !vocab.ValidHHMM(e.StartTime) {
		pr.Add("start_time", "must be HH:MM (00:00–23:59)")
	}
	if e.Timezone != "" && !ValidZone(e.Timezone) {
		pr.Add("timezone", "%q is not an IANA time zone (e.g. Europe/London)", e.Timezone)
	}
	if e.StartTime != "" && e.Timezone == "" {
		pr.Add("timezone", "is required with start_time")
	}
	checkText(&pr, "location", e.Location, MaxTitle, false, true)
	checkText(&pr, "organizer", e.Organizer, MaxTitle, false, true)
	checkText(&pr, "description", e.Description, MaxText, false, false)
	if e.Participants != nil && *e.Participants < 0 {
		pr.Add("participants", "must be 0 or more")
	}
	checkList(&pr, "partner_ids", e.PartnerIDs, func(i int, id int64) {
		if id <= 0 {
			pr.Add("partner_ids", "entry %d is not a valid id", i)
		}
	})
	checkSources(&pr, "sources", e.Sources)
	checkTags(&pr, "tags", e.Tags)
	return pr.Err()
}
