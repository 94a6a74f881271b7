package api

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/calendar"
)

var calendarTypes = calendar.MediaTypes

// negotiate picks the format: the format parameter wins; else the first
// Accept type Youcheng can write; JSON when the client accepts anything.
func negotiate(c *gin.Context) (string, error) {
	if f := c.Query("format"); f != "" {
		if _, ok := calendarTypes[f]; !ok {
			return "", model.BadRequest("format", "must be json, ics, csv or xlsx")
		}
		return f, nil
	}
	accept := c.GetHeader("Accept")
	if accept == "" {
		return "json", nil
	}
	for _, part := range strings.Split(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "*/*", "application/*", "application/json":
			return "json", nil
		case "text/*", "text/calendar":
			return "ics", nil
		case "text/csv":
			return "csv", nil
		case calendarTypes["xlsx"]:
			return "xlsx", nil
		}
	}
	return "", &model.Error{Kind: kindNotAcceptable,
		Message: "none of the Accept types can be produced; use application/json, text/calendar, text/csv or " + calendarTypes["xlsx"]}
}

func (s *Server) writeCalendar(c *gin.Context, format, filename string, cal *calendar.Calendar) {
	var buf bytes.Buffer
	if err := calendar.Write(&buf, format, cal); err != nil {
		s.writeError(c, err)
		return
	}
	body := buf.Bytes()
	ct := calendarTypes[format]
	if format != "xlsx" {
		ct += "; charset=utf-8"
	}
	if format != "json" {
		c.Header("Content-Disposition", `attachment; filename="`+filename+"."+format+`"`)
	}
	c.Header("Vary", "Accept")
	c.Data(http.StatusOK, ct, body)
}

func (s *Server) getCalendar(c *gin.Context) error {
	year, err := pathYear(c)
	if err != nil {
		return err
	}
	q := newQuery(c)
	partnerID, country := q.id("partner_id"), q.country("country")
	if err := q.err(); err != nil {
		return err
	}
	format, err := negotiate(c)
	if err != nil {
		return err
	}
	cq := s.store.AnnualCalendarQuery(year)
	cq.PartnerID, cq.Country, cq.Holidays = partnerID, country, calendar.WantsHolidays(format)
	cal, err := s.store.Calendar(c.Request.Context(), cq)
	if err != nil {
		return err
	}
	for _, w := range cal.Warnings {
		c.Writer.Header().Add("X-Youcheng-Warning", w.EN)
	}
	s.writeCalendar(c, format, fmt.Sprintf("youcheng-%d", year), cal)
	return nil
}

func (s *Server) calendarRoutes(g groups) {
	g.read.GET("/calendar/:year", s.handle(s.getCalendar))
}
