package holidays

import (
	"context"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
)

type fakeSource struct {
	gen   string
	list  []Override
	reads int
}

func (f *fakeSource) HolidayOverridesGeneration(context.Context) (string, error) { return f.gen, nil }
func (f *fakeSource) HolidayOverrides(context.Context) ([]Override, error) {
	f.reads++
	return f.list, nil
}

func TestOverrideSyncAmendObservance(t *testing.T) {
	s := New()
	d := pdate.MustParse
	// Built in, 25 December 2026 (a Friday) is a working day in Japan.
	if !s.IsWorkday("JP", "", d("2026-12-25")) {
		t.Fatal("25 Dec 2026 should be a working day in Japan")
	}
	src := &fakeSource{gen: "1", list: []Override{{Country: "jp", Year: 2026, Mode: ModeAmend, Source: "test", Items: []Day{
		{Date: d("2026-12-25"), NameEN: "Closure", Kind: KindHoliday},
		{Date: d("2026-12-24"), NameEN: "Christmas Eve", Kind: KindObservance},
		{Date: d("2026-01-01"), Kind: KindRemove},
	}}}}
	if err := s.Sync(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	if s.IsWorkday("JP", "", d("2026-12-25")) {
		t.Error("the override's day off is a working day")
	}
	if !s.IsWorkday("JP", "", d("2026-12-24")) {
		t.Error("an observance must not make a day a day off")
	}
	if !s.IsWorkday("JP", "", d("2026-01-01")) { // a Thursday, removed
		t.Error("a removed day is still a day off")
	}
	y, _ := s.Year("JP", "", 2026)
	if !y.Overridden || y.Source != "test" {
		t.Errorf("year: overridden %v source %q", y.Overridden, y.Source)
	}
	// The same generation reads nothing again.
	_ = s.Sync(context.Background(), src)
	if src.reads != 1 {
		t.Errorf("overrides read %d times for one generation", src.reads)
	}
	// A new generation without overrides: back to the built-in days.
	src.gen, src.list = "2", nil
	_ = s.Sync(context.Background(), src)
	if !s.IsWorkday("JP", "", d("2026-12-25")) || s.IsWorkday("JP", "", d("2026-01-01")) {
		t.Error("the built-in days are not back after the override went")
	}
}

func TestCheckOverride(t *testing.T) {
	s := New()
	d := pdate.MustParse
	o := Override{Country: "gb", Region: "sct", Year: 2026, Mode: ModeReplace, Source: " notice ", Items: []Day{
		{Date: d("2026-01-01"), NameEN: "New Year's Day", Kind: KindHoliday},
		{Date: d("2026-01-01"), NameEN: "Again", Kind: KindHoliday},
		{Date: d("2025-12-31"), NameEN: "Before", Kind: KindHoliday},
		{Date: d("2026-01-05"), NameEN: "Monday", Kind: KindWorkday},
		{Date: d("2026-01-06"), Kind: KindRemove},
		{Date: d("2026-01-07"), NameEN: "x", Kind: "closure"},
	}}
	got := map[string]bool{}
	for _, p := range s.CheckOverride(&o) {
		got[p.Field] = true
	}
	for _, f := range []string{"items[1].date", "items[2].date", "items[3].kind", "items[4].kind", "items[5].kind"} {
		if !got[f] {
			t.Errorf("%s not reported (got %v)", f, got)
		}
	}
	if len(got) != 5 || o.Country != "GB" || o.Region != "GB-SCT" || o.Source != "notice" {
		t.Errorf("problems %v, canonical %s %s %q", got, o.Country, o.Region, o.Source)
	}
}
