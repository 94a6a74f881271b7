package api

import (
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/holidays"
)

// holidayItem is a day of a holiday year, and of an override's items.
type holidayItem struct {
	Date      string  `json:"date"`
	NameEN    string  `json:"name_en"`
	NameLocal string  `json:"name_local"`
	NameZH    *string `json:"name_zh"`
	Kind      string  `json:"kind"`
}

// holidayStatus is what a holiday year says of itself: an item of GET
// /holidays/status, and the head of a holidayYear.
type holidayStatus struct {
	Country    string  `json:"country"`
	Region     *string `json:"region"`
	Year       int     `json:"year"`
	Complete   bool    `json:"complete"`
	Overridden bool    `json:"overridden"`
	Source     string  `json:"source"`
	Note       *string `json:"note"`
	NoteZH     *string `json:"note_zh"`
}

type holidayYear struct {
	holidayStatus
	Weekend []int         `json:"weekend"`
	Items   []holidayItem `json:"items"`
}

func weekdays(ws []time.Weekday) []int {
	out := make([]int, len(ws))
	for i, w := range ws {
		out[i] = int(w)
	}
	return out
}

func toHolidayStatus(y holidays.Year) holidayStatus {
	return holidayStatus{Country: y.Country, Region: nullable(y.Region), Year: y.Year, Complete: y.Complete,
		Overridden: y.Overridden, Source: y.Source, Note: nullable(y.Note), NoteZH: nullable(y.NoteZH)}
}

func toHolidayYear(y holidays.Year) holidayYear {
	out := holidayYear{holidayStatus: toHolidayStatus(y), Weekend: weekdays(y.Weekend), Items: make([]holidayItem, len(y.Days))}
	for i, d := range y.Days {
		out.Items[i] = holidayItem{Date: d.Date.String(), NameEN: d.NameEN, NameLocal: d.NameLocal,
			NameZH: nullable(d.NameZH), Kind: string(d.Kind)}
	}
	return out
}

func (s *Server) holidayRoutes(g groups) {
	g.read.GET("/holidays", s.handle(s.getHolidays))
	g.read.GET("/holidays/countries", s.listHolidayCountries)
	g.read.GET("/holidays/status", s.handle(s.getHolidayStatus))
	g.admin.GET("/holidays/overrides", listAll(s, holidayOverrideFilter, s.store.ListHolidayOverrides, toHolidayOverrideResponse))
	g.admin.PUT("/holidays/:country/:year", s.handle(s.putHolidayOverride))
	g.admin.DELETE("/holidays/:country/:year", s.handle(s.deleteHolidayOverride))
}

// getHolidays is GET /holidays?country=&year=&region=: a country's days
// of one year (default this year).
func (s *Server) getHolidays(c *gin.Context) error {
	country := c.Query("country")
	if country == "" {
		return model.Invalid("country", "is required (ISO 3166-1 alpha-2, e.g. CN)")
	}
	if err := countryCode(country); err != nil {
		return err
	}
	year := s.today().Year()
	if v := c.Query("year"); v != "" {
		n, ok := parseCanonical(v)
		if !ok || n < 1 || n > 9999 {
			return model.BadRequest("year", "must be a year such as 2022")
		}
		year = int(n)
	}
	return s.answerHolidayYear(c, country, strings.TrimSpace(c.Query("region")), year, 0)
}

// Bounds of GET /holidays/status: an office's partner countries, a plan's
// few years ahead.
const (
	maxStatusCountries = 60
	maxStatusYears     = 5
)

// getHolidayStatus is GET /holidays/status?countries=&years=: whether each
// (national) holiday year asked for is complete, without its days — one
// request for the dashboard's warnings instead of one per country and year.
func (s *Server) getHolidayStatus(c *gin.Context) error {
	q := newQuery(c)
	countries := q.list("countries", maxStatusCountries)
	if q.str("countries") == "" {
		q.bad("countries", "is required: ISO 3166-1 alpha-2 codes separated by commas (e.g. JP,KR)")
	}
	years := []int{s.today().Year()}
	if raw := q.list("years", maxStatusYears); raw != nil {
		years = make([]int, len(raw))
		for i, v := range raw {
			n, ok := parseCanonical(v)
			if !ok || n < 1 || n > 9999 {
				q.bad("years", "%q is not a year such as 2022", v)
			}
			years[i] = int(n)
		}
	}
	if err := q.err(); err != nil {
		return err
	}
	for _, cc := range countries {
		if err := countryCode(cc); err != nil {
			return listFields(err)
		}
	}
	if err := s.store.SyncHolidays(c.Request.Context()); err != nil {
		return err
	}
	items := make([]holidayStatus, 0, len(countries)*len(years))
	for _, cc := range countries {
		for _, y := range years {
			hy, err := s.store.HolidayYear(cc, "", y)
			if err != nil {
				return listFields(err)
			}
			items = append(items, toHolidayStatus(hy))
		}
	}
	ok(c, http.StatusOK, gin.H{"items": items})
	return nil
}

// listFields names the list parameters (countries, years) in a problem
// the store reports of one country or year.
func listFields(err error) error {
	var e *model.Error
	if !errors.As(err, &e) {
		return err
	}
	out := *e
	out.Fields = slices.Clone(e.Fields)
	for i, f := range out.Fields {
		switch f.Field {
		case "country":
			out.Fields[i].Field = "countries"
		case "year":
			out.Fields[i].Field = "years"
		}
	}
	return &out
}

// countryCode is a 422 naming country unless v is an assigned ISO code.
func countryCode(v string) error {
	if !model.ValidCountry(v) {
		return model.Invalid("country", "%q is not an assigned ISO 3166-1 alpha-2 code (upper case, e.g. CN)", v)
	}
	return nil
}

// listHolidayCountries is GET /holidays/countries: the service's own
// description of each country it knows.
func (s *Server) listHolidayCountries(c *gin.Context) {
	cs := s.hol.Countries()
	for i := range cs {
		cs[i].Regions = orEmpty(cs[i].Regions)
	}
	ok(c, http.StatusOK, gin.H{"items": cs})
}
