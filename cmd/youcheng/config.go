package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model"
)

// Config is the one typed configuration: defaults, then YOUCHENG_*
// environment variables, then flags; validated before use.
type Config struct {
	Addr        string
	DB          string
	DatabaseURL string
	Seed        bool
	Auth        string
	LogFormat   string
	LogLevel    string
	// Metrics is "on" (GET /metrics) or "off" (YOUCHENG_METRICS).
	Metrics string
	// MetricsAddr, when set, serves /metrics on this separate listener
	// instead of the API's (YOUCHENG_METRICS_ADDR, e.g. :9090).
	MetricsAddr string
	// Home is the office's identity, the one value handed to the store
	// (model.DefaultHome, then YOUCHENG_HOME_*).
	Home model.Home
	// Now is the one clock (time.Now; tests pin it).
	Now func() time.Time
	// TrustedProxies: reverse proxies whose X-Forwarded-For is believed
	// (YOUCHENG_TRUSTED_PROXIES, comma-separated addresses or CIDRs).
	TrustedProxies []string
	// PublicURL is the scheme and authority subscribers reach the server at
	// (YOUCHENG_PUBLIC_URL), for absolute feed URLs; empty: from each request.
	PublicURL string
}

func defaultConfig() Config {
	c := Config{
		Addr: ":8080", DB: "youcheng.db", Seed: true, Auth: "writes", LogFormat: "text", LogLevel: "info", Metrics: "on",
		Home: model.DefaultHome(), Now: time.Now,
	}
	env := func(k string, dst *string) {
		if v, ok := os.LookupEnv(k); ok && v != "" {
			*dst = v
		}
	}
	env("YOUCHENG_ADDR", &c.Addr)
	env("YOUCHENG_DB", &c.DB)
	env("YOUCHENG_DATABASE_URL", &c.DatabaseURL)
	env("YOUCHENG_AUTH", &c.Auth)
	env("YOUCHENG_LOG_FORMAT", &c.LogFormat)
	env("YOUCHENG_LOG_LEVEL", &c.LogLevel)
	env("YOUCHENG_METRICS", &c.Metrics)
	env("YOUCHENG_METRICS_ADDR", &c.MetricsAddr)
	env("YOUCHENG_HOME_CITY", &c.Home.City)
	env("YOUCHENG_HOME_CITY_ZH", &c.Home.CityZH)
	env("YOUCHENG_HOME_COUNTRY", &c.Home.Country)
	env("YOUCHENG_HOME_TZ", &c.Home.Timezone)
	if v := os.Getenv("YOUCHENG_TRUSTED_PROXIES"); v != "" {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				c.TrustedProxies = append(c.TrustedProxies, p)
			}
		}
	}
	env("YOUCHENG_PUBLIC_URL", &c.PublicURL)
	if v, ok := os.LookupEnv("YOUCHENG_SEED"); ok {
		if b, err := strconv.ParseBool(v); err == nil {
			c.Seed = b
		}
	}
	return c
}

// dbFlags registers the database flags every subcommand shares.
func (c *Config) dbFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.DB, "db", c.DB, "SQLite database file (YOUCHENG_DB)")
	fs.StringVar(&c.DatabaseURL, "database-url", c.DatabaseURL, "PostgreSQL URL; wins over --db (YOUCHENG_DATABASE_URL)")
}

// validate reports configuration mistakes before anything starts.
func (c *Config) validate() error {
	var bad []string
	switch c.Auth {
	case "writes", "all", "off":
	default:
		bad = append(bad, fmt.Sprintf("YOUCHENG_AUTH must be writes, all or off (got %q)", c.Auth))
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		bad = append(bad, fmt.Sprintf("YOUCHENG_LOG_FORMAT must be text or json (got %q)", c.LogFormat))
	}
	switch c.Metrics {
	case "on", "off":
	default:
		bad = append(bad, fmt.Sprintf("YOUCHENG_METRICS must be on or off (got %q)", c.Metrics))
	}
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		bad = append(bad, "YOUCHENG_DATABASE_URL must start with postgres://")
	}
	if _, err := time.LoadLocation(c.Home.Timezone); err != nil || !strings.Contains(c.Home.Timezone, "/") {
		bad = append(bad, fmt.Sprintf("YOUCHENG_HOME_TZ must be an IANA zone such as Asia/Shanghai (got %q)", c.Home.Timezone))
	} else if err := c.Home.Validate(); err != nil {
		bad = append(bad, "YOUCHENG_HOME_*: "+err.Error())
	}
	for _, p := range c.TrustedProxies {
		if _, _, err := net.ParseCIDR(p); err != nil && net.ParseIP(p) == nil {
			bad = append(bad, fmt.Sprintf("YOUCHENG_TRUSTED_PROXIES: %q is not an IP address or CIDR range", p))
		}
	}
	if c.PublicURL != "" {
		if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
			u.User != nil || u.RawQuery != "" || u.Fragment != "" || strings.Trim(u.Path, "/") != "" {
			bad = append(bad, fmt.Sprintf("YOUCHENG_PUBLIC_URL must be a scheme and host such as https://youcheng.example.org (got %q)", c.PublicURL))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("configuration: %s", strings.Join(bad, "; "))
	}
	return nil
}

func (c *Config) logger(w io.Writer) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(c.LogLevel))
	opts := &slog.HandlerOptions{Level: lvl}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// apiConfig is what the HTTP API needs of the configuration (valid after
// validate).
func (c *Config) apiConfig() api.Config {
	metrics := c.Metrics
	if metrics == "on" && c.MetricsAddr != "" {
		metrics = "separate" // served on its own listener by App
	}
	return api.Config{Auth: c.Auth, PublicURL: strings.TrimRight(c.PublicURL, "/"), TrustedProxies: c.TrustedProxies, Metrics: metrics}
}
