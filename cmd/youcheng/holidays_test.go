package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHolidaysImportExport: the office loads a State Council schedule with
// one command (docs/examples/holidays-cn-2026.json, written out from the
// notice), the export round-trips it, a bad file loads nothing and names
// items[i].field.
func TestHolidaysImportExport(t *testing.T) {
	cfg := testConfig(t)
	holidays := func(stdin string, args ...string) (string, string, error) {
		return youcheng(stdin, on(cfg, append([]string{"holidays"}, args...)...)...)
	}
	const example = "../../docs/examples/holidays-cn-2026.json"
	out, errOut, err := holidays("", "import", example)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, errOut)
	}
	if !strings.Contains(out, "loaded an override for CN 2026 (replace, 39 items): 33 days off, 6 make-up workdays") {
		t.Errorf("import said %q", out)
	}
	b, _ := os.ReadFile(example)
	// The same file on standard input replaces it.
	if out, _, err := holidays(string(b), "import", "-"); err != nil || !strings.HasPrefix(out, "replaced the override of CN 2026") {
		t.Errorf("import from stdin: %v %q", err, out)
	}
	out, _, err = holidays("", "export", "CN", "2026")
	if err != nil {
		t.Fatal(err)
	}
	var got, want holidayFile
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	_ = json.Unmarshal(b, &want)
	if got.Source != want.Source || len(got.Items) != len(want.Items) {
		t.Fatalf("export differs: %s", out)
	}
	for i := range want.Items {
		if got.Items[i].Date != want.Items[i].Date || got.Items[i].Kind != want.Items[i].Kind {
			t.Errorf("item %d: %+v, want %+v", i, got.Items[i], want.Items[i])
		}
	}
	if out, _, err := holidays("", "list"); err != nil || !strings.Contains(out, "CN ") {
		t.Errorf("list: %v %q", err, out)
	}

	// A bad file: nothing is loaded, each problem is named.
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"country":"JP","year":2027,"mode":"replace","source":"x","items":[
		{"date":"2027-01-01","name_en":"New Year's Day","kind":"holiday"},
		{"date":"2028-01-01","name_en":"Next year","kind":"holiday"},
		{"date":"2027-01-01","name_en":"Again","kind":"holiday"},
		{"date":"2027-05-03","name_en":"x","kind":"holday"}]}`), 0o644)
	if _, errOut, err = holidays("", "import", bad); err == nil {
		t.Fatal("a bad file was accepted")
	}
	for _, f := range []string{"items[1].date", "items[2].date", "items[3].kind"} {
		if !strings.Contains(errOut, f) {
			t.Errorf("stderr does not name %s: %s", f, errOut)
		}
	}
	if out, _, _ := holidays("", "list"); strings.Contains(out, "JP") {
		t.Errorf("the bad file was half-loaded: %s", out)
	}
	// Delete returns to the built-in days.
	if _, _, err := holidays("", "delete", "CN", "2026"); err != nil {
		t.Fatal(err)
	}
	if out, _, _ := holidays("", "list"); strings.Contains(out, "CN ") {
		t.Errorf("the override is still listed after delete: %s", out)
	}
	for _, bad := range [][]string{{"export", "XX", "2026"}, {"export", "CN"}, {"export", "CN", "20266"}, {"frob"}} {
		if _, _, err := holidays("", bad...); err == nil {
			t.Errorf("%q succeeded", bad)
		}
	}
}
