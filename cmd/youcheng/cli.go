package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/youcheng/youcheng/model"
)

// cmdline is one run of a one-off subcommand: its flags (the database
// flags of serve first), the configuration they fill and the streams.
type cmdline struct {
	*flag.FlagSet
	cfg Config
	streams
}

// newCmdline starts a subcommand's flags with the shared database flags.
func newCmdline(name string, s streams) *cmdline {
	c := &cmdline{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), cfg: defaultConfig(), streams: s}
	c.SetOutput(s.stderr)
	c.cfg.dbFlags(c.FlagSet)
	return c
}

// withStore validates the configuration and opens its database for fn.
func (c *cmdline) withStore(ctx context.Context, fn func(*model.Store) error) error {
	if err := c.cfg.validate(); err != nil {
		return err
	}
	st, err := openStore(ctx, c.cfg, c.cfg.logger(c.stderr))
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st)
}

// parseMixed parses flags that may come before, between or after the
// positional arguments (youcheng user passwd liwei --password-stdin) and
// returns the positional ones.
func (c *cmdline) parseMixed(args []string) ([]string, error) {
	var pos []string
	for {
		if err := c.Parse(args); err != nil {
			return nil, err
		}
		if c.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, c.Arg(0))
		args = c.Args()[1:]
	}
}

// group is a command made of subcommands that share one set of flags, A
// (token, user, holidays): "GROUP SUB [flags and arguments in any order]".
// Its subcommands run audited as the operating-system account.
type group[A any] struct {
	usage string
	// flags registers the group's flags into a.
	flags func(fs *flag.FlagSet, a *A)
	// prepare readies a from the subcommand's positional arguments (and
	// standard input) before the database opens; it reports wrong ones.
	prepare func(sub string, pos []string, a *A, s streams) error
	// open, when set, runs on the store before any subcommand.
	open func(context.Context, *model.Store) error
	subs map[string]func(context.Context, *model.Store, *A, streams) error
}

func (g group[A]) run(ctx context.Context, c *cmdline, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(c.stderr, g.usage)
		return errUsage
	}
	name := c.Name()
	c.Init(name+" "+args[0], flag.ContinueOnError)
	var a A
	g.flags(c.FlagSet, &a)
	pos, err := c.parseMixed(args[1:])
	if err != nil {
		return errUsage
	}
	sub, ok := g.subs[args[0]]
	if !ok {
		fmt.Fprintf(c.stderr, "youcheng %s: unknown subcommand %q\n%s\n", name, args[0], g.usage)
		return errUsage
	}
	if err := g.prepare(args[0], pos, &a, c.streams); err != nil {
		return err
	}
	ctx = model.WithActor(ctx, cliActor())
	return c.withStore(ctx, func(st *model.Store) error {
		if g.open != nil {
			if err := g.open(ctx, st); err != nil {
				return err
			}
		}
		return sub(ctx, st, &a, c.streams)
	})
}

// requiredFlag parses a command whose one flag of its own, name, is
// required (backup --to FILE, restore --from FILE).
func (c *cmdline) requiredFlag(args []string, name, help, usage string) (string, error) {
	v := c.String(name, "", help)
	if err := c.Parse(args); err != nil || *v == "" {
		fmt.Fprintln(c.stderr, usage)
		return "", errUsage
	}
	return *v, nil
}

// yearLoader reads a year from the store in one format: it returns the
// writer of the export and what the "wrote FILE (...)" line says of it.
type yearLoader func(st *model.Store, year int, format string) (write func(io.Writer) error, summary string, err error)

// yearExport runs a command that writes one year: "YEAR [flags]", the year
// first (youcheng report 2022 --format xlsx --out report.xlsx), --format
// one of formats (the first is the default), --out a file (default
// standard output).
func (c *cmdline) yearExport(ctx context.Context, args []string, formats []string, minYear, maxYear int, load yearLoader) error {
	format := c.String("format", formats[0], orList(formats))
	out := c.String("out", "", "file to write (default standard output)")
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(c.stderr, "usage: youcheng %s YEAR --format %s [--out FILE]\n", c.Name(), strings.Join(formats, "|"))
		return errUsage
	}
	year, err := strconv.Atoi(args[0])
	if err != nil || year < minYear || year > maxYear {
		return fmt.Errorf("%s: %q is not a year from %d to %d", c.Name(), args[0], minYear, maxYear)
	}
	if err := c.Parse(args[1:]); err != nil {
		return errUsage
	}
	if !slices.Contains(formats, *format) {
		return fmt.Errorf("%s: --format must be %s", c.Name(), orList(formats))
	}
	return c.withStore(ctx, func(st *model.Store) error {
		write, summary, err := load(st, year, *format)
		if err != nil {
			return err
		}
		if err := writeOut(c.stdout, *out, write); err != nil || *out == "" {
			return err
		}
		fmt.Fprintf(c.stderr, "wrote %s (%s)\n", *out, summary)
		return nil
	})
}

// orList spells a choice: "md, xlsx or html".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
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

// printTable writes a header line (columns separated by tabs) and a line
// of cells for each row, aligned.
func printTable[T any](w io.Writer, header string, rows []T, cells func(T) []any) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, header)
	for _, r := range rows {
		for i, cell := range cells(r) {
			if i > 0 {
				fmt.Fprint(tw, "\t")
			}
			fmt.Fprint(tw, cell)
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// pick returns yes when cond holds, otherwise no (a table's marks).
func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}
