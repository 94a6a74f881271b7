package model

import (
	"fmt"
	"maps"
	"time"

	"github.com/youcheng/youcheng/model/planning"
)

// Home is the office's own identity: its city in both languages, its
// country and time zone, and the Chinese names of the other local parties
// that sign partnerships (Shandong Province, 山东省). It is decided once, in
// the command's configuration, and handed to Open; nothing else defaults it.
type Home struct {
	City     string // English name, the default local party of partnerships
	CityZH   string
	Country  string // ISO 3166-1 alpha-2
	Timezone string // IANA zone; decides what "today" is
	// LocalNamesZH maps other local parties to their Chinese names.
	LocalNamesZH map[string]string
}

// DefaultHome is Weihai, the installation Youcheng was built for: the one
// place its identity is written down (the command's configuration starts
// from it; tests use it).
func DefaultHome() Home {
	return Home{City: "Weihai", CityZH: "威海", Country: "CN", Timezone: "Asia/Shanghai",
		LocalNamesZH: map[string]string{"Shandong Province": "山东省"}}
}

// Validate returns an error naming the first missing or unknown part.
func (h Home) Validate() error {
	switch {
	case h.City == "" || h.CityZH == "":
		return fmt.Errorf("home city needs an English and a Chinese name (got %q, %q)", h.City, h.CityZH)
	case !ValidCountry(h.Country):
		return fmt.Errorf("home country %q is not an ISO 3166-1 alpha-2 code", h.Country)
	case !ValidZone(h.Timezone):
		return fmt.Errorf("home time zone %q is not an IANA zone such as Asia/Shanghai", h.Timezone)
	}
	return nil
}

// location is the home time zone (valid after Validate).
func (h Home) location() *time.Location {
	loc, err := time.LoadLocation(h.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// NamesZH maps every local party (the home city included) to its Chinese
// name, for titles.
func (h Home) NamesZH() map[string]string {
	m := maps.Clone(h.LocalNamesZH)
	if m == nil {
		m = map[string]string{}
	}
	m[h.City] = h.CityZH
	return m
}

// party is the home city as the planner sees it.
func (h Home) party() planning.Party {
	return planning.Party{NameEN: h.City, NameZH: h.CityZH, Country: h.Country, Timezone: h.Timezone}
}

// localParty is local party name of a partnership as the planner sees it:
// the home city, or another local party sharing its country and zone.
func (h Home) localParty(name string) planning.Party {
	if name == h.City {
		return h.party()
	}
	return planning.Party{NameEN: name, NameZH: h.LocalNamesZH[name], Country: h.Country, Timezone: h.Timezone}
}
