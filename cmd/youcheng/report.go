package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/report"
)

// cmdReport writes a year's exchange report: youcheng report 2022 --format xlsx --out report.xlsx
func cmdReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, cfg := newFlags("report", stderr)
	format := fs.String("format", "md", "md, xlsx or html")
	out := fs.String("out", "", "file to write (default standard output)")
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintln(stderr, "usage: youcheng report YEAR --format md|xlsx|html [--out FILE]")
		return errUsage
	}
	year, err := strconv.Atoi(args[0])
	if err != nil || year < model.MinYear || year > model.MaxYear {
		return fmt.Errorf("report: %q is not a year from %d to %d", args[0], model.MinYear, model.MaxYear)
	}
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	if !slices.Contains(report.Formats, *format) {
		return fmt.Errorf("report: --format must be md, xlsx or html")
	}
	return withStore(ctx, *cfg, stderr, func(st *model.Store) error {
		r, err := st.Report(ctx, year)
		if err != nil {
			return err
		}
		if err := writeOut(stdout, *out, func(w io.Writer) error { return report.Write(w, *format, r) }); err != nil || *out == "" {
			return err
		}
		fmt.Fprintf(stderr, "wrote %s (%d targets, %d events)\n", *out, len(r.Targets), r.Summary.Events)
		return nil
	})
}
