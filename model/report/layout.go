package report

import (
	"fmt"
	"strconv"
	"strings"
)

// The three formats share one layout: sections of blocks (a subheading,
// paragraphs, a table), so that HTML, Markdown and XLSX say the same.

type section struct {
	ZH, EN string
	Sheet  string // XLSX sheet name
	Blocks []block
}

type block struct {
	ZH, EN string   // subheading, may be empty
	Text   []string // paragraphs
	Table  *table
}

type table struct {
	Head []string
	Rows [][]string
	// Mark flags rows to emphasise (a milestone, a target behind);
	// Strike rows to show struck through (a cancelled event).
	Mark, Strike []bool
	// Bar, when not nil, gives each row a progress bar (percent).
	Bar []int
	// Num says which columns hold numbers (right-aligned, numeric in XLSX).
	Num map[int]bool
}

func (t *table) add(row ...string) {
	t.Rows = append(t.Rows, row)
	t.Mark = append(t.Mark, false)
	t.Strike = append(t.Strike, false)
}

func itoa[T int | int64](n T) string { return strconv.FormatInt(int64(n), 10) }

// layout returns the report's sections in order: the summary, then one per
// entry of sections.
func (r *Report) layout() []section {
	return []section{r.summarySection(), r.targetsSection(), r.monthsSection(),
		r.partnersSection(), r.anniversariesSection(), r.partnershipsSection()}
}

// summarySection counts the year at a glance.
func (r *Report) summarySection() section {
	s := r.Summary
	sum := &table{Head: []string{"项目 Item", "数量 Count"}, Num: map[int]bool{1: true}}
	sum.add("友好关系（年末在册）Partnerships on record at year end", itoa(s.Partnerships))
	sum.add("交流活动 Events", itoa(s.Events))
	sum.add("其中已完成 of which done", itoa(s.EventsDone))
	sum.add("其中已安排 of which planned or confirmed", itoa(s.EventsScheduled))
	sum.add("其中已取消 of which cancelled", itoa(s.EventsCancelled))
	sum.add("参与活动的友城 Partners with events", itoa(s.Partners))
	sum.add("周年纪念 Anniversaries", itoa(s.Anniversaries))
	sum.add("其中逢五逢十 of which milestones", itoa(s.Milestones))
	achieved := 0
	for _, t := range r.Targets {
		if t.State() == Achieved {
			achieved++
		}
	}
	sum.add("目标任务 Targets", itoa(len(r.Targets)))
	sum.add("其中已完成 of which achieved", itoa(achieved))
	return section{ZH: sections[0].ZH, EN: sections[0].EN, Sheet: "概况 Summary", Blocks: []block{
		{Text: []string{"生成时间 Generated: " + r.Generated.Format("2006-01-02 15:04 MST")}},
		{Table: sum},
	}}
}

// targetsSection is section 1: each target's progress, and the plan's words.
func (r *Report) targetsSection() section {
	tt := &table{Head: []string{"目标 Target", "要求 Promised", "完成 Done", "已安排 Scheduled", "完成率 Done %", "状态 State"},
		Num: map[int]bool{1: true, 2: true, 3: true, 4: true}, Bar: []int{}}
	var notes []string
	for i, t := range r.Targets {
		zh, en := t.State().Labels()
		p := percent(t.Done, t.Count)
		tt.add(name(t.TitleZH, t.TitleEN), itoa(t.Count), itoa(t.Done), itoa(t.Scheduled), itoa(p)+"%", zh+" "+en)
		tt.Mark[i] = t.State() == Behind
		tt.Bar = append(tt.Bar, p)
		if t.Notes != "" {
			notes = append(notes, fmt.Sprintf("%d. %s: %s", i+1, name(t.TitleZH, t.TitleEN), t.Notes))
		}
	}
	tb := []block{{Table: tt}}
	if len(r.Targets) == 0 {
		tb = []block{{Text: []string{fmt.Sprintf("%d年没有登记目标任务。No targets are recorded for %d.", r.Year, r.Year)}}}
	}
	if len(notes) > 0 {
		tb = append(tb, block{ZH: "依据", EN: "Sources (the plan's words)", Text: notes})
	}
	return section{ZH: sections[1].ZH, EN: sections[1].EN, Sheet: "目标 Targets", Blocks: tb}
}

// monthsSection is section 2: events by month, then the events listed.
func (r *Report) monthsSection() section {
	mt := &table{Head: []string{"月份 Month", "活动 Events"}, Num: map[int]bool{1: true}}
	for m := 1; m <= 12; m++ {
		mt.add(monthName(m), itoa(r.ByMonth[m-1]))
	}
	if r.NoMonth > 0 {
		mt.add("仅知年份 Year only", itoa(r.NoMonth))
	}
	et := &table{Head: []string{"日期 Date", "活动 Event", "友城 Partners", "类别 Kind", "形式 Format", "状态 Status", "标签 Tags"}}
	for i, e := range r.Events {
		d := e.Date
		if e.EndDate != "" {
			d += " – " + e.EndDate
		}
		partners := make([]string, len(e.PartnersZH))
		for j := range e.PartnersZH {
			partners[j] = name(e.PartnersZH[j], e.PartnersEN[j])
		}
		et.add(d, name(e.TitleZH, e.TitleEN), strings.Join(partners, "、"), label(e.Kind), label(e.Format), label(e.Status),
			strings.Join(e.Tags, "、"))
		et.Strike[i] = e.Status == "cancelled"
	}
	eb := []block{{Table: mt}, {ZH: "活动一览", EN: "The events", Table: et}}
	if len(r.Events) == 0 {
		eb[1] = block{ZH: "活动一览", EN: "The events", Text: []string{"本年度没有登记交流活动。No events are recorded for the year."}}
	}
	if r.EventsMore > 0 {
		eb = append(eb, block{Text: []string{fmt.Sprintf("另有 %d 项活动未列出。%d more events are not listed.", r.EventsMore, r.EventsMore)}})
	}
	return section{ZH: sections[2].ZH, EN: sections[2].EN, Sheet: "按月 By month", Blocks: eb}
}

// partnersSection is section 3: events by partner, busiest first.
func (r *Report) partnersSection() section {
	s := r.Summary
	pt := &table{Head: []string{"友城 Partner", "国家 Country", "活动 Events"}, Num: map[int]bool{2: true}}
	for _, p := range r.ByPartner {
		pt.add(name(p.NameZH, p.NameEN), p.Country, itoa(p.Count))
	}
	pb := []block{{Table: pt}}
	if len(r.ByPartner) == 0 {
		pb = []block{{Text: []string{"本年度没有与友城相关的活动。No events with partners this year."}}}
	} else if s.Partners > int64(len(r.ByPartner)) {
		pb = append(pb, block{Text: []string{fmt.Sprintf("列出活动最多的 %d 个友城，共 %d 个。The %d partners with most events, of %d.",
			len(r.ByPartner), s.Partners, len(r.ByPartner), s.Partners)}})
	}
	return section{ZH: sections[3].ZH, EN: sections[3].EN, Sheet: "按友城 By partner", Blocks: pb}
}

// anniversariesSection is section 4: the year's anniversaries, milestones
// starred.
func (r *Report) anniversariesSection() section {
	at := &table{Head: []string{"日期 Date", "周年 Years", "逢五逢十 Milestone", "名称 Title"}, Num: map[int]bool{1: true}}
	for i, a := range r.Anniversaries {
		m := ""
		switch {
		case a.Major:
			m = "★ 逢十 major"
		case a.Milestone:
			m = "★ 逢五 milestone"
		}
		at.add(a.Date, itoa(a.Years), m, name(a.TitleZH, a.TitleEN))
		at.Mark[i] = a.Milestone
	}
	ab := []block{{Text: []string{"★ 标记逢五逢十的周年。★ marks milestones (multiples of five years)."}}, {Table: at}}
	if len(r.Anniversaries) == 0 {
		ab = []block{{Text: []string{"本年度没有周年纪念。No anniversaries fall in the year."}}}
	}
	return section{ZH: sections[4].ZH, EN: sections[4].EN, Sheet: "周年 Anniversaries", Blocks: ab}
}

// partnershipsSection is section 5: partnerships signed or changed.
func (r *Report) partnershipsSection() section {
	st := &table{Head: []string{"日期 Date", "友城 Partner", "国家 Country", "本方 Local party", "类型 Type", "状态 Status"}}
	for _, p := range r.Signed {
		st.add(p.Date, name(p.PartnerZH, p.PartnerEN), p.Country, p.LocalParty, label(p.Type), label(p.Status))
	}
	ct := &table{Head: []string{"日期 Date", "友城 Partner", "国家 Country", "类型 Type", "状态 Status", "说明 Note"}}
	for _, c := range r.Changes {
		ct.add(c.Date, name(c.PartnerZH, c.PartnerEN), c.Country, label(c.Type), label(c.Status), c.Note)
	}
	sb := []block{{ZH: "当年缔结", EN: "Signed in the year", Table: st}, {ZH: "当年变化", EN: "Changed in the year", Table: ct}}
	if len(r.Signed) == 0 {
		sb[0] = block{ZH: "当年缔结", EN: "Signed in the year", Text: []string{"本年度没有新缔结的友好关系。No partnership was established in the year."}}
	}
	if len(r.Changes) == 0 {
		sb[1] = block{ZH: "当年变化", EN: "Changed in the year", Text: []string{"本年度友好关系没有变化记录。No partnership changes are recorded for the year."}}
	}
	return section{ZH: sections[5].ZH, EN: sections[5].EN, Sheet: "友好关系 Partnerships", Blocks: sb}
}
