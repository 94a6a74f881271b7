package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/calendar"
	"github.com/youcheng/youcheng/model/pdate"
)

func cmdAnniversaries(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, cfg := newFlags("anniversaries", stderr)
	from := fs.String("from", "", "first day, YYYY-MM-DD")
	to := fs.String("to", "", "last day, YYYY-MM-DD")
	milestone := fs.Bool("milestone", false, "only milestones (multiples of five years)")
	format := fs.String("format", "table", "table or json")
	status := fs.String("status", "", "partnership status (default active)")
	country := fs.String("country", "", "ISO 3166-1 alpha-2 country")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	q := model.AnniversaryQuery{Status: *status, Country: *country, MilestoneOnly: *milestone}
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
	return withStore(ctx, *cfg, stderr, func(st *model.Store) error {
		all, err := st.Anniversaries(ctx, q)
		if err != nil {
			return err
		}
		if *format == "json" {
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
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(map[string]any{"from": q.From.String(), "to": q.To.String(), "items": items})
		}
		w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "DATE\tYEARS\tMILESTONE\t中文\tENGLISH")
		for _, a := range all {
			mark := ""
			if a.Milestone {
				mark = "★"
			}
			fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\n", a.Date, a.Years, mark, a.TitleZH, a.TitleEN)
		}
		return w.Flush()
	})
}

func cmdCalendar(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, cfg := newFlags("calendar", stderr)
	format := fs.String("format", "json", "json, ics, csv or xlsx")
	out := fs.String("out", "", "file to write (default standard output)")
	country := fs.String("country", "", "only this partner country (ISO 3166-1 alpha-2)")
	partner := fs.Int64("partner-id", 0, "only this partner")
	// The year comes first: youcheng calendar 2022 --format ics
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintln(stderr, "usage: youcheng calendar YEAR --format json|ics|csv|xlsx [--out FILE]")
		return errUsage
	}
	year, err := strconv.Atoi(args[0])
	if err != nil || year < 1 || year > 9999 {
		return fmt.Errorf("calendar: %q is not a year", args[0])
	}
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	if _, ok := calendar.MediaTypes[*format]; !ok {
		return fmt.Errorf("calendar: --format must be json, ics, csv or xlsx")
	}
	return withStore(ctx, *cfg, stderr, func(st *model.Store) error {
		q := st.AnnualCalendarQuery(year)
		q.PartnerID, q.Country, q.Holidays = *partner, *country, calendar.WantsHolidays(*format)
		cal, err := st.Calendar(ctx, q)
		if err != nil {
			return err
		}
		for _, w := range cal.Warnings {
			fmt.Fprintf(stderr, "warning: %s / %s\n", w.ZH, w.EN)
		}
		if err := writeOut(stdout, *out, func(w io.Writer) error { return calendar.Write(w, *format, cal) }); err != nil || *out == "" {
			return err
		}
		fmt.Fprintf(stderr, "wrote %s (%d entries)\n", *out, len(cal.Entries))
		return nil
	})
}

// writeOut writes through write to stdout when path is empty, else to path:
// into a temporary file beside it that is renamed into place, so a failed
// export leaves no half-written file. It returns write's or the file's error.
func writeOut(stdout io.Writer, path string, write func(io.Writer) error) error {
	if path == "" {
		return write(stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".youcheng-out-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
