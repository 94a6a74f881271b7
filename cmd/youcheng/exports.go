package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/anniversary"
	"github.com/youcheng/youcheng/model/calendar"
	"github.com/youcheng/youcheng/model/pdate"
)

func cmdAnniversaries(ctx context.Context, c *cmdline, args []string) error {
	var q model.AnniversaryQuery
	from := c.String("from", "", "first day, YYYY-MM-DD")
	to := c.String("to", "", "last day, YYYY-MM-DD")
	c.BoolVar(&q.MilestoneOnly, "milestone", false, "only milestones (multiples of five years)")
	format := c.String("format", "table", "table or json")
	c.StringVar(&q.Status, "status", "", "partnership status (default active)")
	c.StringVar(&q.Country, "country", "", "ISO 3166-1 alpha-2 country")
	if err := c.Parse(args); err != nil {
		return errUsage
	}
	var err error
	if q.From, err = pdate.ParseFull(*from); err != nil {
		return fmt.Errorf("anniversaries: --from: %w", err)
	}
	if q.To, err = pdate.ParseFull(*to); err != nil {
		return fmt.Errorf("anniversaries: --to: %w", err)
	}
	if q.To.Before(q.From) {
		return fmt.Errorf("anniversaries: --to %s is before --from %s", q.To, q.From)
	}
	if *format != "table" && *format != "json" {
		return fmt.Errorf("anniversaries: --format must be table or json")
	}
	return c.withStore(ctx, func(st *model.Store) error {
		all, err := st.Anniversaries(ctx, q)
		if err != nil {
			return err
		}
		if *format == "json" {
			return writeAnniversariesJSON(c.stdout, q, all)
		}
		return printTable(c.stdout, "DATE\tYEARS\tMILESTONE\t中文\tENGLISH", all, func(a anniversary.Anniversary) []any {
			return []any{a.Date, a.Years, pick(a.Milestone, "★", ""), a.TitleZH, a.TitleEN}
		})
	})
}

// writeAnniversariesJSON writes the anniversaries from q.From to q.To as
// GET /api/v1/anniversaries lists them.
func writeAnniversariesJSON(w io.Writer, q model.AnniversaryQuery, all []anniversary.Anniversary) error {
	type item struct {
		Date      string `json:"date"`
		Precision string `json:"precision"`
		Years     int    `json:"years"`
		Milestone bool   `json:"milestone"`
		Source    string `json:"source"`
		SourceID  int64  `json:"source_id"`
		PartnerID *int64 `json:"partner_id"`
		TitleEN   string `json:"title_en"`
		TitleZH   string `json:"title_zh"`
	}
	items := make([]item, len(all))
	for i, a := range all {
		items[i] = item{a.Date.String(), string(a.Date.Precision()), a.Years, a.Milestone, string(a.Source),
			a.SourceID, a.PartnerID, a.TitleEN, a.TitleZH}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"from": q.From.String(), "to": q.To.String(), "items": items})
}

// calendarFormats are calendar.MediaTypes' formats as usage lists them.
var calendarFormats = []string{"json", "ics", "csv", "xlsx"}

// cmdCalendar writes a year's calendar: youcheng calendar 2022 --format ics --out 2022.ics
func cmdCalendar(ctx context.Context, c *cmdline, args []string) error {
	country := c.String("country", "", "only this partner country (ISO 3166-1 alpha-2)")
	partner := c.Int64("partner-id", 0, "only this partner")
	return c.yearExport(ctx, args, calendarFormats, 1, 9999, func(st *model.Store, year int, format string) (func(io.Writer) error, string, error) {
		q := st.AnnualCalendarQuery(year)
		q.PartnerID, q.Country, q.Holidays = *partner, *country, calendar.WantsHolidays(format)
		cal, err := st.Calendar(ctx, q)
		if err != nil {
			return nil, "", err
		}
		for _, w := range cal.Warnings {
			fmt.Fprintf(c.stderr, "warning: %s / %s\n", w.ZH, w.EN)
		}
		return func(w io.Writer) error { return calendar.Write(w, format, cal) }, fmt.Sprintf("%d entries", len(cal.Entries)), nil
	})
}
