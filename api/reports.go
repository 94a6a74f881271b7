package api

import (
	"bytes"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/report"
)

// getReport is GET /reports/:year?format=html|md|xlsx (default html): the
// year's exchange report, in Chinese and English.
func (s *Server) getReport(c *gin.Context) error {
	year, err := pathYear(c)
	if err == nil && (year < model.MinYear || year > model.MaxYear) {
		err = model.BadRequest("year", "the path year must lie from %d to %d", model.MinYear, model.MaxYear)
	}
	if err != nil {
		return err
	}
	q := newQuery(c)
	format := q.oneOf("format", report.Formats)
	if err := q.err(); err != nil {
		return err
	}
	if format == "" {
		format = "html"
	}
	r, err := s.store.Report(c.Request.Context(), year)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, format, r); err != nil {
		return err
	}
	disposition := "attachment"
	if format == "html" {
		disposition = "inline"
	}
	c.Header("Content-Disposition", fmt.Sprintf(`%s; filename="youcheng-report-%d.%s"`, disposition, year, format))
	c.Data(http.StatusOK, report.ContentTypes[format], buf.Bytes())
	return nil
}

// reportRoutes are the year's figures: the statistics and the report.
func (s *Server) reportRoutes(g groups) {
	g.read.GET("/stats", s.handle(s.getStats))
	g.read.GET("/reports/:year", s.handle(s.getReport))
}
