package api_test

import (
	"context"
	"testing"
)

// DELETE /tokens/{id} revokes token id, even when another token is named
// like that id.
func TestRevokeTokenByIDNotName(t *testing.T) {
	t.Parallel()
	e := newEnv(t, withAuth("writes"))
	admin := []string{"Authorization", "Bearer " + e.newToken("root", "admin")}
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
