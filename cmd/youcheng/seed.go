package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/seed"
)

// cmdSeed loads Weihai's seed, or with --synthetic national-scale
// synthetic data, into an empty database.
func cmdSeed(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, cfg := newFlags("seed", stderr)
	synthetic := fs.Bool("synthetic", false, "load synthetic data instead of Weihai's seed")
	partners := fs.Int("partners", 100_000, "synthetic partners")
	events := fs.Int("events", 1_000_000, "synthetic events, over the ten years ending with --last-year")
	lastYear := fs.Int("last-year", 0, "last year of the synthetic events (default this year)")
	rs := fs.Uint64("seed", 1, "random seed of the synthetic data (the same seed gives the same data)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: youcheng seed [--synthetic --partners N --events M [--last-year YYYY] [--seed S]]")
		return errUsage
	}
	if *synthetic && (*partners < 1 || *partners > 10_000_000 || *events < 0 || *events > 100_000_000) {
		return fmt.Errorf("seed: --partners must be 1 to 10000000 and --events 0 to 100000000")
	}
	if *lastYear != 0 && (*lastYear < model.MinYear+10 || *lastYear > model.MaxYear) {
		return fmt.Errorf("seed: --last-year must lie from %d to %d", model.MinYear+10, model.MaxYear)
	}
	return withStore(ctx, *cfg, stderr, func(st *model.Store) error {
		t0 := time.Now()
		if !*synthetic {
			loaded, err := seed.Load(ctx, st)
			if err != nil {
				return err
			}
			if !loaded {
				return fmt.Errorf("seed: the seed was loaded into this database before")
			}
			fmt.Fprintf(stdout, "loaded Weihai's seed in %s\n", time.Since(t0).Round(time.Millisecond))
			return nil
		}
		err := seed.LoadSynthetic(ctx, st, seed.Synthetic{Partners: *partners, Events: *events, LastYear: *lastYear, Seed: *rs})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "loaded %d synthetic partners and %d events in %s\n", *partners, *events, time.Since(t0).Round(time.Second))
		return nil
	})
}
