package model

import (
	"context"
	"errors"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// User is a person who signs in to the staff console. Only a bcrypt hash of
// the password is kept; it never leaves the store.
type User struct {
	Meta
	Name         string `gorm:"size:64;not null;uniqueIndex"`
	DisplayName  string `gorm:"size:200;not null;default:''"`
	Role         string `gorm:"size:20;not null"`
	PasswordHash string `gorm:"size:100;not null"`
	Disabled     bool   `gorm:"not null;default:false"`
}

// Password and user-name limits.
const (
	MinPassword      = 10 // characters
	MaxPasswordBytes = 72 // bcrypt reads no further
	MaxUserName      = 64
)

// setPasswordCost sets the bcrypt work factor (0: bcrypt.DefaultCost) and
// the dummy hash of the same cost, compared against when no such user
// exists, so that a wrong name takes as long as a wrong password.
func (s *Store) setPasswordCost(cost int) {
	if cost < bcrypt.MinCost || cost > bcrypt.MaxCost {
		cost = bcrypt.DefaultCost
	}
	s.pwCost = cost
	s.dummy = sync.OnceValue(func() []byte {
		h, _ := bcrypt.GenerateFromPassword([]byte("youcheng-no-such-user"), cost)
		return h
	})
}

// Validate checks the domain rules; it returns a KindInvalid *Error naming
// every failing field.
func (u *User) Validate() error {
	var p Problems
	checkUserName(&p, "name", u.Name)
	checkText(&p, "display_name", u.DisplayName, MaxName, false, true)
	checkEnum(&p, "role", u.Role, Roles)
	return p.Err()
}

// checkUserName: a sign-in name is one word (no spaces), at most 64 characters.
func checkUserName(p *Problems, field, v string) {
	n := len(*p)
	checkText(p, field, v, MaxUserName, true, true)
	if len(*p) > n {
		return
	}
	for _, r := range v {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			p.Add(field, "must be one word: no spaces or invisible characters")
			return
		}
	}
}

// checkPassword adds a problem unless pw is 10 characters to 72 bytes of UTF-8.
func checkPassword(p *Problems, field, pw string) {
	switch {
	case !utf8.ValidString(pw):
		p.Add(field, "is not valid UTF-8")
	case utf8.RuneCountInString(pw) < MinPassword:
		p.Add(field, "must be at least %d characters long", MinPassword)
	case len(pw) > MaxPasswordBytes:
		p.Add(field, "is %d bytes long; at most %d bytes are used by the hash (bcrypt)", len(pw), MaxPasswordBytes)
	}
}

func (s *Store) hashPassword(pw string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), s.pwCost)
	if err != nil {
		return "", &Error{Kind: KindInternal, Message: "cannot hash the password", Err: err}
	}
	return string(h), nil
}

// userAudit is what the audit log keeps of a user: never the hash.
func userAudit(u *User) map[string]any {
	if u == nil {
		return nil
	}
	return map[string]any{"name": u.Name, "display_name": u.DisplayName, "role": u.Role, "disabled": u.Disabled}
}

// CreateUser validates u, hashes password and stores both with an audit
// record. It returns KindInvalid naming the failing fields, or KindConflict
// when the name is taken.
func (s *Store) CreateUser(ctx context.Context, u *User, password string) error {
	var p Problems
	if err := u.Validate(); err != nil {
		var e *Error
		errors.As(err, &e)
		p = append(p, e.Fields...)
	}
	checkPassword(&p, "password", password)
	if err := p.Err(); err != nil {
		return err
	}
	h, err := s.hashPassword(password)
	if err != nil {
		return err
	}
	u.PasswordHash, u.Version, u.ID = h, 1, 0
	return s.transaction(ctx, func(tx *gorm.DB) error {
		if err := tx.Create(u).Error; err != nil {
			if errors.Is(err, gorm.ErrDuplicatedKey) {
				return &Error{Kind: KindConflict, Message: "a user with this name exists",
					Fields: []FieldError{{Field: "name", Message: "is taken"}}, Err: err}
			}
			return err
		}
		return writeAuditFields(ctx, tx, "create", "user", u.ID, nil, userAudit(u))
	})
}

// CountUsers returns how many users exist (disabled ones included).
func (s *Store) CountUsers(ctx context.Context) (int64, error) {
	var n int64
	err := s.db.WithContext(ctx).Model(&User{}).Count(&n).Error
	return n, translate(err)
}

// ListUsers returns one page of users by id, and their total.
func (s *Store) ListUsers(ctx context.Context, pg Page) ([]User, int64, error) {
	var total int64
	if err := s.db.WithContext(ctx).Model(&User{}).Count(&total).Error; err != nil {
		return nil, 0, translate(err)
	}
	if pg.Limit == 0 {
		pg.Limit = 500
	}
	out := []User{}
	err := s.db.WithContext(ctx).Order("id").Limit(pg.Limit).Offset(pg.Offset).Find(&out).Error
	return out, total, translate(err)
}

// GetUser returns user id or KindNotFound.
func (s *Store) GetUser(ctx context.Context, id int64) (*User, error) {
	return get[User](s.db.WithContext(ctx), "user", id)
}

// UserByName returns the user with that name or KindNotFound.
func (s *Store) UserByName(ctx context.Context, name string) (*User, error) {
	var u User
	if err := s.db.WithContext(ctx).Where("name = ?", name).Limit(1).Find(&u).Error; err != nil {
		return nil, translate(err)
	}
	if u.ID == 0 {
		return nil, Errorf(KindNotFound, "no user named %q", name)
	}
	return &u, nil
}

// UserChange is a partial update of a user; nil fields stay.
type UserChange struct {
	DisplayName *string
	Role        *string
	Disabled    *bool
	Password    *string
}

// UpdateUser applies ch to user id after the If-Match check (expected nil:
// none), in one transaction with its audit record. Disabling a user or
// changing the password ends the user's sessions. It returns KindNotFound,
// KindPrecondition, KindInvalid, or KindConflict when the change would
// leave no active admin. A change that changes nothing returns the user
// as it is, version unchanged.
func (s *Store) UpdateUser(ctx context.Context, id int64, expected *int, ch UserChange) (*User, error) {
	var out User
	err := s.transaction(ctx, func(tx *gorm.DB) error {
		var before User
		if err := first(tx, &before, "user", id); err != nil {
			return err
		}
		if err := checkVersion(expected, before.Version); err != nil {
			return err
		}
		after := before
		if ch.DisplayName != nil {
			after.DisplayName = *ch.DisplayName
		}
		if ch.Role != nil {
			after.Role = *ch.Role
		}
		if ch.Disabled != nil {
			after.Disabled = *ch.Disabled
		}
		var p Problems
		if err := after.Validate(); err != nil {
			var e *Error
			errors.As(err, &e)
			p = append(p, e.Fields...)
		}
		if ch.Password != nil {
			checkPassword(&p, "password", *ch.Password)
		}
		if err := p.Err(); err != nil {
			return err
		}
		if ch.Password == nil && after.DisplayName == before.DisplayName &&
			after.Role == before.Role && after.Disabled == before.Disabled {
			out = before
			return nil
		}
		if activeAdmin(&before) && !activeAdmin(&after) {
			if err := keepAnAdmin(tx, id, "disable or demote"); err != nil {
				return err
			}
		}
		b, a := userAudit(&before), userAudit(&after)
		if ch.Password != nil {
			h, err := s.hashPassword(*ch.Password)
			if err != nil {
				return err
			}
			after.PasswordHash = h
			b["password_changed"], a["password_changed"] = false, true
		}
		after.UpdatedAt = s.now()
		if err := updateVersioned(tx, &after, id, before.Version, &after.Version); err != nil {
			return err
		}
		if after.Disabled || ch.Password != nil {
			if err := tx.Where("user_id = ?", id).Delete(&Session{}).Error; err != nil {
				return err
			}
		}
		out = after
		return writeAuditFields(ctx, tx, "update", "user", id, b, a)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteUser deletes user id and its sessions after the If-Match check.
// It returns KindNotFound, KindPrecondition, or KindConflict for the last
// active admin. The audit records the user made keep the name.
func (s *Store) DeleteUser(ctx context.Context, id int64, expected *int) error {
	return s.transaction(ctx, func(tx *gorm.DB) error {
		var u User
		if err := first(tx, &u, "user", id); err != nil {
			return err
		}
		if err := checkVersion(expected, u.Version); err != nil {
			return err
		}
		if activeAdmin(&u) {
			if err := keepAnAdmin(tx, id, "delete"); err != nil {
				return err
			}
		}
		if err := tx.Where("user_id = ?", id).Delete(&Session{}).Error; err != nil {
			return err
		}
		if err := tx.Delete(&User{}, id).Error; err != nil {
			return err
		}
		return writeAuditFields(ctx, tx, "delete", "user", id, userAudit(&u), nil)
	})
}

func activeAdmin(u *User) bool { return u.Role == RoleAdmin && !u.Disabled }

// keepAnAdmin returns KindConflict unless an active admin other than id
// exists. On PostgreSQL it locks every active admin's row in id order, so
// two admins demoting each other at once cannot both succeed (and cannot
// deadlock); SQLite runs one writer at a time.
func keepAnAdmin(tx *gorm.DB, id int64, what string) error {
	var ids []int64
	err := tx.Model(&User{}).Clauses(clause.Locking{Strength: "UPDATE"}).
		Where("role = ? AND disabled = ?", RoleAdmin, false).Order("id").Pluck("id", &ids).Error
	if err != nil {
		return err
	}
	others := 0
	for _, x := range ids {
		if x != id {
			others++
		}
	}
	if others == 0 {
		return Errorf(KindConflict, "cannot %s the last active admin; make another user admin first", what)
	}
	return nil
}
