package planning

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // real IANA zones even where the host has no zoneinfo (rule 5)

	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/holidays"
	"github.com/youcheng/youcheng/model/pdate"
)

// Party is one side of a partnership: the local party (the home city,
// Weihai, or e.g. Shandong Province) or the partner.
type Party struct {
	NameEN, NameZH string
	// Country is ISO 3166-1 alpha-2. Empty for an organization without a
	// country: its side then counts Saturdays and Sundays as days off only.
	Country string
	// Region is ISO 3166-2 where days off differ inside a country (GB-SCT);
	// "" for the national set.
	Region string
	// Timezone is an IANA zone name. Empty or unknown: the local party's
	// zone is used, with a warning.
	Timezone string
}

// PartnershipInput is what the planner needs to know about one partnership.
type PartnershipInput struct {
	ID, PartnerID int64
	Local         Party // the home city or another local party, filled by the caller
	Partner       Party
	Type          string     // sister_city | friendship_city | cooperation | membership
	Established   pdate.Date // at its recorded precision; zero when unknown
}

// Request asks for one plan.
type Request struct {
	Template string // a Template key: "anniversary_series" or "annual_program"
	Year     int
	// Anchor (anniversary_series) is a full date in Year standing in for the
	// anniversary date when the origin is known only to the year or month.
	// For an origin known to the day it is ignored (with a warning when it
	// differs from the anniversary).
	Anchor pdate.Date
	// Partnership is the partnership of an anniversary_series.
	Partnership *PartnershipInput
	// Partnerships are every active partnership, for annual_program.
	Partnerships []PartnershipInput
	// Anchors (annual_program, optional) maps a partnership ID to its anchor
	// date, so that a milestone with a partial origin gets its series.
	Anchors map[int64]pdate.Date
	// Busy maps a partner ID to the days already taken by existing events of
	// that partner (rule 4). Pass each existing event's start date, and every
	// day of official_visit, ceremony and dialogue events.
	Busy map[int64][]pdate.Date
}

// Item is one planned event.
type Item struct {
	TitleEN   string     `json:"title_en"`
	TitleZH   string     `json:"title_zh"`
	Kind      string     `json:"kind"`
	Format    string     `json:"format"`
	StartDate pdate.Date `json:"start_date"`
	EndDate   pdate.Date `json:"end_date"`
	// StartTime (HH:MM) and Timezone (IANA) time an online meeting; StartDate
	// is the meeting's date in Timezone. Empty for other items.
	StartTime string `json:"start_time,omitempty"`
	Timezone  string `json:"timezone,omitempty"`
	// DurationDays is EndDate-StartDate+1 for in-person and hybrid items;
	// DurationMinutes the length of an online meeting (0 counts as 60).
	DurationDays    int     `json:"duration_days,omitempty"`
	DurationMinutes int     `json:"duration_minutes,omitempty"`
	PartnerIDs      []int64 `json:"partner_ids"`
	PartnershipID   int64   `json:"partnership_id,omitempty"`
	Flagship        bool    `json:"flagship"`
	// Target is the day the item aimed at before the rules moved it; for a
	// flagship it is the anniversary (or anchor) date that rule 3 measures
	// from, so it must be kept with the draft.
	Target      pdate.Date `json:"target_date"`
	Spec        string     `json:"spec,omitempty"` // key of the template item
	Rationale   string     `json:"rationale"`
	RationaleZH string     `json:"rationale_zh"` // the same in Chinese
}

// Plan is a generated draft plan.
type Plan struct {
	Template string   `json:"template"`
	Year     int      `json:"year"`
	TitleEN  string   `json:"title_en"`
	TitleZH  string   `json:"title_zh"`
	Warnings []string `json:"warnings"`
	// WarningsZH are the same warnings in Chinese, in the same order.
	WarningsZH []string `json:"warnings_zh"`
	Items      []Item   `json:"items"`
}

// Errors of Generate. Each is returned wrapped in a *RequestError naming the
// request field at fault; all of them are 422 in the HTTP layer.
var (
	ErrUnknownTemplate = errors.New("unknown plan template")
	ErrNoPartnership   = errors.New("no partnership given")
	ErrBadYear         = errors.New("year out of range")
	ErrNoOrigin        = errors.New("the partnership's establishment date is unknown, so it has no anniversary")
	ErrPartialOrigin   = errors.New("the origin is known only to the year or month; give anchor_date")
	ErrBadAnchor       = errors.New("anchor_date must be a full date in the plan's year")
)

// RequestError is the error type of Generate: Err is one of the Err*
// sentinels (so errors.Is works), Field the request field at fault
// ("template", "year", "partnership_id", "anchor_date") and Detail a
// message for the client.
type RequestError struct {
	Field  string
	Detail string
	Err    error
}

func (e *RequestError) Error() string {
	if e.Detail != "" {
		return e.Detail
	}
	return e.Err.Error()
}

func (e *RequestError) Unwrap() error { return e.Err }

func reqErr(field string, err error, format string, args ...any) *RequestError {
	return &RequestError{Field: field, Err: err, Detail: fmt.Sprintf(format, args...)}
}

// Planner generates and checks plans. It is safe for concurrent use.
type Planner struct {
	hol       *holidays.Service
	templates []Template
	byKey     map[string]*Template

	locMu sync.RWMutex
	locs  map[string]*time.Location // nil value: unknown zone
}

// New returns a Planner using h for working days. It panics if the embedded
// templates are invalid (a build defect caught by the package tests).
func New(h *holidays.Service) *Planner {
	ts, err := loadTemplates(templateFS)
	if err != nil {
		panic("planning: embedded templates: " + err.Error())
	}
	p := &Planner{hol: h, templates: ts, byKey: map[string]*Template{}, locs: map[string]*time.Location{}}
	for i := range p.templates {
		p.byKey[p.templates[i].Key] = &p.templates[i]
	}
	return p
}

// Templates returns every template, sorted by key (deep copies).
func (p *Planner) Templates() []Template {
	out := make([]Template, len(p.templates))
	for i, t := range p.templates {
		out[i] = t.clone()
	}
	return out
}

// Template returns the template with key, and whether it exists.
func (p *Planner) Template(key string) (Template, bool) {
	t, ok := p.byKey[key]
	if !ok {
		return Template{}, false
	}
	return t.clone(), true
}

// location returns the zone named name, or nil when it is unknown. Zones are
// cached: time.LoadLocation reads the zone database on every call.
func (p *Planner) location(name string) *time.Location {
	p.locMu.RLock()
	loc, ok := p.locs[name]
	p.locMu.RUnlock()
	if ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil || name == "" || strings.EqualFold(name, "local") {
		loc = nil
	}
	p.locMu.Lock()
	p.locs[name] = loc
	p.locMu.Unlock()
	return loc
}

// yearSpan returns the years plans can be made for with country as home.
func (p *Planner) yearSpan(country string) (from, to int) {
	for _, c := range p.hol.Countries() {
		if c.Country == strings.ToUpper(country) {
			return c.FromYear, c.ToYear
		}
	}
	return 1900, 2200
}

// Generate builds a draft plan from r. Every item obeys the five rules (see
// the package documentation); an item that cannot be placed without breaking
// one is left out and a warning says so.
//
// It returns a *RequestError wrapping ErrUnknownTemplate for an unknown
// template; ErrBadYear for a year outside the home country's holiday data
// (CN: 2000–2100) or not after the origin's year; ErrNoPartnership when
// anniversary_series has no Partnership or annual_program no Partnerships;
// ErrNoOrigin when the series' partnership has no establishment date;
// ErrPartialOrigin when its origin is known only to the year or month and no
// Anchor is given; ErrBadAnchor when Anchor is not a full date in Year.
func (p *Planner) Generate(r Request) (Plan, error) {
	t, ok := p.byKey[r.Template]
	if !ok {
		keys := make([]string, len(p.templates))
		for i, t := range p.templates {
			keys[i] = t.Key
		}
		return Plan{}, reqErr("template", ErrUnknownTemplate, "unknown template %q (known: %s)", r.Template, strings.Join(keys, ", "))
	}
	var list []PartnershipInput
	switch t.Scope {
	case ScopePartnership:
		if r.Partnership == nil {
			return Plan{}, reqErr("partnership_id", ErrNoPartnership, "%s needs a partnership", t.Key)
		}
		list = []PartnershipInput{*r.Partnership}
	default:
		if len(r.Partnerships) == 0 {
			return Plan{}, reqErr("partnership_id", ErrNoPartnership, "%s needs at least one active partnership", t.Key)
		}
		list = r.Partnerships
	}
	home := list[0].Local
	if from, to := p.yearSpan(home.Country); r.Year < from || r.Year > to {
		return Plan{}, reqErr("year", ErrBadYear, "year %d is outside %d–%d, the years with holiday data for %s", r.Year, from, to, home.Country)
	}

	rn := p.newRun(r.Year)
	rn.setBusy(r.Busy)
	plan := Plan{Template: t.Key, Year: r.Year}
	v := vars{year: r.Year, localEN: home.NameEN, localZH: home.NameZH}

	switch t.Scope {
	case ScopePartnership:
		ps := list[0]
		a, err := p.anniversaryOf(ps, r.Year, r.Anchor, rn)
		if err != nil {
			return Plan{}, err
		}
		pc := rn.pair(ps)
		pc.v.n, pc.v.annivEN, pc.v.annivZH = a.n, a.titleEN, a.titleZH
		v = pc.v
		if !a.milestone {
			rn.warn(fmt.Sprintf("The %s anniversary is not a milestone (逢五逢十); the full series is planned anyway.", anniversary.Ordinal(a.n)),
				fmt.Sprintf("%d 周年不是逢五逢十的纪念年份；仍按完整系列安排。", a.n))
		}
		rn.addSeries(t, pc, a)
	default:
		series := p.byKey[t.MilestoneSeries]
		for _, ps := range list {
			pc := rn.pair(ps)
			if a, ok := p.milestoneOf(ps, r.Year, r.Anchors[ps.ID], rn); ok && series != nil {
				pc.v.n, pc.v.annivEN, pc.v.annivZH = a.n, a.titleEN, a.titleZH
				rn.addSeries(series, pc, a)
				pc.series = true
			}
			for i := range t.Items {
				s := &t.Items[i]
				if s.AppliesTo == AppliesRegular && pc.series {
					continue
				}
				rn.addTask(s, pc, nil)
			}
		}
		rn.crowdCap = (len(rn.tasks)+11)/12 + 1
	}
	plan.TitleEN, plan.TitleZH = v.expand(t.TitleEN), v.expand(t.TitleZH)
	plan.Items = rn.placeAll()
	rn.checkCrowding()
	plan.Warnings, plan.WarningsZH = rn.warnings, rn.warningsZH
	if plan.Warnings == nil {
		plan.Warnings, plan.WarningsZH = []string{}, []string{}
	}
	return plan, nil
}

// annivInfo is the anniversary a series is built around.
type annivInfo struct {
	n         int
	milestone bool
	date      pdate.Date // the full date the flagship aims at
	natural   pdate.Date // the anniversary at the origin's precision
	anchored  bool       // date comes from an anchor
	titleEN   string
	titleZH   string
}

func origin(ps PartnershipInput) anniversary.Origin {
	l := ps.Local
	return anniversary.Origin{
		Source: anniversary.SourcePartnership, SourceID: ps.ID, Date: ps.Established,
		LocalEN: l.NameEN, LocalZH: l.NameZH, PartnerEN: ps.Partner.NameEN, PartnerZH: ps.Partner.NameZH,
		Type: ps.Type,
	}
}

// anniversaryOf returns the anniversary of ps in year for anniversary_series,
// or a *RequestError (see Generate).
func (p *Planner) anniversaryOf(ps PartnershipInput, year int, anchor pdate.Date, rn *run) (annivInfo, error) {
	est := ps.Established
	if est.IsZero() {
		return annivInfo{}, reqErr("partnership_id", ErrNoOrigin, "partnership %d has no known establishment date, so it has no anniversary to plan around", ps.ID)
	}
	if year <= est.Y {
		return annivInfo{}, reqErr("year", ErrBadYear, "year %d is not after the establishment (%s)", year, est)
	}
	if !anchor.IsZero() && (anchor.Precision() != pdate.Day || anchor.Y != year) {
		return annivInfo{}, reqErr("anchor_date", ErrBadAnchor, "anchor_date %s must be a full date (YYYY-MM-DD) in %d", anchor, year)
	}
	o := origin(ps)
	a := o.Nth(year - est.Y)
	info := annivInfo{n: a.Years, milestone: a.Milestone, natural: a.Date, date: a.Date, titleEN: a.TitleEN, titleZH: a.TitleZH}
	if est.Precision() == pdate.Day {
		if !anchor.IsZero() && anchor != a.Date {
			rn.warn(fmt.Sprintf("anchor_date %s ignored: the anniversary is known to the day (%s).", anchor, a.Date),
				fmt.Sprintf("已忽略 anchor_date %s：纪念日已确切到日（%s）。", anchor, a.Date))
		}
		return info, nil
	}
	if anchor.IsZero() {
		return annivInfo{}, reqErr("anchor_date", ErrPartialOrigin,
			"the origin is known only to the %s (%s), so the %s anniversary is only known as %s; give anchor_date",
			est.Precision(), est, anniversary.Ordinal(a.Years), a.Date)
	}
	if !a.Date.Overlaps(anchor, anchor) {
		rn.warn(fmt.Sprintf("anchor_date %s lies outside the anniversary %s (origin %s).", anchor, a.Date, est),
			fmt.Sprintf("anchor_date %s 不在纪念日 %s 之内（建立日期 %s）。", anchor, a.Date, est))
	}
	info.date, info.anchored = anchor, true
	return info, nil
}

// milestoneOf reports whether ps gets a series in an annual_program: its
// anniversary in year is a milestone and known to the day (or anchored).
// Otherwise it may warn why a milestone gets no series.
func (p *Planner) milestoneOf(ps PartnershipInput, year int, anchor pdate.Date, rn *run) (annivInfo, bool) {
	est := ps.Established
	if est.IsZero() || year <= est.Y || (year-est.Y)%5 != 0 {
		return annivInfo{}, false
	}
	a, err := p.anniversaryOf(ps, year, anchor, rn)
	if err != nil {
		o := origin(ps)
		an := o.Nth(year - est.Y)
		rn.warn(fmt.Sprintf("%s: the %s anniversary falls in %s but its day is unknown (origin %s), so it gets a regular exchange, not a series; generate anniversary_series with anchor_date for it.",
			partyName(ps.Partner), anniversary.Ordinal(an.Years), an.Date, est),
			fmt.Sprintf("%s：%d 周年纪念日在 %s，但具体日期不详（建立日期 %s），因此只安排常规交流，不安排系列活动；如需系列活动，请用 anchor_date 生成 anniversary_series。",
				fallback(ps.Partner.NameZH, partyName(ps.Partner)), an.Years, an.Date, est))
		return annivInfo{}, false
	}
	return a, true
}

func partyName(p Party) string {
	if p.NameEN != "" {
		return p.NameEN
	}
	return p.NameZH
}

// sortItems orders items by start date, then partnership, then title.
func sortItems(items []Item) {
	slices.SortStableFunc(items, func(a, b Item) int {
		if c := a.StartDate.Compare(b.StartDate); c != 0 {
			return c
		}
		if a.PartnershipID != b.PartnershipID {
			if a.PartnershipID < b.PartnershipID {
				return -1
			}
			return 1
		}
		return strings.Compare(a.TitleEN, b.TitleEN)
	})
}
