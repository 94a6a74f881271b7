package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/seed"
)

// App is the server: its store, HTTP server and listener. Tests start one
// on a temporary database and port :0.
type App struct {
	cfg   Config
	log   *slog.Logger
	store *model.Store
	api   *api.Server
	srv   *http.Server
	ln    net.Listener
	// metricsSrv serves /metrics on metricsLn when YOUCHENG_METRICS_ADDR is set.
	metricsSrv *http.Server
	metricsLn  net.Listener
}

// openStore opens the configured database.
func openStore(ctx context.Context, cfg Config, log *slog.Logger) (*model.Store, error) {
	return model.Open(ctx, model.Options{PostgresURL: cfg.DatabaseURL, SQLitePath: cfg.DB, Home: cfg.Home, Now: cfg.Now, Logger: log})
}

// NewApp opens and migrates the database, loads the seed into an empty
// database when asked, and listens on cfg.Addr.
func NewApp(ctx context.Context, cfg Config, log *slog.Logger) (*App, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	st, err := openStore(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	if cfg.Seed {
		loaded, err := seed.Load(ctx, st)
		if err != nil {
			st.Close()
			return nil, err
		}
		if loaded {
			log.Info("loaded the seed: Weihai's partners, partnerships, commemorations and 2022 work-plan activities")
		}
	}
	if n, err := st.CountUsers(ctx); err == nil && n == 0 {
		log.Warn("no user can sign in to the console yet; create the first admin with: " + firstUserHint(cfg))
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		st.Close()
		return nil, err
	}
	acfg := cfg.apiConfig()
	a := api.New(st, acfg, log)
	app := &App{cfg: cfg, log: log, store: st, api: a, ln: ln, srv: &http.Server{Handler: a.Handler(),
		ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 60 * time.Second,
		WriteTimeout: 120 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 64 << 10}}
	if acfg.Metrics == "separate" {
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", a.MetricsHandler())
		if app.metricsLn, err = net.Listen("tcp", cfg.MetricsAddr); err != nil {
			ln.Close()
			st.Close()
			return nil, fmt.Errorf("metrics listener: %w", err)
		}
		app.metricsSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
	}
	return app, nil
}

// MetricsAddr is the address of the separate metrics listener, "" when none.
func (a *App) MetricsAddr() string {
	if a.metricsLn == nil {
		return ""
	}
	return a.metricsLn.Addr().String()
}

// Addr is the address the server listens on.
func (a *App) Addr() string { return a.ln.Addr().String() }

// Run serves until ctx ends, then drains in-flight requests (up to 15 s)
// and closes the database.
func (a *App) Run(ctx context.Context) error {
	errc := make(chan error, 2)
	go func() { errc <- a.srv.Serve(a.ln) }()
	if a.metricsSrv != nil {
		go func() { errc <- a.metricsSrv.Serve(a.metricsLn) }()
		a.log.Info("serving metrics", "addr", a.MetricsAddr())
	}
	a.log.Info("serving", "addr", a.Addr(), "auth", a.cfg.Auth, "postgres", a.store.IsPostgres())
	select {
	case err := <-errc:
		a.srv.Close()
		if a.metricsSrv != nil {
			a.metricsSrv.Close()
		}
		a.store.Close()
		return err
	case <-ctx.Done():
	}
	// Readiness goes first (a balancer polling /readyz stops sending), then
	// the listener closes and the requests in flight finish.
	a.api.Drain()
	a.log.Info("shutting down: draining requests")
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	err := a.srv.Shutdown(sctx)
	if a.metricsSrv != nil {
		a.metricsSrv.Shutdown(sctx)
	}
	if cerr := a.store.Close(); err == nil {
		err = cerr
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	a.log.Info("stopped")
	return err
}

func cmdServe(ctx context.Context, c *cmdline, args []string) error {
	c.StringVar(&c.cfg.Addr, "addr", c.cfg.Addr, "listen address (YOUCHENG_ADDR)")
	noSeed := c.Bool("no-seed", false, "start with an empty database (YOUCHENG_SEED=false)")
	if err := c.Parse(args); err != nil {
		return errUsage
	}
	if *noSeed {
		c.cfg.Seed = false
	}
	app, err := NewApp(ctx, c.cfg, c.cfg.logger(c.stderr))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return app.Run(ctx)
}
