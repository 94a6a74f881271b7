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
	s := &Server{store: store, cfg: cfg, log: log, home: store.Home(), hol: store.Holidays(),
		ui: console.New(consoleOptions(store.Home(), cfg.Auth))}
	if cfg.Metrics != "off" {
		s.metrics = newMetrics(s)
	}
	return s
}

// consoleOptions tells the console the office's country and the Chinese
// names of its local parties.
func consoleOptions(h model.Home, auth string) console.Options {
	names := map[string]string{h.City: h.CityZH}
	for k, v := range h.LocalNamesZH {
		names[k] = v
	}
	return console.Options{HomeCountry: h.Country, LocalNamesZH: names, Auth: auth}
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

// routes is the one route table: the whole API surface, grouped by the role
// each call needs.
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
	read := v1.Group("", s.require(roleViewer))
	edit := v1.Group("", s.require(roleEditor))
	admin := v1.Group("", s.require(roleAdmin))

	read.GET("/partners", s.listPartners)
	read.GET("/partners/:id", getOne(s, s.store.GetPartner, toPartnerResponse))
	edit.POST("/partners", createOne[model.Partner, *model.Partner, partnerRequest](s, "partners",
		func(*partnerRequest) *model.Partner { return &model.Partner{} }, s.store.CreatePartner, toPartnerResponse))
	edit.PATCH("/partners/:id", patchOne[model.Partner, *model.Partner, partnerRequest](s, s.store.UpdatePartner, toPartnerResponse))
	admin.DELETE("/partners/:id", s.deleteOne(s.store.DeletePartner))

	read.GET("/partnerships", s.listPartnerships)
	read.GET("/partnerships/:id", getOne(s, s.store.GetPartnership, toPartnershipResponse))
	read.GET("/partnerships/:id/history", s.partnershipHistory)
	edit.POST("/partnerships", createOne[model.Partnership, *model.Partnership, partnershipRequest](s, "partnerships",
		newPartnership, s.store.CreatePartnership, toPartnershipResponse))
	edit.PATCH("/partnerships/:id", patchOne[model.Partnership, *model.Partnership, partnershipRequest](s, s.store.UpdatePartnership, toPartnershipResponse))
	admin.DELETE("/partnerships/:id", s.deleteOne(s.store.DeletePartnership))

	read.GET("/commemorations", s.listCommemorations)
	read.GET("/commemorations/:id", getOne(s, s.store.GetCommemoration, toCommemorationResponse))
	edit.POST("/commemorations", createOne[model.Commemoration, *model.Commemoration, commemorationRequest](s, "commemorations",
		func(*commemorationRequest) *model.Commemoration { return &model.Commemoration{} }, s.store.CreateCommemoration, toCommemorationResponse))
	edit.PATCH("/commemorations/:id", patchOne[model.Commemoration, *model.Commemoration, commemorationRequest](s, s.store.UpdateCommemoration, toCommemorationResponse))
	admin.DELETE("/commemorations/:id", s.deleteOne(s.store.DeleteCommemoration))

	read.GET("/events", s.listEvents)
	read.GET("/events/:id", getOne(s, s.store.GetEvent, toEventResponse))
	edit.POST("/events", createOne[model.Event, *model.Event, eventRequest](s, "events",
		func(*eventRequest) *model.Event { return &model.Event{Status: model.EventPlanned} }, s.store.CreateEvent, toEventResponse))
	edit.PATCH("/events/:id", patchOne[model.Event, *model.Event, eventRequest](s, s.store.UpdateEvent, toEventResponse))
	admin.DELETE("/events/:id", s.deleteOne(s.store.DeleteEvent))

	read.GET("/anniversaries", s.listAnniversaries)
	read.GET("/anniversaries/upcoming", s.upcomingAnniversaries)

	read.GET("/plan-templates", s.listPlanTemplates)
	read.GET("/plans", s.listPlans)
	read.GET("/plans/:id", getOne(s, s.store.GetPlan, toPlanResponse))
	edit.POST("/plans", s.createPlan)
	edit.PATCH("/plans/:id", s.patchPlan)
	edit.POST("/plans/:id/adopt", s.adoptPlan)
	admin.DELETE("/plans/:id", s.deleteOne(s.store.DeletePlan))

	read.GET("/stats", s.getStats)
	read.GET("/reports/:year", s.getReport)
	read.GET("/targets", s.listTargets)
	read.GET("/targets/:id", getOne(s, s.store.GetTarget, toTargetResponse))
	edit.POST("/targets", createOne[model.Target, *model.Target, targetRequest](s, "targets",
		func(*targetRequest) *model.Target { return &model.Target{} }, s.store.CreateTarget, toTargetResponse))
	edit.PATCH("/targets/:id", patchOne[model.Target, *model.Target, targetRequest](s, s.store.UpdateTarget, toTargetResponse))
	admin.DELETE("/targets/:id", s.deleteOne(s.store.DeleteTarget))

	read.GET("/calendar/:year", s.getCalendar)
	edit.POST("/feeds", s.createFeed)
	edit.GET("/feeds", s.listFeeds)
	edit.DELETE("/feeds/:id", s.revokeFeed)
	// A feed's secret is its credential: calendar programs send no headers.
	r.GET("/api/v1/feeds/:id", s.getFeed)

	read.GET("/holidays", s.getHolidays)
	read.GET("/holidays/countries", s.listHolidayCountries)
	admin.GET("/holidays/overrides", s.listHolidayOverrides)
	admin.PUT("/holidays/:country/:year", s.putHolidayOverride)
	admin.DELETE("/holidays/:country/:year", s.deleteHolidayOverride)

	// Sign-in reads no session: the password is its credential.
	r.POST("/api/v1/session", s.signIn)
	v1.GET("/session", s.getSession)
	v1.DELETE("/session", s.signOut)

	admin.GET("/users", s.listUsers)
	admin.GET("/users/:id", getOne(s, s.store.GetUser, toUserResponse))
	admin.POST("/users", s.createUser)
	admin.PATCH("/users/:id", s.patchUser)
	admin.DELETE("/users/:id", s.deleteOne(s.store.DeleteUser))

	admin.GET("/audit", s.listAudit)
	admin.GET("/tokens", s.listTokens)
	admin.POST("/tokens", s.createToken)
	admin.DELETE("/tokens/:id", s.revokeToken)
}
