package api

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

const (
	roleKey    = "role"
	actorKey   = "actor"
	sessionKey = "session"
	userKey    = "user"

	roleViewer = model.RoleViewer
	roleEditor = model.RoleEditor
	roleAdmin  = model.RoleAdmin

	// sessionCookie holds the console's session secret; csrfHeader must
	// repeat the session's csrf_token on every cookie-authenticated write.
	sessionCookie = "youcheng_session"
	csrfHeader    = "X-CSRF-Token"
)

// authenticate resolves the caller into a role and an actor: a bearer
// token (its name), else the session cookie (the user's name). A token that
// is present but invalid is a 401 even where none is needed: a client
// should learn its token is wrong. A session cookie that no longer works
// counts as no credential (the console then signs in again). A write
// authenticated by the cookie needs X-CSRF-Token, else 403.
func (s *Server) authenticate(c *gin.Context) {
	h := c.GetHeader("Authorization")
	if h != "" && s.cfg.Auth != "off" {
		s.bearer(c, h)
		return
	}
	if secret, err := c.Cookie(sessionCookie); err == nil && secret != "" {
		sess, u, err := s.store.SessionBySecret(c.Request.Context(), secret)
		switch {
		case err == nil:
			if isWrite(c.Request.Method) && !sess.CSRFMatches(c.GetHeader(csrfHeader)) {
				s.writeError(c, model.Errorf(model.KindForbidden, "a signed-in browser's change must carry the session's X-CSRF-Token header"))
				return
			}
			c.Set(sessionKey, sess)
			c.Set(userKey, u)
			s.grant(c, u.Role, u.Name)
			return
		case model.ErrorKind(err) != model.KindUnauthorized:
			s.writeError(c, err)
			return
		}
	}
	if s.cfg.Auth == "off" {
		s.grant(c, roleAdmin, "anonymous")
		return
	}
	c.Next()
}

// grant lets the request on with role, acting as actor.
func (s *Server) grant(c *gin.Context, role, actor string) {
	c.Set(roleKey, role)
	c.Set(actorKey, actor)
	c.Request = c.Request.WithContext(model.WithActor(c.Request.Context(), actor))
	c.Next()
}

func (s *Server) bearer(c *gin.Context, h string) {
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
	s.grant(c, t.Role, t.Name)
}

// isWrite reports whether method may change something.
func isWrite(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

// require lets the request through when its role is at least role. Reads
// are open without a token in the default "writes" mode.
func (s *Server) require(role string) gin.HandlerFunc {
	return func(c *gin.Context) {
		have := c.GetString(roleKey)
		if have == "" {
			if role == roleViewer && s.cfg.Auth == "writes" && (c.Request.Method == http.MethodGet || c.Request.Method == http.MethodHead) {
				c.Next()
				return
			}
			s.writeError(c, model.Errorf(model.KindUnauthorized, "this call needs a signed-in user or a bearer token (role %s or higher)", role))
			return
		}
		if model.RoleRank(have) < model.RoleRank(role) {
			s.writeError(c, model.Errorf(model.KindForbidden, "role %s may not do this; it needs %s", have, role))
			return
		}
		c.Next()
	}
}
