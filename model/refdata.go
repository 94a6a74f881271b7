package model

import (
	"bufio"
	_ "embed"
	"sort"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zones resolve the same on every machine, with or without /usr/share/zoneinfo

	"github.com/biter777/countries"
)

// zoneTab is zone.tab of the IANA tz database (tzdata 2025b, as shipped by
// Debian 12): the zones of each ISO 3166 country. Go's embedded tzdata holds
// the zone rules but not this mapping; no maintained Go module exposes it.
//
//go:embed refdata/zone.tab
var zoneTab string

var countryZones = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	sc := bufio.NewScanner(strings.NewReader(zoneTab))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) >= 3 {
			m[f[0]] = append(m[f[0]], f[2])
		}
	}
	for _, z := range m {
		sort.Strings(z)
	}
	return m
})

// ValidCountry reports whether code is an assigned ISO 3166-1 alpha-2 code
// in upper case.
func ValidCountry(code string) bool {
	if len(code) != 2 || strings.ToUpper(code) != code {
		return false
	}
	if userAssigned(code) {
		return false
	}
	c := countries.ByName(code)
	return c != countries.Unknown && c.IsValid() && c.Alpha2() == code
}

// userAssigned reports codes ISO 3166-1 leaves to private use (AA, QM–QZ,
// XA–XZ, ZZ); the library lists some of them (e.g. XK, Kosovo), but they are
// not assigned codes.
func userAssigned(code string) bool {
	return code == "AA" || code == "ZZ" || code[0] == 'X' || code[0] == 'Q' && code[1] >= 'M'
}

// CountryZones returns the IANA zones of a country from the tz database.
func CountryZones(code string) []string { return countryZones()[code] }

// ValidZone reports whether name is an IANA zone the tz database knows.
// Bare abbreviations and "Local" are rejected.
func ValidZone(name string) bool {
	if name == "" || name == "Local" || !strings.Contains(name, "/") && name != "UTC" {
		return false
	}
	_, err := time.LoadLocation(name)
	return err == nil
}
