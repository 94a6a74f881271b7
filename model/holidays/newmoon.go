package holidays

import (
	"math"

	"github.com/6tail/lunar-go/ShouXingUtil"
	"github.com/6tail/lunar-go/calendar"

	"github.com/youcheng/youcheng/model/pdate"
)

// The Korean lunar calendar (음력) follows the same rules as the Chinese
// one but counts days in Korea Standard Time (UTC+9) instead of China
// Standard Time (UTC+8). A month starts on the civil day of the new moon, so
// when a new moon falls between 15:00 and 16:00 UT (23:00–24:00 in Beijing,
// 00:00–01:00 in Seoul) the Korean month starts one day after the Chinese
// one. lunar-go gives the Chinese month; newMoonUT tells whether the
// Korean one is a day later. Leap-month placement can in rare years differ
// too; that is not modelled (no such year affects months 1, 4 or 8 within
// 2000–2100 as far as the tests cover).

// newMoonJDE returns the Julian Ephemeris Day of the new moon of lunation
// k (k = 0 is 2000-01-06), after Meeus, Astronomical Algorithms 2nd ed.,
// ch. 49 (accurate to well under a minute for 1900–2100).
func newMoonJDE(k float64) float64 {
	t := k / 1236.85
	t2, t3, t4 := t*t, t*t*t, t*t*t*t
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*t2 - 0.000000150*t3 + 0.00000000073*t4
	rad := math.Pi / 180
	e := 1 - 0.002516*t - 0.0000074*t2
	m := (2.5534 + 29.10535670*k - 0.0000014*t2 - 0.00000011*t3) * rad
	mp := (201.5643 + 385.81693528*k + 0.0107582*t2 + 0.00001238*t3 - 0.000000058*t4) * rad
	f := (160.7108 + 390.67050284*k - 0.0016118*t2 - 0.00000227*t3 + 0.000000011*t4) * rad
	om := (124.7746 - 1.56375588*k + 0.0020672*t2 + 0.00000215*t3) * rad
	s := math.Sin
	corr := -0.40720*s(mp) + 0.17241*e*s(m) + 0.01608*s(2*mp) + 0.01039*s(2*f) +
		0.00739*e*s(mp-m) - 0.00514*e*s(mp+m) + 0.00208*e*e*s(2*m) - 0.00111*s(mp-2*f) -
		0.00057*s(mp+2*f) + 0.00056*e*s(2*mp+m) - 0.00042*s(3*mp) + 0.00042*e*s(m+2*f) +
		0.00038*e*s(m-2*f) - 0.00024*e*s(2*mp-m) - 0.00017*s(om) - 0.00007*s(mp+2*m) +
		0.00004*s(2*mp-2*f) + 0.00004*s(3*m) + 0.00003*s(mp+m-2*f) + 0.00003*s(2*mp+2*f) -
		0.00003*s(mp+m+2*f) + 0.00003*s(mp-m+2*f) - 0.00002*s(mp-m-2*f) - 0.00002*s(3*mp+m) +
		0.00002*s(4*mp)
	a := [14]float64{
		299.77 + 0.107408*k - 0.009173*t2, 251.88 + 0.016321*k, 251.83 + 26.651886*k,
		349.42 + 36.412478*k, 84.66 + 18.206239*k, 141.74 + 53.303771*k, 207.14 + 2.453732*k,
		154.84 + 7.306860*k, 34.52 + 27.261239*k, 207.19 + 0.121824*k, 291.34 + 1.844379*k,
		161.72 + 24.198154*k, 239.56 + 25.513099*k, 331.55 + 3.592518*k,
	}
	c := [14]float64{0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060,
		0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023}
	for i := range a {
		corr += c[i] * s(a[i]*rad)
	}
	return jde + corr
}

// julianDay returns the Julian Day at 0h UT of a civil date.
func julianDay(d pdate.Date) float64 {
	return float64(d.Time().Unix())/86400 + 2440587.5
}

// newMoonUT returns the Julian Day (UT) of the new moon nearest d.
func newMoonUT(d pdate.Date) float64 {
	jd := julianDay(d)
	k := math.Round((jd - 2451550.09766) / 29.530588861)
	jde := newMoonJDE(k)
	for jde-jd > 15 {
		k--
		jde = newMoonJDE(k)
	}
	for jd-jde > 15 {
		k++
		jde = newMoonJDE(k)
	}
	// ΔT (TT − UT) from lunar-go's table, which takes days since J2000.
	return jde - ShouXingUtil.DtT(jde-2451545)
}

// civilDay returns the civil date at UTC offset hours of Julian Day jd.
func civilDay(jd float64, offsetHours float64) pdate.Date {
	days := math.Floor(jd - 2440587.5 + offsetHours/24)
	return pdate.Date{Y: 1970, M: 1, D: 1}.AddDays(int(days))
}

// chineseLunarToSolar returns the Gregorian date of a Chinese lunar date
// (a leap month is a negative month, as in lunar-go).
func chineseLunarToSolar(year, month, day int) pdate.Date {
	s := calendar.NewLunarFromYmd(year, month, day).GetSolar()
	return pdate.Date{Y: s.GetYear(), M: s.GetMonth(), D: s.GetDay()}
}

// koreanLunarToSolar returns the Gregorian date of a Korean lunar date:
// the Chinese month start, moved a day later when the new moon falls on the
// next day in Korea Standard Time.
func koreanLunarToSolar(year, month, day int) pdate.Date {
	start := chineseLunarToSolar(year, month, 1)
	nm := newMoonUT(start)
	shift := 0
	if civilDay(nm, 9) != civilDay(nm, 8) && civilDay(nm, 8) == start {
		shift = 1
	}
	return start.AddDays(shift + day - 1)
}
