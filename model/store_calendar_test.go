package model_test

import (
	"context"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/calendar"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/model/pdate"
)

// TestStoreCalendar: the event, anniversary and holiday parts, with
// partner names, and CalendarChangedAt moving with every write and delete.
func TestStoreCalendar(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var clock atomic.Pointer[time.Time]
	at := func(d time.Time) time.Time { clock.Store(&d); return d.UTC() }
	t0 := at(time.Date(2022, 3, 1, 8, 0, 0, 0, time.UTC))
	st := modeltest.NewStore(t, func(o *model.Options) { o.Now = func() time.Time { return *clock.Load() } })

	ube := &model.Partner{NameEN: "Ube", NameZH: "宇部市", Country: "JP"}
	if err := st.CreatePartner(ctx, ube); err != nil {
		t.Fatal(err)
	}
	if err := st.CreatePartnership(ctx, &model.Partnership{PartnerID: ube.ID, LocalParty: "Weihai", Type: "sister_city",
		Status: "active", EstablishedOn: pdate.MustParse("1992-09-21"), Confidence: "confirmed"}); err != nil {
		t.Fatal(err)
	}
	ev := &model.Event{TitleEN: "Video call", Kind: "dialogue", Status: "cancelled", Format: "online",
		StartDate: pdate.MustParse("2022-06-01"), StartTime: "10:00", Timezone: "Asia/Shanghai",
		PartnerIDs: []int64{ube.ID}, Tags: []string{"海这边 海那边"}}
	if err := st.CreateEvent(ctx, ev); err != nil {
		t.Fatal(err)
	}

	q := st.AnnualCalendarQuery(2022)
	q.Holidays = true
	cal, err := st.Calendar(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if cal.TitleZH != "威海 2022 年对外交流日历" || cal.TitleEN != "Weihai exchange calendar 2022" || !cal.Generated.Equal(t0) {
		t.Errorf("calendar %q %q %v", cal.TitleZH, cal.TitleEN, cal.Generated)
	}
	var event, ann *calendar.Entry
	countries := map[string]bool{}
	for i := range cal.Entries {
		switch e := &cal.Entries[i]; e.Type {
		case calendar.TypeEvent:
			event = e
		case calendar.TypeAnniversary:
			ann = e
		case calendar.TypeHoliday:
			countries[e.Country] = true
			if e.Country == "CN" && e.TitleZH == "" {
				t.Errorf("Chinese holiday without a Chinese name: %+v", e)
			}
		}
	}
	want := []calendar.Partner{{ID: ube.ID, NameZH: "宇部市", NameEN: "Ube"}}
	if event == nil || !slices.Equal(event.Partners, want) || event.Country != "JP" || event.Kind != "dialogue" ||
		event.Format != "online" || !event.Cancelled() || !slices.Equal(event.Tags, []string{"海这边 海那边"}) {
		t.Errorf("event entry %+v", event)
	}
	if ann == nil || !slices.Equal(ann.Partners, want) || ann.Country != "JP" || ann.Years != 30 || !ann.Milestone {
		t.Errorf("anniversary entry %+v", ann)
	}
	if !countries["CN"] || !countries["JP"] || len(countries) != 2 {
		t.Errorf("holidays of %v, want CN and JP", countries)
	}

	changed := func() time.Time {
		t.Helper()
		c, err := st.CalendarChangedAt(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if got := changed(); !got.Equal(t0) {
		t.Errorf("after creating: %v, want %v", got, t0)
	}
	t1 := at(t0.Add(time.Hour))
	if _, err := st.UpdateEvent(ctx, ev.ID, nil, func(e *model.Event) error { e.TitleEN = "Renamed"; return nil }); err != nil {
		t.Fatal(err)
	}
	if got := changed(); !got.Equal(t1) {
		t.Errorf("after an update: %v, want %v", got, t1)
	}
	t2 := at(t1.Add(time.Hour))
	if err := st.DeleteEvent(ctx, ev.ID, nil); err != nil {
		t.Fatal(err)
	}
	at(t2.Add(time.Hour))
	if got := changed(); !got.Equal(t2) {
		t.Errorf("after a delete: %v, want %v (the audit's time)", got, t2)
	}
}
