package main

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"maps"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/api"
	"github.com/youcheng/youcheng/model/calendar"
	"github.com/youcheng/youcheng/model/report"
)

func TestAnniversariesCommand(t *testing.T) {
	cfg := seededConfig(t)
	out := must(t, on(cfg, "anniversaries", "--from", "2022-01-01", "--to", "2022-12-31", "--milestone")...)
	if !strings.Contains(out, "2022-05-18  30     ★") || !strings.Contains(out, "威海—宇部结好30周年") {
		t.Errorf("table:\n%s", out)
	}
	out = must(t, on(cfg, "anniversaries", "--from", "2022-09-29", "--to", "2022-09-29", "--format", "json")...)
	var got struct {
		Items []struct {
			Years   int    `json:"years"`
			TitleZH string `json:"title_zh"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range got.Items {
		found = found || it.TitleZH == "中日邦交正常化50周年" && it.Years == 50
	}
	if !found {
		t.Errorf("json lacks 中日邦交正常化50周年:\n%s", out)
	}
	if _, _, err := youcheng("", on(cfg, "anniversaries", "--from", "2022-02-30", "--to", "2022-12-31")...); err == nil {
		t.Error("an impossible --from was accepted")
	}
}

func TestCalendarCommand(t *testing.T) {
	cfg := seededConfig(t)
	// The contract's details, as from the REST endpoint (one renderer).
	want := map[string]string{
		"json": `"title_zh":"威海 2022 年对外交流日历"`, "ics": "X-YOUCHENG-PRECISION:",
		"csv": "\uFEFF类型 type,日期 date,日期精度 precision,", "xlsx": "docProps/core.xml",
	}
	for f, b := range exportFiles(t, cfg, "calendar", "2022", calendarFormats...) {
		if f == "xlsx" && !bytes.HasPrefix(b, []byte("PK")) {
			t.Errorf("xlsx export is not a zip file")
		}
		if f != "xlsx" && !bytes.Contains(b, []byte("威海—宇部结好30周年")) {
			t.Errorf("%s export lacks the Ube 30th", f)
		}
		if !bytes.Contains(b, []byte(want[f])) {
			t.Errorf("%s export lacks %q", f, want[f])
		}
	}
}

// TestExportCommandsRefuse: calendar and report name the year first, know
// their formats (the ones their packages write), and refuse anything else.
func TestExportCommandsRefuse(t *testing.T) {
	if got, want := slices.Sorted(slices.Values(calendarFormats)), slices.Sorted(maps.Keys(calendar.MediaTypes)); !slices.Equal(got, want) {
		t.Errorf("calendar --format %v, the calendar writes %v", got, want)
	}
	if got, want := slices.Sorted(slices.Values(reportFormats)), slices.Sorted(slices.Values(report.Formats)); !slices.Equal(got, want) {
		t.Errorf("report --format %v, the report writes %v", got, want)
	}
	cfg := testConfig(t)
	for _, bad := range [][]string{
		{"calendar", "2022", "--format", "pdf"},
		{"calendar", "--format", "ics", "2022"},
		{"calendar", "twenty"},
		{"report", "2022", "--format", "pdf"},
		{"report", "22"},
		{"report"},
	} {
		if _, _, err := youcheng("", on(cfg, bad...)...); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}

// TestCalendarCommandMatchesREST: youcheng calendar writes what
// GET /api/v1/calendar/{year} answers, in every format (apart from the time
// of generation), filters included.
func TestCalendarCommandMatchesREST(t *testing.T) {
	cfg := seededConfig(t)
	h := api.New(openTestStore(t, cfg), api.Config{Auth: "off"}, slog.New(slog.DiscardHandler)).Handler()
	generated := regexp.MustCompile(`"generated_at":"[^"]*"|DTSTAMP:\d{8}T\d{6}Z`)
	for _, args := range [][]string{{"--format", "json"}, {"--format", "csv"}, {"--format", "ics"}, {"--format", "csv", "--country", "KR"}} {
		cli := must(t, on(cfg, append([]string{"calendar", "2022"}, args...)...)...)
		url := "/api/v1/calendar/2022?format=" + args[1]
		if len(args) > 2 {
			url += "&country=" + args[3]
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", url, nil))
		if rec.Code != 200 {
			t.Fatalf("%s: %d", url, rec.Code)
		}
		got, want := generated.ReplaceAllString(cli, ""), generated.ReplaceAllString(rec.Body.String(), "")
		if got != want || len(got) < 1000 {
			t.Errorf("%q: the command's %d bytes differ from the %d of %s", args, len(got), len(want), url)
		}
	}
}
