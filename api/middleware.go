package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

const requestIDKey = "request_id"

// requestID gives every request an id (the client's X-Request-Id when it is
// sane), echoes it, and puts it on the context for logs.
func (s *Server) requestID(c *gin.Context) {
	id := c.GetHeader("X-Request-Id")
	if id == "" || len(id) > 64 || !printableASCII(id) {
		var b [8]byte
		_, _ = rand.Read(b[:])
		id = hex.EncodeToString(b[:])
	}
	c.Set(requestIDKey, id)
	c.Header("X-Request-Id", id)
	c.Next()
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

func requestID(c *gin.Context) string { return c.GetString(requestIDKey) }

// logRequests writes one structured line per request. Authorization
// headers and bodies are never logged.
func (s *Server) logRequests(c *gin.Context) {
	start := time.Now()
	c.Next()
	s.log.InfoContext(c.Request.Context(), "request",
		slog.String("request_id", requestID(c)),
		slog.String("method", method(c.Request)),
		slog.String("path", logPath(c.Request.URL.Path)),
		slog.Int("status", c.Writer.Status()),
		slog.Duration("duration", time.Since(start)),
		slog.String("actor", c.GetString(actorKey)),
	)
}

// recoverPanics turns a panic into a logged 500 problem.
func (s *Server) recoverPanics(c *gin.Context) {
	defer func() {
		if r := recover(); r != nil {
			s.writeError(c, fmt.Errorf("panic: %v", r))
		}
	}()
	c.Next()
}

// logPath is the path as logged: a feed's secret is replaced, since the
// path is its only credential.
func logPath(p string) string {
	if rest, ok := strings.CutPrefix(p, "/api/v1/feeds/"); ok && strings.HasSuffix(rest, ".ics") {
		return "/api/v1/feeds/[secret].ics"
	}
	return p
}

// noRoute is the 404 of every unknown path; a path with a trailing slash
// is told the path without it.
func (s *Server) noRoute(c *gin.Context) {
	p := c.Request.URL.Path
	if len(p) > 1 && strings.HasSuffix(p, "/") {
		s.writeError(c, model.Errorf(model.KindNotFound, "no such route; paths have no trailing slash (%s)", strings.TrimRight(p, "/")))
		return
	}
	s.writeError(c, model.Errorf(model.KindNotFound, "no such route"))
}

// noAsset answers a console asset that does not exist, as every other
// unknown path is answered.
func (s *Server) noAsset(c *gin.Context) {
	s.writeError(c, model.Errorf(model.KindNotFound, "no such asset"))
}

type headKey struct{}

// headAsGet answers HEAD as the GET of the same URL would be answered,
// headers and status alike, without the body: gin routes by method, and
// registering a HEAD twin of every GET route would double the route table.
func headAsGet(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodHead {
			h.ServeHTTP(w, r)
			return
		}
		g := r.WithContext(context.WithValue(r.Context(), headKey{}, true))
		g.Method = http.MethodGet
		h.ServeHTTP(headWriter{w}, g)
	})
}

// method is the request's method as the client sent it.
func method(r *http.Request) string {
	if head, _ := r.Context().Value(headKey{}).(bool); head {
		return http.MethodHead
	}
	return r.Method
}

// headWriter drops the body of a HEAD answer.
type headWriter struct{ http.ResponseWriter }

func (w headWriter) Write(b []byte) (int, error) { return len(b), nil }

// Unwrap lets http.ResponseController reach the underlying writer.
func (w headWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
