package seed

import (
	"context"
	"fmt"
	"math/rand/v2"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// Synthetic describes national-scale test data: Partners partners (with
// about one partnership each) and Events events over the ten years ending
// with LastYear, generated reproducibly from Seed.
type Synthetic struct {
	Partners int
	Events   int
	LastYear int
	Seed     uint64
}

// synthCountries are weighted like China's real twinnings: Japan, Korea
// and the United States lead; Europe, Russia and the rest follow.
var synthCountries = []struct {
	code, zone string
	weight     int
}{
	{"JP", "Asia/Tokyo", 18}, {"KR", "Asia/Seoul", 12}, {"US", "America/New_York", 10}, {"RU", "Europe/Moscow", 6},
	{"FR", "Europe/Paris", 5}, {"DE", "Europe/Berlin", 5}, {"GB", "Europe/London", 4}, {"IT", "Europe/Rome", 4},
	{"AU", "Australia/Sydney", 3}, {"BR", "America/Sao_Paulo", 3}, {"CA", "America/Toronto", 3}, {"ES", "Europe/Madrid", 2},
	{"NZ", "Pacific/Auckland", 2}, {"BY", "Europe/Minsk", 2}, {"UA", "Europe/Kyiv", 2}, {"RO", "Europe/Bucharest", 2},
	{"MY", "Asia/Kuala_Lumpur", 2}, {"TH", "Asia/Bangkok", 2}, {"VN", "Asia/Ho_Chi_Minh", 2}, {"EG", "Africa/Cairo", 1},
	{"SN", "Africa/Dakar", 1}, {"TN", "Africa/Tunis", 1}, {"ZA", "Africa/Johannesburg", 1}, {"MX", "America/Mexico_City", 1},
	{"CL", "America/Santiago", 1}, {"PL", "Europe/Warsaw", 1}, {"HU", "Europe/Budapest", 1}, {"SE", "Europe/Stockholm", 1},
}

var synthTags = []string{"云对话", "海这边 海那边", "青年交流", "经贸洽谈", "结好周年", "工作要点"}

type weighted[T any] struct {
	items []T
	cum   []int
}

func newWeighted[T any](items []T, weight func(T) int) *weighted[T] {
	w := &weighted[T]{items: items}
	n := 0
	for _, it := range items {
		n += weight(it)
		w.cum = append(w.cum, n)
	}
	return w
}

func (w *weighted[T]) pick(rng *rand.Rand) T {
	r := rng.IntN(w.cum[len(w.cum)-1])
	for i, c := range w.cum {
		if r < c {
			return w.items[i]
		}
	}
	return w.items[len(w.items)-1]
}

// LoadSynthetic fills an empty database with synthetic data in bulk:
// partners of 28 countries (some regions and organizations), a partnership
// for nearly every partner (dates of every precision from 1973 on, a few
// unknown), commemorations, and events over ten years (ideas with partial
// dates, a tenth lasting several days, one to three partners each, some
// tagged). Rows go straight to the tables in batches, without audit
// records, and the statistics are rebuilt at the end. It returns an error
// when the database already holds partners or events.
func LoadSynthetic(ctx context.Context, st *model.Store, o Synthetic) error {
	if o.Partners < 1 || o.Events < 0 {
		return fmt.Errorf("seed: synthetic data needs at least one partner (got %d partners, %d events)", o.Partners, o.Events)
	}
	if o.LastYear == 0 {
		o.LastYear = st.Today().Year()
	}
	if err := synthEmpty(ctx, st); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	countries := newWeighted(synthCountries, func(c struct {
		code, zone string
		weight     int
	}) int {
		return c.weight
	})
	pids, err := synthPartners(ctx, st, o, rng, countries)
	if err != nil {
		return err
	}
	if err := synthCommemorations(ctx, st, rng, countries); err != nil {
		return err
	}
	if err := synthEvents(ctx, st, o, rng, pids); err != nil {
		return err
	}
	if err := st.RebuildStats(ctx); err != nil {
		return err
	}
	return st.Analyze(ctx)
}

const synthBatch = 2000

// synthEmpty refuses a database that holds partners or events.
func synthEmpty(ctx context.Context, st *model.Store) error {
	one := model.Page{Limit: 1}
	_, np, err := st.ListPartners(ctx, model.PartnerFilter{Page: one})
	if err != nil {
		return err
	}
	_, ne, err := st.ListEvents(ctx, model.EventFilter{Page: one})
	if err != nil {
		return err
	}
	if np > 0 || ne > 0 {
		return fmt.Errorf("seed: synthetic data goes into an empty database only (it holds %d partners, %d events)", np, ne)
	}
	return nil
}

// synthPartners inserts o.Partners partners, most with a partnership, and
// returns their ids.
func synthPartners(ctx context.Context, st *model.Store, o Synthetic, rng *rand.Rand, countries *weighted[struct {
	code, zone string
	weight     int
}]) ([]int64, error) {
	pids := make([]int64, 0, o.Partners)
	for i := 0; i < o.Partners; i += synthBatch {
		m := min(synthBatch, o.Partners-i)
		ps := make([]model.Partner, m)
		for j := range ps {
			c := countries.pick(rng)
			p := model.Partner{NameEN: fmt.Sprintf("Synthetic City %d", i+j+1), NameZH: fmt.Sprintf("模拟城市%d", i+j+1),
				Kind: "city", Country: c.code, Timezone: c.zone}
			switch r := rng.IntN(100); {
			case r < 4:
				p.Kind = "region"
			case r < 5:
				p.Kind, p.Country, p.NameEN, p.NameZH = vocab.PartnerOrganization, "", fmt.Sprintf("Synthetic Association %d", i+j+1), fmt.Sprintf("模拟组织%d", i+j+1)
			}
			p.Version = 1
			ps[j] = p
		}
		err := func() error {
			if err := st.BulkInsert(ctx, &ps); err != nil {
				return err
			}
			ships := make([]model.Partnership, 0, m)
			for _, p := range ps {
				pids = append(pids, p.ID)
				if rng.IntN(20) == 0 {
					continue // a partner without a partnership (an event contact only)
				}
				s := synthPartnership(rng, p.ID, o.LastYear)
				s.Normalize(st.Home().City)
				s.Version = 1
				ships = append(ships, s)
			}
			if len(ships) == 0 {
				return nil
			}
			return st.BulkInsert(ctx, &ships)
		}()
		if err != nil {
			return nil, fmt.Errorf("seed: synthetic partners: %w", err)
		}
	}
	return pids, nil
}

// share is a value drawn with a weight (out of the weights' sum).
type share struct {
	v      string
	weight int
}

func newShares(ss ...share) *weighted[share] {
	return newWeighted(ss, func(s share) int { return s.weight })
}

// Partnership types and statuses, and event formats, in the shares drawn.
var (
	synthTypes    = newShares(share{"friendship_city", 30}, share{"cooperation", 8}, share{"membership", 2}, share{"sister_city", 60})
	synthStatuses = newShares(share{"proposed", 4}, share{"negotiating", 4}, share{"suspended", 2}, share{"ended", 2}, share{"active", 88})
	synthFormats  = newShares(share{"online", 2}, share{"hybrid", 1}, share{"in_person", 7})
)

// synthPartnership makes a partnership of partner pid: mostly sister cities,
// mostly active, mostly with a date of some precision.
func synthPartnership(rng *rand.Rand, pid int64, lastYear int) model.Partnership {
	s := model.Partnership{PartnerID: pid, Type: synthTypes.pick(rng).v, Status: synthStatuses.pick(rng).v, Confidence: "confirmed"}
	switch s.Status {
	case "suspended":
		s.EndedOn = pdate.Date{Y: lastYear - rng.IntN(5)}
	case "ended":
		s.EndedOn = pdate.Date{Y: lastYear - rng.IntN(10)}
	}
	if rng.IntN(25) > 0 && s.Status != "proposed" && s.Status != "negotiating" {
		d := pdate.Random(rng, 1973, lastYear-1973+1, 10)
		s.EstablishedOn = d
		if !s.EndedOn.IsZero() && s.EndedOn.Y < d.Y {
			s.EndedOn = pdate.Date{Y: d.Y}
		}
	}
	return s
}

// synthCommemorations inserts 200 dated agreements.
func synthCommemorations(ctx context.Context, st *model.Store, rng *rand.Rand, countries *weighted[struct {
	code, zone string
	weight     int
}]) error {
	comms := make([]model.Commemoration, 0, 200)
	for i := 0; i < 200; i++ {
		c := countries.pick(rng)
		d := pdate.Date{Y: 1949 + rng.IntN(70), M: 1 + rng.IntN(12), D: 1 + rng.IntN(28)}
		cm := model.Commemoration{TitleEN: fmt.Sprintf("Synthetic agreement %d", i+1), TitleZH: fmt.Sprintf("模拟协议%d", i+1),
			Date: d, Country: c.code}
		cm.Normalize()
		cm.Version = 1
		comms = append(comms, cm)
	}
	if err := st.BulkInsert(ctx, &comms); err != nil {
		return fmt.Errorf("seed: synthetic commemorations: %w", err)
	}
	return nil

}

// synthEvents inserts o.Events events over the ten years to o.LastYear,
// each linked to one to three of the partners pids.
func synthEvents(ctx context.Context, st *model.Store, o Synthetic, rng *rand.Rand, pids []int64) error {
	first := pdate.Date{Y: o.LastYear - 9, M: 1, D: 1}
	days := int(pdate.Date{Y: o.LastYear, M: 12, D: 31}.Time().Sub(first.Time()).Hours()/24) + 1
	for i := 0; i < o.Events; i += synthBatch {
		m := min(synthBatch, o.Events-i)
		evs := make([]model.Event, m)
		links := make([][]int64, m)
		tags := make([][]string, m)
		for j := range evs {
			start := first.AddDays(rng.IntN(days))
			e := synthEvent(rng, i+j+1, start)
			e.Normalize()
			e.Version = 1
			evs[j] = e
			k := 1 + rng.IntN(3)
			if rng.IntN(2) == 0 {
				k = 1
			}
			seen := map[int64]bool{}
			for len(links[j]) < k {
				p := pids[rng.IntN(len(pids))]
				if !seen[p] {
					seen[p] = true
					links[j] = append(links[j], p)
				}
			}
			if rng.IntN(5) == 0 {
				tags[j] = []string{synthTags[rng.IntN(len(synthTags))]}
			}
		}
		err := func() error {
			if err := st.BulkInsert(ctx, &evs); err != nil {
				return err
			}
			var eps []model.EventPartner
			var ets []model.EventTag
			for j, e := range evs {
				for _, p := range links[j] {
					eps = append(eps, model.EventPartner{EventID: e.ID, PartnerID: p})
				}
				for _, t := range tags[j] {
					ets = append(ets, model.EventTag{EventID: e.ID, Tag: t})
				}
			}
			if err := st.BulkInsert(ctx, &eps); err != nil {
				return err
			}
			if len(ets) > 0 {
				return st.BulkInsert(ctx, &ets)
			}
			return nil
		}()
		if err != nil {
			return fmt.Errorf("seed: synthetic events: %w", err)
		}
	}
	return nil
}

// synthEvent makes event number n starting on start: mostly done, in
// person, on one day.
func synthEvent(rng *rand.Rand, n int, start pdate.Date) model.Event {
	kinds := vocab.EventKinds
	e := model.Event{TitleEN: fmt.Sprintf("Synthetic exchange %d", n), TitleZH: fmt.Sprintf("模拟交流活动%d", n),
		Kind: kinds[rng.IntN(len(kinds))], Status: "done", StartDate: start}
	switch r := rng.IntN(100); {
	case r < 5:
		e.Status = "idea"
		if r < 2 {
			e.StartDate = pdate.Date{Y: start.Y}
		} else {
			e.StartDate = pdate.Date{Y: start.Y, M: start.M}
		}
	case r < 20:
		e.Status = "planned"
	case r < 30:
		e.Status = "confirmed"
	case r < 33:
		e.Status = "cancelled"
	}
	e.Format = synthFormats.pick(rng).v
	if e.StartDate.Precision() == pdate.Day && rng.IntN(10) == 0 {
		e.EndDate = start.AddDays(1 + rng.IntN(6))
	}
	return e
}
