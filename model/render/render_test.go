package render

import (
	"bytes"
	"io"
	"slices"
	"testing"
)

func TestSet(t *testing.T) {
	upper := func(w io.Writer, s string) error { _, err := io.WriteString(w, s+"!"); return err }
	set := NewSet("note", Format[string]{"txt", "text/plain", upper}, Format[string]{"md", "text/markdown", upper},
		Format[string]{"html", "text/html", upper})
	if got := set.Names(); !slices.Equal(got, []string{"txt", "md", "html"}) {
		t.Errorf("Names() = %q", got)
	}
	if got := set.MediaTypes(); len(got) != 3 || got["md"] != "text/markdown" {
		t.Errorf("MediaTypes() = %v", got)
	}
	var b bytes.Buffer
	if err := set.Write(&b, "md", "hi"); err != nil || b.String() != "hi!" {
		t.Errorf("Write(md) = %q, %v", b.String(), err)
	}
	err := set.Write(&b, "pdf", "hi")
	if err == nil || err.Error() != `note: unknown format "pdf" (want txt, md or html)` {
		t.Errorf("Write(pdf) = %v", err)
	}
}
