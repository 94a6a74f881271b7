package holidays

import (
	"context"
	"fmt"
	"strings"

	"github.com/youcheng/youcheng/model/pdate"
)

// Mode says how an Override combines with the built-in days of its year.
type Mode string

const (
	// ModeReplace: the year is exactly the override's items.
	ModeReplace Mode = "replace"
	// ModeAmend: the items are added to the built-in days, replacing a
	// built-in day on the same date; an item of KindRemove deletes one.
	ModeAmend Mode = "amend"
)

// KindRemove marks an amend item that deletes the built-in day on its
// date. It never appears in a Year.
const KindRemove Kind = "remove"

// Override is a schedule the office loaded itself for one country (and
// region) and year, e.g. the State Council notice for next year published
// after the release the office runs. An override applies to exactly the set
// it names: one for "GB" leaves "GB-SCT" alone.
type Override struct {
	Country string // ISO 3166-1 alpha-2, canonical after CheckOverride
	Region  string // canonical ISO 3166-2 code, "" for the national set
	Year    int
	Mode    Mode
	Source  string
	// Complete is what the year reports as complete; nil means true for
	// ModeReplace and the built-in value for ModeAmend.
	Complete *bool
	Items    []Day
}

// Problem names one field of an override that breaks a rule, as
// "items[3].date": Format and Args make the message (kept apart so that the
// caller can translate the format).
type Problem struct {
	Field, Format string
	Args          []any
}

// maxOverrideItems bounds an override: a year has at most 366 days.
const maxOverrideItems = 366

// CheckOverride validates o and canonicalises its country and region
// spelling. It returns every problem found (nil when o is valid): an
// unsupported country or region, a year outside the country's span, an
// unknown mode, an empty source, and per item a date that is not a full
// date of the year, an unknown kind ("remove" only in amend), a "workday"
// that is not a weekend day, a missing English name and a date listed twice.
func (s *Service) CheckOverride(o *Override) []Problem {
	var ps []Problem
	add := func(field, format string, args ...any) {
		ps = append(ps, Problem{field, format, args})
	}
	p, reg, err := lookup(o.Country, o.Region)
	switch {
	case err != nil && o.Region != "" && s.Supports(o.Country):
		add("region", "%q is not a region of %s with its own holidays", o.Region, strings.ToUpper(o.Country))
	case err != nil:
		add("country", "%q is not a supported country (see /api/v1/holidays/countries)", o.Country)
	default:
		o.Country, o.Region = p.code, reg
		if o.Year < p.from || o.Year > p.to {
			add("year", "%s answers for %d–%d, not %d", p.code, p.from, p.to, o.Year)
		}
	}
	switch o.Mode {
	case ModeReplace, ModeAmend:
	case "":
		add("mode", "is required: replace or amend")
	default:
		add("mode", "%q is not replace or amend", o.Mode)
	}
	o.Source = strings.TrimSpace(o.Source)
	if o.Source == "" {
		add("source", "is required: the notice or URL the days come from")
	}
	if len(o.Items) > maxOverrideItems {
		add("items", "has %d items; a year has at most %d days", len(o.Items), maxOverrideItems)
		return ps
	}
	seen := map[pdate.Date]int{}
	for i := range o.Items {
		it := &o.Items[i]
		f := func(name string) string { return fmt.Sprintf("items[%d].%s", i, name) }
		it.NameEN, it.NameLocal, it.NameZH = strings.TrimSpace(it.NameEN), strings.TrimSpace(it.NameLocal), strings.TrimSpace(it.NameZH)
		switch {
		case !full(it.Date):
			add(f("date"), "is required: a full date YYYY-MM-DD")
		case it.Date.Y != o.Year:
			add(f("date"), "%s is not in %d", it.Date.String(), o.Year)
		default:
			if j, dup := seen[it.Date]; dup {
				add(f("date"), "%s is already listed as items[%d]; list each date once", it.Date.String(), j)
			} else {
				seen[it.Date] = i
			}
		}
		switch it.Kind {
		case KindHoliday, KindObservance:
		case KindWorkday:
			if p != nil && full(it.Date) && !p.isWeekend(weekday(it.Date)) {
				add(f("kind"), "%s is a %s, not a weekend day: only a weekend day can be made a working day", it.Date.String(), weekday(it.Date).String())
			}
		case KindRemove:
			if o.Mode == ModeReplace {
				add(f("kind"), "remove is for mode amend; in replace, leave the day out")
			}
		case "":
			add(f("kind"), "is required: holiday, workday, observance or (amend) remove")
		default:
			add(f("kind"), "%q is not holiday, workday, observance or remove", it.Kind)
		}
		if it.Kind != KindRemove && it.NameEN == "" {
			add(f("name_en"), "is required")
		}
	}
	return ps
}

// apply returns y with the override applied.
func (o *Override) apply(y Year) Year {
	var days []Day
	if o.Mode == ModeAmend {
		listed := make(map[pdate.Date]bool, len(o.Items))
		for _, it := range o.Items {
			listed[it.Date] = true
		}
		for _, d := range y.Days {
			if !listed[d.Date] {
				days = append(days, d)
			}
		}
	}
	for _, it := range o.Items {
		if it.Kind != KindRemove {
			days = append(days, it)
		}
	}
	y.Days = normalize(days, y.Year)
	y.Overridden = true
	y.Source = o.Source
	switch {
	case o.Complete != nil:
		y.Complete = *o.Complete
	case o.Mode == ModeReplace:
		y.Complete = true
	}
	if o.Mode == ModeReplace || y.Complete {
		// The built-in caveats (estimates, missing notices) no longer apply.
		y.Note, y.NoteZH = "", ""
	}
	return y
}

// OverrideSource is where the overrides live (the database); every server
// instance reads the same one.
type OverrideSource interface {
	// HolidayOverridesGeneration returns a value that changes with every
	// change to the overrides. It is read on every request, so it must be
	// cheap.
	HolidayOverridesGeneration(ctx context.Context) (string, error)
	// HolidayOverrides returns every override.
	HolidayOverrides(ctx context.Context) ([]Override, error)
}

// Sync brings the service's overrides up to date with src: it reads the
// generation and, only when it changed since the last Sync, every override,
// then drops the cached years. Callers run it once per request before
// answering from the service, so a change made on any instance is seen by
// the next request on every instance. It returns src's error, keeping the
// overrides it had.
func (s *Service) Sync(ctx context.Context, src OverrideSource) error {
	gen, err := src.HolidayOverridesGeneration(ctx)
	if err != nil {
		return err
	}
	s.mu.RLock()
	same := gen == s.gen
	s.mu.RUnlock()
	if same {
		return nil
	}
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	s.mu.RLock()
	same = gen == s.gen
	s.mu.RUnlock()
	if same {
		return nil
	}
	// The generation was read before the overrides: a change committed in
	// between is loaded now and loaded again at the next Sync, never missed.
	list, err := src.HolidayOverrides(ctx)
	if err != nil {
		return err
	}
	m := make(map[yearKey]*Override, len(list))
	for i := range list {
		o := &list[i]
		p, reg, err := lookup(o.Country, o.Region)
		if err != nil {
			continue // a country a later release dropped: nothing to apply it to
		}
		m[yearKey{p.code, reg, o.Year}] = o
	}
	s.mu.Lock()
	s.overrides, s.gen, s.cache = m, gen, make(map[yearKey]*yearData)
	s.mu.Unlock()
	return nil
}
