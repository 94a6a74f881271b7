package holidays

import (
	"sort"
	"time"
)

// provider builds the calendar of one country.
type provider struct {
	code    string
	name    string
	from    int // first year answered
	to      int // last year answered
	source  string
	weekend []time.Weekday // API order, e.g. Saturday, Sunday
	// regions lists the ISO 3166-2 codes with their own sets, sorted.
	regions []string
	// regionAlias maps region codes that use another set (e.g. GB-ENG and
	// GB-WLS: the national set) to the canonical region ("" = national).
	regionAlias map[string]string
	build       func(region string, year int) result
}

// result is what a provider returns for one year; the engine sorts,
// merges and indexes days.
type result struct {
	days     []Day
	complete bool
	note     string
	noteZH   string // note in Chinese
	source   string // overrides provider.source when set
}

func (p *provider) info() CountryInfo {
	var regs []string
	if len(p.regions) > 0 || len(p.regionAlias) > 0 {
		regs = append(regs, p.regions...)
		for r := range p.regionAlias {
			regs = append(regs, r)
		}
		sort.Strings(regs)
	}
	return CountryInfo{
		Country:  p.code,
		Name:     p.name,
		FromYear: p.from,
		ToYear:   p.to,
		Source:   p.source,
		Weekend:  p.weekend,
		Regions:  regs,
	}
}

func (p *provider) isWeekend(wd time.Weekday) bool {
	for _, w := range p.weekend {
		if w == wd {
			return true
		}
	}
	return false
}

// satSun is the Saturday–Sunday weekend in API order [6, 0].
var satSun = []time.Weekday{time.Saturday, time.Sunday}

// registry holds every supported country by ISO 3166-1 alpha-2 code. It is
// filled by init functions of the per-source files and never changes after.
var registry = map[string]*provider{}

func register(p *provider) {
	if p.weekend == nil {
		p.weekend = satSun
	}
	sort.Strings(p.regions)
	registry[p.code] = p
}
