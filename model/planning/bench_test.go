package planning_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/youcheng/youcheng/model/holidays"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/planning"
)

// benchPartnerships returns n partnerships over the property-test cities,
// origins 1960–2021 at mixed precision (about a fifth are milestones in
// 2022), with a few busy days each.
func benchPartnerships(n int) ([]planning.PartnershipInput, map[int64][]pdate.Date) {
	rng := rand.New(rand.NewPCG(500, 1))
	var ps []planning.PartnershipInput
	busy := map[int64][]pdate.Date{}
	for i := range n {
		party := propParties[rng.IntN(len(propParties))]
		party.NameEN, party.NameZH = fmt.Sprintf("City %d", i), fmt.Sprintf("城市%d", i)
		est := pdate.Date{Y: 1960 + rng.IntN(62), M: 1 + rng.IntN(12)}
		if rng.IntN(10) < 8 {
			est.D = 1 + rng.IntN(pdate.DaysIn(est.Y, est.M))
		}
		pid := int64(10_000 + i)
		ps = append(ps, planning.PartnershipInput{ID: int64(i + 1), PartnerID: pid, Local: weihai, Partner: party, Type: "sister_city", Established: est})
		for range 5 {
			busy[pid] = append(busy[pid], pdate.Date{Y: 2022, M: 1, D: 1}.AddDays(rng.IntN(365)))
		}
	}
	return ps, busy
}

func seriesRequest() planning.Request {
	return planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(ube, "1992-05-03"),
		Busy: map[int64][]pdate.Date{7: {d("2022-05-06"), d("2022-06-02")}}}
}

func programRequest(n int) planning.Request {
	ps, busy := benchPartnerships(n)
	return planning.Request{Template: "annual_program", Year: 2022, Partnerships: ps, Busy: busy}
}

func bench(b *testing.B, req planning.Request, cold bool) {
	p := planning.New(holidays.New())
	if _, err := p.Generate(req); err != nil { // prewarm the holiday cache
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if cold {
			p = planning.New(holidays.New())
		}
		if _, err := p.Generate(req); err != nil {
			b.Fatal(err)
		}
	}
}

// Warm: the holiday service already holds the countries' years.
func BenchmarkAnniversarySeries(b *testing.B)     { bench(b, seriesRequest(), false) }
func BenchmarkAnniversarySeriesCold(b *testing.B) { bench(b, seriesRequest(), true) }
func BenchmarkAnnualProgram500(b *testing.B)      { bench(b, programRequest(500), false) }
func BenchmarkAnnualProgram500Cold(b *testing.B)  { bench(b, programRequest(500), true) }

func BenchmarkCheckAnnualProgram500(b *testing.B) {
	p := planning.New(holidays.New())
	req := programRequest(500)
	plan, err := p.Generate(req)
	if err != nil {
		b.Fatal(err)
	}
	partners := map[int64]planning.Party{}
	for _, ps := range req.Partnerships {
		partners[ps.PartnerID] = ps.Partner
	}
	ctx := planning.CheckContext{Home: weihai, Partners: partners, Busy: req.Busy}
	b.ReportAllocs()
	for b.Loop() {
		if v := p.Check(plan, ctx); len(v) != 0 {
			b.Fatal(v)
		}
	}
}
