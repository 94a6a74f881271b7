package planning

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/youcheng/youcheng/model/holidays"
	"github.com/youcheng/youcheng/model/pdate"
)

func TestChooseMeeting(t *testing.T) {
	p := New(holidays.New())
	r := p.newRun(2022)
	home := r.side(Party{NameEN: "Weihai", NameZH: "威海", Country: "CN", Timezone: "Asia/Shanghai"}, "")
	mk := func(country, tz string) *side { return r.side(Party{Country: country, Timezone: tz}, home.tz) }
	cases := []struct {
		name      string
		partner   *side
		date      string
		minutes   int
		wantStart string // Weihai time
		wantOther string // partner's local time
		inside    bool
		shortened int // expected minutes when shortened
	}{
		// BST: 7 hours apart, overlap 16:00–17:00 Weihai = 09:00–10:00 London.
		{"Cheltenham July", mk("GB", "Europe/London"), "2022-07-13", 60, "16:00", "09:00", true, 0},
		// GMT: 8 hours apart, Weihai 17:00 = London 09:00, no overlap: the
		// out-of-hours hour is split, 30 min in each city.
		{"Cheltenham January", mk("GB", "Europe/London"), "2022-01-19", 60, "16:30", "08:30", false, 0},
		// 90 minutes do not fit the one shared hour: shortened to 60.
		{"Cheltenham July, 90 min", mk("GB", "Europe/London"), "2022-07-13", 90, "16:00", "09:00", true, 60},
		// Ube one hour ahead: an hour after the shared hours open.
		{"Ube", mk("JP", "Asia/Tokyo"), "2022-07-13", 60, "10:00", "11:00", true, 0},
		// Moscow 5 hours behind: shared 14:00–17:00 Weihai.
		{"Moscow", mk("RU", "Europe/Moscow"), "2022-07-13", 60, "15:00", "10:00", true, 0},
		// New York in winter, 13 hours behind: gap Weihai 06:00–09:00 (NY
		// 17:00–20:00 the day before) is the shorter one; 4 h outside, 2 h each.
		{"New York January", mk("US", "America/New_York"), "2022-01-19", 60, "07:00", "18:00", false, 0},
		// Auckland in January (NZDT, +13): 5 hours ahead; overlap 09:00–12:00 Weihai.
		{"Auckland", mk("NZ", "Pacific/Auckland"), "2022-01-19", 60, "10:00", "15:00", true, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := r.chooseMeeting([]*side{home, c.partner}, pdate.MustParse(c.date), c.minutes)
			if !m.ok {
				t.Fatal("no meeting")
			}
			if got := clock(m.start, home.loc); got != c.wantStart {
				t.Errorf("start %s Weihai, want %s", got, c.wantStart)
			}
			if got := clock(m.start, c.partner.loc); got != c.wantOther {
				t.Errorf("start %s %s, want %s", got, c.partner.tz, c.wantOther)
			}
			if m.inside != c.inside {
				t.Errorf("inside %v", m.inside)
			}
			if c.shortened != 0 && (!m.shortened || m.minutes != c.shortened) {
				t.Errorf("minutes %d shortened %v, want %d", m.minutes, m.shortened, c.shortened)
			}
		})
	}
	// Weihai Monday 07:00 is Sunday evening in New York: not a working day
	// there, so the best time that Monday lies elsewhere; on a Saturday in
	// Weihai there is none at all.
	if m := r.chooseMeeting([]*side{home, mk("US", "America/New_York")}, pdate.MustParse("2022-01-17"), 60); m.ok &&
		localDate(m.start, r.sides[sideKey{"US", "", "America/New_York"}].loc).Weekday() == time.Sunday {
		t.Errorf("meeting on a New York Sunday: %v", m.start)
	}
	if m := r.chooseMeeting([]*side{home, mk("JP", "Asia/Tokyo")}, pdate.MustParse("2022-01-15"), 60); m.ok {
		t.Errorf("meeting on a Saturday: %v", m.start)
	}
}

func TestTemplateValidation(t *testing.T) {
	good := `{"key":"x","scope":"partnership","title_en":"{anniversary_en}","title_zh":"{anniversary_zh}","description":"",
	  "items":[{"key":"c","title_en":"a","title_zh":"b","kind":"ceremony","format":"in_person","flagship":true,"duration_days":1,"target":{"offset_days":0}}]}`
	if _, err := loadTemplates(fstest.MapFS{"templates/x.json": {Data: []byte(good)}}); err != nil {
		t.Fatalf("good template rejected: %v", err)
	}
	bad := map[string]string{
		"unknown field":       `"colour":"red",`,
		"unknown placeholder": `"title_en":"{mayor}",`,
		"bad kind":            `"kind":"party",`,
		"online with days":    `"format":"online",`,
		"no flagship":         `"flagship":false,`,
		"spread in series":    `"target":{"spread":true},`,
		"two targets":         `"target":{"offset_days":0,"month":3},`,
	}
	for name, patch := range bad {
		// Later duplicate keys win in encoding/json, so the patch goes last.
		src := strings.Replace(good, `"target":{"offset_days":0}}]}`, `"target":{"offset_days":0},`+strings.TrimSuffix(patch, ",")+`}]}`, 1)
		if _, err := loadTemplates(fstest.MapFS{"templates/x.json": {Data: []byte(src)}}); err == nil {
			t.Errorf("%s: accepted %s", name, src)
		}
	}
	if _, err := loadTemplates(templateFS); err != nil {
		t.Fatalf("embedded templates: %v", err)
	}
}
