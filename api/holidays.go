package api

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/holidays"
)

type holidayItem struct {
	Date      string `json:"date"`
	NameEN    string `json:"name_en"`
	NameLocal string `json:"name_local"`
	Kind      string `json:"kind"`
}

type holidayYear struct {
	Country  string        `json:"country"`
	Region   *string       `json:"region"`
	Year     int           `json:"year"`
	Complete bool          `json:"complete"`
	Source   string        `json:"source"`
	Note     *string       `json:"note"`
	Weekend  []int         `json:"weekend"`
	Items    []holidayItem `json:"items"`
}

type holidayCountry struct {
	Country  string   `json:"country"`
	Name     string   `json:"name"`
	FromYear int      `json:"from_year"`
	ToYear   int      `json:"to_year"`
	Source   string   `json:"source"`
	Weekend  []int    `json:"weekend"`
	Regions  []string `json:"regions"`
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
		Source: y.Source, Note: nullable(y.Note), Weekend: weekdays(y.Weekend), Items: make([]holidayItem, len(y.Days))}
	for i, d := range y.Days {
		out.Items[i] = holidayItem{Date: d.Date.String(), NameEN: d.NameEN, NameLocal: d.NameLocal, Kind: string(d.Kind)}
	}
	return out
}

// holidayYearFor answers one country-year, mapping the engine's errors to
// 422 problems naming the field at fault.
func (s *Server) holidayYearFor(country, region string, year int) (holidays.Year, error) {
	y, err := s.hol.Year(country, region, year)
	switch {
	case errors.Is(err, holidays.ErrUnsupported) && region != "" && s.hol.Supports(country):
		return y, invalid("region", "%q is not a region of %s with its own holidays", region, country)
	case errors.Is(err, holidays.ErrUnsupported):
		return y, invalid("country", "%q is not a supported ISO 3166-1 alpha-2 code (see /api/v1/holidays/countries)", country)
	case errors.Is(err, holidays.ErrYearRange):
		return y, invalid("year", "%s", err.Error())
	}
	return y, err
}

// invalid is a 422 naming one field.
func invalid(field, format string, args ...any) error {
	var p model.Problems
	p.Add(field, format, args...)
	return p.Err()
}

func (s *Server) getHolidays(c *gin.Context) {
	country := c.Query("country")
	if country == "" {
		s.writeError(c, invalid("country", "is required (ISO 3166-1 alpha-2, e.g. CN)"))
		return
	}
	if !model.ValidCountry(country) {
		s.writeError(c, invalid("country", "%q is not an assigned ISO 3166-1 alpha-2 code (upper case, e.g. CN)", country))
		return
	}
	year := s.today().Year()
	if v := c.Query("year"); v != "" {
		n, ok := parseCanonical(v)
		if !ok || n < 1 || n > 9999 {
			s.writeError(c, model.BadRequest("year", "must be a year such as 2022"))
			return
		}
		year = int(n)
	}
	region := strings.TrimSpace(c.Query("region"))
	y, err := s.holidayYearFor(country, region, year)
	if err != nil {
		s.writeError(c, err)
		return
	}
	ok(c, http.StatusOK, toHolidayYear(y))
}

func (s *Server) listHolidayCountries(c *gin.Context) {
	cs := s.hol.Countries()
	out := make([]holidayCountry, len(cs))
	for i, ci := range cs {
		regions := ci.Regions
		if regions == nil {
			regions = []string{}
		}
		out[i] = holidayCountry{Country: ci.Country, Name: ci.Name, FromYear: ci.FromYear, ToYear: ci.ToYear,
			Source: ci.Source, Weekend: weekdays(ci.Weekend), Regions: regions}
	}
	ok(c, http.StatusOK, gin.H{"items": out})
}
