package planning

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/vocab"
)

// Template scopes.
const (
	// ScopePartnership: one plan around one partnership's anniversary; item
	// targets are offsets from the anniversary (anniversary_series).
	ScopePartnership = "partnership"
	// ScopeProgram: one plan for every given partnership in a year
	// (annual_program); item targets are months, and partnerships with a
	// milestone anniversary get the MilestoneSeries template.
	ScopeProgram = "program"
)

// Values of Spec.AppliesTo in program templates.
const (
	AppliesAll     = "all"     // every partnership
	AppliesRegular = "regular" // partnerships that get no series this year
)

// Template is a plan template: data embedded from templates/*.json and
// served as is by GET /api/v1/plan-templates.
type Template struct {
	Key         string `json:"key"`
	Scope       string `json:"scope"` // ScopePartnership or ScopeProgram
	TitleEN     string `json:"title_en"`
	TitleZH     string `json:"title_zh"`
	Description string `json:"description"`
	// MilestoneSeries (program scope) names the partnership-scope template
	// generated for each partnership whose anniversary this year is a
	// milestone (a multiple of five years) known to the day.
	MilestoneSeries string `json:"milestone_series,omitempty"`
	Items           []Spec `json:"items"`
}

// Spec describes one item of a template.
//
// Titles may use the placeholders {year}, {local_en}, {local_zh},
// {partner_en}, {partner_zh} and, in partnership-scope templates only,
// {n} (30), {ordinal} (30th), {anniversary_en} ("30th anniversary of
// Weihai–Ube sister-city relationship") and {anniversary_zh}
// (威海—宇部结好30周年), built by package anniversary.
type Spec struct {
	Key      string `json:"key"`
	TitleEN  string `json:"title_en"`
	TitleZH  string `json:"title_zh"`
	Kind     string `json:"kind"`
	Format   string `json:"format"`
	Flagship bool   `json:"flagship,omitempty"`
	// DurationDays is the span of an in-person or hybrid item (>= 1).
	DurationDays int `json:"duration_days,omitempty"`
	// DurationMinutes is the length of an online meeting (15–480, a
	// multiple of 15).
	DurationMinutes int    `json:"duration_minutes,omitempty"`
	Target          Target `json:"target"`
	// WindowDays is the search radius around the target, in days. When no
	// allowed day lies in it the radius doubles until it covers the year.
	// Ignored for the flagship (nearest allowed day in the whole year) and
	// for spread targets (the chosen month is the window).
	WindowDays int `json:"window_days,omitempty"`
	// AppliesTo (program scope): AppliesAll or AppliesRegular (default all).
	AppliesTo   string `json:"applies_to,omitempty"`
	Description string `json:"description,omitempty"`
}

// Target says where an item aims; exactly one field is set.
type Target struct {
	// OffsetDays from the anniversary date (partnership scope).
	OffsetDays *int `json:"offset_days,omitempty"`
	// Month (1–12) of the plan year; the target day is the 15th.
	Month int `json:"month,omitempty"`
	// Spread: the month that has the fewest items when the item is placed
	// (program scope); the target day is the 15th, the window the month.
	Spread bool `json:"spread,omitempty"`
}

//go:embed templates/*.json
var templateFS embed.FS

// loadTemplates parses and validates every embedded template, sorted by key.
func loadTemplates(fsys fs.FS) ([]Template, error) {
	names, err := fs.Glob(fsys, "templates/*.json")
	if err != nil {
		return nil, err
	}
	var out []Template
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var t Template
		if err := dec.Decode(&t); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if err := t.validate(); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b Template) int { return strings.Compare(a.Key, b.Key) })
	for _, t := range out {
		if t.MilestoneSeries == "" {
			continue
		}
		i := slices.IndexFunc(out, func(s Template) bool { return s.Key == t.MilestoneSeries })
		if i < 0 || out[i].Scope != ScopePartnership {
			return nil, fmt.Errorf("template %s: milestone_series %q is not a partnership-scope template", t.Key, t.MilestoneSeries)
		}
	}
	return out, nil
}

var placeholderRE = regexp.MustCompile(`\{[a-z_]*\}`)

var (
	commonVars      = []string{"{year}", "{local_en}", "{local_zh}", "{partner_en}", "{partner_zh}"}
	anniversaryVars = []string{"{n}", "{ordinal}", "{anniversary_en}", "{anniversary_zh}"}
)

func checkPlaceholders(s string, allowed []string) error {
	for _, ph := range placeholderRE.FindAllString(s, -1) {
		if !slices.Contains(allowed, ph) {
			return fmt.Errorf("unknown placeholder %s in %q", ph, s)
		}
	}
	return nil
}

func (t *Template) validate() error {
	if t.Key == "" || t.TitleEN == "" || t.TitleZH == "" {
		return fmt.Errorf("key, title_en and title_zh are required")
	}
	var allowed []string
	switch t.Scope {
	case ScopePartnership:
		allowed = slices.Concat(commonVars, anniversaryVars)
		if t.MilestoneSeries != "" {
			return fmt.Errorf("milestone_series only in program scope")
		}
	case ScopeProgram:
		allowed = slices.DeleteFunc(slices.Clone(commonVars), func(s string) bool { return strings.HasPrefix(s, "{partner") })
	default:
		return fmt.Errorf("scope %q: want %s or %s", t.Scope, ScopePartnership, ScopeProgram)
	}
	for _, s := range []string{t.TitleEN, t.TitleZH} {
		if err := checkPlaceholders(s, allowed); err != nil {
			return err
		}
	}
	flagships := 0
	keys := map[string]bool{}
	for i := range t.Items {
		s := &t.Items[i]
		if err := s.validate(t.Scope); err != nil {
			return fmt.Errorf("item %d (%s): %w", i, s.Key, err)
		}
		if keys[s.Key] {
			return fmt.Errorf("item %d: duplicate key %q", i, s.Key)
		}
		keys[s.Key] = true
		if s.Flagship {
			flagships++
		}
	}
	if t.Scope == ScopePartnership && flagships != 1 {
		return fmt.Errorf("a partnership-scope template needs exactly one flagship item, has %d", flagships)
	}
	return nil
}

func (s *Spec) validate(scope string) error {
	if s.Key == "" || s.TitleEN == "" || s.TitleZH == "" {
		return fmt.Errorf("key, title_en and title_zh are required")
	}
	allowed := commonVars
	if scope == ScopePartnership {
		allowed = slices.Concat(commonVars, anniversaryVars)
	}
	for _, str := range []string{s.TitleEN, s.TitleZH} {
		if err := checkPlaceholders(str, allowed); err != nil {
			return err
		}
	}
	if !slices.Contains(vocab.EventKinds, s.Kind) {
		return fmt.Errorf("kind %q is not an event kind", s.Kind)
	}
	switch s.Format {
	case vocab.FormatOnline:
		if s.DurationMinutes < 15 || s.DurationMinutes > 480 || s.DurationMinutes%15 != 0 || s.DurationDays != 0 {
			return fmt.Errorf("an online item needs duration_minutes 15–480, a multiple of 15, and no duration_days")
		}
	case vocab.FormatInPerson, vocab.FormatHybrid:
		if s.DurationDays < 1 || s.DurationDays > 366 || s.DurationMinutes != 0 {
			return fmt.Errorf("an in-person or hybrid item needs duration_days >= 1 and no duration_minutes")
		}
	default:
		return fmt.Errorf("format %q: want in_person, online or hybrid", s.Format)
	}
	n := 0
	if s.Target.OffsetDays != nil {
		n++
		if scope != ScopePartnership {
			return fmt.Errorf("offset_days targets need an anniversary (partnership scope)")
		}
	}
	if s.Target.Month != 0 {
		n++
		if s.Target.Month < 1 || s.Target.Month > 12 {
			return fmt.Errorf("target month %d", s.Target.Month)
		}
	}
	if s.Target.Spread {
		n++
		if scope != ScopeProgram {
			return fmt.Errorf("spread targets only in program scope")
		}
	}
	if n != 1 {
		return fmt.Errorf("exactly one of target.offset_days, target.month, target.spread")
	}
	if s.Flagship && (s.Target.OffsetDays == nil || *s.Target.OffsetDays != 0 || s.Format == vocab.FormatOnline) {
		return fmt.Errorf("the flagship is an in-person or hybrid item at offset_days 0")
	}
	if s.WindowDays < 0 || s.WindowDays > 366 {
		return fmt.Errorf("window_days %d", s.WindowDays)
	}
	switch s.AppliesTo {
	case "", AppliesAll, AppliesRegular:
		if s.AppliesTo != "" && scope != ScopeProgram {
			return fmt.Errorf("applies_to only in program scope")
		}
	default:
		return fmt.Errorf("applies_to %q", s.AppliesTo)
	}
	return nil
}

// clone returns a deep copy of t, so callers cannot change the planner's
// templates.
func (t Template) clone() Template {
	t.Items = slices.Clone(t.Items)
	for i := range t.Items {
		if o := t.Items[i].Target.OffsetDays; o != nil {
			v := *o
			t.Items[i].Target.OffsetDays = &v
		}
	}
	return t
}

// vars holds the values of the title placeholders.
type vars struct {
	year                 int
	localEN, localZH     string
	partnerEN, partnerZH string
	n                    int
	annivEN, annivZH     string
}

func (v *vars) expand(s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	r := strings.NewReplacer(
		"{year}", fmt.Sprint(v.year),
		"{local_en}", v.localEN, "{local_zh}", v.localZH,
		"{partner_en}", v.partnerEN, "{partner_zh}", v.partnerZH,
		"{n}", fmt.Sprint(v.n), "{ordinal}", anniversary.Ordinal(v.n),
		"{anniversary_en}", v.annivEN, "{anniversary_zh}", v.annivZH,
	)
	return r.Replace(s)
}
