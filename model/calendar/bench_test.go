package calendar

import (
	"fmt"
	"io"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/youcheng/youcheng/model/pdate"
)

// bigCalendar returns a year with n events (a fifth of them timed, in four
// time zones, some multi-day), plus n/10 anniversaries (a fifth of them
// milestones, some at month or year precision) and ~50 holidays; titles and
// descriptions are bilingual and need escaping and folding.
func bigCalendar(n int) *Calendar {
	zones := []string{"Europe/London", "Asia/Tokyo", "America/New_York", "Asia/Shanghai"}
	c := &Calendar{Year: 2022, Generated: fixtureGenerated, Entries: make([]Entry, 0, n+n/10+50)}
	for i := range n {
		d := pdate.Date{Y: 2022, M: i%12 + 1, D: i%28 + 1}
		e := Entry{
			Type: TypeEvent, Date: d,
			TitleZH:     fmt.Sprintf("威海—友城交流活动第%d号，文化、教育与经贸合作", i),
			TitleEN:     fmt.Sprintf("Sister-city exchange #%d: culture, education; trade", i),
			PartnerIDs:  []int64{int64(i % 40), int64(i%40 + 1)},
			Country:     []string{"JP", "KR", "GB", "US", "IE"}[i%5],
			Ref:         Ref{EventID: i64(int64(i + 1))},
			Description: "代表团访问威海市，参观高新技术企业并举行座谈。\nDelegation visit, company tours and a round-table.",
			Location:    "威海市国际会展中心, Weihai",
			Status:      "confirmed",
		}
		switch {
		case i%5 == 0:
			e.StartTime, e.Timezone, e.DurationMinutes = "09:30", zones[i%4], 90
		case i%7 == 0:
			e.EndDate = d.AddDays(3)
		}
		c.Entries = append(c.Entries, e)
	}
	for i := range n / 10 {
		d := pdate.Date{Y: 2022, M: i%12 + 1, D: i%28 + 1}
		switch i % 20 {
		case 3:
			d.D = 0
		case 7:
			d.M, d.D = 0, 0
		}
		c.Entries = append(c.Entries, Entry{
			Type: TypeAnniversary, Date: d, Years: i%40 + 1, Milestone: (i%40+1)%5 == 0,
			TitleZH: fmt.Sprintf("威海—友城%d结好%d周年", i, i%40+1), TitleEN: fmt.Sprintf("Anniversary %d of partnership %d", i%40+1, i),
			PartnerIDs: []int64{int64(i)}, Country: "JP", Ref: Ref{Source: "partnership", SourceID: i64(int64(i))},
		})
	}
	for i := range 50 {
		c.Entries = append(c.Entries, Entry{
			Type: TypeHoliday, Date: pdate.Date{Y: 2022, M: i%12 + 1, D: i%28 + 1}, TitleZH: "节假日", TitleEN: "Holiday",
			Country: "CN", HolidayKind: HolidayOff,
		})
	}
	return c
}

func benchWriter(b *testing.B, write func(io.Writer, *Calendar) error) {
	c := bigCalendar(10000)
	b.ReportAllocs()
	for b.Loop() {
		if err := write(io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
}

// Budgets for a year with 10,000 events: ICS ≤ 200 ms, XLSX ≤ 1 s.
func BenchmarkWriteICS10k(b *testing.B)  { benchWriter(b, WriteICS) }
func BenchmarkWriteXLSX10k(b *testing.B) { benchWriter(b, WriteXLSX) }
func BenchmarkWriteJSON10k(b *testing.B) { benchWriter(b, WriteJSON) }
func BenchmarkWriteCSV10k(b *testing.B)  { benchWriter(b, WriteCSV) }

// TestBigCalendarRoundTrip parses the 10,000-event ICS back and opens the
// XLSX, so that the benchmarked output is known to be valid.
func TestBigCalendarRoundTrip(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("large calendar")
	}
	c := bigCalendar(10000)
	cal := parseICS(t, renderICS(t, c))
	if got, want := len(cal.Events()), 10000+1000-50; got != want { // year-precision anniversaries are not VEVENTs
		t.Errorf("%d VEVENTs, want %d", got, want)
	}
	eventsByUID(t, cal) // UIDs unique
	f := openXLSX(t, c)
	total := 0
	for m := 1; m <= 12; m++ {
		rows, err := f.GetRows(monthSheets[m], excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		total += len(rows) - 2 // title and header rows
	}
	if want := 10000 + 1000 - 50 + 50; total != want {
		t.Errorf("%d month rows, want %d", total, want)
	}
}
