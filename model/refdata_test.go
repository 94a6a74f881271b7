package model

import "testing"

func TestCountries(t *testing.T) {
	t.Parallel()
	for code, want := range map[string]bool{
		"CN": true, "JP": true, "GB": true, "SN": true, "TN": true, "SS": true, "XK": false,
		"UK": false, "gb": false, "ZZ": false, "": false, "GBR": false, "EU": false,
	} {
		if got := ValidCountry(code); got != want {
			t.Errorf("ValidCountry(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestZones(t *testing.T) {
	t.Parallel()
	if z := CountryZones("JP"); len(z) != 1 || z[0] != "Asia/Tokyo" {
		t.Errorf("JP zones = %v", z)
	}
	if z := CountryZones("RU"); len(z) < 10 {
		t.Errorf("RU zones = %v", z)
	}
	for name, want := range map[string]bool{
		"Asia/Shanghai": true, "Europe/London": true, "UTC": true, "Mars/Olympus": false,
		"CST": false, "Local": false, "": false, "asia/shanghai": false,
	} {
		if got := ValidZone(name); got != want {
			t.Errorf("ValidZone(%q) = %v, want %v", name, got, want)
		}
	}
}
