package main

import (
	"context"
	"fmt"
	"io"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/report"
)

// reportFormats are report.Formats as usage lists them.
var reportFormats = []string{"md", "xlsx", "html"}

// cmdReport writes a year's exchange report: youcheng report 2022 --format xlsx --out report.xlsx
func cmdReport(ctx context.Context, c *cmdline, args []string) error {
	return c.yearExport(ctx, args, reportFormats, model.MinYear, model.MaxYear, func(st *model.Store, year int, format string) (func(io.Writer) error, string, error) {
		r, err := st.Report(ctx, year)
		if err != nil {
			return nil, "", err
		}
		return func(w io.Writer) error { return report.Write(w, format, r) }, fmt.Sprintf("%d targets, %d events", len(r.Targets), r.Summary.Events), nil
	})
}
