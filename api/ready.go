package api

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

// ready answers 200 {"status":"ready"} when the database answers and is
// migrated to this binary's schema, and 503 with a problem body otherwise
// or once the server has begun to shut down — what a load balancer asks
// before sending traffic. It needs no token.
func (s *Server) ready(c *gin.Context) {
	if s.draining.Load() {
		s.writeError(c, &model.Error{Kind: kindUnavailable, Message: "the server is shutting down"})
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.writeError(c, &model.Error{Kind: kindUnavailable, Message: "the database does not answer", Err: err})
		return
	}
	v, err := s.store.SchemaVersionOf(ctx)
	if err != nil {
		s.writeError(c, &model.Error{Kind: kindUnavailable, Message: "the database does not answer", Err: err})
		return
	}
	if v != model.SchemaVersion() {
		s.writeError(c, model.Errorf(kindUnavailable, "the database schema is at version %d, this server needs %d", v, model.SchemaVersion()))
		return
	}
	ok(c, http.StatusOK, gin.H{"status": "ready", "schema_version": v})
}

// Drain marks the server as shutting down: /readyz answers 503 from now on,
// so load balancers stop sending it new requests while it finishes the
// ones in flight.
func (s *Server) Drain() { s.draining.Store(true) }
