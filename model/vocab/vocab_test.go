package vocab

import "testing"

func TestBilingual(t *testing.T) {
	for _, c := range []struct{ zh, en, sep, want string }{
		{"威海", "Weihai", " / ", "威海 / Weihai"},
		{"威海", "Weihai", " ", "威海 Weihai"},
		{"", "Weihai", " / ", "Weihai"},
		{"威海", "", " / ", "威海"},
		{"Ube", "Ube", " / ", "Ube"},
		{"", "", " / ", ""},
	} {
		if got := Bilingual(c.zh, c.en, c.sep); got != c.want {
			t.Errorf("Bilingual(%q, %q, %q) = %q, want %q", c.zh, c.en, c.sep, got, c.want)
		}
	}
}

func TestParseHHMM(t *testing.T) {
	for s, want := range map[string]bool{"00:00": true, "23:59": true, "09:30": true,
		"24:00": false, "12:60": false, "9:30": false, "12h30": false, "": false, "12:3a": false} {
		if _, _, ok := ParseHHMM(s); ok != want || ValidHHMM(s) != want {
			t.Errorf("ParseHHMM(%q) ok = %v, want %v", s, ok, want)
		}
	}
	if h, m, _ := ParseHHMM("07:45"); h != 7 || m != 45 {
		t.Errorf("ParseHHMM(07:45) = %d, %d", h, m)
	}
}
