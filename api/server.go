// Package api is Youcheng's HTTP surface: one gin engine, one route table,
// thin handlers over the model package, one error writer.
package api

import (
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/api/console"
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/holidays"
)

// Config is what the API needs to know besides the store. The office's
// identity (model.Home) and the clock belong to the store, decided once by
// the command's configuration.
type Config struct {
	// Auth is "writes" (default), "all" or "off".
	Auth string
	// TrustedProxies lists the addresses or CIDR ranges of reverse proxies
	// whose X-Forwarded-For names the client (for the sign-in rate limit).
	// Empty: none; the connection's address is the client's.
	TrustedProxies []string
	// Metrics is "on" (default: Prometheus figures at /metrics), "off" (none
	// collected) or "separate" (collected, served by the command on its own
	// listener through MetricsHandler).
	Metrics string
	// PublicURL is the scheme and authority subscribers reach the server
	// at ("https://youcheng.example.org", YOUCHENG_PUBLIC_URL), for the
	// absolute URLs of feeds; empty: from each request, where
	// X-Forwarded-Proto and X-Forwarded-Host count only from loopback or
	// TrustedProxies.
	PublicURL string
}

// Server holds the dependencies of every handler.
type Server struct {
	store *model.Store
	cfg   Config
	log   *slog.Logger
	home  model.Home
	hol   *holidays.Service
	ui    *console.Console
	// metrics is nil when Config.Metrics is "off".
	metrics *Metrics
	// draining is set when shutdown begins (Drain): /readyz answers 503.
	draining atomic.Bool
}

// New returns a Server over store.
func New(store *model.Store, cfg Config, log *slog.Logger) *Server {
	if cfg.Auth == "" {
		cfg.Auth = "writes"
	}
	if cfg.Metrics == "" {
		cfg.Metrics = "on"
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Server{store: store, cfg: cfg, log: log, home: store.Home(), hol: store.Holidays()}
	s.ui = console.New(consoleOptions(store.Home(), cfg.Auth, s.noAsset))
	if cfg.Metrics != "off" {
		s.metrics = newMetrics(s)
	}
	return s
}

// consoleOptions tells the console the office's country and the Chinese
// names of its local parties.
func consoleOptions(h model.Home, auth string, notFound gin.HandlerFunc) console.Options {
	names := map[string]string{h.City: h.CityZH}
	for k, v := range h.LocalNamesZH {
		names[k] = v
	}
	return console.Options{HomeCountry: h.Country, LocalNamesZH: names, Auth: auth, NotFound: notFound}
}

// today is the current civil date in the home city, by the store's clock.
func (s *Server) today() time.Time { return s.store.Today() }

// Handler returns the HTTP handler with every route.
// HEAD is answered wherever GET is (see headAsGet).
func (s *Server) Handler() http.Handler { return headAsGet(s.engine()) }

// Routes lists every method and path the API serves, in gin's syntax
// (":id"), for the test that holds the router and docs/openapi.yaml together.
func (s *Server) Routes() [][2]string {
	var out [][2]string
	for _, r := range s.engine().Routes() {
		out = append(out, [2]string{r.Method, r.Path})
	}
	return out
}

func (s *Server) engine() *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.HandleMethodNotAllowed = true
	r.ContextWithFallback = true
	// A trailing slash is a 404 problem, not an HTML redirect.
	r.RedirectTrailingSlash, r.RedirectFixedPath = false, false
	if err := r.SetTrustedProxies(s.cfg.TrustedProxies); err != nil {
		s.log.Error("trusted proxies: ignored, none trusted", "error", err)
		_ = r.SetTrustedProxies(nil)
	}
	if s.metrics != nil {
		r.Use(s.metrics.observe)
	}
	r.Use(s.requestID, s.logRequests, s.recoverPanics, s.boundQuery)
	r.NoRoute(s.noRoute)
	r.NoMethod(func(c *gin.Context) {
		s.writeError(c, &model.Error{Kind: kindMethod, Message: "method " + c.Request.Method + " is not allowed on this route"})
	})
	s.routes(r)
	return r
}

// groups are the route groups of /api/v1 by the role each call needs; v1
// needs none of its own (the session routes), root is outside /api/v1.
type groups struct {
	root                  *gin.Engine
	v1, read, edit, admin *gin.RouterGroup
}

// routes is the one route table: the service routes and the console here,
// the API's routes by noun, each beside its handlers.
func (s *Server) routes(r *gin.Engine) {
	r.GET("/healthz", s.health)
	r.GET("/readyz", s.ready)
	if s.metrics != nil && s.cfg.Metrics == "on" {
		r.GET("/metrics", gin.WrapH(s.metrics.Handler()))
	}

	// The staff console: its HTML shell at / and at each console page, its
	// embedded assets under /assets/ (not API routes; see package console).
	s.ui.Register(r)

	v1 := r.Group("/api/v1", s.authenticate)
	g := groups{root: r, v1: v1, read: v1.Group("", s.require(roleViewer)),
		edit: v1.Group("", s.require(roleEditor)), admin: v1.Group("", s.require(roleAdmin))}
	for _, add := range []func(groups){
		s.partnerRoutes, s.partnershipRoutes, s.commemorationRoutes, s.eventRoutes, s.anniversaryRoutes,
		s.planRoutes, s.reportRoutes, s.targetRoutes, s.calendarRoutes, s.feedRoutes, s.holidayRoutes,
		s.sessionRoutes, s.userRoutes, s.auditRoutes, s.tokenRoutes,
	} {
		add(g)
	}
}
