package planning

import (
	"fmt"
	"strings"
	"time"

	"github.com/youcheng/youcheng/model/pdate"
)

// The Chinese of rationales and warnings (rationale_zh, warnings_zh), for
// the office's staff. They say the same as the English, a little shorter;
// holiday names are Chinese for China and English elsewhere.

var weekdaysZH = [...]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

func weekdayZH(d pdate.Date) string { return weekdaysZH[d.Weekday()] }

func weekdayOfZH(w time.Weekday) string { return weekdaysZH[w] }

// dayZH is "2022-05-18（星期三）".
func dayZH(d pdate.Date) string { return d.String() + "（" + weekdayZH(d) + "）" }

func dayDiffZH(a, b int) string {
	if a > b {
		return fmt.Sprintf("推后 %d 天", a-b)
	}
	return fmt.Sprintf("提前 %d 天", b-a)
}

func (r *run) flagshipRationaleZH(t *task, d int) string {
	a := t.anniv
	var b strings.Builder
	if a.anchored {
		fmt.Fprintf(&b, "建立日期仅知为 %s，以 anchor_date %s 代替 %d 周年纪念日（%s）。", t.pc.ps.Established, a.date, a.n, a.natural)
	}
	target := r.date(t.target)
	if d == t.target {
		fmt.Fprintf(&b, "旗舰活动安排在 %d 周年纪念日 %s，%s 均为工作日。", a.n, dayZH(target), zh.labels(t.pc.sides))
		return b.String()
	}
	fmt.Fprintf(&b, "%d 周年纪念日 %s 不可安排旗舰活动：%s；改在最近的可行日期 %s，%s，%s 均为工作日。",
		a.n, dayZH(target), r.blockers(zh, t, t.target), dayZH(r.days[d]), dayDiffZH(d, t.target), zh.labels(t.pc.sides))
	return b.String()
}

// windowRationaleZH is windowRationale in Chinese.
func (r *run) windowRationaleZH(t *task, target, d int, m meetingResult, introZH string, widened int) string {
	var b strings.Builder
	if introZH != "" {
		b.WriteString(introZH)
	} else {
		b.WriteString(r.targetTextZH(t, target))
	}
	switch {
	case d == target:
		b.WriteString("按目标日期安排。")
	case target < 0 || target >= r.n:
		fmt.Fprintf(&b, "安排在 %s，%s。", dayZH(r.days[d]), dayDiffZH(d, target))
	default:
		why := r.blockers(zh, t, target)
		if why == "" {
			m0, _ := r.feasible(t, target)
			why = strings.Join(zh.softReasons(r.soft(t, target, m0)), "；")
		}
		fmt.Fprintf(&b, "目标日期不宜：%s；改在 %s，%s。", why, dayZH(r.days[d]), dayDiffZH(d, target))
	}
	if widened > 0 {
		fmt.Fprintf(&b, "原定范围内没有可行日期，搜索范围已扩大 %d 次。", widened)
	}
	if t.spec.Format == FormatOnline {
		b.WriteString(m.describeZH(t.pc.namesZH))
	} else if t.everyDay() && t.days() > 1 {
		fmt.Fprintf(&b, "%s期间每天在 %s 均为工作日。", zh.kindNoun(t.spec.Kind), zh.labels(t.pc.sides))
	}
	return b.String()
}

// targetTextZH is targetText in Chinese.
func (r *run) targetTextZH(t *task, target int) string {
	td := r.date(target)
	s := t.spec
	switch {
	case s.Target.OffsetDays != nil && t.anniv != nil:
		off := *s.Target.OffsetDays
		rel := "当天"
		switch {
		case off < 0:
			rel = fmt.Sprintf("前 %d 天", -off)
		case off > 0:
			rel = fmt.Sprintf("后 %d 天", off)
		}
		txt := fmt.Sprintf("目标日期 %s：纪念日（%s）%s。", dayZH(td), t.anniv.date, rel)
		if target < 0 || target >= r.n {
			txt += fmt.Sprintf("该日不在 %d 年内，改用年内最近的日期。", r.year)
		}
		return txt
	case s.Target.Month != 0:
		return fmt.Sprintf("目标日期 %s：%d 月中旬。", td, s.Target.Month)
	}
	return fmt.Sprintf("目标日期 %s。", td)
}

// describeZH is describe in Chinese.
func (m meetingResult) describeZH(names []string) string {
	var b strings.Builder
	end := m.start.Add(time.Duration(m.minutes) * time.Minute)
	home := m.sides[0]
	fmt.Fprintf(&b, "线上会议 %d 分钟，%s–%s %s（%s）", m.minutes, clock(m.start, home.loc), clock(end, home.loc), home.tz, names[0])
	for i, s := range m.sides[1:] {
		_, off := m.start.In(s.loc).Zone()
		fmt.Fprintf(&b, "，即 %s–%s %s（%s，UTC%s，%s）", clock(m.start, s.loc), clock(end, s.loc), s.tz, names[i+1],
			utcOffset(off), weekdayOfZH(localDate(m.start, s.loc).Weekday()))
	}
	switch {
	case m.inside && m.shortened:
		fmt.Fprintf(&b, "：当天两地工作时间仅在 %s 时间 %s–%s 重叠，会议相应缩短。", names[0], clock(m.ovStart, home.loc), clock(m.ovEnd, home.loc))
	case m.inside:
		fmt.Fprintf(&b, "：在两地 09:00–17:00 工作时间内（当天重叠时段为 %s 时间 %s–%s）。", names[0], clock(m.ovStart, home.loc), clock(m.ovEnd, home.loc))
	default:
		fmt.Fprintf(&b, "：当天两地 09:00–17:00 工作时间不重叠，此时间超出最少（%s）。", m.outsideText(zh, names))
	}
	return b.String()
}
