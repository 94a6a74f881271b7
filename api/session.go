package api

import (
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

type signInRequest struct {
	Name     string `json:"name"`
	Password string `json:"password"`
}

type sessionUser struct {
	Name        string  `json:"name"`
	DisplayName *string `json:"display_name"`
	Role        string  `json:"role"`
}

type sessionResponse struct {
	User      sessionUser `json:"user"`
	CSRFToken string      `json:"csrf_token"`
}

func toSessionResponse(sess *model.Session, u *model.User) sessionResponse {
	return sessionResponse{User: sessionUser{Name: u.Name, DisplayName: nullable(u.DisplayName), Role: u.Role}, CSRFToken: sess.CSRFToken}
}

// signIn is POST /api/v1/session. It reads no cookie: the password is the
// credential, and a JSON body cannot be sent cross-site without CORS.
func (s *Server) signIn(c *gin.Context) error {
	var req signInRequest
	if err := decode(c, &req); err != nil {
		return err
	}
	var p model.Problems
	if strings.TrimSpace(req.Name) == "" {
		p.Add("name", "is required")
	} else if utf8.RuneCountInString(req.Name) > 200 {
		p.Add("name", "is over 200 characters")
	}
	if req.Password == "" {
		p.Add("password", "is required")
	} else if len(req.Password) > 1024 {
		p.Add("password", "is over 1024 bytes")
	}
	if err := p.Err(); err != nil {
		return err
	}
	sess, u, secret, err := s.store.SignIn(c.Request.Context(), req.Name, req.Password, c.ClientIP())
	if err != nil {
		if wait := model.RetryAfter(err); wait > 0 {
			c.Header("Retry-After", strconv.Itoa(int((wait+999_999_999)/1_000_000_000)))
		}
		return err
	}
	c.Set(actorKey, u.Name)
	s.setSessionCookie(c, secret, 0)
	c.Header("Cache-Control", "no-store")
	ok(c, http.StatusOK, toSessionResponse(sess, u))
	return nil
}

// getSession is GET /api/v1/session: who is signed in, and the CSRF token
// (so that a reloaded page recovers it), or 401.
func (s *Server) getSession(c *gin.Context) error {
	sess, ok1 := c.Get(sessionKey)
	u, ok2 := c.Get(userKey)
	if !ok1 || !ok2 {
		return model.Errorf(model.KindUnauthorized, "not signed in")
	}
	c.Header("Cache-Control", "no-store")
	ok(c, http.StatusOK, toSessionResponse(sess.(*model.Session), u.(*model.User)))
	return nil
}

// signOut is DELETE /api/v1/session: the session ends in the database, so
// the cookie stops working on every instance. Without a live session it
// still answers 204 and clears the cookie.
func (s *Server) signOut(c *gin.Context) error {
	if _, signedIn := c.Get(sessionKey); signedIn {
		secret, _ := c.Cookie(sessionCookie)
		if err := s.store.EndSession(c.Request.Context(), secret); err != nil {
			return err
		}
	}
	s.setSessionCookie(c, "", -1)
	c.Status(http.StatusNoContent)
	return nil
}

// setSessionCookie sets (maxAge 0: for the browser session) or clears
// (maxAge < 0) the session cookie: HttpOnly, SameSite=Lax, Path=/, and
// Secure when the request came over HTTPS, directly or through a proxy
// that says so in X-Forwarded-Proto.
func (s *Server) setSessionCookie(c *gin.Context, value string, maxAge int) {
	secure := c.Request.TLS != nil || strings.EqualFold(strings.TrimSpace(c.GetHeader("X-Forwarded-Proto")), "https")
	http.SetCookie(c.Writer, &http.Cookie{
		Name: sessionCookie, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: secure, SameSite: http.SameSiteLaxMode,
	})
}

func (s *Server) sessionRoutes(g groups) {
	// Sign-in reads no session: the password is its credential.
	g.root.POST("/api/v1/session", s.handle(s.signIn))
	g.v1.GET("/session", s.handle(s.getSession))
	g.v1.DELETE("/session", s.handle(s.signOut))
}
