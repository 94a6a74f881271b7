package anniversary

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
)

// benchOrigins returns 100,000 partnerships and 10,000 commemorations with
// origins spread over 1950–2030 (so some are after the range) at mixed
// precisions: 70% day, 20% month, 10% year.
func benchOrigins() []Origin {
	rng := rand.New(rand.NewPCG(5, 6))
	types := []string{TypeSisterCity, TypeFriendshipCity, TypeCooperation, TypeMembership}
	date := func() pdate.Date {
		d := pdate.Date{Y: 1950 + rng.IntN(81)}
		switch p := rng.IntN(10); {
		case p < 7:
			d.M = 1 + rng.IntN(12)
			d.D = 1 + rng.IntN(pdate.DaysIn(d.Y, d.M))
		case p < 9:
			d.M = 1 + rng.IntN(12)
		}
		return d
	}
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
// 110,000 origins, a one-year range, titles built and the result sorted.
func BenchmarkCompute110k(b *testing.B) {
	origins := benchOrigins()
	from, to := mp("2023-01-01"), mp("2023-12-31")
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(Compute(origins, from, to))
	}
	b.ReportMetric(float64(n), "anniversaries")
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

// BenchmarkComputeWeek110k is a one-week view over the same origins.
func BenchmarkComputeWeek110k(b *testing.B) {
	origins := benchOrigins()
	from, to := mp("2023-05-15"), mp("2023-05-21")
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(Compute(origins, from, to))
	}
	b.ReportMetric(float64(n), "anniversaries")
}

// BenchmarkCompute110kSerial is BenchmarkCompute110k on one goroutine.
func BenchmarkCompute110kSerial(b *testing.B) {
	origins := benchOrigins()
	from, to := mp("2023-01-01"), mp("2023-12-31")
	b.ReportAllocs()
	for b.Loop() {
		compute(origins, from, to, 1)
	}
}
