package report

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestTargetState(t *testing.T) {
	for _, c := range []struct {
		done, sched, count int
		want               State
	}{{5, 0, 5, Achieved}, {6, 0, 5, Achieved}, {3, 2, 5, OnTrack}, {3, 1, 5, Behind}, {0, 0, 1, Behind}} {
		if got := (Target{Count: c.count, Done: c.done, Scheduled: c.sched}).State(); got != c.want {
			t.Errorf("done %d scheduled %d of %d: %v, want %v", c.done, c.sched, c.count, got, c.want)
		}
	}
}

func TestMarkdownEscapesAndMarks(t *testing.T) {
	r := &Report{Year: 2022, HomeEN: "Weihai", HomeZH: "威海", Generated: time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC),
		Events:        []Event{{Date: "2022-03-01", TitleZH: "A|B", TitleEN: "line\nbreak", Kind: "culture", Status: "cancelled", Format: "online"}},
		Anniversaries: []Anniversary{{Date: "2022-05-18", Years: 30, Milestone: true, Major: true, TitleZH: "威海—宇部结好30周年"}}}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{`~~A\|B line break~~`, "~~已取消 cancelled~~", "**★ 逢十 major**", "**威海—宇部结好30周年**"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	b.Reset()
	if err := Write(&b, "html", r); err != nil || !strings.Contains(b.String(), `<tr class="cancelled">`) {
		t.Errorf("html: %v", err)
	}
	if err := Write(&b, "pdf", r); err == nil {
		t.Error("pdf accepted")
	}
}
