package main

import (
	"context"
	"fmt"
	"time"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/seed"
)

// cmdSeed loads Weihai's seed, or with --synthetic national-scale
// synthetic data, into an empty database.
func cmdSeed(ctx context.Context, c *cmdline, args []string) error {
	synthetic := c.Bool("synthetic", false, "load synthetic data instead of Weihai's seed")
	var syn seed.Synthetic
	c.IntVar(&syn.Partners, "partners", 100_000, "synthetic partners")
	c.IntVar(&syn.Events, "events", 1_000_000, "synthetic events, over the ten years ending with --last-year")
	c.IntVar(&syn.LastYear, "last-year", 0, "last year of the synthetic events (default this year)")
	c.Uint64Var(&syn.Seed, "seed", 1, "random seed of the synthetic data (the same seed gives the same data)")
	if err := c.Parse(args); err != nil {
		return errUsage
	}
	if c.NArg() > 0 {
		fmt.Fprintln(c.stderr, "usage: youcheng seed [--synthetic --partners N --events M [--last-year YYYY] [--seed S]]")
		return errUsage
	}
	if *synthetic && (syn.Partners < 1 || syn.Partners > 10_000_000 || syn.Events < 0 || syn.Events > 100_000_000) {
		return fmt.Errorf("seed: --partners must be 1 to 10000000 and --events 0 to 100000000")
	}
	if syn.LastYear != 0 && (syn.LastYear < model.MinYear+10 || syn.LastYear > model.MaxYear) {
		return fmt.Errorf("seed: --last-year must lie from %d to %d", model.MinYear+10, model.MaxYear)
	}
	return c.withStore(ctx, func(st *model.Store) error {
		t0 := time.Now()
		if !*synthetic {
			loaded, err := seed.Load(ctx, st)
			if err != nil {
				return err
			}
			if !loaded {
				return fmt.Errorf("seed: the seed was loaded into this database before")
			}
			fmt.Fprintf(c.stdout, "loaded Weihai's seed in %s\n", time.Since(t0).Round(time.Millisecond))
			return nil
		}
		if err := seed.LoadSynthetic(ctx, st, syn); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "loaded %d synthetic partners and %d events in %s\n", syn.Partners, syn.Events, time.Since(t0).Round(time.Second))
		return nil
	})
}
