package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/modeltest"
)

func TestReportCommand(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
	cfg := seededConfig(t)
	ctx := context.Background()
	dir := t.TempDir()
	for _, f := range []string{"md", "html", "xlsx"} {
		out := filepath.Join(dir, "report."+f)
		if err := run(ctx, []string{"report", "2022", "--db", cfg.DB, "--format", f, "--out", out}, io.Discard, io.Discard); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		b, _ := os.ReadFile(out)
		switch f {
		case "md", "html":
			if !bytes.Contains(b, []byte("《海这边 海那边》电视专题节目5期以上")) || !bytes.Contains(b, []byte("威海—宇部结好30周年")) {
				t.Errorf("%s report lacks the TV target or the Ube 30th", f)
			}
		case "xlsx":
			if !bytes.HasPrefix(b, []byte("PK")) {
				t.Errorf("xlsx report is not a zip file")
			}
		}
	}
	var stdout bytes.Buffer
	if err := run(ctx, []string{"report", "2022", "--db", cfg.DB}, &stdout, io.Discard); err != nil || !strings.HasPrefix(stdout.String(), "# 威海") {
		t.Errorf("report to stdout: %v %.80q", err, stdout.String())
	}
	for _, bad := range [][]string{{"report", "2022", "--db", cfg.DB, "--format", "pdf"}, {"report", "22", "--db", cfg.DB}, {"report"}} {
		if err := run(ctx, bad, io.Discard, io.Discard); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}

func TestSeedSyntheticCommand(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
	cfg := testConfig(t)
	ctx := context.Background()
	var out bytes.Buffer
	args := []string{"seed", "--db", cfg.DB, "--synthetic", "--partners", "300", "--events", "2000", "--last-year", "2025"}
	if err := run(ctx, args, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, args, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "empty database") {
		t.Errorf("a second synthetic load into a full database: %v", err)
	}
	out.Reset()
	if err := run(ctx, []string{"report", "2025", "--db", cfg.DB}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "模拟交流活动") {
		t.Errorf("the report of the synthetic year lists no synthetic event")
	}
}
