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

func (s *Server) tokenRoutes(g groups) {
	g.admin.GET("/tokens", listUnpaged(s, s.store.ListTokens, toTokenResponse))
	g.admin.POST("/tokens", s.handle(s.createToken))
	g.admin.DELETE("/tokens/:id", s.revokeOne(s.store.RevokeToken))
}

func (s *Server) createToken(c *gin.Context) error {
	var req tokenRequest
	if err := decode(c, &req); err != nil {
		return err
	}
	secret, t, err := s.store.CreateToken(c.Request.Context(), req.Name, req.Role)
	if err != nil {
		return err
	}
	out := toTokenResponse(t)
	out.Token = &secret
	ok(c, http.StatusCreated, out)
	return nil
}
