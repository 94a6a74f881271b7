// Package holidays is Youcheng's public-holiday and working-day engine.
//
// It answers, per country (ISO 3166-1 alpha-2) and optionally per region
// (ISO 3166-2), which days of a year are days off and which weekend days are
// working days (China's 调休 make-up days, Russian and Belarusian transfers),
// and whether a given day is a working day. It has no HTTP and no database:
// the REST handler GET /api/v1/holidays maps Year and CountryInfo one to one.
//
// Sources: github.com/rickar/cal/v2 for the countries it ships (with the
// corrections listed in docs/holidays.md), github.com/6tail/lunar-go for
// China's State Council schedule and the Chinese lunar calendar, and
// hand-written rules or data, each citing its source, where the libraries
// have nothing (KR, BY, RU transfers, SN, TN, MY).
//
// Every year is built once per (country, region, year) and cached, so
// IsWorkday and Holiday are a map lookup and an array index after the first
// call. A Service is safe for concurrent use.
package holidays

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
)

// Kind says what a listed day is.
type Kind string

const (
	// KindHoliday is a day off: a public holiday, a substitute (observed)
	// day or a day off moved onto a weekday by a transfer.
	KindHoliday Kind = "holiday"
	// KindWorkday is a weekend day made a working day, such as China's
	// 调休 make-up days or a Saturday worked in a Russian or Belarusian
	// transfer.
	KindWorkday Kind = "workday"
	// KindObservance is a day of note that is not a day off (e.g. Ukraine's
	// holidays while martial law suspends them). It never changes whether a
	// day is a working day.
	KindObservance Kind = "observance"
)

// rank orders kinds when two items fall on one date: the one that changes
// working days wins.
func (k Kind) rank() int {
	switch k {
	case KindHoliday:
		return 3
	case KindWorkday:
		return 2
	}
	return 1
}

// Day is one listed calendar day.
type Day struct {
	Date      pdate.Date
	NameEN    string
	NameLocal string
	// NameZH is the Chinese name, "" where none is recorded.
	NameZH string
	Kind   Kind
}

// Year is the holiday calendar of one country (and region) for one year.
type Year struct {
	Country  string
	Region   string // "" for the national set
	Year     int
	Complete bool   // false when the year is not (yet) published or only estimated
	Source   string // where the days come from
	Note     string // caveats for this year, e.g. estimates or martial law
	NoteZH   string // Note in Chinese ("" when Note is "")
	// Overridden is true when an override loaded by the office (see
	// Override) replaced or amended the built-in days.
	Overridden bool
	// Weekend lists the weekly rest days in API order, e.g. [6, 0].
	Weekend []time.Weekday
	// Days has one item per calendar day, sorted by date.
	Days []Day
}

// CountryInfo describes one supported country; its JSON is an item of
// GET /api/v1/holidays/countries (with regions [] for none).
type CountryInfo struct {
	Country  string         `json:"country"`
	Name     string         `json:"name"`      // English short name
	FromYear int            `json:"from_year"` // first year the service answers for
	ToYear   int            `json:"to_year"`   // last year the service answers for
	Source   string         `json:"source"`
	Weekend  []time.Weekday `json:"weekend"` // as numbers, Sunday 0
	Regions  []string       `json:"regions"` // ISO 3166-2 codes accepted as region, sorted; nil if none
}

var (
	// ErrUnsupported is wrapped by every error about an unknown country or
	// region.
	ErrUnsupported = errors.New("holidays: unsupported country or region")
	// ErrYearRange is wrapped when a year lies outside the span a country
	// is answered for (CountryInfo.FromYear–ToYear).
	ErrYearRange = errors.New("holidays: year out of range")
)

// Service answers holiday and working-day questions. The zero value is not
// usable; call New. A Service is safe for concurrent use.
type Service struct {
	mu    sync.RWMutex
	cache map[yearKey]*yearData
	// overrides are the office's overrides by canonical key; gen is the
	// generation they were read at (see Sync). Both are replaced together
	// with cache, never modified in place.
	overrides map[yearKey]*Override
	gen       string
	syncMu    sync.Mutex // one reload at a time
}

type yearKey struct {
	country, region string
	year            int
}

// yearData is a built, immutable Year plus a day-of-year index.
type yearData struct {
	year Year
	// idx[dayOfYear] is 1 + the index into year.Days of that day's item, or
	// 0 when the day is not listed.
	idx [367]uint16
	// weekend[wd] reports whether weekday wd is a rest day.
	weekend [7]bool
}

// New returns a Service with an empty cache.
func New() *Service {
	return &Service{cache: make(map[yearKey]*yearData), overrides: map[yearKey]*Override{}}
}

// Countries returns every supported country, sorted by code.
func (s *Service) Countries() []CountryInfo {
	out := make([]CountryInfo, 0, len(registry))
	for _, p := range registry {
		out = append(out, p.info())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Country < out[j].Country })
	return out
}

// Supports reports whether country (ISO 3166-1 alpha-2, any case) is
// supported.
func (s *Service) Supports(country string) bool {
	_, ok := registry[strings.ToUpper(country)]
	return ok
}

// Year returns the calendar of country (and region, "" for the national
// set) for year. It fails with an error wrapping ErrUnsupported for an
// unknown country or region, and ErrYearRange for a year outside the
// country's span. The returned Days slice is shared: do not modify it.
func (s *Service) Year(country, region string, year int) (Year, error) {
	yd, err := s.load(country, region, year)
	if err != nil {
		return Year{}, err
	}
	return yd.year, nil
}

// Complete reports whether the national calendar of country for year is
// complete (published, not estimated). It returns false for unsupported
// countries and years out of range.
func (s *Service) Complete(country string, year int) bool {
	yd, err := s.load(country, "", year)
	return err == nil && yd.year.Complete
}

// IsWorkday reports whether d is a working day in country (and region):
// not a weekend day unless listed as a make-up workday, and not a listed
// holiday. For an unsupported country or region, or a year outside the
// country's span, it falls back to a Saturday–Sunday weekend with no
// holidays; for a partial (not full) date it returns false.
func (s *Service) IsWorkday(country, region string, d pdate.Date) bool {
	if !full(d) {
		return false
	}
	yd, err := s.load(country, region, d.Y)
	if err != nil {
		wd := d.Weekday()
		return wd != time.Saturday && wd != time.Sunday
	}
	return yd.isWorkday(d)
}

// Holiday returns the holiday or make-up workday listed on d, if any. It
// returns false for unlisted days, unsupported countries or regions and
// years outside the country's span.
func (s *Service) Holiday(country, region string, d pdate.Date) (Day, bool) {
	if !full(d) {
		return Day{}, false
	}
	yd, err := s.load(country, region, d.Y)
	if err != nil {
		return Day{}, false
	}
	if i := yd.idx[dayOfYear(d)]; i > 0 {
		return yd.year.Days[i-1], true
	}
	return Day{}, false
}

// load returns the cached year, building it on first use (with the
// office's override of that year applied, if any).
func (s *Service) load(country, region string, year int) (*yearData, error) {
	key := yearKey{country, region, year}
	s.mu.RLock()
	yd, ok := s.cache[key]
	cache, overrides := s.cache, s.overrides
	s.mu.RUnlock()
	if ok {
		return yd, nil
	}
	p, reg, err := lookup(country, region)
	if err != nil {
		return nil, err
	}
	if year < p.from || year > p.to {
		return nil, fmt.Errorf("%w: %s answers for %d–%d, not %d", ErrYearRange, p.code, p.from, p.to, year)
	}
	canon := yearKey{p.code, reg, year}
	s.mu.RLock()
	yd, ok = cache[canon]
	s.mu.RUnlock()
	if !ok {
		yd = build(p, reg, year, overrides[canon])
	}
	s.mu.Lock()
	// A Sync may have replaced the cache meanwhile: then yd was built from
	// the overrides of before and is returned but not kept.
	if old, ok := cache[canon]; ok {
		yd = old
	} else {
		cache[canon] = yd
	}
	cache[key] = yd // also cache the spelling the caller used
	s.mu.Unlock()
	return yd, nil
}

// lookup resolves a country and region spelling to its provider and the
// canonical region code ("" for the national set).
func lookup(country, region string) (*provider, string, error) {
	code := strings.ToUpper(strings.TrimSpace(country))
	p, ok := registry[code]
	if !ok {
		return nil, "", fmt.Errorf("%w: country %q", ErrUnsupported, country)
	}
	reg := strings.ToUpper(strings.TrimSpace(region))
	if reg == "" {
		return p, "", nil
	}
	if !strings.Contains(reg, "-") {
		reg = code + "-" + reg
	}
	if alias, ok := p.regionAlias[reg]; ok {
		return p, alias, nil
	}
	for _, r := range p.regions {
		if r == reg {
			return p, reg, nil
		}
	}
	return nil, "", fmt.Errorf("%w: region %q of %s (known: %s)", ErrUnsupported, region, code, strings.Join(p.regions, ", "))
}

// build assembles, sorts, merges and indexes one year, applying the
// office's override o when not nil.
func build(p *provider, region string, year int, o *Override) *yearData {
	r := p.build(region, year)
	y := Year{
		Country:  p.code,
		Region:   region,
		Year:     year,
		Complete: r.complete,
		Source:   p.source,
		Note:     r.note,
		NoteZH:   r.noteZH,
		Weekend:  p.weekend,
		Days:     normalize(r.days, year),
	}
	if r.source != "" {
		y.Source = r.source
	}
	addNamesZH(&y)
	if o != nil {
		y = o.apply(y)
	}
	yd := &yearData{year: y}
	for _, wd := range p.weekend {
		yd.weekend[wd] = true
	}
	for i, d := range y.Days {
		yd.idx[dayOfYear(d.Date)] = uint16(i + 1)
	}
	return yd
}

func (yd *yearData) isWorkday(d pdate.Date) bool {
	if i := yd.idx[dayOfYear(d)]; i > 0 {
		switch yd.year.Days[i-1].Kind {
		case KindWorkday:
			return true
		case KindHoliday:
			return false
		}
	}
	return !yd.weekend[weekday(d)]
}

// normalize keeps the days of year, sorts them and merges items of the same
// date: a holiday wins over a workday and a workday over an observance, and
// names of coinciding days of the same kind are joined with " / ".
func normalize(in []Day, year int) []Day {
	days := make([]Day, 0, len(in))
	for _, d := range in {
		if d.Date.Y == year && d.Date.M != 0 && d.Date.D != 0 {
			days = append(days, d)
		}
	}
	sort.SliceStable(days, func(i, j int) bool { return days[i].Date.Before(days[j].Date) })
	out := days[:0]
	for _, d := range days {
		if n := len(out); n > 0 && out[n-1].Date == d.Date {
			last := &out[n-1]
			switch {
			case d.Kind.rank() > last.Kind.rank():
				*last = d
			case last.Kind == d.Kind:
				last.NameEN = joinName(last.NameEN, d.NameEN)
				last.NameLocal = joinName(last.NameLocal, d.NameLocal)
				last.NameZH = joinName(last.NameZH, d.NameZH)
			}
			continue
		}
		out = append(out, d)
	}
	return out
}

func joinName(a, b string) string {
	if b == "" || a == b || strings.Contains(a, b) {
		return a
	}
	if a == "" {
		return b
	}
	return a + " / " + b
}

// full reports whether d is a valid full date (year, month and day).
func full(d pdate.Date) bool {
	if d.Y <= 0 || d.M < 1 || d.M > 12 || d.D < 1 {
		return false
	}
	n := monthDays[d.M-1]
	if d.M == 2 && pdate.IsLeap(d.Y) {
		n++
	}
	return d.D <= n
}

var monthDays = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// dayOfYear returns 1–366 for a full date, computed without time.Time.
func dayOfYear(d pdate.Date) int {
	n := cumDays[d.M-1] + d.D
	if d.M > 2 && pdate.IsLeap(d.Y) {
		n++
	}
	return n
}

var cumDays = [12]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// weekday returns the day of the week of a full date without time.Time
// (Sakamoto's method).
func weekday(d pdate.Date) time.Weekday {
	t := [12]int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	y := d.Y
	if d.M < 3 {
		y--
	}
	return time.Weekday((y + y/4 - y/100 + y/400 + t[d.M-1] + d.D) % 7)
}
