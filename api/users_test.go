package api_test

import (
	"strings"
	"testing"
)

func TestUsersAPI(t *testing.T) {
	e := newEnv(t, withAuth("writes"))
	admin, editor := e.bearer("root", "admin"), e.bearer("ed", "editor")
	wantStatus(t, e.do("GET", "/api/v1/users", nil, editor...), 403)
	wantStatus(t, e.do("POST", "/api/v1/users", map[string]any{"name": "x", "role": "viewer", "password": "0123456789"}, editor...), 403)

	e.sendEach(t, "POST", "/api/v1/users", []bodyCase{
		{"short password", map[string]any{"name": "liwei", "role": "editor", "password": "short"}, 422, []string{"password"}},
		{"password over 72 bytes", map[string]any{"name": "liwei", "role": "editor", "password": strings.Repeat("密", 25)}, 422, []string{"password"}},
		{"bad role and name", map[string]any{"name": "li wei", "role": "root", "password": "0123456789"}, 422, []string{"name", "role"}},
		{"no name", map[string]any{"role": "viewer", "password": "0123456789"}, 422, []string{"name"}},
		{"unknown field", map[string]any{"name": "liwei", "role": "viewer", "password": "0123456789", "admin": true}, 400, []string{"admin"}},
		{"created", map[string]any{"name": "liwei", "display_name": "李伟", "role": "editor", "password": "密码密码密码密码密码"}, 201, nil},
		{"name taken", map[string]any{"name": "liwei", "role": "viewer", "password": "0123456789"}, 409, []string{"name"}},
		{"second admin", map[string]any{"name": "zhang", "role": "admin", "password": "0123456789"}, 201, nil},
	}, admin...)

	r := e.do("GET", "/api/v1/users", nil, admin...)
	wantStatus(t, r, 200)
	if strings.Contains(string(r.Body), "$2a$") || strings.Contains(string(r.Body), "hash") || !strings.Contains(string(r.Body), "李伟") {
		t.Errorf("user list: %s", r.Body)
	}
	var l struct {
		Items []struct {
			ID   int64  `json:"id"`
			Name string `json:"name"`
		} `json:"items"`
		Total int `json:"total"`
	}
	r.decode(t, &l)
	if l.Total != 2 {
		t.Fatalf("users: %s", r.Body)
	}
	li, zhang := "/api/v1/users/"+itoa(l.Items[0].ID), "/api/v1/users/"+itoa(l.Items[1].ID)

	// The user signs in with the password set over REST.
	s := e.signIn("liwei", "密码密码密码密码密码")
	r = e.do("GET", li, nil, admin...)
	wantStatus(t, r, 200)
	if r.Header.Get("ETag") != `"1"` {
		t.Errorf("ETag = %q", r.Header.Get("ETag"))
	}
	e.doEach(t, []call{
		{"stale If-Match", "PATCH", li, map[string]any{"role": "viewer"}, []string{"If-Match", `"7"`}, 412, nil},
		{"name is fixed", "PATCH", li, map[string]any{"name": "wl"}, nil, 400, []string{"name"}},
		{"null role", "PATCH", li, map[string]any{"role": nil}, nil, 422, []string{"role"}},
		{"short new password", "PATCH", li, map[string]any{"password": "123"}, nil, 422, []string{"password"}},
		{"no-op keeps the version", "PATCH", li, map[string]any{"display_name": "李伟"}, []string{"If-Match", `"1"`}, 200, nil},
		{"demote", "PATCH", li, map[string]any{"role": "viewer", "display_name": nil}, []string{"If-Match", `"1"`}, 200, nil},
		{"unknown user", "PATCH", "/api/v1/users/999", map[string]any{"role": "viewer"}, nil, 404, nil},
		{"new password", "PATCH", li, map[string]any{"password": "another one 2"}, nil, 200, nil},
		{"the last admin stays", "PATCH", zhang, map[string]any{"role": "editor"}, nil, 409, nil},
	}, admin...)
	r = e.do("GET", li, nil, admin...)
	if m := r.json(t); m["version"] != float64(3) || m["role"] != "viewer" || m["display_name"] != nil {
		t.Errorf("after the changes: %s", r.Body)
	}
	// A new password ends the user's sessions.
	wantStatus(t, e.do("GET", "/api/v1/session", nil, s.headers()...), 401)
	e.signIn("liwei", "another one 2")

	// The last active admin can be neither demoted, disabled nor deleted.
	boss := e.newUser("boss", "admin", "correct horse 0")
	bs := e.signIn("boss", "correct horse 0")
	bossPath := "/api/v1/users/" + itoa(boss.ID)
	wantStatus(t, e.do("PATCH", zhang, map[string]any{"role": "editor"}, bs.write()...), 200) // another admin stays
	wantStatus(t, e.do("PATCH", bossPath, map[string]any{"role": "editor"}, bs.write()...), 409)
	wantStatus(t, e.do("PATCH", bossPath, map[string]any{"disabled": true}, bs.write()...), 409)
	wantStatus(t, e.do("DELETE", bossPath, nil, bs.write()...), 409)
	wantStatus(t, e.do("PATCH", zhang, map[string]any{"role": "admin"}, bs.write()...), 200)
	wantStatus(t, e.do("PATCH", bossPath, map[string]any{"disabled": true}, bs.write()...), 200)
	wantStatus(t, e.do("GET", "/api/v1/users", nil, bs.headers()...), 401) // disabling ends one's own session too
	wantStatus(t, e.do("DELETE", li, nil, append(append([]string{}, admin...), "If-Match", `"1"`)...), 412)
	wantStatus(t, e.do("DELETE", li, nil, admin...), 204)
	wantStatus(t, e.do("DELETE", li, nil, admin...), 404)

	// Every change is audited, never with the hash; the actor is the admin.
	r = e.do("GET", "/api/v1/audit?entity=user&limit=100", nil, admin...)
	wantStatus(t, r, 200)
	if strings.Contains(string(r.Body), "$2a$") || strings.Contains(string(r.Body), "password_hash") {
		t.Errorf("the audit shows a hash: %s", r.Body)
	}
	var al page[auditRecord]
	r.decode(t, &al)
	want := "root:delete boss:update boss:update boss:update anonymous:create root:update root:update root:create root:create"
	if got := acts(al.Items); got != want {
		t.Errorf("user audit = %q\nwant       %q", got, want)
	}
	if al.Items[5].After["password_changed"] != true {
		t.Errorf("a password change is audited as such: %v", al.Items[4].After)
	}
}
