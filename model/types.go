package model

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Source is a reference supporting a record.
type Source struct {
	URL  string `json:"url,omitempty"`
	Note string `json:"note,omitempty"`
}

// Meta is the bookkeeping every stored resource carries.
type Meta struct {
	ID        int64     `gorm:"primaryKey"`
	Version   int       `gorm:"not null;default:1"`
	CreatedAt time.Time `gorm:"not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

// Limits on free text, in characters.
const (
	MaxName  = 200
	MaxTitle = 300
	MaxText  = 10000
	MaxURL   = 2000
	MaxList  = 100
)

// checkText validates a free-text field: its length in characters, and for
// names and titles (single-line) the absence of control characters and of
// invisible characters that can disguise text (see invisible).
func checkText(p *Problems, field, v string, max int, required, singleLine bool) {
	if required && strings.TrimSpace(v) == "" {
		p.Add(field, "is required")
		return
	}
	if !utf8.ValidString(v) {
		p.Add(field, "is not valid UTF-8")
		return
	}
	if n := utf8.RuneCountInString(v); n > max {
		p.Add(field, "is %d characters long; at most %d are allowed", n, max)
		return
	}
	for _, r := range v {
		if unicode.IsControl(r) && (singleLine || r != '\n' && r != '\r' && r != '\t') {
			p.Add(field, "contains a control character (U+%04X)", r)
			return
		}
		if singleLine && invisible(r) {
			p.Add(field, "contains an invisible formatting character (U+%04X): bidirectional overrides and zero-width characters are not allowed in names and titles", r)
			return
		}
	}
}

func checkEnum(p *Problems, field, v string, allowed []string) {
	for _, a := range allowed {
		if v == a {
			return
		}
	}
	p.Add(field, "must be one of %s", strings.Join(allowed, ", "))
}

func checkSources(p *Problems, field string, ss []Source) {
	if len(ss) > MaxList {
		p.Add(field, "has %d entries; at most %d are allowed", len(ss), MaxList)
		return
	}
	for i, s := range ss {
		f := fmt.Sprintf("%s[%d]", field, i)
		if s.URL == "" && s.Note == "" {
			p.Add(f, "needs a url or a note")
		}
		checkText(p, f+".url", s.URL, MaxURL, false, true)
		if s.URL != "" && !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://") {
			p.Add(f+".url", "must be an http or https URL")
		}
		checkText(p, f+".note", s.Note, MaxText, false, false)
	}
}

// invisible reports the characters refused in names and titles: the
// bidirectional controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C),
// which can make an audit actor or a partner's name read as another, and
// the zero-width ones (U+200B–200D, U+2060, U+FEFF), which make two names
// that look the same differ.
func invisible(r rune) bool {
	switch r {
	case 0x200B, 0x2060, 0xFEFF:
		return true
	}
	return unicode.Is(unicode.Bidi_Control, r) || unicode.Is(unicode.Join_Control, r)
}
