package calendar

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
)

func readCSV(t *testing.T, raw []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatalf("no UTF-8 byte-order mark: % x", raw[:min(len(raw), 8)])
	}
	// Every line break is CRLF, outside and inside quoted fields.
	if n, crlf := bytes.Count(raw, []byte("\n")), bytes.Count(raw, []byte("\r\n")); n != crlf || bytes.Count(raw, []byte("\r")) != crlf {
		t.Errorf("%d LF, %d CRLF: bare line breaks", n, crlf)
	}
	r := csv.NewReader(bytes.NewReader(raw[3:]))
	r.FieldsPerRecord = len(CSVHeader)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("invalid CSV: %v\n%s", err, raw)
	}
	return recs
}

func TestWriteCSV(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteCSV(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, b.Bytes())
	if !slices.Equal(recs[0], CSVHeader) {
		t.Errorf("header %q", recs[0])
	}
	want := [][]string{
		{"anniversary", "2022", "", "中日邦交正常化50周年", "50th anniversary of China–Japan normalization", "", "JP", "true", "commemoration:3"},
		{"anniversary", "2022-03-02", "", "威海—春川结好12周年", "12th anniversary of Weihai–Chuncheon ties", "5", "KR", "false", "partnership:5"},
		{"anniversary", "2022-07", "", "威海—库克结好5周年", "5th anniversary of Weihai–Cork friendship", "11", "IE", "true", "partnership:11"},
		{"event", "2022-07-15", "", "威海文化周伦敦开幕式", "Weihai Culture Week opening, London", "", "GB", "false", "event:43"},
		{"event", "2022-09-15", "2022-09-18", "宇部市友好代表团访问威海，第一站", `Ube delegation; day 1, "welcome" back\slash`, "7;9", "JP", "false", "event:42"},
		{"anniversary", "2022-09-21", "", "威海—宇部结好30周年", "30th anniversary of Weihai–Ube sister-city ties", "7", "JP", "true", "partnership:7"},
		{"event", "2022-12-01", "", "视频会议", "Video conference", "", "GB", "false", "event:44"},
	}
	if !slices.EqualFunc(recs[1:], want, slices.Equal) {
		t.Errorf("rows (holidays excluded):\n got %q\nwant %q", recs[1:], want)
	}
}

func TestWriteCSVQuoting(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, title, want, raw string // want: the field read back; raw: in the file
	}{
		{"comma", "Weihai, Ube", "Weihai, Ube", `"Weihai, Ube"`},
		{"quote", `the "Ube" visit`, `the "Ube" visit`, `"the ""Ube"" visit"`},
		{"newline", "line 1\nline 2", "line 1\nline 2", "\"line 1\r\nline 2\""},
		{"CRLF", "line 1\r\nline 2", "line 1\nline 2", "\"line 1\r\nline 2\""},
		{"chinese punctuation needs no quotes", "威海，宇部；结好", "威海，宇部；结好", ",威海，宇部；结好,"},
		{"formula defused", "=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")", `"'=HYPERLINK(""x"")"`},
		{"plus defused", "+86 631", "'+86 631", ",'+86 631,"},
		{"leading space quoted", " spaced", " spaced", `," spaced",`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b bytes.Buffer
			err := WriteCSV(&b, &Calendar{Entries: []Entry{{Type: TypeEvent, Date: pdate.MustParse("2022-05-04"), TitleZH: tt.title, TitleEN: tt.title}}})
			if err != nil {
				t.Fatal(err)
			}
			recs := readCSV(t, b.Bytes())
			if len(recs) != 2 || recs[1][3] != tt.want || recs[1][4] != tt.want {
				t.Errorf("read back %q, want title %q", recs, tt.want)
			}
			if !strings.Contains(b.String(), tt.raw) {
				t.Errorf("raw CSV lacks %q:\n%q", tt.raw, b.String())
			}
		})
	}
}

func TestWriteCSVEmpty(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteCSV(&b, &Calendar{Year: 2022}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "\uFEFF"+strings.Join(CSVHeader, ",")+"\r\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
