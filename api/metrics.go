package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are one server's Prometheus figures: requests by route template
// (never the raw path: ids and feed secrets stay out) and status, their
// duration, the database pool, and the Go runtime and process. Each
// Server has its own registry, so tests can run many side by side.
type Metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newMetrics(s *Server) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "youcheng_http_requests_total",
			Help: "HTTP requests answered, by method, route template and status.",
		}, []string{"method", "route", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "youcheng_http_request_duration_seconds",
			Help:    "Time to answer HTTP requests, by method, route template and status.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"method", "route", "status"}),
	}
	m.reg.MustRegister(m.requests, m.duration,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	if db, err := s.store.SQLDB(); err == nil {
		m.reg.MustRegister(collectors.NewDBStatsCollector(db, "youcheng"))
	}
	return m
}

// observe counts and times every request; unknown paths share one route
// label so that scanners cannot grow the series without bound.
func (m *Metrics) observe(c *gin.Context) {
	start := time.Now()
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	labels := prometheus.Labels{"method": methodLabel(method(c.Request)), "route": route, "status": strconv.Itoa(c.Writer.Status())}
	m.requests.With(labels).Inc()
	m.duration.With(labels).Observe(time.Since(start).Seconds())
}

// Handler serves the figures in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// MetricsHandler is the /metrics handler for a separate listener
// (Config.Metrics "separate"); nil when metrics are off.
func (s *Server) MetricsHandler() http.Handler {
	if s.metrics == nil {
		return nil
	}
	return s.metrics.Handler()
}

// methodLabel is the method as a label: the standard methods as they are,
// anything else "OTHER", so that made-up methods cannot grow the series
// (and a label is always valid UTF-8, which Prometheus requires).
func methodLabel(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions, http.MethodTrace, http.MethodConnect:
		return m
	}
	return "OTHER"
}
