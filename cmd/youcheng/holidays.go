package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/holidays"
)

const holidaysUsage = `usage:
  youcheng holidays import FILE          load a holiday override ("-" reads stdin)
  youcheng holidays export CC YEAR [--region XX-YY]   print the year as an import file
  youcheng holidays list                 the overrides loaded
  youcheng holidays delete CC YEAR [--region XX-YY]   back to the built-in days`

// holidayFile is the import/export file: the body of
// PUT /api/v1/holidays/{country}/{year} plus country, year and region.
type holidayFile struct {
	Country  string            `json:"country"`
	Year     int               `json:"year"`
	Region   *string           `json:"region,omitempty"`
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

func cmdHolidays(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, holidaysUsage)
		return errUsage
	}
	sub := args[0]
	fs, cfg := newFlags("holidays "+sub, stderr)
	region := fs.String("region", "", "ISO 3166-2 region with its own set (e.g. GB-SCT); default the national set")
	// Flags may come before or after the positional arguments.
	var pos []string
	rest := args[1:]
	for {
		if err := fs.Parse(rest); err != nil {
			return errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	need := map[string]int{"import": 1, "export": 2, "delete": 2, "list": 0}
	n, known := need[sub]
	if !known || len(pos) != n {
		fmt.Fprintln(stderr, holidaysUsage)
		return errUsage
	}
	var year int
	if n == 2 {
		y, err := strconv.Atoi(pos[1])
		if err != nil || y < 1 || y > 9999 {
			return fmt.Errorf("holidays %s: %q is not a year", sub, pos[1])
		}
		year = y
	}
	var file *holidayFile
	if sub == "import" {
		f, err := readHolidayFile(pos[0])
		if err != nil {
			return fmt.Errorf("holidays import: %w", err)
		}
		file = f
	}
	return withStore(ctx, *cfg, stderr, func(st *model.Store) error {
		hol := st.Holidays()
		if err := st.SyncHolidays(ctx); err != nil {
			return err
		}
		ctx := model.WithActor(ctx, "cli")
		switch sub {
		case "import":
			in := model.HolidayOverrideInput{Country: file.Country, Year: file.Year, Mode: file.Mode, Source: file.Source, Complete: file.Complete}
			if file.Region != nil {
				in.Region = *file.Region
			}
			for _, it := range file.Items {
				item := model.HolidayOverrideItem{Date: it.Date, NameEN: it.NameEN, NameLocal: it.NameLocal, Kind: it.Kind}
				if it.NameZH != nil {
					item.NameZH = *it.NameZH
				}
				in.Items = append(in.Items, item)
			}
			o, created, err := st.PutHolidayOverride(ctx, in, nil)
			if err != nil {
				return problemsError("holidays import "+pos[0], err, stderr)
			}
			if err := st.SyncHolidays(ctx); err != nil {
				return err
			}
			y, err := hol.Year(o.Country, o.Region, o.Year)
			if err != nil {
				return err
			}
			verb := "replaced the override of"
			if created {
				verb = "loaded an override for"
			}
			name := o.Country
			if o.Region != "" {
				name = o.Region
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
			fmt.Fprintf(stdout, "%s %s %d (%s, %d items): %d days off, %d make-up workdays, complete=%v\n",
				verb, name, o.Year, o.Mode, len(o.Items), off, work, y.Complete)
			return nil
		case "export":
			y, err := hol.Year(pos[0], *region, year)
			if err != nil {
				return fmt.Errorf("holidays export: %w", err)
			}
			return writeHolidayFile(stdout, y)
		case "delete":
			p, err := hol.Year(pos[0], *region, year) // canonical spelling, or the error
			if err != nil {
				return fmt.Errorf("holidays delete: %w", err)
			}
			if err := st.DeleteHolidayOverride(ctx, p.Country, p.Region, p.Year, nil); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "deleted the override of %s %d; the built-in holidays apply again\n", p.Country, p.Year)
			return nil
		}
		list, _, err := st.ListHolidayOverrides(ctx, model.HolidayOverrideFilter{})
		if err != nil {
			return err
		}
		w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "COUNTRY\tREGION\tYEAR\tMODE\tITEMS\tUPDATED\tSOURCE")
		for _, o := range list {
			reg := o.Region
			if reg == "" {
				reg = "-"
			}
			fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%d\t%s\t%s\n", o.Country, reg, o.Year, o.Mode, len(o.Items), o.UpdatedAt.Format("2006-01-02 15:04"), o.Source)
		}
		return w.Flush()
	})
}

// readHolidayFile decodes an import file strictly: unknown fields and
// trailing data are errors.
func readHolidayFile(path string) (*holidayFile, error) {
	var (
		b   []byte
		err error
	)
	if path == "-" {
		b, err = io.ReadAll(io.LimitReader(os.Stdin, 1<<20+1))
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
	f := holidayFile{Country: y.Country, Year: y.Year, Mode: string(holidays.ModeReplace), Source: y.Source,
		Complete: &complete, Items: make([]holidayFileItem, len(y.Days))}
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
