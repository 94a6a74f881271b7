package api

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/holidays"
)

// holidayOverrideRequest is the PUT body.
type holidayOverrideRequest struct {
	Mode     string         `json:"mode"`
	Source   string         `json:"source"`
	Complete *bool          `json:"complete"`
	Items    *[]holidayItem `json:"items"`
}

type holidayOverrideResponse struct {
	ID        int64         `json:"id"`
	Country   string        `json:"country"`
	Region    *string       `json:"region"`
	Year      int           `json:"year"`
	Mode      string        `json:"mode"`
	Source    string        `json:"source"`
	Complete  *bool         `json:"complete"`
	Items     []holidayItem `json:"items"`
	CreatedAt time.Time     `json:"created_at"`
	UpdatedAt time.Time     `json:"updated_at"`
	Version   int           `json:"version"`
}

func toHolidayOverrideResponse(o *model.HolidayOverride) holidayOverrideResponse {
	out := holidayOverrideResponse{ID: o.ID, Country: o.Country, Region: nullable(o.Region), Year: o.Year, Mode: o.Mode,
		Source: o.Source, Complete: o.Complete, Items: make([]holidayItem, len(o.Items)),
		CreatedAt: o.CreatedAt, UpdatedAt: o.UpdatedAt, Version: o.Version}
	for i, it := range o.Items {
		out.Items[i] = holidayItem{Date: it.Date, NameEN: it.NameEN, NameLocal: it.NameLocal, NameZH: nullable(it.NameZH), Kind: it.Kind}
	}
	return out
}

// overridePath reads {country}/{year}[?region=] of the override routes
// and If-Match: a year that is not a number is 400, an unknown country 422.
func overridePath(c *gin.Context) (y holidays.Year, expected *int, err error) {
	y.Country = c.Param("country")
	if err := countryCode(y.Country); err != nil {
		return y, nil, err
	}
	year, e := strconv.Atoi(c.Param("year"))
	if e != nil || year < 1 || year > 9999 {
		return y, nil, model.BadRequest("year", "the path year must be a year such as 2022")
	}
	y.Year, y.Region = year, strings.TrimSpace(c.Query("region"))
	expected, err = ifMatch(c)
	return y, expected, err
}

// putHolidayOverride is PUT /holidays/{country}/{year}: store the office's
// schedule for that year and answer with the resulting year.
func (s *Server) putHolidayOverride(c *gin.Context) error {
	at, expected, req, err := versionedBody[holidays.Year, holidayOverrideRequest](c, overridePath)
	if err != nil {
		return err
	}
	if req.Items == nil {
		return model.Invalid("items", "is required: the days of the year (replace) or the changes (amend)")
	}
	in := model.HolidayOverrideInput{Country: at.Country, Region: at.Region, Year: at.Year, Mode: req.Mode, Source: req.Source,
		Complete: req.Complete}
	for _, it := range *req.Items {
		item := model.HolidayOverrideItem{Date: it.Date, NameEN: it.NameEN, NameLocal: it.NameLocal, Kind: it.Kind}
		if it.NameZH != nil {
			item.NameZH = *it.NameZH
		}
		in.Items = append(in.Items, item)
	}
	o, _, err := s.store.PutHolidayOverride(c.Request.Context(), in, expected)
	if err != nil {
		return err
	}
	return s.answerHolidayYear(c, o.Country, o.Region, o.Year, o.Version)
}

// deleteHolidayOverride is DELETE /holidays/{country}/{year}: back to the
// built-in days; answers with the resulting year.
func (s *Server) deleteHolidayOverride(c *gin.Context) error {
	at, expected, err := overridePath(c)
	if err != nil {
		return err
	}
	// Resolve the spelling (gb-sct, SCT) and report unknown ones as 422.
	y, err := s.store.HolidayYear(at.Country, at.Region, at.Year)
	if err != nil {
		return err
	}
	if err := s.store.DeleteHolidayOverride(c.Request.Context(), y.Country, y.Region, y.Year, expected); err != nil {
		return err
	}
	return s.answerHolidayYear(c, y.Country, y.Region, y.Year, 0)
}

// answerHolidayYear syncs the service and writes the year as it now is,
// with the override's version as ETag (0: none).
func (s *Server) answerHolidayYear(c *gin.Context, country, region string, year, version int) error {
	if err := s.store.SyncHolidays(c.Request.Context()); err != nil {
		return err
	}
	y, err := s.store.HolidayYear(country, region, year)
	if err != nil {
		return err
	}
	if version > 0 {
		c.Header("ETag", etag(version))
	}
	ok(c, http.StatusOK, toHolidayYear(y))
	return nil
}

// holidayOverrideFilter reads the filters of GET /holidays/overrides.
func holidayOverrideFilter(q *query) (model.HolidayOverrideFilter, model.Page) {
	f := model.HolidayOverrideFilter{Country: q.country("country"), Year: q.intIn("year", 0, 1, 9999), Page: q.page()}
	return f, f.Page
}
