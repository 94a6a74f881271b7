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
func (s *Server) getReport(c *gin.Context) {
	year, err := pathYear(c)
	if err == nil && (year < model.MinYear || year > model.MaxYear) {
		err = model.BadRequest("year", "the path year must lie from %d to %d", model.MinYear, model.MaxYear)
	}
	if err != nil {
		s.writeError(c, err)
		return
	}
	q := newQuery(c)
	format := q.oneOf("format", report.Formats)
	if err := q.err(); err != nil {
		s.writeError(c, err)
		return
	}
	if format == "" {
		format = "html"
	}
	r, err := s.store.Report(c.Request.Context(), year)
	if err != nil {
		s.writeError(c, err)
		return
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, format, r); err != nil {
		s.writeError(c, err)
		return
	}
	disposition := "attachment"
	if format == "html" {
		disposition = "inline"
	}
	c.Header("Content-Disposition", fmt.Sprintf(`%s; filename="youcheng-report-%d.%s"`, disposition, year, format))
	c.Data(http.StatusOK, report.ContentTypes[format], buf.Bytes())
}
