package holidays

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/aa"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cy"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/ee"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fi"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/hu"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/is"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/ke"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lu"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mt"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/mx"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/pt"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/rs"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/th"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"

	"github.com/youcheng/youcheng/model/pdate"
)

const rickarSource = "github.com/rickar/cal/v2 v2.1.26"

// Span answered for rule-based countries: the rules in force are applied to
// every year from rickarFrom; history before that is not modelled.
const (
	rickarFrom = 2000
	rickarTo   = 2100
)

// rickarCountry configures one country taken from rickar/cal.
type rickarCountry struct {
	code, name string
	// english is true when rickar's names are English (then names maps
	// English → local); otherwise rickar's names are local and names maps
	// local → English.
	english bool
	names   map[string]string
	// national is the national set; regions maps ISO 3166-2 codes to
	// regional sets. With intersect, the national set is the days common
	// to every region (rickar has no true national list for AU and CH).
	national  []*cal.Holiday
	regions   map[string][]*cal.Holiday
	intersect bool
	// extra returns corrections: days rickar lacks (one-offs, late rules).
	extra func(region string, year int) []Day
	// drop removes days rickar lists wrongly (returns true to drop).
	drop func(region string, d Day) bool
	// post rewrites the finished list (e.g. Japan's sandwiched-day rule).
	post func(region string, year int, days []Day) []Day
	// note returns a caveat for year ("" for none); completeness comes
	// from checkedYears alone.
	note func(year int) string
	from int
	// substitute formats the local name of an observed (moved) day from
	// the holiday's local name: "%s" is replaced by that name; without it
	// the text is appended.
	substitute string
	// aliases maps region codes that share another set to it ("" =
	// national), e.g. GB-ENG and GB-WLS.
	aliases map[string]string
}

// rulesKnownThrough is the last year for which the rules in force are known:
// later years may still get one-off days (a jubilee, an election) and rule
// changes, and their note says so. Raise it each November with the library
// upgrade.
const rulesKnownThrough = 2027

// uncheckedNote is the note of a year not compared with an official
// schedule (see checkedYears).
const uncheckedNote = "Computed from the statutes' rules; not checked against a published official schedule."

// rickarSets are the rickar/cal countries answered from one national list
// (GB's sets are set by correctGB).
var rickarSets = map[string][]*cal.Holiday{
	"AR": ar.Holidays, "AT": at.Holidays, "BE": be.Holidays, "BG": bg.Holidays, "BR": br.Holidays, "CA": ca.Holidays,
	"CY": cy.Holidays, "CZ": cz.Holidays, "DK": dk.Holidays, "EE": ee.Holidays, "ES": es.Holidays, "FI": fi.Holidays,
	"FR": fr.Holidays, "GR": gr.Holidays, "HR": hr.Holidays, "HU": hu.Holidays, "IE": ie.Holidays, "IS": is.Holidays,
	"IT": it.Holidays, "JP": jp.Holidays, "KE": ke.Holidays, "LT": lt.Holidays, "LU": lu.Holidays, "LV": lv.Holidays,
	"MT": mt.Holidays, "MW": mw.Holidays, "MX": mx.Holidays, "NC": nc.Holidays, "NL": nl.Holidays, "NO": no.Holidays,
	"NZ": nz.Holidays, "PL": pl.Holidays, "PT": pt.Holidays, "RO": ro.Holidays, "RS": rs.Holidays, "SE": se.Holidays,
	"SI": si.Holidays, "SK": sk.Holidays, "TH": th.Holidays, "US": us.Holidays, "ZA": za.Holidays,
}

// rickarRegional are the rickar/cal countries with regional lists. For AU
// and CH rickar has no true national list, so the national set is the days
// common to every region.
var rickarRegional = map[string]*rickarCountry{
	"AU": {intersect: true, regions: map[string][]*cal.Holiday{
		"AU-ACT": au.HolidaysACT, "AU-NSW": au.HolidaysNSW, "AU-NT": au.HolidaysNT, "AU-QLD": au.HolidaysQLD,
		"AU-SA": au.HolidaysSA, "AU-TAS": au.HolidaysTAS, "AU-VIC": au.HolidaysVIC, "AU-WA": au.HolidaysWA,
	}},
	"CH": {intersect: true, regions: map[string][]*cal.Holiday{
		"CH-ZH": ch.HolidaysZH, "CH-BE": ch.HolidaysBE, "CH-LU": ch.HolidaysLU, "CH-UR": ch.HolidaysUR,
		"CH-SZ": ch.HolidaysSZ, "CH-OW": ch.HolidaysOW, "CH-NW": ch.HolidaysNW, "CH-GL": ch.HolidaysGL,
		"CH-ZG": ch.HolidaysZG, "CH-FR": ch.HolidaysFR, "CH-SO": ch.HolidaysSO, "CH-BS": ch.HolidaysBS,
		"CH-BL": ch.HolidaysBL, "CH-SH": ch.HolidaysSH, "CH-AR": ch.HolidaysAR, "CH-AI": ch.HolidaysAI,
		"CH-SG": ch.HolidaysSG, "CH-GR": ch.HolidaysGR, "CH-AG": ch.HolidaysAG, "CH-TG": ch.HolidaysTG,
		"CH-VD": ch.HolidaysVD, "CH-TI": ch.HolidaysTI, "CH-VS": ch.HolidaysVS, "CH-NE": ch.HolidaysNE,
		"CH-GE": ch.HolidaysGE, "CH-JU": ch.HolidaysJU,
	}},
	"DE": {national: de.Holidays, regions: map[string][]*cal.Holiday{
		"DE-BW": de.HolidaysBW, "DE-BY": de.HolidaysBY, "DE-BE": de.HolidaysBE, "DE-BB": de.HolidaysBB,
		"DE-HB": de.HolidaysHB, "DE-HH": de.HolidaysHH, "DE-HE": de.HolidaysHE, "DE-MV": de.HolidaysMV,
		"DE-NI": de.HolidaysNI, "DE-NW": de.HolidaysNW, "DE-RP": de.HolidaysRP, "DE-SL": de.HolidaysSL,
		"DE-SN": de.HolidaysSN, "DE-ST": de.HolidaysST, "DE-SH": de.HolidaysSH, "DE-TH": de.HolidaysTH,
	}},
}

// rickarNames are the English short names of the rickar/cal countries.
var rickarNames = map[string]string{
	"AR": "Argentina", "AT": "Austria", "AU": "Australia", "BE": "Belgium", "BG": "Bulgaria", "BR": "Brazil",
	"CA": "Canada", "CH": "Switzerland", "CY": "Cyprus", "CZ": "Czechia", "DE": "Germany", "DK": "Denmark",
	"EE": "Estonia", "ES": "Spain", "FI": "Finland", "FR": "France", "GB": "United Kingdom", "GR": "Greece",
	"HR": "Croatia", "HU": "Hungary", "IE": "Ireland", "IS": "Iceland", "IT": "Italy", "JP": "Japan", "KE": "Kenya",
	"LT": "Lithuania", "LU": "Luxembourg", "LV": "Latvia", "MT": "Malta", "MW": "Malawi", "MX": "Mexico",
	"NC": "New Caledonia", "NL": "Netherlands", "NO": "Norway", "NZ": "New Zealand", "PL": "Poland",
	"PT": "Portugal", "RO": "Romania", "RS": "Serbia", "SE": "Sweden", "SI": "Slovenia", "SK": "Slovakia",
	"TH": "Thailand", "US": "United States", "ZA": "South Africa",
}

// rickarEnglish are the countries whose rickar/cal names are English.
var rickarEnglish = strings.Fields("AU CA GB IE JP KE MW MX NZ US ZA")

func init() {
	for code, name := range rickarNames {
		rc, ok := rickarRegional[code]
		if !ok {
			rc = &rickarCountry{national: rickarSets[code]}
		}
		rc.code, rc.name, rc.english = code, name, slices.Contains(rickarEnglish, code)
		registerRickar(rc)
	}
}

func registerRickar(rc *rickarCountry) {
	if c, ok := corrections[rc.code]; ok {
		c(rc)
	}
	if n, ok := nameTables[rc.code]; ok && rc.names == nil {
		rc.names = n
	}
	p := &provider{
		code:   rc.code,
		name:   rc.name,
		from:   rickarFrom,
		to:     rickarTo,
		source: rickarSource + " (" + rc.code + " rules)",
	}
	if rc.from != 0 {
		p.from = rc.from
	}
	for r := range rc.regions {
		p.regions = append(p.regions, r)
	}
	p.regionAlias = rc.aliases
	p.build = rc.build
	register(p)
}

// build lists one year of the national set or of region.
func (rc *rickarCountry) build(region string, year int) result {
	var days []Day
	switch {
	case region != "":
		days = rc.days(rc.regions[region], region, year)
	case rc.intersect:
		days = rc.intersection(year)
	default:
		days = rc.days(rc.national, "", year)
	}
	if rc.post != nil {
		days = rc.post(region, year, days)
	}
	r := result{days: days, complete: slices.Contains(checkedYears[rc.code][region], year)}
	switch {
	case r.complete:
	case year > rulesKnownThrough:
		// Rules can be computed for any year, but one-off days and rule
		// changes of later years are not published yet.
		r.note = fmt.Sprintf("Computed from the rules in force; days off declared for %d are not known yet.", year)
	default:
		r.note = uncheckedNote
	}
	if rc.note != nil {
		r.note = joinNote(r.note, rc.note(year))
	}
	if rc.intersect && region == "" {
		r.note = joinNote(r.note, "National set: days off in every region; pass a region for its full set.")
	}
	return r
}

func joinNote(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// calcMu serialises rickar holiday calculations: jp.VernalEquinoxDay's Func
// writes to the shared *cal.Holiday it is given (rickar/cal v2.1.26,
// jp_holidays.go:75), which is a data race under concurrent builds. Builds
// are cached, so the lock costs nothing on the IsWorkday path.
var calcMu sync.Mutex

// days lists the actual and observed dates of hs in year, plus corrections.
func (rc *rickarCountry) days(hs []*cal.Holiday, region string, year int) []Day {
	var out []Day
	calcMu.Lock()
	defer calcMu.Unlock()
	for _, h := range hs {
		en, local := rc.nameOf(h)
		for y := year - 1; y <= year+1; y++ {
			act, obs := h.Calc(y)
			if act.IsZero() {
				continue
			}
			a := pdate.FromTime(act)
			if a.Y == year {
				out = append(out, Day{Date: a, NameEN: en, NameLocal: local, Kind: KindHoliday})
			}
			if o := pdate.FromTime(obs); o != a && o.Y == year {
				out = append(out, rc.observed(o, en, local))
			}
		}
	}
	if rc.extra != nil {
		out = append(out, rc.extra(region, year)...)
	}
	if rc.drop != nil {
		kept := out[:0]
		for _, d := range out {
			if !rc.drop(region, d) {
				kept = append(kept, d)
			}
		}
		out = kept
	}
	return out
}

func (rc *rickarCountry) observed(d pdate.Date, en, local string) Day {
	loc := local + " (observed)"
	switch {
	case strings.Contains(rc.substitute, "%s"):
		loc = fmt.Sprintf(rc.substitute, local)
	case rc.substitute != "":
		loc = local + " " + rc.substitute
	}
	return Day{Date: d, NameEN: en + " (substitute day)", NameLocal: loc, Kind: KindHoliday}
}

// intersection returns the days off listed in every region.
func (rc *rickarCountry) intersection(year int) []Day {
	count := map[pdate.Date]int{}
	first := map[pdate.Date]Day{}
	for r, hs := range rc.regions {
		seen := map[pdate.Date]bool{}
		for _, d := range normalize(rc.days(hs, r, year), year) {
			if d.Kind != KindHoliday || seen[d.Date] {
				continue
			}
			seen[d.Date] = true
			count[d.Date]++
			if _, ok := first[d.Date]; !ok {
				first[d.Date] = d
			}
		}
	}
	var out []Day
	for dt, n := range count {
		if n == len(rc.regions) {
			out = append(out, first[dt])
		}
	}
	return out
}

// nameOf returns the English and local name of a rickar holiday.
func (rc *rickarCountry) nameOf(h *cal.Holiday) (en, local string) {
	if rc.english {
		en = h.Name
		local = h.Name
		if l, ok := rc.names[h.Name]; ok {
			local = l
		}
		return en, local
	}
	local = h.Name
	if e, ok := rc.names[h.Name]; ok {
		return e, local
	}
	if e, ok := commonName(h); ok {
		return e, local
	}
	return local, local
}

// commonKey identifies a holiday by its rule, so that country holidays
// cloned from rickar's aa package get aa's English name.
type commonKey struct {
	fn         uintptr
	month      time.Month
	day        int
	weekday    time.Weekday
	offset     int
	calcOffset int
	julian     bool
}

func keyOf(h *cal.Holiday) commonKey {
	return commonKey{reflect.ValueOf(h.Func).Pointer(), h.Month, h.Day, h.Weekday, h.Offset, h.CalcOffset, h.Julian}
}

var commonNames = func() map[commonKey]string {
	m := map[commonKey]string{}
	for h, n := range map[*cal.Holiday]string{
		aa.NewYear: "New Year's Day", aa.Epiphany: "Epiphany", aa.MaundyThursday: "Maundy Thursday",
		aa.GoodFriday: "Good Friday", aa.Easter: "Easter Sunday", aa.EasterMonday: "Easter Monday",
		aa.WorkersDay: "Labour Day", aa.AscensionDay: "Ascension Day", aa.Pentecost: "Whit Sunday",
		aa.PentecostMonday: "Whit Monday", aa.CorpusChristi: "Corpus Christi", aa.AssumptionOfMary: "Assumption Day",
		aa.AllSaintsDay: "All Saints' Day", aa.ArmisticeDay: "Armistice Day",
		aa.ImmaculateConception: "Immaculate Conception", aa.ChristmasDay: "Christmas Day",
		aa.ChristmasDay2: "St Stephen's Day (second day of Christmas)",
	} {
		m[keyOf(h)] = n
	}
	return m
}()

func commonName(h *cal.Holiday) (string, bool) {
	n, ok := commonNames[keyOf(h)]
	return n, ok
}
