package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/modeltest"
)

// TestHolidaysImportExport: the office loads a State Council schedule with
// one command (docs/examples/holidays-cn-2026.json, written out from the
// notice), the export round-trips it, a bad file loads nothing and names
// items[i].field.
func TestHolidaysImportExport(t *testing.T) {
	if modeltest.PostgresURL() != "" {
		t.Skip("exercises the embedded SQLite default")
	}
	ctx := context.Background()
	cfg := testConfig(t)
	db := []string{"--db", cfg.DB}
	var out, errOut bytes.Buffer
	if err := run(ctx, append([]string{"holidays", "import", "../../docs/examples/holidays-cn-2026.json"}, db...), &out, &errOut); err != nil {
		t.Fatalf("import: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "loaded an override for CN 2026 (replace, 39 items): 33 days off, 6 make-up workdays") {
		t.Errorf("import said %q", out.String())
	}
	out.Reset()
	if err := run(ctx, append([]string{"holidays", "export", "CN", "2026"}, db...), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var got, want holidayFile
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	b, _ := os.ReadFile("../../docs/examples/holidays-cn-2026.json")
	_ = json.Unmarshal(b, &want)
	if got.Source != want.Source || len(got.Items) != len(want.Items) {
		t.Fatalf("export differs: %s", out.String())
	}
	for i := range want.Items {
		if got.Items[i].Date != want.Items[i].Date || got.Items[i].Kind != want.Items[i].Kind {
			t.Errorf("item %d: %+v, want %+v", i, got.Items[i], want.Items[i])
		}
	}
	out.Reset()
	if err := run(ctx, append([]string{"holidays", "list"}, db...), &out, io.Discard); err != nil || !strings.Contains(out.String(), "CN ") {
		t.Errorf("list: %v %q", err, out.String())
	}

	// A bad file: nothing is loaded, each problem is named.
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"country":"JP","year":2027,"mode":"replace","source":"x","items":[
		{"date":"2027-01-01","name_en":"New Year's Day","kind":"holiday"},
		{"date":"2028-01-01","name_en":"Next year","kind":"holiday"},
		{"date":"2027-01-01","name_en":"Again","kind":"holiday"},
		{"date":"2027-05-03","name_en":"x","kind":"holday"}]}`), 0o644)
	errOut.Reset()
	if err := run(ctx, append([]string{"holidays", "import", bad}, db...), io.Discard, &errOut); err == nil {
		t.Fatal("a bad file was accepted")
	}
	for _, f := range []string{"items[1].date", "items[2].date", "items[3].kind"} {
		if !strings.Contains(errOut.String(), f) {
			t.Errorf("stderr does not name %s: %s", f, errOut.String())
		}
	}
	out.Reset()
	run(ctx, append([]string{"holidays", "list"}, db...), &out, io.Discard)
	if strings.Contains(out.String(), "JP") {
		t.Errorf("the bad file was half-loaded: %s", out.String())
	}
	// Delete returns to the built-in days.
	if err := run(ctx, append([]string{"holidays", "delete", "CN", "2026"}, db...), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, append([]string{"holidays", "export", "XX", "2026"}, db...), io.Discard, io.Discard); err == nil {
		t.Error("export of an unknown country succeeded")
	}
}
