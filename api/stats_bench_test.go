package api_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/seed"
)

// synthetic100k1m is the national-scale registry of the contract:
// 100,000 partners and 1,000,000 events over 2016–2025, bulk-inserted by
// the synthetic seed (about three minutes on SQLite, kept for later runs).
func synthetic100k1m(b *testing.B) *model.Store {
	return benchStore(b, "synthetic-100k-1m", func(st *model.Store) {
		err := seed.LoadSynthetic(context.Background(), st, seed.Synthetic{Partners: 100_000, Events: 1_000_000, LastYear: 2025, Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		analyze(st)
	})
}

// BenchmarkStatsYear: GET /api/v1/stats for one year of the national-scale
// registry, through the HTTP handler (about 100,000 events a year).
// Run: go test ./api -run '^$' -bench StatsYear -benchtime 100x
func BenchmarkStatsYear(b *testing.B) {
	h := newServer(synthetic100k1m(b), api.Config{Auth: "off"}).Handler()
	benchGet(b, h, func(i int) string { return fmt.Sprintf("/api/v1/stats?year=%d", 2016+i%10) })
}
