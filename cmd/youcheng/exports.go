package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
)

func cmdAnniversaries(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := defaultConfig()
	fs := flag.NewFlagSet("anniversaries", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.dbFlags(fs)
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
	return withStore(ctx, cfg, stderr, func(st *model.Store) error {
		all, err := st.Anniversaries(ctx, q, model.LocalNamesZH(cfg.HomeCity, cfg.HomeCityZH, nil))
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
	return errUsage
}
