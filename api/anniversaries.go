package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// MaxAnniversaryDays bounds a query's range (ten years), so one request
// cannot ask for an unbounded result.
const MaxAnniversaryDays = 3660

type anniversaryItem struct {
	Date      string `json:"date"`
	Precision string `json:"precision"`
	Years     int    `json:"years"`
	Milestone bool   `json:"milestone"`
	Major     bool   `json:"major"`
	Source    string `json:"source"`
	SourceID  int64  `json:"source_id"`
	PartnerID *int64 `json:"partner_id"`
	TitleEN   string `json:"title_en"`
	TitleZH   string `json:"title_zh"`
}

func toAnniversaryItem(a *anniversary.Anniversary) anniversaryItem {
	return anniversaryItem{Date: a.Date.String(), Precision: string(a.Date.Precision()), Years: a.Years,
		Milestone: a.Milestone, Major: a.Major, Source: string(a.Source), SourceID: a.SourceID,
		PartnerID: a.PartnerID, TitleEN: a.TitleEN, TitleZH: a.TitleZH}
}

// anniversaryFilters reads the filters both anniversary routes share.
func anniversaryFilters(q *query) model.AnniversaryQuery {
	return model.AnniversaryQuery{
		PartnerID: q.id("partner_id"), Country: q.country("country"),
		Status: q.oneOf("status", vocab.PartnershipStatuses), MilestoneOnly: q.boolean("milestone"),
	}
}

func (s *Server) anniversaryRoutes(g groups) {
	g.read.GET("/anniversaries", s.handle(s.listAnniversaries))
	g.read.GET("/anniversaries/upcoming", s.handle(s.upcomingAnniversaries))
}

func (s *Server) writeAnniversaries(c *gin.Context, aq model.AnniversaryQuery, pg model.Page) error {
	page, total, err := s.store.AnniversaryPage(c.Request.Context(), aq, pg)
	if err != nil {
		return err
	}
	out := listOf(page, int64(total), pg.Limit, pg.Offset, toAnniversaryItem)
	ok(c, http.StatusOK, struct {
		From string `json:"from"`
		To   string `json:"to"`
		list[anniversaryItem]
	}{aq.From.String(), aq.To.String(), out})
	return nil
}

func (s *Server) listAnniversaries(c *gin.Context) error {
	q := newQuery(c)
	aq := anniversaryFilters(q)
	aq.From, aq.To = q.date("from"), q.date("to")
	pg := q.page()
	switch {
	case c.Query("from") == "":
		q.bad("from", "is required (YYYY-MM-DD)")
	case c.Query("to") == "":
		q.bad("to", "is required (YYYY-MM-DD)")
	case !aq.From.IsZero() && !aq.To.IsZero() && days(aq.From, aq.To) > MaxAnniversaryDays:
		q.bad("to", "the range may span at most %d days", MaxAnniversaryDays)
	}
	q.ordered(aq.From, aq.To)
	if err := q.err(); err != nil {
		return err
	}
	return s.writeAnniversaries(c, aq, pg)
}

func (s *Server) upcomingAnniversaries(c *gin.Context) error {
	q := newQuery(c)
	aq := anniversaryFilters(q)
	n := q.intIn("days", 90, 1, MaxAnniversaryDays)
	pg := q.page()
	if err := q.err(); err != nil {
		return err
	}
	aq.From = pdate.FromTime(s.today())
	aq.To = aq.From.AddDays(n - 1)
	return s.writeAnniversaries(c, aq, pg)
}

// days counts the days of [from, to] inclusive.
func days(from, to pdate.Date) int {
	return int(to.Time().Sub(from.Time()).Hours()/24) + 1
}
