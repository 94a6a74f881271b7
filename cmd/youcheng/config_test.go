package main

import (
	"strings"
	"testing"
)

// TestConfigValidation: validate refuses what serve cannot use and names
// the variable; apiConfig hands the API a public URL without a trailing
// slash.
func TestConfigValidation(t *testing.T) {
	for _, tt := range []struct {
		name string
		set  func(*Config)
		ok   bool
	}{
		{"defaults", func(*Config) {}, true},
		{"public URL", func(c *Config) { c.PublicURL = "https://youcheng.example.org" }, true},
		{"public URL with a slash", func(c *Config) { c.PublicURL = "https://youcheng.example.org/" }, true},
		{"public URL with a port", func(c *Config) { c.PublicURL = "http://10.0.0.5:8080" }, true},
		{"public URL without scheme", func(c *Config) { c.PublicURL = "youcheng.example.org" }, false},
		{"public URL over FTP", func(c *Config) { c.PublicURL = "ftp://youcheng.example.org" }, false},
		{"public URL with a path", func(c *Config) { c.PublicURL = "https://youcheng.example.org/sub" }, false},
		{"public URL with a query", func(c *Config) { c.PublicURL = "https://youcheng.example.org?x=1" }, false},
		{"public URL with a slash and a query", func(c *Config) { c.PublicURL = "https://youcheng.example.gov.cn/?x=1" }, false},
		{"metrics yes", func(c *Config) { c.Metrics = "yes" }, false},
	} {
		for _, cfg := range []Config{defaultConfig(), sqliteConfig(t, "youcheng.db")} {
			tt.set(&cfg)
			err := cfg.validate()
			if (err == nil) != tt.ok {
				t.Errorf("%s: validate() = %v, want ok=%v", tt.name, err, tt.ok)
			}
			if err != nil && !strings.Contains(err.Error(), "YOUCHENG_") {
				t.Errorf("%s: %v names no variable", tt.name, err)
			}
			if a := cfg.apiConfig(); tt.ok && (strings.HasSuffix(a.PublicURL, "/") || a.Auth != cfg.Auth) {
				t.Errorf("%s: apiConfig %+v", tt.name, a)
			}
		}
	}
}
