package model

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"strings"

	"gorm.io/gorm"
)

// Secrets (API tokens, feed addresses, console sessions) are made and looked up here, once:
// 256 random bits behind a prefix saying what they open; only a SHA-256
// hash is stored, and a lookup compares it in constant time.

const (
	tokenPrefix   = "yc_"
	feedPrefix    = "ycf_"
	sessionPrefix = "ycs_"
)

// newSecret returns a fresh secret with prefix and the hash to store.
func newSecret(prefix string) (secret, hash string, err error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", "", &Error{Kind: KindInternal, Message: "no randomness", Err: err}
	}
	secret = prefix + base64.RawURLEncoding.EncodeToString(b[:])
	return secret, hashSecret(secret), nil
}

func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// secretHolder is a stored row behind a secret (a *Token, *Feed or *Session).
type secretHolder[T any] interface {
	*T
	secretHash() string
	live() bool
}

func (t *Token) secretHash() string   { return t.Hash }
func (t *Token) live() bool           { return t.ID != 0 && t.RevokedAt == nil }
func (f *Feed) secretHash() string    { return f.Hash }
func (f *Feed) live() bool            { return f.ID != 0 && f.RevokedAt == nil }
func (s *Session) secretHash() string { return s.Hash }
func (s *Session) live() bool         { return s.ID != 0 }

// lookupSecret returns the live row whose secret is given, or miss when
// there is none: a secret of another prefix, too long, wrong or revoked is
// simply not found.
func lookupSecret[T any, PT secretHolder[T]](ctx context.Context, db *gorm.DB, prefix, secret string, miss error) (*T, error) {
	if !strings.HasPrefix(secret, prefix) || len(secret) > 200 {
		return nil, miss
	}
	h := hashSecret(secret)
	var v T
	if err := db.WithContext(ctx).Where("hash = ?", h).Limit(1).Find(&v).Error; err != nil {
		return nil, translate(err)
	}
	if !PT(&v).live() || subtle.ConstantTimeCompare([]byte(PT(&v).secretHash()), []byte(h)) != 1 {
		return nil, miss
	}
	return &v, nil
}
