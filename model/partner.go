package model

import (
	"strings"

	"github.com/youcheng/youcheng/model/vocab"
)

// Partner is a foreign counterpart: a city, district, region or organization.
type Partner struct {
	Meta
	NameEN    string `gorm:"size:200;not null;uniqueIndex:ux_partners_name_country,priority:2"`
	NameZH    string `gorm:"size:200;not null;default:''"`
	NameLocal string `gorm:"size:200;not null;default:''"`
	Kind      string `gorm:"size:20;not null;index"`
	Country   string `gorm:"size:2;not null;default:'';uniqueIndex:ux_partners_name_country,priority:1"`
	AdminArea string `gorm:"size:200;not null;default:''"`
	Timezone  string `gorm:"size:64;not null;default:''"`
	Website   string `gorm:"size:2000;not null;default:''"`
	Notes     string `gorm:"type:text;not null;default:''"`
}

// Normalize fills derived defaults: the kind, and the time zone of a
// single-zone country.
func (p *Partner) Normalize() {
	if p.Kind == "" {
		p.Kind = vocab.PartnerCity
	}
	if p.Timezone == "" && p.Country != "" {
		if z := CountryZones(p.Country); len(z) == 1 {
			p.Timezone = z[0]
		}
	}
}

// Validate checks the domain rules; it returns a KindInvalid *Error naming
// every failing field.
func (p *Partner) Validate() error {
	var pr Problems
	checkText(&pr, "name_en", p.NameEN, MaxName, true, true)
	checkText(&pr, "name_zh", p.NameZH, MaxName, false, true)
	checkText(&pr, "name_local", p.NameLocal, MaxName, false, true)
	checkEnum(&pr, "kind", p.Kind, vocab.PartnerKinds)
	switch {
	case p.Country == "" && p.Kind != vocab.PartnerOrganization:
		pr.Add("country", "is required unless kind is organization")
	case p.Country != "" && !ValidCountry(p.Country):
		pr.Add("country", "%q is not an assigned ISO 3166-1 alpha-2 code (upper case, e.g. JP)", p.Country)
	}
	checkText(&pr, "admin_area", p.AdminArea, MaxName, false, true)
	switch {
	case p.Timezone != "" && !ValidZone(p.Timezone):
		pr.Add("timezone", "%q is not an IANA time zone (e.g. Asia/Tokyo)", p.Timezone)
	case p.Timezone == "" && p.Kind == vocab.PartnerCity && p.Country != "" && ValidCountry(p.Country) && len(CountryZones(p.Country)) > 1:
		pr.Add("timezone", "is required: %s has several time zones (%s)", p.Country, strings.Join(CountryZones(p.Country), ", "))
	}
	checkText(&pr, "website", p.Website, MaxURL, false, true)
	if p.Website != "" && !strings.HasPrefix(p.Website, "http://") && !strings.HasPrefix(p.Website, "https://") {
		pr.Add("website", "must be an http or https URL")
	}
	checkText(&pr, "notes", p.Notes, MaxText, false, false)
	return pr.Err()
}
