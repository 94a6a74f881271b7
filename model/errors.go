// Package model holds Youcheng's domain types, their validation, the error
// vocabulary shared by every layer, and the GORM-backed store.
package model

import (
	"errors"
	"fmt"
	"strings"
)

// Kind classifies an error; the API maps each kind to one HTTP status.
type Kind string

const (
	KindInvalid      Kind = "invalid"      // 422: the request is well-formed but breaks a rule
	KindBadRequest   Kind = "bad_request"  // 400: malformed input (query, path, JSON)
	KindNotFound     Kind = "not_found"    // 404
	KindConflict     Kind = "conflict"     // 409: duplicate, or delete of something referenced
	KindPrecondition Kind = "precondition" // 412: stale version
	KindUnauthorized Kind = "unauthorized" // 401
	KindForbidden    Kind = "forbidden"    // 403
	KindTooMany      Kind = "too_many"     // 429: too many failed sign-ins (cause: *TooManyError)
	KindInternal     Kind = "internal"     // 500: never shown to clients in detail
)

// FieldError names one failing field and why.
type FieldError struct {
	Field     string `json:"field"`
	Message   string `json:"message"`
	MessageZH string `json:"message_zh"` // the same in Chinese (messages_zh.go)
}

// Error is the one error type that crosses layers.
type Error struct {
	Kind    Kind
	Message string
	Fields  []FieldError
	Err     error // wrapped cause, never shown to clients for KindInternal
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(string(e.Kind))
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	for _, f := range e.Fields {
		fmt.Fprintf(&b, "; %s: %s", f.Field, f.Message)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of kind k.
func Errorf(k Kind, format string, args ...any) *Error {
	return &Error{Kind: k, Message: fmt.Sprintf(format, args...)}
}

// ErrorKind returns the kind of err, KindInternal for foreign errors.
func ErrorKind(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindInternal
}

// Problems collects field errors during validation.
type Problems []FieldError

// Add records that field fails for the reason given.
func (p *Problems) Add(field, format string, args ...any) {
	*p = append(*p, NewFieldError(field, format, args...))
}

// Err returns nil when nothing was recorded, else a KindInvalid *Error.
func (p Problems) Err() error {
	if len(p) == 0 {
		return nil
	}
	return &Error{Kind: KindInvalid, Message: "validation failed", Fields: p}
}

// Invalid returns a KindInvalid error naming one field.
func Invalid(field, format string, args ...any) error {
	var p Problems
	p.Add(field, format, args...)
	return p.Err()
}

// BadRequest returns a KindBadRequest error naming a field.
func BadRequest(field, format string, args ...any) *Error {
	f := NewFieldError(field, format, args...)
	return &Error{Kind: KindBadRequest, Message: f.Message, Fields: []FieldError{f}}
}

// Merge combines the field problems of two KindInvalid errors, keeping the
// first message for a field both name. A nil or other error is returned as is.
func Merge(first, second error) error {
	var a, b *Error
	if !errors.As(first, &a) || a.Kind != KindInvalid {
		if first != nil {
			return first
		}
		return second
	}
	if !errors.As(second, &b) || b.Kind != KindInvalid {
		return first
	}
	seen := map[string]bool{}
	out := &Error{Kind: KindInvalid, Message: a.Message}
	for _, f := range append(append([]FieldError{}, a.Fields...), b.Fields...) {
		if !seen[f.Field] {
			seen[f.Field] = true
			out.Fields = append(out.Fields, f)
		}
	}
	return out
}
