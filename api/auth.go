package api

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

const (
	roleKey  = "role"
	actorKey = "actor"

	roleViewer = model.RoleViewer
	roleEditor = model.RoleEditor
	roleAdmin  = model.RoleAdmin
)

// authenticate resolves the bearer token, if any, into a role and an actor
// (the token's name). A token that is present but invalid is a 401 even
// where none is needed: a client should learn its token is wrong.
func (s *Server) authenticate(c *gin.Context) {
	if s.cfg.Auth == "off" {
		c.Set(roleKey, roleAdmin)
		c.Set(actorKey, "anonymous")
		c.Next()
		return
	}
	h := c.GetHeader("Authorization")
	if h == "" {
		c.Next()
		return
	}
	scheme, secret, found := strings.Cut(h, " ")
	if !found || !strings.EqualFold(scheme, "Bearer") {
		s.writeError(c, model.Errorf(model.KindUnauthorized, "use Authorization: Bearer <token>"))
		return
	}
	t, err := s.store.Authenticate(c.Request.Context(), strings.TrimSpace(secret))
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.Set(roleKey, t.Role)
	c.Set(actorKey, t.Name)
	c.Request = c.Request.WithContext(model.WithActor(c.Request.Context(), t.Name))
	c.Next()
}

// require lets the request through when its role is at least role. Reads
// are open without a token in the default "writes" mode.
func (s *Server) require(role string) gin.HandlerFunc {
	return func(c *gin.Context) {
		have := c.GetString(roleKey)
		if have == "" {
			if role == roleViewer && s.cfg.Auth == "writes" && c.Request.Method == http.MethodGet {
				c.Next()
				return
			}
			s.writeError(c, model.Errorf(model.KindUnauthorized, "this call needs a bearer token (role %s or higher)", role))
			return
		}
		if model.RoleRank(have) < model.RoleRank(role) {
			s.writeError(c, model.Errorf(model.KindForbidden, "role %s may not do this; it needs %s", have, role))
			return
		}
		c.Next()
	}
}
