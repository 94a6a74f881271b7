package planning

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/holidays"
	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/vocab"
)

// lang picks the English or the Chinese of a reason: rationales and
// warnings are written in both, by the same code.
type lang bool

const (
	en lang = false
	zh lang = true
)

// pick returns e in English, z in Chinese.
func (l lang) pick(e, z string) string {
	if l == zh {
		return z
	}
	return e
}

// dayOff names why d is not a working day on side s ("" when it is one):
// the holiday's name ("Labour Day break" when the same holiday also covers
// the day before or after; in Chinese the holiday's name_zh where it has
// one, and 假期 always), else the weekday ("Saturday"). A make-up workday is a
// working day and needs no reason.
func (r *run) dayOff(l lang, s *side, d pdate.Date) string {
	if r.isWork(s, d) {
		return ""
	}
	h := r.p.hol
	if day, ok := h.Holiday(s.country, s.region, d); ok && day.Kind == holidays.KindHoliday {
		name := fallback(day.NameEN, day.NameLocal)
		if l == zh {
			switch {
			case day.NameZH != "": // China and the partner countries (holidays' name_zh)
				name = day.NameZH
			case s.country == "CN" && day.NameLocal != "":
				name = day.NameLocal
			}
			return name + "假期"
		}
		for _, nb := range []pdate.Date{d.AddDays(-1), d.AddDays(1)} {
			if o, ok := h.Holiday(s.country, s.region, nb); ok && o.Kind == holidays.KindHoliday && o.NameEN == day.NameEN {
				return name + " break"
			}
		}
		return name
	}
	if l == zh {
		return weekdayZH(d)
	}
	return d.Weekday().String()
}

// offReasons lists why d is not a working day on each of sides, partners
// first, merging equal reasons: "Constitution Memorial Day (JP) and Labour
// Day break (CN)", "Saturday (CN, JP)". Empty when d is a working day on
// every side.
func (r *run) offReasons(sides []*side, d pdate.Date) string { return r.offReasonsIn(en, sides, d) }

func (r *run) offReasonsIn(l lang, sides []*side, d pdate.Date) string {
	type reason struct {
		text   string
		labels []string
	}
	var rs []reason
	order := append(slices.Clone(sides[1:]), sides[0])
	for _, s := range order {
		why := r.dayOff(l, s, d)
		if why == "" {
			continue
		}
		i := slices.IndexFunc(rs, func(x reason) bool { return x.text == why })
		if i < 0 {
			rs = append(rs, reason{text: why})
			i = len(rs) - 1
		}
		if !slices.Contains(rs[i].labels, s.label) {
			rs[i].labels = append(rs[i].labels, s.label)
		}
	}
	parts := make([]string, len(rs))
	for i, x := range rs {
		parts[i] = fmt.Sprintf(l.pick("%s (%s)", "%s（%s）"), x.text, strings.Join(x.labels, l.pick(", ", "、")))
	}
	return l.join(parts)
}

// join joins parts: "a, b and c"; in Chinese "a、b、c".
func (l lang) join(parts []string) string {
	if l == zh {
		return strings.Join(parts, "、")
	}
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// labels returns "CN and JP" (CN、JP) for sides.
func (l lang) labels(sides []*side) string {
	var ls []string
	for _, s := range sides {
		if !slices.Contains(ls, s.label) {
			ls = append(ls, s.label)
		}
	}
	return l.join(ls)
}

// blockers explains why task t may not start on day d (hard rules only).
func (r *run) blockers(l lang, t *task, d int) string {
	dur := t.days()
	if d < 0 || d >= r.n {
		return fmt.Sprintf(l.pick("%s lies outside %d", "%s 不在 %d 年内"), r.date(d), r.year)
	}
	if d+dur > r.n {
		return fmt.Sprintf(l.pick("a %d-day item starting then would end after 31 December", "从该日开始的 %d 天活动将超出 12 月 31 日"), dur)
	}
	var parts []string
	st := t.pc.state
	if st.busy[d] {
		parts = append(parts, fmt.Sprintf(l.pick("an existing event of %s that day", "%s 当天已有活动"), t.pc.nameIn(l, 1)))
	}
	if title := st.starts[d]; title != "" {
		parts = append(parts, fmt.Sprintf(l.pick("%q already starts that day", "当天已有“%s”开始"), title))
	}
	sep := l.pick("; ", "；")
	if t.spec.Format == vocab.FormatOnline {
		if !r.meeting(t.pc.sides, d, t.spec.DurationMinutes).ok {
			why := r.offReasonsIn(l, t.pc.sides, r.days[d])
			if why == "" {
				why = l.pick("the partner's local date is a day off at every possible time", "伙伴方的当地日期在任何时间都是休息日")
			}
			parts = append(parts, l.pick("no meeting time falls on a working day in both cities: ", "两地没有同为工作日的会议时间：")+why)
		}
		return strings.Join(parts, sep)
	}
	if why := r.offReasonsIn(l, t.pc.sides, r.days[d]); why != "" {
		parts = append(parts, why)
	}
	if t.everyDay() {
		noun := l.kindNoun(t.spec.Kind)
		for k := 1; k < dur; k++ {
			if why := r.offReasonsIn(l, t.pc.sides, r.days[d+k]); why != "" {
				parts = append(parts, fmt.Sprintf(l.pick("day %[1]d of the %[2]s, %[3]s, would be %[4]s", "%[2]s第 %[1]d 天（%[3]s）为%[4]s"), k+1, noun, r.days[d+k], why))
				break
			}
			if st.busy[d+k] {
				parts = append(parts, fmt.Sprintf(l.pick("day %[1]d of the %[2]s, %[3]s, has an existing event of %[4]s", "%[2]s第 %[1]d 天（%[3]s）%[4]s 已有活动"), k+1, noun, r.days[d+k], t.pc.nameIn(l, 1)))
				break
			}
		}
	}
	return strings.Join(parts, sep)
}

func kindNoun(kind string) string { return en.kindNoun(kind) }

func (l lang) kindNoun(kind string) string {
	switch kind {
	case vocab.KindOfficialVisit:
		return l.pick("visit", "访问")
	case vocab.KindCeremony:
		return l.pick("ceremony", "仪式")
	case vocab.KindDialogue:
		return l.pick("meeting", "会谈")
	}
	return l.pick("item", "活动")
}

// softReasons explains why a feasible day scored worse than the chosen one.
func (l lang) softReasons(s softScore) []string {
	var out []string
	if s.offHours {
		out = append(out, l.pick("the cities' working hours do not overlap", "两地工作时间不重叠"))
	}
	if s.crowded {
		out = append(out, l.pick("its month is already full", "该月已排满"))
	}
	if s.shared > 0 {
		out = append(out, l.pick("another item of the programme starts that day", "计划中另有项目当天开始"))
	}
	return out
}

func dayDiff(a, b int) string {
	switch n := a - b; {
	case n == 1:
		return "1 day later"
	case n == -1:
		return "1 day earlier"
	case n > 0:
		return fmt.Sprintf("%d days later", n)
	default:
		return fmt.Sprintf("%d days earlier", -n)
	}
}

func (r *run) flagshipRationale(t *task, d int) string {
	a := t.anniv
	var b strings.Builder
	if a.anchored {
		fmt.Fprintf(&b, "The origin is known only as %s, so anchor_date %s stands in for the %s anniversary (%s). ",
			t.pc.ps.Established, a.date, anniversary.Ordinal(a.n), a.natural)
	}
	target := r.date(t.target)
	if d == t.target {
		fmt.Fprintf(&b, "Flagship on the %s anniversary, %s (%s), a working day in %s.",
			anniversary.Ordinal(a.n), target, target.Weekday(), en.labels(t.pc.sides))
		return b.String()
	}
	fmt.Fprintf(&b, "Flagship of the %s anniversary, %s (%s); moved from %s: %s; %s (%s) is the nearest allowed day, %s",
		anniversary.Ordinal(a.n), target, target.Weekday(), target, r.blockers(en, t, t.target),
		r.days[d], r.days[d].Weekday(), dayDiff(d, t.target))
	if t.everyDay() && t.days() > 1 {
		fmt.Fprintf(&b, ", with every day of the %s a working day in %s.", en.kindNoun(t.spec.Kind), en.labels(t.pc.sides))
	} else {
		fmt.Fprintf(&b, ", a working day in %s.", en.labels(t.pc.sides))
	}
	return b.String()
}

// windowRationale explains the day chosen for a windowed item.
func (r *run) windowRationale(t *task, target, d int, m meetingResult, lo, hi int, intro string, widened []string) string {
	var b strings.Builder
	if intro != "" {
		b.WriteString(intro)
	} else {
		b.WriteString(r.targetText(en, t, target))
	}
	inYear := target >= 0 && target < r.n
	switch {
	case d == target:
		b.WriteString(" Placed on target.")
	case !inYear:
		fmt.Fprintf(&b, " Placed on %s (%s), %s.", r.days[d], r.days[d].Weekday(), dayDiff(d, target))
	default:
		fmt.Fprintf(&b, " Moved from %s: ", r.date(target))
		if why := r.blockers(en, t, target); why != "" {
			b.WriteString(why)
		} else {
			m0, _ := r.feasible(t, target)
			b.WriteString(strings.Join(en.softReasons(r.soft(t, target, m0)), "; "))
		}
		fmt.Fprintf(&b, "; placed on %s (%s), %s", r.days[d], r.days[d].Weekday(), dayDiff(d, target))
		// Say why nearer allowed days were passed over.
		var skipped []string
		for x := max(lo, 0); x <= min(hi, r.n-1); x++ {
			if x == target || !nearer(x, d, target) {
				continue
			}
			if m0, ok := r.feasible(t, x); ok {
				for _, s := range en.softReasons(r.soft(t, x, m0)) {
					if !slices.Contains(skipped, s) {
						skipped = append(skipped, s)
					}
				}
			}
		}
		if len(skipped) > 0 {
			fmt.Fprintf(&b, " (nearer days passed over: %s)", strings.Join(skipped, "; "))
		}
		b.WriteByte('.')
	}
	if len(widened) > 0 {
		fmt.Fprintf(&b, " The search window was widened (%s).", strings.Join(widened, "; "))
	}
	b.WriteString(r.formatNote(en, t, m))
	return b.String()
}

// formatNote ends a windowed item's rationale in l: an online meeting's
// time, or that every day of a multi-day item is a working day.
func (r *run) formatNote(l lang, t *task, m meetingResult) string {
	switch {
	case t.spec.Format == vocab.FormatOnline:
		if l == zh {
			return m.describe(zh, t.pc.namesZH)
		}
		return " " + m.describe(en, t.pc.names)
	case t.everyDay() && t.days() > 1:
		return fmt.Sprintf(l.pick(" Every day of the %s is a working day in %s.", "%s期间每天在 %s 均为工作日。"),
			l.kindNoun(t.spec.Kind), l.labels(t.pc.sides))
	}
	return ""
}

// targetText describes, in l, the target of an item with a fixed target.
func (r *run) targetText(l lang, t *task, target int) string {
	td := r.date(target)
	s := t.spec
	switch {
	case s.Target.OffsetDays != nil && t.anniv != nil:
		txt := fmt.Sprintf(l.pick("Target %s (%s): %s the anniversary (%s).", "目标日期 %[1]s（%[2]s）：纪念日（%[4]s）%[3]s。"),
			td, l.weekday(td.Weekday()), l.offset(*s.Target.OffsetDays), t.anniv.date)
		if target < 0 || target >= r.n {
			txt += fmt.Sprintf(l.pick(" It lies outside %d, so the nearest days inside the year are used.", "该日不在 %d 年内，改用年内最近的日期。"), r.year)
		}
		return txt
	case s.Target.Month != 0:
		if l == zh {
			return fmt.Sprintf("目标日期 %s：%d 月中旬。", td, s.Target.Month)
		}
		return fmt.Sprintf("Target %s: mid-%s.", td, time.Month(s.Target.Month))
	}
	return fmt.Sprintf(l.pick("Target %s.", "目标日期 %s。"), td)
}

// offset says where a target lies from the anniversary, off days after it.
func (l lang) offset(off int) string {
	switch {
	case off == 0:
		return l.pick("on", "当天")
	case l == zh && off < 0:
		return fmt.Sprintf("前 %d 天", -off)
	case l == zh:
		return fmt.Sprintf("后 %d 天", off)
	case off == -1:
		return "1 day before"
	case off == 1:
		return "1 day after"
	case off < 0:
		return fmt.Sprintf("%d days before", -off)
	}
	return fmt.Sprintf("%d days after", off)
}

// weekday names w in l.
func (l lang) weekday(w time.Weekday) string { return l.pick(w.String(), weekdayOfZH(w)) }
