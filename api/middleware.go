package api

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
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
		slog.String("method", c.Request.Method),
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
