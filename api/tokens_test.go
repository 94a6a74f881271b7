package api_test

import (
	"context"
	"strings"
	"testing"
)

func (e *env) newToken(name, role string) string {
	e.t.Helper()
	secret, _, err := e.store.CreateToken(context.Background(), name, role)
	if err != nil {
		e.t.Fatal(err)
	}
	return secret
}

// bearer creates a token and returns the header that sends it.
func (e *env) bearer(name, role string) []string {
	e.t.Helper()
	return []string{"Authorization", "Bearer " + e.newToken(name, role)}
}

// DELETE /tokens/{id} revokes token id, even when another token is named
// like that id.
func TestRevokeTokenByIDNotName(t *testing.T) {
	e := newEnv(t, withAuth("writes"))
	admin := e.bearer("root", "admin")
	_, target, err := e.store.CreateToken(context.Background(), "target", "editor")
	if err != nil {
		t.Fatal(err)
	}
	decoy := e.newToken(itoa(target.ID), "editor") // named like target's id
	wantStatus(t, e.do("DELETE", "/api/v1/tokens/"+itoa(target.ID), nil, admin...), 204)
	body := map[string]any{"name_en": "Ube", "country": "JP"}
	wantStatus(t, e.do("POST", "/api/v1/partners", body, "Authorization", "Bearer "+decoy), 201)
	wantStatus(t, e.do("DELETE", "/api/v1/tokens/"+itoa(target.ID), nil, admin...), 404)
}

// TestTokensAPI: an admin creates, lists and revokes tokens; the secret is
// shown once, never in the list or the audit, which records both changes.
func TestTokensAPI(t *testing.T) {
	e := newEnv(t, withAuth("writes"))
	admin, editor := e.bearer("root", "admin"), e.bearer("ed", "editor")
	wantStatus(t, e.do("GET", "/api/v1/tokens", nil, editor...), 403)
	wantStatus(t, e.do("POST", "/api/v1/tokens", map[string]any{"name": "Wang Fang", "role": "root"}, admin...), 422, "role")
	wantStatus(t, e.do("POST", "/api/v1/tokens", map[string]any{"name": "", "role": "viewer"}, admin...), 422, "name")
	r := e.do("POST", "/api/v1/tokens", map[string]any{"name": "Wang Fang", "role": "editor"}, admin...)
	wantStatus(t, r, 201)
	m := r.json(t)
	secret, id := m["token"].(string), itoa(int64(m["id"].(float64)))
	wantStatus(t, e.do("POST", "/api/v1/tokens", map[string]any{"name": "Wang Fang", "role": "viewer"}, admin...), 409)
	wantStatus(t, e.do("POST", "/api/v1/partners", map[string]any{"name_en": "Ube", "country": "JP"}, "Authorization", "Bearer "+secret), 201)
	r = e.do("GET", "/api/v1/tokens", nil, admin...)
	wantStatus(t, r, 200)
	if strings.Contains(string(r.Body), secret) || !strings.Contains(string(r.Body), "Wang Fang") {
		t.Errorf("token list: %s", r.Body)
	}
	wantStatus(t, e.do("DELETE", "/api/v1/tokens/"+id, nil, admin...), 204)
	wantStatus(t, e.do("POST", "/api/v1/partners", map[string]any{"name_en": "Sochi", "country": "RU", "timezone": "Europe/Moscow"}, "Authorization", "Bearer "+secret), 401)
	wantStatus(t, e.do("DELETE", "/api/v1/tokens/999", nil, admin...), 404)

	r = e.do("GET", "/api/v1/audit?entity=token&id="+id, nil, admin...)
	wantStatus(t, r, 200)
	var l page[auditRecord]
	r.decode(t, &l)
	if len(l.Items) != 2 || l.Items[0].Action != "delete" || l.Items[0].Actor != "root" || l.Items[0].After["revoked"] != true ||
		l.Items[1].Action != "create" || l.Items[1].After["name"] != "Wang Fang" || l.Items[1].After["role"] != "editor" ||
		strings.Contains(string(r.Body), "yc_") {
		t.Errorf("token audit: %s", r.Body)
	}
}
