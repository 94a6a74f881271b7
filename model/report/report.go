// Package report renders a year's exchange report (年度工作总结) in Chinese
// and English: the work plan's targets against progress, the events by
// month and by partner, the year's anniversaries (milestones marked) and
// the partnerships signed or changed in it — as printable HTML (A4, one
// section per page), Markdown and XLSX. It holds no data access: the store
// assembles a Report, this package only writes it.
package report

import (
	"fmt"
	"io"
	"time"

	"github.com/youcheng/youcheng/model/render"
	"github.com/youcheng/youcheng/model/vocab"
)

// Report is everything one year's report shows.
type Report struct {
	Year      int
	HomeEN    string // e.g. Weihai
	HomeZH    string // e.g. 威海
	Generated time.Time
	Summary   Summary
	Targets   []Target
	ByMonth   [12]int64
	NoMonth   int64 // events known only to the year
	ByPartner []PartnerCount
	// Events are the year's events by start date; EventsMore counts those
	// left out beyond the listing limit.
	Events        []Event
	EventsMore    int
	Anniversaries []Anniversary
	Signed        []Partnership // partnerships established in the year
	Changes       []Change      // other status and type changes dated in the year
}

// Summary holds the year's headline figures.
type Summary struct {
	Partnerships    int64 // on record at the end of the year
	Events          int64 // starting in the year, every status
	EventsDone      int64
	EventsScheduled int64 // planned or confirmed
	EventsCancelled int64
	Partners        int64 // partners with at least one event
	Anniversaries   int64
	Milestones      int64
}

// Target is one work-plan target and its progress.
type Target struct {
	TitleEN, TitleZH string
	Count            int
	Done, Scheduled  int
	Notes            string
}

// State says how far a target got.
func (t Target) State() State {
	switch {
	case t.Done >= t.Count:
		return Achieved
	case t.Done+t.Scheduled >= t.Count:
		return OnTrack
	}
	return Behind
}

// State of a target.
type State int

const (
	Behind   State = iota // fewer events done or scheduled than promised
	OnTrack               // enough scheduled, not all done
	Achieved              // enough done
)

// Labels returns the state in Chinese and English.
func (s State) Labels() (zh, en string) {
	switch s {
	case Achieved:
		return "已完成", "achieved"
	case OnTrack:
		return "已安排", "on track"
	}
	return "未完成", "behind"
}

// PartnerCount is the number of the year's events of one partner.
type PartnerCount struct {
	NameZH, NameEN string
	Country        string
	Count          int64
}

// Event is one of the year's events.
type Event struct {
	Date       string // start date as precise as known (YYYY, YYYY-MM, YYYY-MM-DD)
	EndDate    string // "" when the same as the start or unknown
	Month      int    // 0 when known only to the year
	TitleZH    string
	TitleEN    string
	Kind       string
	Status     string
	Format     string
	PartnersZH []string
	PartnersEN []string
	Tags       []string
}

// Anniversary is one anniversary falling in the year.
type Anniversary struct {
	Date      string
	Years     int
	Milestone bool
	Major     bool
	TitleZH   string
	TitleEN   string
}

// Partnership is a partnership established in the year.
type Partnership struct {
	Date       string
	PartnerZH  string
	PartnerEN  string
	Country    string
	LocalParty string
	Type       string
	Status     string
}

// Change is a dated status or type change of a partnership.
type Change struct {
	Date      string
	PartnerZH string
	PartnerEN string
	Country   string
	Type      string
	Status    string
	Note      string
}

// Title returns the report's title in Chinese and English.
func (r *Report) Title() (zh, en string) {
	return fmt.Sprintf("%s市外事办公室%d年度友城交流工作报告", r.HomeZH, r.Year),
		fmt.Sprintf("%s Foreign Affairs Office: exchange report %d", r.HomeEN, r.Year)
}

// name joins a Chinese and an English name, either may be missing.
func name(zh, en string) string { return vocab.Bilingual(zh, en, " ") }

// percent is done out of count, capped at 100.
func percent(done, count int) int {
	if count <= 0 {
		return 0
	}
	p := done * 100 / count
	if p > 100 {
		p = 100
	}
	return p
}

// Labels of the vocabulary, Chinese and English.
var labels = map[string][2]string{
	// event kinds
	"culture": {"文化", "culture"}, "youth": {"青少年", "youth"}, "education": {"教育", "education"},
	"sports": {"体育", "sports"}, "economy": {"经贸", "economy"}, "tourism": {"旅游", "tourism"},
	"health": {"卫生", "health"}, "media": {"媒体", "media"}, "official_visit": {"公务访问", "official visit"},
	"ceremony": {"仪式", "ceremony"}, "dialogue": {"对话", "dialogue"}, "other": {"其他", "other"},
	// event statuses
	"idea": {"设想", "idea"}, "planned": {"计划", "planned"}, "confirmed": {"已确认", "confirmed"},
	"done": {"已完成", "done"}, "cancelled": {"已取消", "cancelled"},
	// event formats
	"in_person": {"线下", "in person"}, "online": {"线上", "online"}, "hybrid": {"线上线下", "hybrid"},
	// partnership types and statuses
	"sister_city": {"友好城市", "sister city"}, "friendship_city": {"友好交流城市", "friendship city"},
	"cooperation": {"合作关系", "cooperation"}, "membership": {"成员关系", "membership"},
	"proposed": {"提议", "proposed"}, "negotiating": {"洽谈中", "negotiating"}, "active": {"有效", "active"},
	"suspended": {"暂停", "suspended"}, "ended": {"终止", "ended"},
}

// label returns a vocabulary word in both languages ("文化 culture").
func label(key string) string {
	if l, ok := labels[key]; ok {
		return l[0] + " " + l[1]
	}
	return key
}

// monthName returns a month in both languages.
func monthName(m int) string {
	return fmt.Sprintf("%d月 %s", m, time.Month(m).String()[:3])
}

// Sections are the report's parts, in order, with their headings.
var sections = []struct{ ZH, EN string }{
	{"概况", "Summary"},
	{"一、目标任务完成情况", "1. Work-plan targets against progress"},
	{"二、交流活动（按月）", "2. Events by month"},
	{"三、交流活动（按友城）", "3. Events by partner"},
	{"四、周年纪念", "4. Anniversaries"},
	{"五、友好关系缔结与变化", "5. Partnerships signed or changed"},
}

// Formats lists the formats Write knows, and ContentTypes their media types.
var (
	formats = render.NewSet("report", render.Format[*Report]{Name: "html", MediaType: "text/html; charset=utf-8", Write: WriteHTML},
		render.Format[*Report]{Name: "md", MediaType: "text/markdown; charset=utf-8", Write: WriteMarkdown},
		render.Format[*Report]{Name: "xlsx", MediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Write: WriteXLSX})
	Formats      = formats.Names()
	ContentTypes = formats.MediaTypes()
)

// Write writes r in format (html, md or xlsx); an unknown format is an error.
func Write(w io.Writer, format string, r *Report) error { return formats.Write(w, format, r) }
