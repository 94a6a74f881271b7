package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/youcheng/youcheng/model"
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

// cmdCopy copies a whole registry into an empty database; --from and --to
// name both databases, so the database flags of serve do not apply.
func cmdCopy(ctx context.Context, c *cmdline, args []string) error {
	base, s := c.cfg, c.streams
	fs := flag.NewFlagSet("copy", flag.ContinueOnError)
	fs.SetOutput(s.stderr)
	var fromURL, toURL string
	fs.StringVar(&fromURL, "from", "", "source database: sqlite:PATH or postgres://...")
	fs.StringVar(&toURL, "to", "", "target database (empty): sqlite:PATH or postgres://...")
	if err := fs.Parse(args); err != nil || fromURL == "" || toURL == "" || fs.NArg() > 0 {
		fmt.Fprintln(s.stderr, "usage: youcheng copy --from sqlite:PATH|postgres://... --to sqlite:PATH|postgres://...")
		return errUsage
	}
	src, err := parseDatabase("from", fromURL, base)
	if err != nil {
		return err
	}
	dst, err := parseDatabase("to", toURL, base)
	if err != nil {
		return err
	}
	if src.DatabaseURL == "" && dst.DatabaseURL == "" && samePath(src.DB, dst.DB) || src.DatabaseURL != "" && src.DatabaseURL == dst.DatabaseURL {
		return fmt.Errorf("copy: --from and --to are the same database")
	}
	if err := src.validate(); err != nil {
		return err
	}
	log := base.logger(s.stderr)
	// Both are migrated to this binary's schema first (the source too: a
	// database made by an older release is upgraded in place, as serve would).
	from, err := openStore(ctx, src, log)
	if err != nil {
		return fmt.Errorf("copy: source: %w", err)
	}
	defer from.Close()
	to, err := openStore(ctx, dst, log)
	if err != nil {
		return fmt.Errorf("copy: target: %w", err)
	}
	defer to.Close()
	report, err := from.CopyTo(ctx, to)
	if len(report) > 0 {
		printTable(s.stdout, "TABLE\tSOURCE ROWS\tTARGET ROWS\tCHECKSUM\tRESULT", report, func(r model.CopyTable) []any {
			return []any{r.Table, r.Source.Rows, r.Target.Rows, r.Source.Sum[:16], pick(r.Same(), "same", "DIFFERS")}
		})
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(s.stdout, "copied %d tables from %s to %s; every count and checksum matches\n", len(report), redact(fromURL), redact(toURL))
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
