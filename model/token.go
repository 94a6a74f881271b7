package model

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Roles, weakest first.
const (
	RoleViewer = "viewer"
	RoleEditor = "editor"
	RoleAdmin  = "admin"
)

// Roles lists the roles in order of power.
var Roles = []string{RoleViewer, RoleEditor, RoleAdmin}

// RoleRank orders roles: viewer < editor < admin; unknown roles rank 0.
func RoleRank(role string) int {
	for i, r := range Roles {
		if r == role {
			return i + 1
		}
	}
	return 0
}

// Token is an API bearer token. Only a SHA-256 hash of the secret is kept:
// the secret is shown once, when created.
type Token struct {
	ID         int64      `gorm:"primaryKey"`
	Name       string     `gorm:"size:200;not null;uniqueIndex"`
	Role       string     `gorm:"size:20;not null"`
	Hash       string     `gorm:"size:64;not null;uniqueIndex"`
	CreatedAt  time.Time  `gorm:"not null"`
	RevokedAt  *time.Time `gorm:""`
	LastUsedAt *time.Time `gorm:""`
}

// CreateToken makes a token with 256 random bits for name and role and
// returns its secret (shown once). It returns KindInvalid for a bad name
// or role and KindConflict when the name is taken.
func (s *Store) CreateToken(ctx context.Context, name, role string) (string, *Token, error) {
	var p Problems
	checkText(&p, "name", name, MaxName, true, true)
	checkEnum(&p, "role", role, Roles)
	if err := p.Err(); err != nil {
		return "", nil, err
	}
	secret, hash, err := newSecret(tokenPrefix)
	if err != nil {
		return "", nil, err
	}
	t := &Token{Name: name, Role: role, Hash: hash, CreatedAt: s.now()}
	err = s.transaction(ctx, func(tx *gorm.DB) error {
		if err := tx.Create(t).Error; err != nil {
			return err
		}
		return writeAuditFields(ctx, tx, "create", "token", t.ID, nil, map[string]any{"name": t.Name, "role": t.Role})
	})
	if err != nil {
		return "", nil, err
	}
	return secret, t, nil
}

// Authenticate returns the live token whose secret is given, or
// KindUnauthorized. The stored hash is compared in constant time.
func (s *Store) Authenticate(ctx context.Context, secret string) (*Token, error) {
	return lookupSecret[Token](ctx, s.db, tokenPrefix, secret, Errorf(KindUnauthorized, "the bearer token is not valid"))
}

// ListTokens returns every token (hashes included, for the caller to drop).
func (s *Store) ListTokens(ctx context.Context) ([]Token, error) {
	var out []Token
	err := s.db.WithContext(ctx).Order("id").Find(&out).Error
	return out, translate(err)
}

// RevokeToken revokes live token id (DELETE /tokens/{id}), with an audit
// record. It returns KindNotFound when there is no live token id.
func (s *Store) RevokeToken(ctx context.Context, id int64) error {
	return s.revokeToken(ctx, "id = ?", id, "no live token %d", id)
}

// RevokeTokenNamed revokes the live token called name (the command line's
// token revoke), with an audit record. It returns KindNotFound when there
// is none.
func (s *Store) RevokeTokenNamed(ctx context.Context, name string) error {
	return s.revokeToken(ctx, "name = ?", name, "no live token named %q", name)
}

func (s *Store) revokeToken(ctx context.Context, cond string, arg any, missing string, args ...any) error {
	return s.transaction(ctx, func(tx *gorm.DB) error {
		var t Token
		if err := tx.Where("revoked_at IS NULL").Where(cond, arg).Limit(1).Find(&t).Error; err != nil {
			return err
		}
		if t.ID == 0 {
			return Errorf(KindNotFound, missing, args...)
		}
		res := tx.Model(&Token{}).Where("id = ? AND revoked_at IS NULL", t.ID).Update("revoked_at", s.now())
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return Errorf(KindNotFound, missing, args...)
		}
		return writeAuditFields(ctx, tx, "delete", "token", t.ID, map[string]any{"name": t.Name, "revoked": false}, map[string]any{"revoked": true})
	})
}
