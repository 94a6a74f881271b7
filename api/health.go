package api

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

// health answers 200 {"status":"ok"} when the database answers, else 503
// with a problem body. It needs no token.
func (s *Server) health(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.writeError(c, &model.Error{Kind: kindUnavailable, Message: "the database does not answer", Err: err})
		return
	}
	ok(c, http.StatusOK, gin.H{"status": "ok", "database": "ok"})
}
