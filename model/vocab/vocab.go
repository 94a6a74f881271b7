// Package vocab is Youcheng's one vocabulary: the partner kinds, the event
// kinds, statuses and formats, the partnership types and statuses, the HH:MM rule, which kinds
// occupy every day of an event, and how a bilingual name is written. It is
// a leaf: model, planning, anniversary, calendar and report import it, it
// imports nothing of theirs. Adding
// an event kind is one line here plus its labels (docs/openapi.yaml and the
// console's catalogs).
package vocab

// Partner kinds.
const (
	PartnerCity         = "city"
	PartnerDistrict     = "district"
	PartnerRegion       = "region"
	PartnerOrganization = "organization"
)

// PartnerKinds lists the allowed partner kinds.
var PartnerKinds = []string{PartnerCity, PartnerDistrict, PartnerRegion, PartnerOrganization}

// Event kinds.
const (
	KindCulture       = "culture"
	KindYouth         = "youth"
	KindEducation     = "education"
	KindSports        = "sports"
	KindEconomy       = "economy"
	KindTourism       = "tourism"
	KindHealth        = "health"
	KindMedia         = "media"
	KindOfficialVisit = "official_visit"
	KindCeremony      = "ceremony"
	KindDialogue      = "dialogue"
	KindOther         = "other"
)

// EventKinds lists every event kind, in the contract's order.
var EventKinds = []string{KindCulture, KindYouth, KindEducation, KindSports, KindEconomy, KindTourism,
	KindHealth, KindMedia, KindOfficialVisit, KindCeremony, KindDialogue, KindOther}

// everyDayKinds are the kinds whose in-person or hybrid events take every
// day from start to end on both sides: a visit, a ceremony, a dialogue.
var everyDayKinds = map[string]bool{KindOfficialVisit: true, KindCeremony: true, KindDialogue: true}

// Event statuses.
const (
	EventIdea      = "idea"
	EventPlanned   = "planned"
	EventConfirmed = "confirmed"
	EventDone      = "done"
	EventCancelled = "cancelled"
)

// EventStatuses lists every event status, in the contract's order.
var EventStatuses = []string{EventIdea, EventPlanned, EventConfirmed, EventDone, EventCancelled}

// Event formats.
const (
	FormatInPerson = "in_person"
	FormatOnline   = "online"
	FormatHybrid   = "hybrid"
)

// EventFormats lists every event format.
var EventFormats = []string{FormatInPerson, FormatOnline, FormatHybrid}

// OccupiesEveryDay reports whether an event of kind and format takes every
// day from its start to its end (for the plan rules: every day must be a
// working day, and no other event of the partner may start on any of them).
// An online event occupies its start only, whatever its kind.
func OccupiesEveryDay(kind, format string) bool {
	return format != FormatOnline && everyDayKinds[kind]
}

// Partnership types.
const (
	TypeSisterCity     = "sister_city"
	TypeFriendshipCity = "friendship_city"
	TypeCooperation    = "cooperation"
	TypeMembership     = "membership"
)

// PartnershipTypes lists every partnership type.
var PartnershipTypes = []string{TypeSisterCity, TypeFriendshipCity, TypeCooperation, TypeMembership}

// Partnership statuses.
const (
	StatusProposed    = "proposed"
	StatusNegotiating = "negotiating"
	StatusActive      = "active"
	StatusSuspended   = "suspended"
	StatusEnded       = "ended"
)

// PartnershipStatuses lists every partnership status.
var PartnershipStatuses = []string{StatusProposed, StatusNegotiating, StatusActive, StatusSuspended, StatusEnded}

// Bilingual writes a name Chinese first: "中文<sep>English", the one that is
// set when the other is empty, and the Chinese once when both are equal.
func Bilingual(zh, en, sep string) string {
	switch {
	case zh == "":
		return en
	case en == "" || en == zh:
		return zh
	}
	return zh + sep + en
}

// ParseHHMM parses a strict 24-hour "HH:MM" (00:00–23:59).
func ParseHHMM(s string) (h, m int, ok bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, 0, false
	}
	d := func(c byte) (int, bool) { return int(c - '0'), c >= '0' && c <= '9' }
	h1, ok1 := d(s[0])
	h2, ok2 := d(s[1])
	m1, ok3 := d(s[3])
	m2, ok4 := d(s[4])
	h, m = h1*10+h2, m1*10+m2
	return h, m, ok1 && ok2 && ok3 && ok4 && h < 24 && m < 60
}

// ValidHHMM reports whether s is a strict 24-hour "HH:MM".
func ValidHHMM(s string) bool {
	_, _, ok := ParseHHMM(s)
	return ok
}
