package api_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/modeltest"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/seed"
)

// bulkEvents inserts n events spread over 2016–2025 (a tenth lasting up to
// a week, one in a thousand up to a year) linked to 200 partners, straight
// through GORM in batches: the benchmark measures reads, not the audit trail.
func bulkEvents(b *testing.B, st *model.Store, n int) {
	b.Helper()
	ctx := context.Background()
	var pids []int64
	for i := 0; i < 200; i++ {
		p := &model.Partner{NameEN: fmt.Sprintf("City %d", i), Country: "JP"}
		if err := st.CreatePartner(ctx, p); err != nil {
			b.Fatal(err)
		}
		pids = append(pids, p.ID)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	first := pdate.MustParse("2016-01-01")
	const batch = 2000
	events := make([]model.Event, 0, batch)
	flush := func() {
		if err := st.BulkInsert(ctx, &events); err != nil {
			b.Fatal(err)
		}
		links := make([]model.EventPartner, len(events))
		for i, e := range events {
			links[i] = model.EventPartner{EventID: e.ID, PartnerID: pids[int(e.ID)%len(pids)]}
		}
		if err := st.BulkInsert(ctx, &links); err != nil {
			b.Fatal(err)
		}
		events = events[:0]
	}
	for i := 0; i < n; i++ {
		start := first.AddDays(rng.IntN(3653))
		end := start
		switch r := rng.IntN(1000); {
		case r == 0:
			end = start.AddDays(rng.IntN(365))
		case r < 100:
			end = start.AddDays(rng.IntN(7))
		}
		e := model.Event{TitleEN: fmt.Sprintf("Exchange %d", i), TitleZH: "交流活动", Kind: "culture",
			Status: "planned", StartDate: start, EndDate: end}
		e.Normalize()
		e.Version = 1
		events = append(events, e)
		if len(events) == batch {
			flush()
		}
	}
	if len(events) > 0 {
		flush()
	}
	analyze(st)
}

// BenchmarkEventsMonthWindow: with 1,000,000 events over ten years, the
// first page of a one-month window, through the HTTP handler.
// Run: go test ./api -run '^$' -bench EventsMonthWindow -benchtime 200x
func BenchmarkEventsMonthWindow(b *testing.B) {
	st := benchStore(b, "events-1m", func(st *model.Store) { bulkEvents(b, st, 1_000_000) })
	months := []string{"2017-03", "2019-11", "2021-06", "2024-02", "2025-12"}
	benchGet(b, newServer(st, api.Config{Auth: "off"}).Handler(), func(i int) string {
		m := pdate.MustParse(months[i%len(months)])
		return fmt.Sprintf("/api/v1/events?from=%s&to=%s", m.First(), m.Last())
	})
}

// reportMedian adds the median of the per-call times as "ms/median".
func reportMedian(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms/median")
}

// benchStore returns a store filled by fill. On SQLite the filled file is
// kept in the system's temporary folder under name, so later runs skip the
// minutes of loading; delete it after changing the schema.
func benchStore(b *testing.B, name string, fill func(*model.Store), options ...func(*model.Options)) *model.Store {
	b.Helper()
	if modeltest.PostgresURL() != "" {
		st := modeltest.NewStore(b, options...)
		fill(st)
		return st
	}
	path := filepath.Join(os.TempDir(), "youcheng-bench-"+name+".db")
	_, statErr := os.Stat(path)
	opts := model.Options{SQLitePath: path, Home: model.DefaultHome(), Logger: slog.New(slog.DiscardHandler)}
	for _, o := range options {
		o(&opts)
	}
	st, err := model.Open(context.Background(), opts)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if statErr != nil {
		fill(st)
	}
	return st
}

// bulkOrigins fills st with the synthetic seed's 105,000 partners and
// their partnerships (about 100,000, dated 1973–2020 with every
// precision), no events, and 10,000 commemorations in all.
func bulkOrigins(b *testing.B, st *model.Store) {
	b.Helper()
	ctx := context.Background()
	if err := seed.LoadSynthetic(ctx, st, seed.Synthetic{Partners: 105_000, LastYear: 2020, Seed: 3}); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	cs := make([]model.Commemoration, 10_000-200) // the synthetic seed holds 200
	for i := range cs {
		d := pdate.Date{Y: 1900 + rng.IntN(121), M: 1 + rng.IntN(12), D: 1 + rng.IntN(28)}
		cs[i] = model.Commemoration{TitleEN: fmt.Sprintf("Treaty %d", i), TitleZH: "条约", Date: d, Country: "FR"}
		cs[i].Normalize()
		cs[i].Version = 1
	}
	if err := st.BulkInsert(ctx, &cs); err != nil {
		b.Fatal(err)
	}
	analyze(st)
}

// originsName names bulkOrigins' database file.
const originsName = "origins-synthetic-105k"

// benchGet times GET url(i) through h, once per iteration, and reports
// the median.
func benchGet(b *testing.B, h http.Handler, url func(i int) string) {
	var times []time.Duration
	i := 0
	for b.Loop() {
		u := url(i)
		i++
		t0 := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, u, nil))
		times = append(times, time.Since(t0))
		if rec.Code != 200 {
			b.Fatalf("%s: %d %s", u, rec.Code, rec.Body)
		}
	}
	reportMedian(b, times)
}

// BenchmarkAnniversariesYear: a one-year query over 100,000 partnerships
// and 10,000 commemorations, database read included.
func BenchmarkAnniversariesYear(b *testing.B) {
	h := newServer(benchStore(b, originsName, func(st *model.Store) { bulkOrigins(b, st) }), api.Config{Auth: "off"}).Handler()
	benchGet(b, h, func(i int) string {
		y := 2021 + i%4
		return fmt.Sprintf("/api/v1/anniversaries?from=%d-01-01&to=%d-12-31", y, y)
	})
}

// BenchmarkAnniversariesUpcoming90: the next 90 days over the same data.
func BenchmarkAnniversariesUpcoming90(b *testing.B) {
	st := benchStore(b, originsName, func(st *model.Store) { bulkOrigins(b, st) },
		modeltest.At(time.Date(2024, 3, 10, 4, 0, 0, 0, time.UTC)))
	h := newServer(st, api.Config{Auth: "off"}).Handler()
	benchGet(b, h, func(int) string { return "/api/v1/anniversaries/upcoming?days=90" })
}

// analyze refreshes the planner's statistics after a bulk load, as
// autovacuum would on a server (on PostgreSQL VACUUM also sets the
// visibility map that index-only scans rely on).
func analyze(st *model.Store) {
	_ = st.Analyze(context.Background())
}
