package model

import (
	"time"

	"github.com/youcheng/youcheng/model/vocab"

	"github.com/youcheng/youcheng/model/pdate"
)

// Confidence levels of a partnership's facts (types and statuses are
// vocab's).
const (
	ConfidenceConfirmed   = "confirmed"
	ConfidenceLikely      = "likely"
	ConfidenceUnconfirmed = "unconfirmed"
)

var (
	Confidences = []string{ConfidenceConfirmed, ConfidenceLikely, ConfidenceUnconfirmed}
)

// Partnership is a relationship between a local party (by default the home
// city) and a partner.
type Partnership struct {
	Meta
	PartnerID  int64   `gorm:"not null;index;uniqueIndex:ux_partnerships_pair,priority:2"`
	Partner    Partner `gorm:"constraint:OnDelete:RESTRICT"`
	LocalParty string  `gorm:"size:200;not null;uniqueIndex:ux_partnerships_pair,priority:1"`
	Type       string  `gorm:"size:20;not null;index"`
	Status     string  `gorm:"size:20;not null;index;index:ix_partnerships_anniv,priority:1"`
	// EstablishedOn is the partial date the relationship began, zero when unknown.
	EstablishedOn pdate.Date `gorm:"type:varchar(10)"`
	// EstYear and EstKey mirror EstablishedOn for anniversary queries:
	// EstKey is month*100+day (0 for a year, month*100 for a month), so that
	// ordering by it orders anniversaries within a year.
	EstYear    int        `gorm:"not null;default:0;index:ix_partnerships_anniv,priority:3"`
	EstKey     int        `gorm:"not null;default:0;index:ix_partnerships_anniv,priority:2"`
	EndedOn    pdate.Date `gorm:"type:varchar(10)"`
	Confidence string     `gorm:"size:20;not null"`
	Sources    []Source   `gorm:"serializer:json;type:text"`
	Notes      string     `gorm:"type:text;not null;default:''"`
}

// PartnershipChange is one dated entry of a partnership's status and type history.
type PartnershipChange struct {
	ID            int64        `gorm:"primaryKey"`
	PartnershipID int64        `gorm:"not null;index"`
	Partnership   *Partnership `gorm:"constraint:OnDelete:CASCADE"`
	// EffectiveOn is when the change took effect (partial), zero when unknown.
	EffectiveOn pdate.Date `gorm:"type:varchar(10)"`
	Status      string     `gorm:"size:20;not null"`
	Type        string     `gorm:"size:20;not null"`
	Note        string     `gorm:"type:text;not null;default:''"`
	Actor       string     `gorm:"size:200;not null;default:''"`
	RecordedAt  time.Time  `gorm:"not null"`
}

// Normalize fills defaults and derived columns.
func (p *Partnership) Normalize(homeCity string) {
	if p.LocalParty == "" {
		p.LocalParty = homeCity
	}
	p.EstYear, p.EstKey = p.EstablishedOn.Y, DateKey(p.EstablishedOn)
}

// Validate checks the domain rules (the partner's existence is checked by
// the store); it returns a KindInvalid *Error naming every failing field.
func (p *Partnership) Validate() error {
	var pr Problems
	if p.PartnerID <= 0 {
		pr.Add("partner_id", "is required")
	}
	checkText(&pr, "local_party", p.LocalParty, MaxName, true, true)
	checkEnum(&pr, "type", p.Type, vocab.PartnershipTypes)
	checkEnum(&pr, "status", p.Status, vocab.PartnershipStatuses)
	checkEnum(&pr, "confidence", p.Confidence, Confidences)
	if !p.EndedOn.IsZero() {
		if p.Status != vocab.StatusSuspended && p.Status != vocab.StatusEnded {
			pr.Add("ended_on", "is only allowed while status is suspended or ended")
		} else if !p.EstablishedOn.IsZero() && p.EndedOn.Last().Before(p.EstablishedOn.First()) {
			pr.Add("ended_on", "is before established_on (%s)", p.EstablishedOn)
		}
	}
	checkSources(&pr, "sources", p.Sources)
	checkText(&pr, "notes", p.Notes, MaxText, false, false)
	return pr.Err()
}

// Commemoration is another dated origin worth remembering: diplomatic
// relations, a founding date, an agreement.
type Commemoration struct {
	Meta
	TitleEN    string     `gorm:"size:300;not null"`
	TitleZH    string     `gorm:"size:300;not null;default:''"`
	Date       pdate.Date `gorm:"type:varchar(10);not null"`
	DateYear   int        `gorm:"not null;default:0;index:ix_commemorations_anniv,priority:2"`
	DateKey    int        `gorm:"not null;default:0;index:ix_commemorations_anniv,priority:1"`
	Country    string     `gorm:"size:2;not null;default:'';index"`
	PartnerID  *int64     `gorm:"index"`
	Partner    *Partner   `gorm:"constraint:OnDelete:RESTRICT"`
	Confidence string     `gorm:"size:20;not null;default:'confirmed'"`
	Sources    []Source   `gorm:"serializer:json;type:text"`
	Notes      string     `gorm:"type:text;not null;default:''"`
}

// Normalize fills derived columns.
func (c *Commemoration) Normalize() {
	c.DateYear, c.DateKey = c.Date.Y, DateKey(c.Date)
	if c.Confidence == "" {
		c.Confidence = ConfidenceConfirmed
	}
}

// Validate checks the domain rules; it returns a KindInvalid *Error naming
// every failing field.
func (c *Commemoration) Validate() error {
	var pr Problems
	checkText(&pr, "title_en", c.TitleEN, MaxTitle, true, true)
	checkText(&pr, "title_zh", c.TitleZH, MaxTitle, false, true)
	if c.Date.IsZero() {
		pr.Add("date", "is required (YYYY, YYYY-MM or YYYY-MM-DD)")
	}
	if c.Country != "" && !ValidCountry(c.Country) {
		pr.Add("country", "%q is not an assigned ISO 3166-1 alpha-2 code (upper case, e.g. JP)", c.Country)
	}
	if c.PartnerID != nil && *c.PartnerID <= 0 {
		pr.Add("partner_id", "must be a positive id")
	}
	checkEnum(&pr, "confidence", c.Confidence, Confidences)
	checkSources(&pr, "sources", c.Sources)
	checkText(&pr, "notes", c.Notes, MaxText, false, false)
	return pr.Err()
}

// DateKey orders the days of a year, partial dates first: 0 for a year,
// month*100 for a month, month*100+day for a day.
func DateKey(d pdate.Date) int { return d.M*100 + d.D }
