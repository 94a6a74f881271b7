package model

import (
	"context"
	"crypto/subtle"
	"errors"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

// Session is a signed-in browser. The cookie holds a 256-bit secret; only
// its SHA-256 hash is stored, so a copy of the database signs nobody in.
// Sessions live in the database so that every instance sees a sign-out.
type Session struct {
	ID         int64     `gorm:"primaryKey"`
	Hash       string    `gorm:"size:64;not null;uniqueIndex"`
	UserID     int64     `gorm:"not null;index"`
	CSRFToken  string    `gorm:"size:64;not null"`
	Address    string    `gorm:"size:64;not null;default:''"`
	CreatedAt  time.Time `gorm:"not null"`
	LastSeenAt time.Time `gorm:"not null;index"`
}

// LoginFailure is one failed sign-in, kept for the rate limit (in the
// database, so that every instance counts the same failures).
type LoginFailure struct {
	ID      int64     `gorm:"primaryKey"`
	At      time.Time `gorm:"not null;index"`
	Name    string    `gorm:"size:64;not null;index"`
	Address string    `gorm:"size:64;not null;index"`
}

// Session and sign-in limits.
const (
	// SessionIdle ends a session not used for this long.
	SessionIdle = 12 * time.Hour
	// sessionTouch: last-seen is written at most this often per session.
	sessionTouch = time.Minute
	// FailureWindow and MaxFailures: after MaxFailures failed sign-ins for
	// one name, or from one address, within FailureWindow, sign-in is refused.
	FailureWindow = 15 * time.Minute
	MaxFailures   = 5
)

// TooManyError is the cause of a KindTooMany sign-in refusal: how long
// until a new attempt is counted.
type TooManyError struct{ RetryAfter time.Duration }

func (e *TooManyError) Error() string { return "retry after " + e.RetryAfter.String() }

// RetryAfter returns the wait a KindTooMany error asks for (0: none).
func RetryAfter(err error) time.Duration {
	var t *TooManyError
	if errors.As(err, &t) {
		return t.RetryAfter
	}
	return 0
}

// clip cuts v to at most n characters (for names and addresses kept
// from untrusted input).
func clip(v string, n int) string {
	if utf8.RuneCountInString(v) <= n {
		return v
	}
	return string([]rune(v)[:n])
}

// SignIn checks name and password and opens a session, returning it, its
// user and the cookie secret (shown once). A wrong name and a wrong password
// (or a disabled user) give the same KindUnauthorized after the same work.
// After MaxFailures failures for the name or the address within
// FailureWindow it returns KindTooMany (with a TooManyError) without
// checking the password. Failures, refusals and sign-ins are audited.
func (s *Store) SignIn(ctx context.Context, name, password, addr string) (*Session, *User, string, error) {
	at := s.now()
	lookup := utf8.RuneCountInString(name) <= MaxUserName // a longer name is no user's
	name, addr = clip(name, MaxUserName), clip(addr, 64)
	db := s.db.WithContext(ctx)
	security := map[string]any{"name": name, "address": addr}

	wait, err := s.lockedOut(ctx, name, addr, at)
	if err != nil {
		return nil, nil, "", err
	}
	if wait > 0 {
		err := s.transaction(ctx, func(tx *gorm.DB) error {
			return writeAuditFields(WithActor(ctx, "anonymous"), tx, "locked", "session", 0, nil, security)
		})
		if err != nil {
			return nil, nil, "", err
		}
		return nil, nil, "", &Error{Kind: KindTooMany, Err: &TooManyError{RetryAfter: wait},
			Message: "too many failed sign-ins for this name or from this address; try again later"}
	}

	var u User
	if lookup {
		if err := db.Where("name = ?", name).Limit(1).Find(&u).Error; err != nil {
			return nil, nil, "", translate(err)
		}
	}
	stored := s.dummy()
	if u.ID != 0 {
		stored = []byte(u.PasswordHash)
	}
	match := bcrypt.CompareHashAndPassword(stored, []byte(password)) == nil
	if u.ID == 0 || u.Disabled || !match {
		err := s.transaction(ctx, func(tx *gorm.DB) error {
			if err := tx.Where("at <= ?", at.Add(-FailureWindow)).Delete(&LoginFailure{}).Error; err != nil {
				return err
			}
			if err := tx.Create(&LoginFailure{At: at, Name: name, Address: addr}).Error; err != nil {
				return err
			}
			return writeAuditFields(WithActor(ctx, "anonymous"), tx, "failed", "session", u.ID, nil, security)
		})
		if err != nil {
			return nil, nil, "", err
		}
		return nil, nil, "", Errorf(KindUnauthorized, "wrong user name or password")
	}

	secret, hash, err := newSecret(sessionPrefix)
	if err != nil {
		return nil, nil, "", err
	}
	csrf, _, err := newSecret("")
	if err != nil {
		return nil, nil, "", err
	}
	sess := &Session{Hash: hash, UserID: u.ID, CSRFToken: csrf, Address: addr, CreatedAt: at, LastSeenAt: at}
	err = s.transaction(ctx, func(tx *gorm.DB) error {
		// Idle sessions of anyone are swept here, not by a timer.
		if err := tx.Where("last_seen_at < ?", at.Add(-SessionIdle)).Delete(&Session{}).Error; err != nil {
			return err
		}
		if err := tx.Where("name = ?", name).Delete(&LoginFailure{}).Error; err != nil {
			return err
		}
		if err := tx.Create(sess).Error; err != nil {
			return err
		}
		return writeAuditFields(WithActor(ctx, u.Name), tx, "signin", "session", sess.ID, nil, map[string]any{"user_id": u.ID, "address": addr})
	})
	if err != nil {
		return nil, nil, "", err
	}
	return sess, &u, secret, nil
}

// lockedOut returns how long until sign-in for name from addr is counted
// again: 0 unless MaxFailures failures for either lie within FailureWindow.
func (s *Store) lockedOut(ctx context.Context, name, addr string, at time.Time) (time.Duration, error) {
	var fs []LoginFailure
	err := s.db.WithContext(ctx).Where("at > ? AND (name = ? OR address = ?)", at.Add(-FailureWindow), name, addr).
		Order("at").Find(&fs).Error
	if err != nil {
		return 0, translate(err)
	}
	var wait time.Duration
	for _, match := range []func(LoginFailure) bool{
		func(f LoginFailure) bool { return f.Name == name },
		func(f LoginFailure) bool { return f.Address == addr },
	} {
		var times []time.Time
		for _, f := range fs {
			if match(f) {
				times = append(times, f.At)
			}
		}
		if len(times) >= MaxFailures {
			// The wait ends when all but MaxFailures-1 of them have aged out.
			if w := times[len(times)-MaxFailures].Add(FailureWindow).Sub(at); w > wait {
				wait = w
			}
		}
	}
	if wait > 0 && wait < time.Second {
		wait = time.Second
	}
	return wait, nil
}

// SessionBySecret returns the live session of a cookie secret and its
// user, or KindUnauthorized when there is none, it has been idle longer
// than SessionIdle (it is then deleted) or its user is disabled. It
// records the use at most once a minute.
func (s *Store) SessionBySecret(ctx context.Context, secret string) (*Session, *User, error) {
	at := s.now()
	unauth := Errorf(KindUnauthorized, "the session has ended; sign in again")
	db := s.db.WithContext(ctx)
	sess, err := lookupSecret[Session](ctx, s.db, sessionPrefix, secret, unauth)
	if err != nil {
		return nil, nil, err
	}
	if at.Sub(sess.LastSeenAt) > SessionIdle {
		if err := db.Delete(&Session{}, sess.ID).Error; err != nil {
			return nil, nil, translate(err)
		}
		return nil, nil, unauth
	}
	var u User
	if err := db.Limit(1).Find(&u, sess.UserID).Error; err != nil {
		return nil, nil, translate(err)
	}
	if u.ID == 0 || u.Disabled {
		return nil, nil, unauth
	}
	if at.Sub(sess.LastSeenAt) >= sessionTouch {
		if err := db.Model(&Session{}).Where("id = ?", sess.ID).Update("last_seen_at", at).Error; err != nil {
			return nil, nil, translate(err)
		}
		sess.LastSeenAt = at
	}
	return sess, &u, nil
}

// EndSession deletes the session of a cookie secret (nothing when there is
// none) and audits the sign-out, so the cookie stops working everywhere.
func (s *Store) EndSession(ctx context.Context, secret string) error {
	h := hashSecret(secret)
	return s.transaction(ctx, func(tx *gorm.DB) error {
		var sess Session
		if err := tx.Where("hash = ?", h).Limit(1).Find(&sess).Error; err != nil {
			return err
		}
		if sess.ID == 0 {
			return nil
		}
		if err := tx.Delete(&Session{}, sess.ID).Error; err != nil {
			return err
		}
		return writeAuditFields(ctx, tx, "signout", "session", sess.ID, nil, map[string]any{"user_id": sess.UserID})
	})
}

// CSRFMatches compares a request's CSRF header with the session's token in
// constant time.
func (sess *Session) CSRFMatches(header string) bool {
	return header != "" && subtle.ConstantTimeCompare([]byte(header), []byte(sess.CSRFToken)) == 1
}
