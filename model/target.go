package model

import (
	"sort"

	"github.com/youcheng/youcheng/model/vocab"
)

// Target is a countable promise of a year's work plan (目标任务), e.g. at
// least five episodes (5 期以上) of a TV programme: the events matching its
// criteria count toward it.
type Target struct {
	Meta
	Year     int            `gorm:"not null;index"`
	TitleEN  string         `gorm:"size:300;not null;default:''"`
	TitleZH  string         `gorm:"size:300;not null;default:''"`
	Count    int            `gorm:"not null"`
	Criteria TargetCriteria `gorm:"serializer:json;type:text"`
	Notes    string         `gorm:"type:text;not null;default:''"`
	// Progress is computed on every read, never stored.
	Progress Progress `gorm:"-"`
}

// TargetCriteria says which events count: an event counts when it starts
// in the target's year and matches every non-empty list (any entry of it).
type TargetCriteria struct {
	Kinds      []string `json:"kinds"`
	Statuses   []string `json:"statuses"`
	PartnerIDs []int64  `json:"partner_ids"`
	Countries  []string `json:"countries"`
	Formats    []string `json:"formats"`
	Tags       []string `json:"tags"`
}

// Progress is how far a target got: Done counts matching events with
// status done, Scheduled those planned or confirmed; EventIDs lists every
// matching event (any status), by start date.
type Progress struct {
	Done      int
	Scheduled int
	EventIDs  []int64
}

// Year bounds of targets (and of statistics and reports).
const (
	MinYear = 1900
	MaxYear = 2200
)

func (t *Target) prepare(*Store) { t.Criteria.normalize() }

// normalize drops repeats and sorts every list, and makes nil lists empty,
// so that equal criteria compare (and audit) equal.
func (c *TargetCriteria) normalize() {
	c.Kinds = uniqSorted(c.Kinds)
	c.Statuses = uniqSorted(c.Statuses)
	c.Countries = uniqSorted(c.Countries)
	c.Formats = uniqSorted(c.Formats)
	c.Tags = NormalizeTags(c.Tags)
	ids := dedupe(c.PartnerIDs)
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	c.PartnerIDs = ids
}

func uniqSorted(xs []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// Validate checks the domain rules (the partners' existence is checked by
// the store); it returns a KindInvalid *Error naming every failing field.
func (t *Target) Validate() error {
	var pr Problems
	if t.Year < MinYear || t.Year > MaxYear {
		pr.Add("year", "must be a year from %d to %d", MinYear, MaxYear)
	}
	if t.TitleEN == "" && t.TitleZH == "" {
		pr.Add("title_en", "title_en or title_zh is required")
	}
	checkText(&pr, "title_en", t.TitleEN, MaxTitle, false, true)
	checkText(&pr, "title_zh", t.TitleZH, MaxTitle, false, true)
	if t.Count < 1 {
		pr.Add("count", "must be 1 or more")
	}
	checkText(&pr, "notes", t.Notes, MaxText, false, false)
	c := t.Criteria
	enumList(&pr, "criteria.kinds", c.Kinds, vocab.EventKinds)
	enumList(&pr, "criteria.statuses", c.Statuses, vocab.EventStatuses)
	enumList(&pr, "criteria.formats", c.Formats, vocab.EventFormats)
	checkList(&pr, "criteria.countries", c.Countries, func(_ int, cc string) {
		if !ValidCountry(cc) {
			pr.Add("criteria.countries", "%q is not an assigned ISO 3166-1 alpha-2 code (upper case)", cc)
		}
	})
	checkList(&pr, "criteria.partner_ids", c.PartnerIDs, func(_ int, id int64) {
		if id <= 0 {
			pr.Add("criteria.partner_ids", "%d is not a valid id", id)
		}
	})
	checkTags(&pr, "criteria.tags", c.Tags)
	return pr.Err()
}

// checkList reports a list of more than MaxList entries, then calls check
// with each entry.
func checkList[T any](pr *Problems, field string, xs []T, check func(i int, x T)) {
	if len(xs) > MaxList {
		pr.Add(field, "has %d entries; at most %d are allowed", len(xs), MaxList)
	}
	for i, x := range xs {
		check(i, x)
	}
}

// enumList checks that every entry of a list is one of allowed.
func enumList(pr *Problems, field string, xs, allowed []string) {
	for _, x := range xs {
		ok := false
		for _, a := range allowed {
			ok = ok || x == a
		}
		if !ok {
			pr.Add(field, "%q is not one of %v", x, allowed)
		}
	}
}
