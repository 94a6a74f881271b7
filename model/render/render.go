// Package render names the output formats of a document type (the
// calendar's, the report's): each format's media type and writer, looked up
// by name, so that the API and the command line offer the same list.
package render

import (
	"fmt"
	"io"
	"strings"
)

// Format is one way of writing a T.
type Format[T any] struct {
	Name, MediaType string
	Write           func(io.Writer, T) error
}

// Set is the formats of one document type, in the order they are offered.
type Set[T any] struct {
	doc     string
	formats []Format[T]
}

// NewSet returns the formats of doc ("calendar", "report"), which names
// the errors of Write.
func NewSet[T any](doc string, formats ...Format[T]) Set[T] {
	return Set[T]{doc: doc, formats: formats}
}

// Names lists the formats' names in order.
func (s Set[T]) Names() []string {
	out := make([]string, len(s.formats))
	for i, f := range s.formats {
		out[i] = f.Name
	}
	return out
}

// MediaTypes maps each format's name to its media type.
func (s Set[T]) MediaTypes() map[string]string {
	out := make(map[string]string, len(s.formats))
	for _, f := range s.formats {
		out[f.Name] = f.MediaType
	}
	return out
}

// Write writes v to w in the format called name; an unknown name is an
// error listing the known ones.
func (s Set[T]) Write(w io.Writer, name string, v T) error {
	for _, f := range s.formats {
		if f.Name == name {
			return f.Write(w, v)
		}
	}
	names := s.Names()
	want := strings.Join(names, ", ")
	if n := len(names); n > 1 {
		want = strings.Join(names[:n-1], ", ") + " or " + names[n-1]
	}
	return fmt.Errorf("%s: unknown format %q (want %s)", s.doc, name, want)
}
