package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

// parseDatabase reads a --from/--to value: sqlite:PATH or a postgres:// URL.
func parseDatabase(flagName, v string, base Config) (Config, error) {
	cfg := base
	switch {
	case strings.HasPrefix(v, "sqlite:"):
		cfg.DB, cfg.DatabaseURL = strings.TrimPrefix(v, "sqlite:"), ""
		if cfg.DB == "" {
			return cfg, fmt.Errorf("copy: --%s sqlite: names no file", flagName)
		}
	case strings.HasPrefix(v, "postgres://"), strings.HasPrefix(v, "postgresql://"):
		cfg.DatabaseURL = v
	default:
		return cfg, fmt.Errorf("copy: --%s must be sqlite:PATH or postgres://... (got %q)", flagName, v)
	}
	return cfg, nil
}

func cmdCopy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	base := defaultConfig()
	fs := flag.NewFlagSet("copy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "", "source database: sqlite:PATH or postgres://...")
	to := fs.String("to", "", "target database (empty): sqlite:PATH or postgres://...")
	if err := fs.Parse(args); err != nil || *from == "" || *to == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: youcheng copy --from sqlite:PATH|postgres://... --to sqlite:PATH|postgres://...")
		return errUsage
	}
	src, err := parseDatabase("from", *from, base)
	if err != nil {
		return err
	}
	dst, err := parseDatabase("to", *to, base)
	if err != nil {
		return err
	}
	if src.DatabaseURL == "" && dst.DatabaseURL == "" && samePath(src.DB, dst.DB) || src.DatabaseURL != "" && src.DatabaseURL == dst.DatabaseURL {
		return fmt.Errorf("copy: --from and --to are the same database")
	}
	if err := src.validate(); err != nil {
		return err
	}
	log := base.logger(stderr)
	// Both are migrated to this binary's schema first (the source too: a
	// database made by an older release is upgraded in place, as serve would).
	s, err := openStore(ctx, src, log)
	if err != nil {
		return fmt.Errorf("copy: source: %w", err)
	}
	defer s.Close()
	d, err := openStore(ctx, dst, log)
	if err != nil {
		return fmt.Errorf("copy: target: %w", err)
	}
	defer d.Close()
	report, err := s.CopyTo(ctx, d)
	if len(report) > 0 {
		w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "TABLE\tSOURCE ROWS\tTARGET ROWS\tCHECKSUM\tRESULT")
		for _, r := range report {
			result := "same"
			if !r.Same() {
				result = "DIFFERS"
			}
			fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", r.Table, r.Source.Rows, r.Target.Rows, r.Source.Sum[:16], result)
		}
		w.Flush()
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "copied %d tables from %s to %s; every count and checksum matches\n", len(report), redact(*from), redact(*to))
	return nil
}

func samePath(a, b string) bool {
	pa, err1 := filepath.Abs(a)
	pb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && pa == pb
}

// redact hides a password in a database URL.
func redact(v string) string {
	if i := strings.Index(v, "://"); i >= 0 {
		if at := strings.Index(v[i+3:], "@"); at >= 0 {
			cred := v[i+3 : i+3+at]
			if c := strings.Index(cred, ":"); c >= 0 {
				return v[:i+3] + cred[:c] + ":***" + v[i+3+at:]
			}
		}
	}
	return v
}
