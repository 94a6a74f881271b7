package api_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model"
)

// clock is a test's movable time.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func withClock(c *clock) option {
	return func(s *setup) { s.store = append(s.store, func(o *model.Options) { o.Now = c.now }) }
}

// proxied trusts the test's fixed remote address (192.0.2.1) as a proxy,
// so that X-Forwarded-For chooses the client address.
func proxied() option {
	return func(s *setup) { s.api.TrustedProxies = []string{"192.0.2.1"} }
}

func (e *env) newUser(name, role, password string) *model.User {
	e.t.Helper()
	u := &model.User{Name: name, Role: role, DisplayName: "李伟"}
	if err := e.store.CreateUser(context.Background(), u, password); err != nil {
		e.t.Fatal(err)
	}
	return u
}

// browser is a signed-in session as a browser holds it.
type browser struct {
	cookie string
	csrf   string
}

func (b browser) headers(extra ...string) []string {
	return append([]string{"Cookie", "youcheng_session=" + b.cookie}, extra...)
}

func (b browser) write(extra ...string) []string {
	return b.headers(append([]string{"X-CSRF-Token", b.csrf}, extra...)...)
}

func sessionCookie(t *testing.T, r *resp) *http.Cookie {
	t.Helper()
	for _, c := range (&http.Response{Header: r.Header}).Cookies() {
		if c.Name == "youcheng_session" {
			return c
		}
	}
	t.Fatalf("no youcheng_session cookie in %v", r.Header)
	return nil
}

func (e *env) signIn(name, password string, headers ...string) browser {
	e.t.Helper()
	r := e.do("POST", "/api/v1/session", map[string]any{"name": name, "password": password}, headers...)
	wantStatus(e.t, r, 200)
	var body struct {
		CSRF string `json:"csrf_token"`
	}
	r.decode(e.t, &body)
	return browser{cookie: sessionCookie(e.t, r).Value, csrf: body.CSRF}
}

func TestSignIn(t *testing.T) {
	e := newEnv(t, withAuth("writes"))
	e.newUser("liwei", "editor", "correct horse 1")
	off := e.newUser("gone", "editor", "correct horse 2")
	if _, err := e.store.UpdateUser(context.Background(), off.ID, nil, model.UserChange{Disabled: ptr(true)}); err != nil {
		t.Fatal(err)
	}

	r := e.do("POST", "/api/v1/session", map[string]any{"name": "liwei", "password": "correct horse 1"})
	wantStatus(t, r, 200)
	m := r.json(t)
	user := m["user"].(map[string]any)
	if user["name"] != "liwei" || user["display_name"] != "李伟" || user["role"] != "editor" || len(m["csrf_token"].(string)) < 43 {
		t.Errorf("sign-in body: %s", r.Body)
	}
	c := sessionCookie(t, r)
	if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/" || c.Secure || len(c.Value) < 40 {
		t.Errorf("cookie = %+v, want HttpOnly, SameSite=Lax, Path=/, not Secure over plain HTTP", c)
	}
	if strings.Contains(string(r.Body), c.Value) {
		t.Error("the body repeats the session secret")
	}
	r = e.do("POST", "/api/v1/session", map[string]any{"name": "liwei", "password": "correct horse 1"}, "X-Forwarded-Proto", "https")
	wantStatus(t, r, 200)
	if !sessionCookie(t, r).Secure {
		t.Error("behind an HTTPS proxy the cookie must be Secure")
	}

	// One answer for a wrong password, an unknown name and a disabled user.
	var first []byte
	for _, tc := range []struct{ name, password string }{
		{"liwei", "wrong password!"},
		{"nobody", "correct horse 1"},
		{"gone", "correct horse 2"},
		{"liwei", strings.Repeat("x", 100)},
		{strings.Repeat("l", 65), "correct horse 1"},
	} {
		r := e.do("POST", "/api/v1/session", map[string]any{"name": tc.name, "password": tc.password})
		wantStatus(t, r, 401)
		if len(r.Header.Values("Set-Cookie")) != 0 {
			t.Errorf("%s: a failed sign-in sets a cookie", tc.name)
		}
		if first == nil {
			first = r.Body
		} else if string(r.Body) != string(first) {
			t.Errorf("%s: 401 body differs:\n%s\n%s", tc.name, r.Body, first)
		}
	}

	for _, tc := range []struct {
		body   any
		status int
		field  string
	}{
		{map[string]any{"name": "", "password": "x"}, 422, "name"},
		{map[string]any{"name": "liwei", "password": ""}, 422, "password"},
		{map[string]any{"name": "liwei", "password": strings.Repeat("x", 1025)}, 422, "password"},
		{map[string]any{"name": "liwei", "password": 12}, 400, "password"},
		{map[string]any{"name": "liwei", "password": "correct horse 1", "remember": true}, 400, "remember"},
		{`{"name":`, 400, "body"},
	} {
		wantStatus(t, e.do("POST", "/api/v1/session", tc.body), tc.status, tc.field)
	}
}

func ptr[T any](v T) *T { return &v }

func TestSessionAuthenticatesAndNeedsCSRF(t *testing.T) {
	e := newEnv(t, withAuth("all"))
	e.newUser("liwei", "editor", "correct horse 1")
	e.newUser("wang", "viewer", "correct horse 2")
	token := "Bearer " + e.newToken("script", "editor")
	ed := e.signIn("liwei", "correct horse 1")
	vw := e.signIn("wang", "correct horse 2")
	body := map[string]any{"name_en": "Ube", "country": "JP"}

	r := e.do("GET", "/api/v1/session", nil, ed.headers()...)
	wantStatus(t, r, 200)
	if r.json(t)["csrf_token"] != ed.csrf {
		t.Errorf("GET /session must return the same csrf_token: %s", r.Body)
	}
	e.doEach(t, []call{
		{"read with the cookie", "GET", "/api/v1/partners", nil, ed.headers(), 200, nil},
		{"no credential", "GET", "/api/v1/partners", nil, nil, 401, nil},
		{"write without CSRF", "POST", "/api/v1/partners", body, ed.headers(), 403, nil},
		{"write with a wrong CSRF", "POST", "/api/v1/partners", body, ed.headers("X-CSRF-Token", vw.csrf), 403, nil},
		{"write with CSRF", "POST", "/api/v1/partners", body, ed.write(), 201, nil},
		{"viewer write with CSRF", "POST", "/api/v1/partners", map[string]any{"name_en": "Sochi", "country": "RU", "timezone": "Europe/Moscow"}, vw.write(), 403, nil},
		{"editor delete", "DELETE", "/api/v1/partners/1", nil, ed.write(), 403, nil},
		{"bearer needs no CSRF", "POST", "/api/v1/partners", map[string]any{"name_en": "Sochi", "country": "RU", "timezone": "Europe/Moscow"}, []string{"Authorization", token}, 201, nil},
		{"bearer wins over the cookie", "GET", "/api/v1/partners", nil, append(ed.headers(), "Authorization", "Bearer yc_bad"), 401, nil},
		{"unknown cookie", "GET", "/api/v1/partners", nil, []string{"Cookie", "youcheng_session=ycs_nope"}, 401, nil},
		{"session of nobody", "GET", "/api/v1/session", nil, nil, 401, nil},
		{"sign-out without CSRF", "DELETE", "/api/v1/session", nil, ed.headers(), 403, nil},
	})

	// The audit names the person.
	admin := e.bearer("root", "admin")
	if l := e.audit("entity=partner", admin...); len(l.Items) != 2 || l.Items[1].Actor != "liwei" || l.Items[0].Actor != "script" {
		t.Errorf("audit actors: %+v", l.Items)
	}

	r = e.do("DELETE", "/api/v1/session", nil, ed.write()...)
	wantStatus(t, r, 204)
	if c := sessionCookie(t, r); c.MaxAge >= 0 || c.Value != "" {
		t.Errorf("sign-out must clear the cookie: %+v", c)
	}
	wantStatus(t, e.do("GET", "/api/v1/session", nil, ed.headers()...), 401)
	wantStatus(t, e.do("POST", "/api/v1/partners", body, ed.write()...), 401)
	wantStatus(t, e.do("DELETE", "/api/v1/session", nil, ed.write()...), 204)
	// A stale cookie does not stand in the way of signing in again.
	wantStatus(t, e.do("POST", "/api/v1/session", map[string]any{"name": "liwei", "password": "correct horse 1"}, ed.headers()...), 200)

	if got := acts(e.audit("entity=session", admin...).Items); got != "liwei:signin liwei:signout wang:signin liwei:signin" {
		t.Errorf("session audit = %q", got)
	}
}

// Two instances over one database: a sign-out on one ends the session on
// the other, and failures counted by one lock out sign-in on the other.
func TestSessionsAndLockoutSharedByInstances(t *testing.T) {
	c := &clock{t: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}
	a := newEnv(t, withAuth("writes"), withClock(c), proxied())
	b := a.instance(api.Config{Auth: "writes", TrustedProxies: []string{"192.0.2.1"}})
	a.newUser("liwei", "editor", "correct horse 1")
	s := a.signIn("liwei", "correct horse 1")
	wantStatus(t, b.do("GET", "/api/v1/session", nil, s.headers()...), 200)
	wantStatus(t, b.do("DELETE", "/api/v1/session", nil, s.write()...), 204)
	wantStatus(t, a.do("GET", "/api/v1/session", nil, s.headers()...), 401)

	wrong := map[string]any{"name": "liwei", "password": "not the one!"}
	right := map[string]any{"name": "liwei", "password": "correct horse 1"}
	from := func(ip string) []string { return []string{"X-Forwarded-For", ip} }
	// Five failures for one name, from five addresses, over two instances.
	for i := range 5 {
		env := []*env{a, b}[i%2]
		c.add(time.Minute)
		wantStatus(t, env.do("POST", "/api/v1/session", wrong, from("198.51.100."+strconv.Itoa(i+1))...), 401)
	}
	r := a.do("POST", "/api/v1/session", right, from("203.0.113.9")...)
	wantStatus(t, r, 429)
	// The first failure was at 09:01; now is 09:05: it ages out at 09:16.
	if got := r.Header.Get("Retry-After"); got != "660" {
		t.Errorf("Retry-After = %q, want 660", got)
	}
	c.add(11 * time.Minute)
	wantStatus(t, b.do("POST", "/api/v1/session", right, from("203.0.113.9")...), 200)

	// Five failures from one address, over five names.
	for i := range 5 {
		wantStatus(t, a.do("POST", "/api/v1/session", map[string]any{"name": "user" + strconv.Itoa(i), "password": "0123456789"}, from("198.51.100.77")...), 401)
	}
	wantStatus(t, b.do("POST", "/api/v1/session", right, from("198.51.100.77")...), 429)
	wantStatus(t, b.do("POST", "/api/v1/session", right, from("198.51.100.78")...), 200)
	// Without a trusted proxy, X-Forwarded-For is not believed: the
	// connection's address is the client's.
	plain := a.instance(api.Config{Auth: "writes"})
	for i := range 5 {
		wantStatus(t, plain.do("POST", "/api/v1/session", map[string]any{"name": "x" + strconv.Itoa(i), "password": "0123456789"}, from("10.0.0."+strconv.Itoa(i))...), 401)
	}
	wantStatus(t, plain.do("POST", "/api/v1/session", right, from("10.9.9.9")...), 429)

	count := map[string]int{}
	for _, it := range a.audit("entity=session&limit=500", a.bearer("root", "admin")...).Items {
		count[it.Action]++
	}
	if count["failed"] != 15 || count["locked"] != 3 || count["signin"] != 3 || count["signout"] != 1 {
		t.Errorf("session audit counts = %v", count)
	}
}

func TestSessionIdleExpiryAndDisable(t *testing.T) {
	c := &clock{t: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}
	e := newEnv(t, withAuth("writes"), withClock(c))
	admin := e.newUser("boss", "admin", "correct horse 0")
	e.newUser("liwei", "editor", "correct horse 1")
	s := e.signIn("liwei", "correct horse 1")
	e.signIn("boss", "correct horse 0") // a session of its own, which expires too
	c.add(11 * time.Hour)
	wantStatus(t, e.do("GET", "/api/v1/session", nil, s.headers()...), 200) // used: idle time starts again
	c.add(11 * time.Hour)
	wantStatus(t, e.do("GET", "/api/v1/session", nil, s.headers()...), 200)
	c.add(12*time.Hour + time.Second)
	wantStatus(t, e.do("GET", "/api/v1/session", nil, s.headers()...), 401)

	s = e.signIn("liwei", "correct horse 1")
	a := e.signIn("boss", "correct horse 0")
	r := e.do("GET", "/api/v1/users", nil, a.headers()...)
	wantStatus(t, r, 200)
	var l struct {
		Items []struct {
			ID      int64
			Name    string
			Version int
		}
	}
	r.decode(t, &l)
	if len(l.Items) != 2 || l.Items[0].ID != admin.ID {
		t.Fatalf("users: %s", r.Body)
	}
	wantStatus(t, e.do("PATCH", "/api/v1/users/"+itoa(l.Items[1].ID), map[string]any{"disabled": true}, a.write("If-Match", `"1"`)...), 200)
	wantStatus(t, e.do("GET", "/api/v1/session", nil, s.headers()...), 401)
	wantStatus(t, e.do("POST", "/api/v1/session", map[string]any{"name": "liwei", "password": "correct horse 1"}), 401)
}
