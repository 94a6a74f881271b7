package anniversary

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
)

// benchOrigins returns 100,000 partnerships and 10,000 commemorations with
// origins spread over 1950–2030 (so some are after the range) at mixed
// precisions: 80% day, 10% month, 10% year.
func benchOrigins() []Origin {
	rng := rand.New(rand.NewPCG(5, 6))
	types := []string{TypeSisterCity, TypeFriendshipCity, TypeCooperation, TypeMembership}
	date := func() pdate.Date { return pdate.Random(rng, 1950, 81, 10) }
	origins := make([]Origin, 0, 110_000)
	for i := range 100_000 {
		pid := int64(1 + i%5000)
		origins = append(origins, Origin{
			Source: SourcePartnership, SourceID: int64(i + 1), PartnerID: &pid, Date: date(),
			LocalEN: "Weihai", LocalZH: "威海",
			PartnerEN: fmt.Sprintf("Partner City %d", pid), PartnerZH: fmt.Sprintf("友城%d", pid),
			Type: types[i%len(types)],
		})
	}
	for i := range 10_000 {
		origins = append(origins, Origin{
			Source: SourceCommemoration, SourceID: int64(i + 1), Date: date(),
			TitleEN: fmt.Sprintf("Commemoration number %d", i), TitleZH: fmt.Sprintf("纪念日%d", i),
		})
	}
	return origins
}

// BenchmarkCompute110k is the contract's scenario without the database read:
// 110,000 origins, a one-year range, titles built and the result sorted;
// /week is a one-week view over the same origins, /serial the year on one
// goroutine.
func BenchmarkCompute110k(b *testing.B) {
	origins := benchOrigins()
	for _, c := range []struct {
		name     string
		from, to string
		workers  int // 0: Compute's choice
	}{{"year", "2023-01-01", "2023-12-31", 0}, {"week", "2023-05-15", "2023-05-21", 0}, {"serial", "2023-01-01", "2023-12-31", 1}} {
		b.Run(c.name, func(b *testing.B) {
			from, to := mp(c.from), mp(c.to)
			b.ReportAllocs()
			var n int
			for b.Loop() {
				if c.workers == 0 {
					n = len(Compute(origins, from, to))
				} else {
					n = len(compute(origins, from, to, c.workers))
				}
			}
			b.ReportMetric(float64(n), "anniversaries")
		})
	}
}

// BenchmarkCount110k measures the allocation-free matching alone.
func BenchmarkCount110k(b *testing.B) {
	origins := benchOrigins()
	from, to := mp("2023-01-01"), mp("2023-12-31")
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for i := range origins {
			n += countIn(&origins[i], from, to)
		}
	}
}
