package api

import (
	"net/http"
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

type holidayYear struct {
	Country    string        `json:"country"`
	Region     *string       `json:"region"`
	Year       int           `json:"year"`
	Complete   bool          `json:"complete"`
	Overridden bool          `json:"overridden"`
	Source     string        `json:"source"`
	Note       *string       `json:"note"`
	NoteZH     *string       `json:"note_zh"`
	Weekend    []int         `json:"weekend"`
	Items      []holidayItem `json:"items"`
}

func weekdays(ws []time.Weekday) []int {
	out := make([]int, len(ws))
	for i, w := range ws {
		out[i] = int(w)
	}
	return out
}

func toHolidayYear(y holidays.Year) holidayYear {
	out := holidayYear{Country: y.Country, Region: nullable(y.Region), Year: y.Year, Complete: y.Complete,
		Overridden: y.Overridden, Source: y.Source, Note: nullable(y.Note), NoteZH: nullable(y.NoteZH),
		Weekend: weekdays(y.Weekend), Items: make([]holidayItem, len(y.Days))}
	for i, d := range y.Days {
		out.Items[i] = holidayItem{Date: d.Date.String(), NameEN: d.NameEN, NameLocal: d.NameLocal,
			NameZH: nullable(d.NameZH), Kind: string(d.Kind)}
	}
	return out
}

func (s *Server) holidayRoutes(g groups) {
	g.read.GET("/holidays", s.handle(s.getHolidays))
	g.read.GET("/holidays/countries", s.listHolidayCountries)
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
