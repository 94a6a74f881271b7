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
		b.WriteString(r.targetText(zh, t, target))
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
	b.WriteString(r.formatNote(zh, t, m))
	return b.String()
}
