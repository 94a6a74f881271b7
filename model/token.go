package model

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
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

const tokenPrefix = "yc_"

func hashToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
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
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", nil, &Error{Kind: KindInternal, Message: "no randomness", Err: err}
	}
	secret := tokenPrefix + base64.RawURLEncoding.EncodeToString(b[:])
	t := &Token{Name: name, Role: role, Hash: hashToken(secret), CreatedAt: s.now()}
	if err := s.db.WithContext(ctx).Create(t).Error; err != nil {
		return "", nil, translate(err)
	}
	return secret, t, nil
}

// Authenticate returns the live token whose secret is given, or
// KindUnauthorized. The stored hash is compared in constant time.
func (s *Store) Authenticate(ctx context.Context, secret string) (*Token, error) {
	unauth := Errorf(KindUnauthorized, "the bearer token is not valid")
	if !strings.HasPrefix(secret, tokenPrefix) || len(secret) > 200 {
		return nil, unauth
	}
	h := hashToken(secret)
	var t Token
	if err := s.db.WithContext(ctx).Where("hash = ?", h).Limit(1).Find(&t).Error; err != nil {
		return nil, translate(err)
	}
	if t.ID == 0 || subtle.ConstantTimeCompare([]byte(t.Hash), []byte(h)) != 1 || t.RevokedAt != nil {
		return nil, unauth
	}
	return &t, nil
}

// ListTokens returns every token (hashes included, for the caller to drop).
func (s *Store) ListTokens(ctx context.Context) ([]Token, error) {
	var out []Token
	err := s.db.WithContext(ctx).Order("id").Find(&out).Error
	return out, translate(err)
}

// RevokeToken revokes the live token with that name, or else with that
// numeric id. It returns KindNotFound when there is none.
func (s *Store) RevokeToken(ctx context.Context, nameOrID string) error {
	q := s.db.WithContext(ctx).Model(&Token{}).Where("revoked_at IS NULL")
	var n int64
	if err := s.db.WithContext(ctx).Model(&Token{}).Where("name = ?", nameOrID).Count(&n).Error; err != nil {
		return translate(err)
	}
	if id, err := strconv.ParseInt(nameOrID, 10, 64); err == nil && n == 0 {
		q = q.Where("id = ?", id)
	} else {
		q = q.Where("name = ?", nameOrID)
	}
	res := q.Update("revoked_at", s.now())
	if res.Error != nil {
		return translate(res.Error)
	}
	if res.RowsAffected == 0 {
		return Errorf(KindNotFound, "no live token named %q", nameOrID)
	}
	return nil
}
