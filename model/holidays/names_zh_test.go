package holidays

import (
	"strings"
	"testing"
)

// Every day of the partner countries has a Chinese name, in every region,
// 2000–2040; other countries have none.
func TestNamesZHComplete(t *testing.T) {
	t.Parallel()
	s := New()
	for _, ci := range s.Countries() {
		regions := append([]string{""}, ci.Regions...)
		for _, r := range regions {
			for y := max(ci.FromYear, 2000); y <= 2040; y++ {
				yr, err := s.Year(ci.Country, r, y)
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range yr.Days {
					switch {
					case (zhCountries[ci.Country] || ci.Country == "CN") && d.NameZH == "":
						t.Errorf("%s %s %s %q has no name_zh", ci.Country, r, d.Date, d.NameEN)
					case !zhCountries[ci.Country] && ci.Country != "CN" && d.NameZH != "":
						t.Errorf("%s %s has name_zh %q", ci.Country, d.Date, d.NameZH)
					}
				}
				if yr.Note != "" && yr.NoteZH == "" {
					t.Errorf("%s %s %d: note %q has no Chinese", ci.Country, r, y, yr.Note)
				}
			}
		}
	}
}

// Names checked by hand against Chinese usage.
func TestNamesZHExamples(t *testing.T) {
	t.Parallel()
	s := New()
	for _, c := range []struct{ country, date, want string }{
		{"KR", "2026-07-17", "制宪节"},
		{"KR", "2026-03-02", "替代公休日（三一节）"},
		{"KR", "2026-06-03", "第9届全国同时地方选举日"},
		{"KR", "2027-05-03", "替代公休日（劳动节）"},
		{"KR", "2028-04-12", "第23届国会议员选举日"},
		{"JP", "2026-05-04", "绿之日"},
		{"JP", "2026-05-06", "宪法纪念日（补假）"},
		{"GB", "2023-05-08", "查尔斯三世国王加冕日"},
		{"US", "2026-07-03", "独立日（美国国庆日）（补假）"},
		{"FR", "2026-07-14", "国庆日（巴士底日）"},
		{"CN", "2026-10-01", "国庆节"},
	} {
		hol, ok := s.Holiday(c.country, "", d(c.date))
		if !ok || hol.NameZH != c.want {
			t.Errorf("%s %s: name_zh %q, want %q", c.country, c.date, hol.NameZH, c.want)
		}
	}
	if y, _ := s.Year("UA", "", 2024); !strings.Contains(y.NoteZH, "战时状态") {
		t.Errorf("UA 2024 note_zh %q", y.NoteZH)
	}
}
