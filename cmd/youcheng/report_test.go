package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	cfg := seededConfig(t)
	for f, b := range exportFiles(t, cfg, "report", "2022", reportFormats...) {
		if f == "xlsx" && !bytes.HasPrefix(b, []byte("PK")) {
			t.Errorf("xlsx report is not a zip file")
		}
		if f != "xlsx" && (!bytes.Contains(b, []byte("《海这边 海那边》电视专题节目5期以上")) || !bytes.Contains(b, []byte("威海—宇部结好30周年"))) {
			t.Errorf("%s report lacks the TV target or the Ube 30th", f)
		}
	}
	if out, _, err := youcheng("", on(cfg, "report", "2022")...); err != nil || !strings.HasPrefix(out, "# 威海") {
		t.Errorf("report to stdout: %v %.80q", err, out)
	}
}

func TestSeedSyntheticCommand(t *testing.T) {
	cfg := testConfig(t)
	args := on(cfg, "seed", "--synthetic", "--partners", "300", "--events", "2000", "--last-year", "2025")
	must(t, args...)
	if _, _, err := youcheng("", args...); err == nil || !strings.Contains(err.Error(), "empty database") {
		t.Errorf("a second synthetic load into a full database: %v", err)
	}
	out := must(t, on(cfg, "report", "2025")...)
	if !strings.Contains(out, "模拟交流活动") {
		t.Errorf("the report of the synthetic year lists no synthetic event")
	}
}
