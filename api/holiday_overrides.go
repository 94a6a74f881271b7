package api

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

type holidayOverrideItemJSON struct {
	Date      string  `json:"date"`
	NameEN    string  `json:"name_en"`
	NameLocal string  `json:"name_local"`
	NameZH    *string `json:"name_zh"`
	Kind      string  `json:"kind"`
}

// holidayOverrideRequest is the PUT body.
type holidayOverrideRequest struct {
	Mode     string                     `json:"mode"`
	Source   string                     `json:"source"`
	Complete *bool                      `json:"complete"`
	Items    *[]holidayOverrideItemJSON `json:"items"`
}

type holidayOverrideResponse struct {
	ID        int64                     `json:"id"`
	Country   string                    `json:"country"`
	Region    *string                   `json:"region"`
	Year      int                       `json:"year"`
	Mode      string                    `json:"mode"`
	Source    string                    `json:"source"`
	Complete  *bool                     `json:"complete"`
	Items     []holidayOverrideItemJSON `json:"items"`
	CreatedAt time.Time                 `json:"created_at"`
	UpdatedAt time.Time                 `json:"updated_at"`
	Version   int                       `json:"version"`
}

func toHolidayOverrideResponse(o *model.HolidayOverride) holidayOverrideResponse {
	out := holidayOverrideResponse{ID: o.ID, Country: o.Country, Region: nullable(o.Region), Year: o.Year, Mode: o.Mode,
		Source: o.Source, Complete: o.Complete, Items: make([]holidayOverrideItemJSON, len(o.Items)),
		CreatedAt: o.CreatedAt, UpdatedAt: o.UpdatedAt, Version: o.Version}
	for i, it := range o.Items {
		out.Items[i] = holidayOverrideItemJSON{Date: it.Date, NameEN: it.NameEN, NameLocal: it.NameLocal, NameZH: nullable(it.NameZH), Kind: it.Kind}
	}
	return out
}

// overridePath reads {country}/{year}[?region=] of the override routes: a
// year that is not a number is 400, an unknown country 422.
func overridePath(c *gin.Context) (country, region string, year int, err error) {
	country = c.Param("country")
	if !model.ValidCountry(country) {
		return "", "", 0, model.Invalid("country", "%q is not an assigned ISO 3166-1 alpha-2 code (upper case, e.g. CN)", country)
	}
	year, e := strconv.Atoi(c.Param("year"))
	if e != nil || year < 1 || year > 9999 {
		return "", "", 0, model.BadRequest("year", "the path year must be a year such as 2022")
	}
	return country, strings.TrimSpace(c.Query("region")), year, nil
}

// putHolidayOverride is PUT /holidays/{country}/{year}: store the office's
// schedule for that year and answer with the resulting year.
func (s *Server) putHolidayOverride(c *gin.Context) {
	country, region, year, err := overridePath(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	expected, err := ifMatch(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	var req holidayOverrideRequest
	if err := decode(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	in := model.HolidayOverrideInput{Country: country, Region: region, Year: year, Mode: req.Mode, Source: req.Source, Complete: req.Complete}
	if req.Items == nil {
		s.writeError(c, model.Invalid("items", "is required: the days of the year (replace) or the changes (amend)"))
		return
	}
	for _, it := range *req.Items {
		item := model.HolidayOverrideItem{Date: it.Date, NameEN: it.NameEN, NameLocal: it.NameLocal, Kind: it.Kind}
		if it.NameZH != nil {
			item.NameZH = *it.NameZH
		}
		in.Items = append(in.Items, item)
	}
	ctx := c.Request.Context()
	o, _, err := s.store.PutHolidayOverride(ctx, in, expected)
	if err != nil {
		s.writeError(c, err)
		return
	}
	s.answerHolidayYear(c, o.Country, o.Region, o.Year, o.Version)
}

// deleteHolidayOverride is DELETE /holidays/{country}/{year}: back to the
// built-in days; answers with the resulting year.
func (s *Server) deleteHolidayOverride(c *gin.Context) {
	country, region, year, err := overridePath(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	expected, err := ifMatch(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	// Resolve the spelling (gb-sct, SCT) and report unknown ones as 422.
	y, err := s.store.HolidayYear(country, region, year)
	if err != nil {
		s.writeError(c, err)
		return
	}
	if err := s.store.DeleteHolidayOverride(c.Request.Context(), y.Country, y.Region, y.Year, expected); err != nil {
		s.writeError(c, err)
		return
	}
	s.answerHolidayYear(c, y.Country, y.Region, y.Year, 0)
}

// answerHolidayYear syncs the service and writes the year as it now is,
// with the override's version as ETag (0: none).
func (s *Server) answerHolidayYear(c *gin.Context, country, region string, year, version int) {
	if err := s.store.SyncHolidays(c.Request.Context()); err != nil {
		s.writeError(c, err)
		return
	}
	y, err := s.store.HolidayYear(country, region, year)
	if err != nil {
		s.writeError(c, err)
		return
	}
	if version > 0 {
		c.Header("ETag", etag(version))
	}
	ok(c, http.StatusOK, toHolidayYear(y))
}

// listHolidayOverrides is GET /holidays/overrides.
func (s *Server) listHolidayOverrides(c *gin.Context) {
	q := newQuery(c)
	f := model.HolidayOverrideFilter{Country: q.country("country"), Year: q.intIn("year", 0, 1, 9999), Page: q.page()}
	if err := q.err(); err != nil {
		s.writeError(c, err)
		return
	}
	items, total, err := s.store.ListHolidayOverrides(c.Request.Context(), f)
	if err != nil {
		s.writeError(c, err)
		return
	}
	ok(c, http.StatusOK, listOf(items, total, f.Limit, f.Offset, toHolidayOverrideResponse))
}
