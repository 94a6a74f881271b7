package planning

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/youcheng/youcheng/model/holidays"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// run is the state of one Generate (or Check) call for one year.
type run struct {
	p    *Planner
	year int
	days []pdate.Date // every day of the year; index = day of year - 1
	n    int

	sides    map[sideKey]*side
	partners map[int64]*partnerState
	pairs    []*pairCtx

	tasks     []*task
	global    []int16 // items of the plan starting on each day
	monthLoad [13]int
	crowdCap  int // max items starting per month; 0 = no crowding rule
	rr        int // round-robin cursor for spread months (1–12)

	meetings map[meetingKey]meetingResult

	warnings   []string
	warningsZH []string
	warned     map[string]bool
}

func (p *Planner) newRun(year int) *run {
	r := &run{p: p, year: year, sides: map[sideKey]*side{}, partners: map[int64]*partnerState{},
		meetings: map[meetingKey]meetingResult{}, warned: map[string]bool{}, rr: 1}
	first := pdate.Date{Y: year, M: 1, D: 1}
	t := first.Time()
	for t.Year() == year {
		r.days = append(r.days, pdate.FromTime(t))
		t = t.AddDate(0, 0, 1)
	}
	r.n = len(r.days)
	r.global = make([]int16, r.n)
	return r
}

// warn records a warning in English and in Chinese, once.
func (r *run) warn(en, zh string) {
	if !r.warned[en] {
		r.warned[en] = true
		r.warnings = append(r.warnings, en)
		r.warningsZH = append(r.warningsZH, zh)
	}
}

// index returns the day index of a full date in the run's year, and
// whether it lies in the year.
func (r *run) index(d pdate.Date) (int, bool) {
	if d.Y != r.year || d.M < 1 || d.M > 12 || d.D < 1 || d.D > pdate.DaysIn(d.Y, d.M) {
		return 0, false
	}
	n := cumDays[d.M-1] + d.D - 1
	if d.M > 2 && pdate.IsLeap(d.Y) {
		n++
	}
	return n, true
}

var cumDays = [12]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// date returns the date of day index i, which may lie outside the year.
func (r *run) date(i int) pdate.Date {
	if i >= 0 && i < r.n {
		return r.days[i]
	}
	return r.days[0].AddDays(i)
}

// side is one country (and region) with its time zone, as seen by the
// rules. Sides are shared by every partnership with the same values.
type side struct {
	label   string // "JP", "GB-SCT", "—" for no country
	country string
	region  string
	tz      string
	loc     *time.Location
	work    []bool // working day, per day index of the run's year
}

type sideKey struct{ country, region, tz string }

// side returns the side for a party, normalising country and region and
// resolving the zone (fallbackTZ when the party's is empty or unknown).
// It warns about incomplete or missing holiday data once per country.
func (r *run) side(p Party, fallbackTZ string) *side {
	country := strings.ToUpper(strings.TrimSpace(p.Country))
	region := strings.ToUpper(strings.TrimSpace(p.Region))
	if region != "" && country != "" && !strings.Contains(region, "-") {
		region = country + "-" + region
	}
	tz := p.Timezone
	if r.p.location(tz) == nil {
		tz = fallbackTZ
	}
	key := sideKey{country, region, tz}
	if s, ok := r.sides[key]; ok {
		return s
	}
	s := &side{country: country, region: region, tz: tz, loc: r.p.location(tz), label: country}
	if s.loc == nil {
		s.loc = time.UTC
	}
	h := r.p.hol
	switch {
	case country == "":
		s.label = "—"
	case !h.Supports(country):
		r.warn(fmt.Sprintf("No holiday data for %s: only Saturdays and Sundays count as days off there.", country),
			fmt.Sprintf("没有 %s 的假日数据：该地只把星期六、星期日算作休息日。", country))
	default:
		if region != "" {
			if _, err := h.Year(country, region, r.year); errors.Is(err, holidays.ErrUnsupported) {
				r.warn(fmt.Sprintf("Region %s has no holiday set of its own; the national %s set is used.", region, country),
					fmt.Sprintf("地区 %s 没有单独的假日数据，使用 %s 全国假日。", region, country))
				s.region = ""
			} else {
				s.label = region
			}
		}
		if _, err := h.Year(country, "", r.year); errors.Is(err, holidays.ErrYearRange) {
			r.warn(fmt.Sprintf("No holiday data for %s in %d: only Saturdays and Sundays count as days off there.", country, r.year),
				fmt.Sprintf("没有 %s %d 年的假日数据：该地只把星期六、星期日算作休息日。", country, r.year))
		} else if !h.Complete(country, r.year) {
			r.warn(fmt.Sprintf("Holiday data for %s in %d is incomplete (not yet published or estimated); check the dates against the official calendar.", country, r.year),
				fmt.Sprintf("%s %d 年的假日数据不完整（尚未公布或为推算）；请对照官方日历核对日期。", country, r.year))
		}
	}
	s.work = make([]bool, r.n)
	for i, d := range r.days {
		s.work[i] = h.IsWorkday(s.country, s.region, d)
	}
	r.sides[key] = s
	return s
}

// isWork reports whether d is a working day on side s (any year).
func (r *run) isWork(s *side, d pdate.Date) bool {
	if i, ok := r.index(d); ok {
		return s.work[i]
	}
	return r.p.hol.IsWorkday(s.country, s.region, d)
}

// partnerState is what the rules track per partner: the days plan items
// start on (rule 4, with the item's title for rationales) and the days
// taken by existing events (Busy).
type partnerState struct {
	starts []string // title of the item starting on each day, "" when free
	busy   []bool
}

func (r *run) partner(id int64) *partnerState {
	ps, ok := r.partners[id]
	if !ok {
		ps = &partnerState{starts: make([]string, r.n), busy: make([]bool, r.n)}
		r.partners[id] = ps
	}
	return ps
}

func (r *run) setBusy(busy map[int64][]pdate.Date) {
	for id, days := range busy {
		st := r.partner(id)
		for _, d := range days {
			if i, ok := r.index(d); ok {
				st.busy[i] = true
			}
		}
	}
}

// pairCtx is one partnership as the scheduler sees it.
type pairCtx struct {
	ps        PartnershipInput
	local     Party
	home      *side
	partner   *side
	sides     []*side  // home first
	names     []string // home first, in English (the Chinese name when there is none)
	namesZH   []string // the same parties in Chinese, for the Chinese texts
	state     *partnerState
	v         vars
	series    bool
	annivDate pdate.Date // full anniversary date when known (for spread tie-breaks)
}

func (r *run) pair(ps PartnershipInput) *pairCtx {
	local := ps.Local
	pc := &pairCtx{ps: ps, local: local}
	pc.home = r.side(local, "UTC")
	if r.p.location(ps.Partner.Timezone) == nil {
		why, whyZH := "no time zone", "没有时区"
		if ps.Partner.Timezone != "" {
			why, whyZH = fmt.Sprintf("an unknown time zone %q", ps.Partner.Timezone), fmt.Sprintf("时区 %q 无法识别", ps.Partner.Timezone)
		}
		r.warn(fmt.Sprintf("%s has %s; its online items are timed in %s's zone (%s).", partyName(ps.Partner), why, local.NameEN, pc.home.tz),
			fmt.Sprintf("%s %s；其线上项目按%s的时区（%s）安排。", partyName(ps.Partner), whyZH, fallback(local.NameZH, local.NameEN), pc.home.tz))
	}
	if strings.TrimSpace(ps.Partner.Country) == "" {
		r.warn(fmt.Sprintf("%s has no country: only Saturdays and Sundays count as days off on its side.", partyName(ps.Partner)),
			fmt.Sprintf("%s 没有国家：其一方只把星期六、星期日算作休息日。", partyName(ps.Partner)))
	}
	pc.partner = r.side(ps.Partner, pc.home.tz)
	pc.sides = []*side{pc.home, pc.partner}
	pc.names = []string{fallback(local.NameEN, local.NameZH), fallback(partyName(ps.Partner), fmt.Sprintf("partner %d", ps.PartnerID))}
	pc.namesZH = []string{fallback(local.NameZH, pc.names[0]), fallback(ps.Partner.NameZH, pc.names[1])}
	pc.state = r.partner(ps.PartnerID)
	pc.v = vars{year: r.year, localEN: fallback(local.NameEN, local.NameZH), localZH: fallback(local.NameZH, local.NameEN),
		partnerEN: fallback(ps.Partner.NameEN, ps.Partner.NameZH), partnerZH: fallback(ps.Partner.NameZH, ps.Partner.NameEN)}
	if e := ps.Established; e.Precision() == pdate.Day && r.year > e.Y {
		o := origin(ps)
		pc.annivDate = o.Nth(r.year - e.Y).Date
	}
	r.pairs = append(r.pairs, pc)
	return pc
}

func fallback(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// task is one item to place.
type task struct {
	spec   *Spec
	pc     *pairCtx
	anniv  *annivInfo // the series' anniversary; nil for program items
	target int        // day index; may lie outside the year
}

func (t *task) days() int {
	if t.spec.Format == vocab.FormatOnline {
		return 1
	}
	return t.spec.DurationDays
}

func (t *task) everyDay() bool { return vocab.OccupiesEveryDay(t.spec.Kind, t.spec.Format) }

func (r *run) addSeries(t *Template, pc *pairCtx, a annivInfo) {
	for i := range t.Items {
		r.addTask(&t.Items[i], pc, &a)
	}
}

func (r *run) addTask(s *Spec, pc *pairCtx, a *annivInfo) {
	t := &task{spec: s, pc: pc, anniv: a}
	switch {
	case s.Target.OffsetDays != nil:
		base, _ := r.index(a.date)
		t.target = base + *s.Target.OffsetDays
	case s.Target.Month != 0:
		t.target, _ = r.index(pdate.Date{Y: r.year, M: s.Target.Month, D: 15})
	}
	r.tasks = append(r.tasks, t)
}

// placeAll places every task — flagships first (rule 3 is absolute), then
// items with fixed targets, then spread items into the least-loaded months —
// and returns the items sorted by start date.
func (r *run) placeAll() []Item {
	var items []Item
	for phase := 0; phase < 3; phase++ {
		for _, t := range r.tasks {
			ph := 1
			switch {
			case t.spec.Flagship:
				ph = 0
			case t.spec.Target.Spread:
				ph = 2
			}
			if ph != phase {
				continue
			}
			var it Item
			var ok bool
			switch ph {
			case 0:
				it, ok = r.placeFlagship(t)
			case 1:
				it, ok = r.placeWindowed(t, t.target, t.target-t.spec.WindowDays, t.target+t.spec.WindowDays, "", "")
			default:
				it, ok = r.placeSpread(t)
			}
			if ok {
				items = append(items, it)
			}
		}
	}
	sortItems(items)
	if items == nil {
		items = []Item{}
	}
	return items
}

// feasible reports whether task t may start on day d under the hard rules
// 1, 2, 4 and 5, and returns the meeting for online items.
func (r *run) feasible(t *task, d int) (meetingResult, bool) {
	dur := t.days()
	if d < 0 || d+dur > r.n { // rule 1
		return meetingResult{}, false
	}
	st := t.pc.state
	if st.starts[d] != "" || st.busy[d] { // rule 4
		return meetingResult{}, false
	}
	if t.spec.Format == vocab.FormatOnline { // rule 5
		m := r.meeting(t.pc.sides, d, t.spec.DurationMinutes)
		return m, m.ok
	}
	for _, s := range t.pc.sides { // rule 2
		if !s.work[d] {
			return meetingResult{}, false
		}
	}
	if t.everyDay() {
		for k := 1; k < dur; k++ {
			if st.busy[d+k] {
				return meetingResult{}, false
			}
			for _, s := range t.pc.sides {
				if !s.work[d+k] {
					return meetingResult{}, false
				}
			}
		}
	}
	return meetingResult{}, true
}

// soft scores a feasible day: lower is better. The parts, most important
// first: an online meeting outside shared working hours; a crowded month
// (program plans); other items of the plan starting that day.
type softScore struct {
	offHours bool
	crowded  bool
	shared   int
}

func (a softScore) less(b softScore) int {
	switch {
	case a.offHours != b.offHours:
		return b2i(a.offHours) - b2i(b.offHours)
	case a.crowded != b.crowded:
		return b2i(a.crowded) - b2i(b.crowded)
	}
	return a.shared - b.shared
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (r *run) soft(t *task, d int, m meetingResult) softScore {
	s := softScore{offHours: t.spec.Format == vocab.FormatOnline && !m.inside}
	if r.crowdCap > 0 {
		s.crowded = r.monthLoad[r.days[d].M] >= r.crowdCap
		s.shared = int(r.global[d])
		if !t.spec.Target.Spread {
			s.shared = min(s.shared, 1)
		}
	}
	return s
}

// nearer reports whether day a is preferred to day b as closer to target
// (earlier on a tie).
func nearer(a, b, target int) bool {
	da, db := abs(a-target), abs(b-target)
	if da != db {
		return da < db
	}
	return a < b
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// placeFlagship puts the flagship on its anniversary date or the nearest
// allowed day, earlier on a tie (rule 3).
func (r *run) placeFlagship(t *task) (Item, bool) {
	for k := 0; k <= r.n+abs(t.target); k++ {
		for _, d := range []int{t.target - k, t.target + k} {
			if k == 0 && d != t.target {
				continue
			}
			if m, ok := r.feasible(t, d); ok {
				return r.commit(t, d, m, r.flagshipRationale(t, d), r.flagshipRationaleZH(t, d)), true
			}
			if k == 0 {
				break
			}
		}
	}
	r.omit(t)
	return Item{}, false
}

// placeWindowed places t on the best allowed day in [lo, hi] (clipped to the
// year): lowest soft score, then nearest to target, earlier on a tie. With
// no allowed day there, the window doubles around target until it covers
// the year. intro starts the rationale (spread items).
func (r *run) placeWindowed(t *task, target, lo, hi int, intro, introZH string) (Item, bool) {
	radius := max(target-lo, hi-target, 7)
	var widened []string
	for {
		best, bm, found := -1, meetingResult{}, false
		var bs softScore
		for d := max(lo, 0); d <= min(hi, r.n-1); d++ {
			m, ok := r.feasible(t, d)
			if !ok {
				continue
			}
			s := r.soft(t, d, m)
			if !found {
				best, bm, bs, found = d, m, s, true
				continue
			}
			if c := s.less(bs); c < 0 || (c == 0 && nearer(d, best, target)) {
				best, bm, bs = d, m, s
			}
		}
		if found {
			return r.commit(t, best, bm, r.windowRationale(t, target, best, bm, lo, hi, intro, widened),
				r.windowRationaleZH(t, target, best, bm, introZH, len(widened))), true
		}
		if lo <= 0 && hi >= r.n-1 {
			r.omit(t)
			return Item{}, false
		}
		widened = append(widened, fmt.Sprintf("no allowed day in %s–%s", r.date(lo), r.date(hi)))
		radius *= 2
		lo, hi = target-radius, target+radius
	}
}

// placeSpread puts a spread item in the month with the fewest items so far
// (ties: for online items a month in which the cities' working hours
// overlap on some day, then the partnership's anniversary month, then round
// robin from the month after the last one chosen), on the
// best allowed day of that month; a month without an allowed day gives way
// to the next least-loaded one.
func (r *run) placeSpread(t *task) (Item, bool) {
	type rank struct{ m, load, noOverlap, notAnniv, rr int }
	ranks := make([]rank, 0, 12)
	for m := 1; m <= 12; m++ {
		rk := rank{m: m, load: r.monthLoad[m], rr: (m - r.rr + 12) % 12}
		if m != t.pc.annivDate.M {
			rk.notAnniv = 1
		}
		ranks = append(ranks, rk)
	}
	// Only months tied on load need the (costlier) overlap test.
	minLoad := slices.MinFunc(ranks, func(a, b rank) int { return a.load - b.load }).load
	if t.spec.Format == vocab.FormatOnline {
		for i := range ranks {
			if ranks[i].load == minLoad && !r.monthHasSharedHours(t, ranks[i].m) {
				ranks[i].noOverlap = 1
			}
		}
	}
	slices.SortFunc(ranks, func(a, b rank) int {
		return cmp.Or(a.load-b.load, a.noOverlap-b.noOverlap, a.notAnniv-b.notAnniv, a.rr-b.rr)
	})
	order := make([]int, len(ranks))
	for i, rk := range ranks {
		order[i] = rk.m
	}
	for _, m := range order {
		lo, _ := r.index(pdate.Date{Y: r.year, M: m, D: 1})
		hi, _ := r.index(pdate.Date{Y: r.year, M: m, D: pdate.DaysIn(r.year, m)})
		target, _ := r.index(pdate.Date{Y: r.year, M: m, D: 15})
		if !r.anyFeasible(t, lo, hi) {
			continue
		}
		t.target = target
		intro := fmt.Sprintf("Spread over the year: %s had the fewest items (%d) when this item was placed; target %s.",
			time.Month(m), r.monthLoad[m], r.date(target))
		introZH := fmt.Sprintf("全年均衡安排：安排本项时 %d 月的项目最少（%d 项）；目标日期 %s。", m, r.monthLoad[m], r.date(target))
		r.rr = m%12 + 1
		return r.placeWindowed(t, target, lo, hi, intro, introZH)
	}
	t.target, _ = r.index(pdate.Date{Y: r.year, M: order[0], D: 15})
	r.omit(t)
	return Item{}, false
}

// monthHasSharedHours reports whether on some day of month m the working
// hours of t's cities overlap long enough for its meeting (or a shortened one).
func (r *run) monthHasSharedHours(t *task, m int) bool {
	need := time.Duration(min(t.spec.DurationMinutes, MinMeetingMinutes)) * time.Minute
	for day := 1; day <= pdate.DaysIn(r.year, m); day++ {
		if s, e, ok := r.sharedHours(t.pc.sides, pdate.Date{Y: r.year, M: m, D: day}); ok && e.Sub(s) >= need {
			return true
		}
	}
	return false
}

func (r *run) anyFeasible(t *task, lo, hi int) bool {
	for d := lo; d <= hi; d++ {
		if _, ok := r.feasible(t, d); ok {
			return true
		}
	}
	return false
}

func (r *run) omit(t *task) {
	r.warn(fmt.Sprintf("%s: no day in %d satisfies every scheduling rule for %q; the item was left out.",
		t.pc.names[1], r.year, t.pc.v.expand(t.spec.TitleEN)),
		fmt.Sprintf("%s：%d 年内没有满足全部排期规则的日期安排“%s”，该项已略去。",
			t.pc.names[1], r.year, fallback(t.pc.v.expand(t.spec.TitleZH), t.pc.v.expand(t.spec.TitleEN))))
}

// commit records t on day d and returns its item.
func (r *run) commit(t *task, d int, m meetingResult, rationale, rationaleZH string) Item {
	s := t.spec
	it := Item{
		TitleEN: t.pc.v.expand(s.TitleEN), TitleZH: t.pc.v.expand(s.TitleZH),
		Kind: s.Kind, Format: s.Format, StartDate: r.days[d], EndDate: r.days[d+t.days()-1],
		PartnerIDs: []int64{t.pc.ps.PartnerID}, PartnershipID: t.pc.ps.ID, Flagship: s.Flagship,
		Target: r.date(t.target), Spec: s.Key, Rationale: rationale, RationaleZH: rationaleZH,
	}
	if s.Format == vocab.FormatOnline {
		it.StartTime = m.start.In(t.pc.home.loc).Format("15:04")
		it.Timezone = t.pc.home.tz
		it.DurationMinutes = m.minutes
		if !m.inside {
			r.warn(fmt.Sprintf("%s–%s %q on %s: the cities' working hours do not overlap that day; %s.",
				t.pc.names[0], t.pc.names[1], it.TitleEN, it.StartDate, m.outsideText(en, t.pc.names)),
				fmt.Sprintf("%s–%s“%s”（%s）：当天两地工作时间不重叠；%s。",
					t.pc.names[0], t.pc.names[1], fallback(it.TitleZH, it.TitleEN), it.StartDate, m.outsideText(zh, t.pc.names)))
		} else if m.shortened {
			r.warn(fmt.Sprintf("%s–%s %q on %s: shortened from %d to %d minutes to fit the cities' shared working hours.",
				t.pc.names[0], t.pc.names[1], it.TitleEN, it.StartDate, s.DurationMinutes, m.minutes),
				fmt.Sprintf("%s–%s“%s”（%s）：由 %d 分钟缩短为 %d 分钟，以适应两地共同工作时间。",
					t.pc.names[0], t.pc.names[1], fallback(it.TitleZH, it.TitleEN), it.StartDate, s.DurationMinutes, m.minutes))
		}
	} else {
		it.DurationDays = t.days()
	}
	t.pc.state.starts[d] = it.TitleEN
	r.global[d]++
	r.monthLoad[r.days[d].M]++
	return it
}

// checkCrowding warns about months over the crowding cap (program plans).
func (r *run) checkCrowding() {
	if r.crowdCap == 0 {
		return
	}
	for m := 1; m <= 12; m++ {
		if r.monthLoad[m] > r.crowdCap {
			r.warn(fmt.Sprintf("%s %d is crowded: %d items start in it (at most %d wanted); anniversaries cluster there.",
				time.Month(m), r.year, r.monthLoad[m], r.crowdCap),
				fmt.Sprintf("%d 年 %d 月过于集中：有 %d 项在该月开始（希望至多 %d 项）；纪念日集中在该月。",
					r.year, m, r.monthLoad[m], r.crowdCap))
		}
	}
}

// nameIn is the name of party i (0 home, 1 partner) in language l.
func (pc *pairCtx) nameIn(l lang, i int) string {
	if l == zh {
		return pc.namesZH[i]
	}
	return pc.names[i]
}
