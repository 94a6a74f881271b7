package api

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/calendar"
	"github.com/youcheng/youcheng/model/pdate"
)

// feedRequest is the body of POST /feeds: the feed's name and which
// events it carries; its responses repeat them.
type feedRequest struct {
	Name      string  `json:"name"`
	PartnerID *int64  `json:"partner_id"`
	Country   *string `json:"country"`
}

type feedResponse struct {
	ID int64 `json:"id"`
	feedRequest
	CreatedBy *string    `json:"created_by"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at"`
	// Token and URL are present once, in the response that creates the feed.
	Token *string `json:"token,omitempty"`
	URL   *string `json:"url,omitempty"`
}

func toFeedResponse(f *model.Feed) feedResponse {
	return feedResponse{ID: f.ID, feedRequest: feedRequest{Name: f.Name, PartnerID: f.PartnerID, Country: nullable(f.Country)},
		CreatedBy: nullable(f.CreatedBy), CreatedAt: f.CreatedAt, RevokedAt: f.RevokedAt}
}

func (s *Server) feedRoutes(g groups) {
	g.edit.POST("/feeds", s.handle(s.createFeed))
	g.edit.GET("/feeds", listUnpaged(s, s.store.ListFeeds, toFeedResponse))
	g.edit.DELETE("/feeds/:id", s.revokeOne(s.store.RevokeFeed))
	// A feed's secret is its credential: calendar programs send no headers.
	g.root.GET("/api/v1/feeds/:id", s.handle(s.getFeed))
}

func (s *Server) createFeed(c *gin.Context) error {
	var req feedRequest
	if err := decode(c, &req); err != nil {
		return err
	}
	f := model.Feed{Name: req.Name, PartnerID: req.PartnerID}
	if req.Country != nil {
		f.Country = *req.Country
	}
	secret, err := s.store.CreateFeed(c.Request.Context(), &f)
	if err != nil {
		return err
	}
	out := toFeedResponse(&f)
	u := s.publicBase(c.Request) + "/api/v1/feeds/" + secret + ".ics"
	out.Token, out.URL = &secret, &u
	c.Header("Location", u)
	ok(c, http.StatusCreated, out)
	return nil
}

// publicBase is the scheme and authority subscribers reach the server at,
// without a trailing slash: Config.PublicURL when set; else the request's
// own scheme and Host, where X-Forwarded-Proto and X-Forwarded-Host count
// only when the request comes straight from one of Config.TrustedProxies
// (the proxies whose X-Forwarded-For counts too) and hold a plain
// http/https scheme and a valid host.
func (s *Server) publicBase(r *http.Request) string {
	if s.cfg.PublicURL != "" {
		return strings.TrimRight(s.cfg.PublicURL, "/")
	}
	scheme, host := "http", r.Host
	if r.TLS != nil {
		scheme = "https"
	}
	if s.trustedProxy(r.RemoteAddr) {
		if p := strings.ToLower(firstValue(r.Header.Get("X-Forwarded-Proto"))); p == "http" || p == "https" {
			scheme = p
		}
		if h := firstValue(r.Header.Get("X-Forwarded-Host")); validHost(h) {
			host = h
		}
	}
	return scheme + "://" + host
}

// trustedProxy reports whether the peer at remoteAddr ("ip:port") is one
// of Config.TrustedProxies (addresses or CIDR ranges).
func (s *Server) trustedProxy(remoteAddr string) bool {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return false
	}
	ip = ip.Unmap()
	for _, t := range s.cfg.TrustedProxies {
		if p, err := netip.ParsePrefix(t); err == nil && p.Contains(ip) {
			return true
		}
		if a, err := netip.ParseAddr(t); err == nil && a.Unmap() == ip {
			return true
		}
	}
	return false
}

// firstValue is the first of a comma-separated header's values (the one
// the proxy nearest the client wrote), trimmed.
func firstValue(v string) string {
	first, _, _ := strings.Cut(v, ",")
	return strings.TrimSpace(first)
}

// validHost reports whether h is a bare host[:port] that can stand in a URL.
func validHost(h string) bool {
	if h == "" || len(h) > 255 {
		return false
	}
	u, err := url.Parse("http://" + h)
	return err == nil && u.Host == h && u.Path == "" && u.User == nil && u.RawQuery == "" && u.Fragment == ""
}

// getFeed serves a feed's iCalendar: last year to two years ahead. The
// secret in the path is the only credential (calendar programs send no
// headers), so it needs no bearer token.
//
// It carries a weak ETag, a fingerprint of the feed's entries that changes
// when any of them changes and only then (not with the time of
// generation), and Last-Modified: the latest change to the registry's
// partners, partnerships, commemorations and events (deletions included),
// the feed's creation, or the start of this year (when the feed's window
// moves), whichever is latest. A matching If-None-Match, or else an
// If-Modified-Since no earlier than Last-Modified, is answered 304.
func (s *Server) getFeed(c *gin.Context) error {
	secret, found := strings.CutSuffix(c.Param("id"), ".ics")
	if !found {
		return model.Errorf(model.KindNotFound, "no such feed")
	}
	ctx := c.Request.Context()
	f, err := s.store.FeedByToken(ctx, secret)
	if err != nil {
		return err
	}
	today := s.today()
	y := today.Year()
	q := model.CalendarQuery{From: pdate.Date{Y: y - 1, M: 1, D: 1}, To: pdate.Date{Y: y + 2, M: 12, D: 31},
		Country: f.Country,
		TitleZH: fmt.Sprintf("%s对外交流 — %s", s.home.CityZH, f.Name), TitleEN: fmt.Sprintf("%s exchanges — %s", s.home.City, f.Name)}
	if f.PartnerID != nil {
		q.PartnerID = *f.PartnerID
	}
	cal, err := s.store.Calendar(ctx, q)
	if err != nil {
		return err
	}
	changed, err := s.store.CalendarChangedAt(ctx)
	if err != nil {
		return err
	}
	modified := time.Date(y, time.January, 1, 0, 0, 0, 0, today.Location()).UTC()
	for _, t := range []time.Time{changed, f.CreatedAt} {
		if t.After(modified) {
			modified = t
		}
	}
	etag, err := calendar.Fingerprint(cal)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := calendar.WriteICS(&buf, cal); err != nil {
		return err
	}
	w := c.Writer
	w.Header().Set("ETag", `W/"`+etag+`"`)
	w.Header().Set("Content-Type", calendarTypes["ics"]+"; charset=utf-8")
	w.Header().Set("Cache-Control", "private, no-cache")
	w.Header().Set("Content-Disposition", `inline; filename="youcheng-feed.ics"`)
	// http.ServeContent answers If-None-Match (weak comparison, winning
	// over If-Modified-Since), If-Modified-Since and HEAD, and sets
	// Last-Modified.
	http.ServeContent(w, c.Request, "", modified, bytes.NewReader(buf.Bytes()))
	return nil
}
