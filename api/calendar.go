package api

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/calendar"
	"github.com/youcheng/youcheng/model/pdate"
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

// calendarQuery builds the store query of a calendar over [from, to].
func (s *Server) calendarQuery(from, to pdate.Date, partnerID int64, country string, holidays bool, name string) model.CalendarQuery {
	return model.CalendarQuery{From: from, To: to, PartnerID: partnerID, Country: country, Holidays: holidays,
		Name: name}
}

func (s *Server) getCalendar(c *gin.Context) {
	year, err := pathYear(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	q := newQuery(c)
	partnerID, country := q.id("partner_id"), q.country("country")
	if err := q.err(); err != nil {
		s.writeError(c, err)
		return
	}
	format, err := negotiate(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	name := calendar.AnnualName(s.home.CityZH, year)
	cq := s.calendarQuery(pdate.Date{Y: year, M: 1, D: 1}, pdate.Date{Y: year, M: 12, D: 31}, partnerID, country,
		calendar.WantsHolidays(format), name)
	cal, warnings, err := s.store.Calendar(c.Request.Context(), cq)
	if err != nil {
		s.writeError(c, err)
		return
	}
	cal.Generated = s.store.Now()
	for _, w := range warnings {
		c.Writer.Header().Add("X-Youcheng-Warning", w)
	}
	s.writeCalendar(c, format, fmt.Sprintf("youcheng-%d", year), cal)
}

// feedRequest is the body of POST /feeds.
type feedRequest struct {
	Name      string  `json:"name"`
	PartnerID *int64  `json:"partner_id"`
	Country   *string `json:"country"`
}

type feedResponse struct {
	ID        int64      `json:"id"`
	Name      string     `json:"name"`
	PartnerID *int64     `json:"partner_id"`
	Country   *string    `json:"country"`
	CreatedBy *string    `json:"created_by"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at"`
	// Token and URL are present once, in the response that creates the feed.
	Token *string `json:"token,omitempty"`
	URL   *string `json:"url,omitempty"`
}

func toFeedResponse(f *model.Feed) feedResponse {
	return feedResponse{ID: f.ID, Name: f.Name, PartnerID: f.PartnerID, Country: nullable(f.Country),
		CreatedBy: nullable(f.CreatedBy), CreatedAt: f.CreatedAt, RevokedAt: f.RevokedAt}
}

func (s *Server) createFeed(c *gin.Context) {
	var req feedRequest
	if err := decode(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	f := model.Feed{Name: req.Name, PartnerID: req.PartnerID}
	if req.Country != nil {
		f.Country = *req.Country
	}
	secret, err := s.store.CreateFeed(c.Request.Context(), &f)
	if err != nil {
		s.writeError(c, err)
		return
	}
	out := toFeedResponse(&f)
	url := "/api/v1/feeds/" + secret + ".ics"
	out.Token, out.URL = &secret, &url
	c.Header("Location", url)
	ok(c, http.StatusCreated, out)
}

func (s *Server) listFeeds(c *gin.Context) {
	fs, err := s.store.ListFeeds(c.Request.Context())
	if err != nil {
		s.writeError(c, err)
		return
	}
	items := make([]feedResponse, len(fs))
	for i := range fs {
		items[i] = toFeedResponse(&fs[i])
	}
	ok(c, http.StatusOK, gin.H{"items": items})
}

func (s *Server) revokeFeed(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	if err := s.store.RevokeFeed(c.Request.Context(), id); err != nil {
		s.writeError(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// getFeed serves a feed's iCalendar: last year to two years ahead. The
// secret in the path is the only credential (calendar programs send no
// headers), so it needs no bearer token.
func (s *Server) getFeed(c *gin.Context) {
	secret, found := strings.CutSuffix(c.Param("id"), ".ics")
	if !found {
		s.writeError(c, model.Errorf(model.KindNotFound, "no such feed"))
		return
	}
	f, err := s.store.FeedByToken(c.Request.Context(), secret)
	if err != nil {
		s.writeError(c, err)
		return
	}
	y := s.today().Year()
	var pid int64
	if f.PartnerID != nil {
		pid = *f.PartnerID
	}
	name := fmt.Sprintf("%s 对外交流 Exchanges — %s", s.home.CityZH, f.Name)
	cq := s.calendarQuery(pdate.Date{Y: y - 1, M: 1, D: 1}, pdate.Date{Y: y + 2, M: 12, D: 31}, pid, f.Country, false, name)
	cal, _, err := s.store.Calendar(c.Request.Context(), cq)
	if err != nil {
		s.writeError(c, err)
		return
	}
	cal.Generated = s.store.Now()
	s.writeCalendar(c, "ics", "youcheng-feed", cal)
}
