package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

type tokenRequest struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

type tokenResponse struct {
	ID        int64      `json:"id"`
	Name      string     `json:"name"`
	Role      string     `json:"role"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at"`
	// Token is the secret, present once: in the response that creates it.
	Token *string `json:"token,omitempty"`
}

func toTokenResponse(t *model.Token) tokenResponse {
	return tokenResponse{ID: t.ID, Name: t.Name, Role: t.Role, CreatedAt: t.CreatedAt, RevokedAt: t.RevokedAt}
}

func (s *Server) listTokens(c *gin.Context) {
	ts, err := s.store.ListTokens(c.Request.Context())
	if err != nil {
		s.writeError(c, err)
		return
	}
	items := make([]tokenResponse, len(ts))
	for i := range ts {
		items[i] = toTokenResponse(&ts[i])
	}
	ok(c, http.StatusOK, gin.H{"items": items})
}

func (s *Server) createToken(c *gin.Context) {
	var req tokenRequest
	if err := decode(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	secret, t, err := s.store.CreateToken(c.Request.Context(), req.Name, req.Role)
	if err != nil {
		s.writeError(c, err)
		return
	}
	out := toTokenResponse(t)
	out.Token = &secret
	ok(c, http.StatusCreated, out)
}

func (s *Server) revokeToken(c *gin.Context) {
	id, err := pathID(c)
	if err != nil {
		s.writeError(c, err)
		return
	}
	if err := s.store.RevokeToken(c.Request.Context(), id); err != nil {
		s.writeError(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}
