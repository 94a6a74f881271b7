package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/holidays"
)

const holidaysUsage = `usage:
  youcheng holidays import FILE          load a holiday override ("-" reads stdin)
  youcheng holidays export CC YEAR [--region XX-YY]   print the year as an import file
  youcheng holidays list                 the overrides loaded
  youcheng holidays delete CC YEAR [--region XX-YY]   back to the built-in days`

// holidayFile is the import/export file: country, year and region, then
// the body of PUT /api/v1/holidays/{country}/{year}.
type holidayFile struct {
	Country string  `json:"country"`
	Year    int     `json:"year"`
	Region  *string `json:"region,omitempty"`
	holidayBody
}

// holidayBody is the body of PUT /api/v1/holidays/{country}/{year}.
type holidayBody struct {
	Mode     string            `json:"mode"`
	Source   string            `json:"source"`
	Complete *bool             `json:"complete"`
	Items    []holidayFileItem `json:"items"`
}

type holidayFileItem struct {
	Date      string  `json:"date"`
	NameEN    string  `json:"name_en"`
	NameLocal string  `json:"name_local"`
	NameZH    *string `json:"name_zh"`
	Kind      string  `json:"kind"`
}

// holidayArgs are what the holidays subcommands read.
type holidayArgs struct {
	region string
	pos    []string     // positional arguments: FILE, or CC YEAR
	year   int          // of CC YEAR
	file   *holidayFile // import's, read before the database opens
}

var holidaysGroup = group[holidayArgs]{
	usage: holidaysUsage,
	flags: func(fs *flag.FlagSet, a *holidayArgs) {
		fs.StringVar(&a.region, "region", "", "ISO 3166-2 region with its own set (e.g. GB-SCT); default the national set")
	},
	prepare: prepareHolidays,
	subs: map[string]func(context.Context, *model.Store, *holidayArgs, streams) error{
		"import": holidaysImport,
		"export": holidaysExport,
		"list":   holidaysList,
		"delete": holidaysDelete,
	},
	// The overrides are read into the holiday engine first.
	open: func(ctx context.Context, st *model.Store) error { return st.SyncHolidays(ctx) },
}

// prepareHolidays checks the positional arguments (import FILE, export and
// delete CC YEAR) and reads import's file.
func prepareHolidays(sub string, pos []string, a *holidayArgs, s streams) error {
	if len(pos) != map[string]int{"import": 1, "export": 2, "delete": 2}[sub] {
		fmt.Fprintln(s.stderr, holidaysUsage)
		return errUsage
	}
	a.pos = pos
	if len(pos) == 2 {
		y, err := strconv.Atoi(pos[1])
		if err != nil || y < 1 || y > 9999 {
			return fmt.Errorf("holidays %s: %q is not a year", sub, pos[1])
		}
		a.year = y
	}
	if sub == "import" {
		f, err := readHolidayFile(pos[0], s.stdin)
		if err != nil {
			return fmt.Errorf("holidays import: %w", err)
		}
		a.file = f
	}
	return nil
}

// holidaysImport loads the file as an override and says what the year now
// holds; a file with problems loads nothing and each problem is named.
func holidaysImport(ctx context.Context, st *model.Store, a *holidayArgs, s streams) error {
	o, created, err := st.PutHolidayOverride(ctx, a.file.input(), nil)
	if err != nil {
		return problemsError("holidays import "+a.pos[0], err, s.stderr)
	}
	if err := st.SyncHolidays(ctx); err != nil {
		return err
	}
	y, err := st.Holidays().Year(o.Country, o.Region, o.Year)
	if err != nil {
		return err
	}
	off, work := 0, 0
	for _, d := range y.Days {
		switch d.Kind {
		case holidays.KindHoliday:
			off++
		case holidays.KindWorkday:
			work++
		}
	}
	fmt.Fprintf(s.stdout, "%s %s %d (%s, %d items): %d days off, %d make-up workdays, complete=%v\n",
		pick(created, "loaded an override for", "replaced the override of"), pick(o.Region != "", o.Region, o.Country),
		o.Year, o.Mode, len(o.Items), off, work, y.Complete)
	return nil
}

// holidaysExport prints the year as an import file.
func holidaysExport(_ context.Context, st *model.Store, a *holidayArgs, s streams) error {
	y, err := st.Holidays().Year(a.pos[0], a.region, a.year)
	if err != nil {
		return fmt.Errorf("holidays export: %w", err)
	}
	return writeHolidayFile(s.stdout, y)
}

// holidaysDelete removes the override: the built-in days apply again.
func holidaysDelete(ctx context.Context, st *model.Store, a *holidayArgs, s streams) error {
	p, err := st.Holidays().Year(a.pos[0], a.region, a.year) // canonical spelling, or the error
	if err != nil {
		return fmt.Errorf("holidays delete: %w", err)
	}
	if err := st.DeleteHolidayOverride(ctx, p.Country, p.Region, p.Year, nil); err != nil {
		return err
	}
	fmt.Fprintf(s.stdout, "deleted the override of %s %d; the built-in holidays apply again\n", p.Country, p.Year)
	return nil
}

// holidaysList lists the overrides loaded.
func holidaysList(ctx context.Context, st *model.Store, _ *holidayArgs, s streams) error {
	list, _, err := st.ListHolidayOverrides(ctx, model.HolidayOverrideFilter{})
	if err != nil {
		return err
	}
	return printTable(s.stdout, "COUNTRY\tREGION\tYEAR\tMODE\tITEMS\tUPDATED\tSOURCE", list, func(o model.HolidayOverride) []any {
		return []any{o.Country, pick(o.Region != "", o.Region, "-"), o.Year, o.Mode, len(o.Items), o.UpdatedAt.Format("2006-01-02 15:04"), o.Source}
	})
}

// input is the override the file asks for.
func (f *holidayFile) input() model.HolidayOverrideInput {
	in := model.HolidayOverrideInput{Country: f.Country, Year: f.Year, Mode: f.Mode, Source: f.Source, Complete: f.Complete}
	if f.Region != nil {
		in.Region = *f.Region
	}
	for _, it := range f.Items {
		item := model.HolidayOverrideItem{Date: it.Date, NameEN: it.NameEN, NameLocal: it.NameLocal, Kind: it.Kind}
		if it.NameZH != nil {
			item.NameZH = *it.NameZH
		}
		in.Items = append(in.Items, item)
	}
	return in
}

// readHolidayFile decodes an import file strictly: unknown fields and
// trailing data are errors.
func readHolidayFile(path string, stdin io.Reader) (*holidayFile, error) {
	var (
		b   []byte
		err error
	)
	if path == "-" {
		b, err = io.ReadAll(io.LimitReader(stdin, 1<<20+1))
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, err
	}
	if len(b) > 1<<20 {
		return nil, errors.New("the file is over 1 MiB")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f holidayFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s is not a holiday file: %w", path, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s holds more than one JSON value", path)
	}
	if f.Items == nil {
		return nil, fmt.Errorf("%s: items is required", path)
	}
	return &f, nil
}

// writeHolidayFile writes y as an import file (mode replace), so that an
// export, edited, imports back.
func writeHolidayFile(w io.Writer, y holidays.Year) error {
	complete := y.Complete
	f := holidayFile{Country: y.Country, Year: y.Year, holidayBody: holidayBody{Mode: string(holidays.ModeReplace),
		Source: y.Source, Complete: &complete, Items: make([]holidayFileItem, len(y.Days))}}
	if y.Region != "" {
		f.Region = &y.Region
	}
	for i, d := range y.Days {
		it := holidayFileItem{Date: d.Date.String(), NameEN: d.NameEN, NameLocal: d.NameLocal, Kind: string(d.Kind)}
		if d.NameZH != "" {
			zh := d.NameZH
			it.NameZH = &zh
		}
		f.Items[i] = it
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(f)
}

// problemsError prints each field problem of a validation error on its own
// line and returns a short error; other errors are returned as they are.
func problemsError(what string, err error, stderr io.Writer) error {
	var e *model.Error
	if !errors.As(err, &e) || e.Kind != model.KindInvalid {
		return err
	}
	for _, f := range e.Fields {
		fmt.Fprintf(stderr, "  %s: %s\n", f.Field, f.Message)
	}
	return fmt.Errorf("%s: %d problem(s), nothing was loaded", what, len(e.Fields))
}
