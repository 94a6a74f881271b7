package anniversary

import (
	"strconv"
	"strings"
)

// Ordinal returns n with its English ordinal suffix: 1st, 2nd, 3rd, 4th,
// 11th, 12th, 13th, 21st, 101st, 111th, 112th, 122nd... Negative numbers take
// the suffix of their absolute value ("-1st").
func Ordinal(n int) string { return strconv.Itoa(n) + ordinalSuffix(n) }

func ordinalSuffix(n int) string {
	if n < 0 {
		n = -n // math.MinInt stays negative and gets "th" below
	}
	switch n % 100 {
	case 11, 12, 13:
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// Titles returns the English and Chinese titles of the n-th anniversary of o.
//
// Partnerships:
//
//	EN  "{ordinal} anniversary of {LocalEN}–{PartnerEN} {relation}"
//	ZH  "{LocalZH}—{PartnerZH}{verb}{N}周年"
//
// with, by Type:
//
//	type             relation                        verb  example
//	sister_city      "sister-city relationship"      结好  威海—宇部结好30周年
//	friendship_city  "friendship-city relationship"  结好  威海—群山结好21周年
//	cooperation      "cooperation"                   合作  威海—仁川合作2周年
//	other            "partnership"                   交往  威海—宇部交往13周年
//	membership       "membership"                    see below
//
// Membership is worded "{LocalZH}加入{PartnerZH}{N}周年" in Chinese
// (山东省加入东北亚地区地方政府联合会30周年, "30th anniversary of Shandong
// joining NEAR"), since "山东省—东北亚地区地方政府联合会加入30周年" is not
// idiomatic; the English title keeps the common pattern ("30th anniversary
// of Shandong–NEAR membership").
//
// Commemorations (and any Source other than SourcePartnership):
//
//	EN  "{ordinal} anniversary of {TitleEN}"  50th anniversary of China–Japan diplomatic normalization
//	ZH  "{TitleZH}{N}周年"                    中日邦交正常化50周年
//
// English uses an en dash (U+2013) between the parties, Chinese an em dash
// (U+2014). A missing name or title in one language falls back to the other
// language. In Chinese, when the text before the number ends in an ASCII
// letter or digit (typically an English fallback, or "G20"), a space is
// inserted so the number stays readable ("G20 10周年", not "G2010周年"). A
// commemoration without any title gets "{ordinal} anniversary" / "{N}周年".
func (o *Origin) Titles(n int) (en, zh string) {
	p := o.titleParts(n, strconv.Itoa(n))
	enLen, zhLen := p.lens()
	var b strings.Builder
	b.Grow(enLen + zhLen)
	p.writeTo(&b)
	s := b.String() // one allocation for both titles
	return s[:enLen], s[enLen:]
}

// titleParts are the pieces the titles of one anniversary are concatenated
// from, so that the titles can be sized before they are written: en[:nEN]
// and zh[:nZH].
type titleParts struct {
	en, zh   [6]string
	nEN, nZH int
}

// lens returns the lengths in bytes of the English and Chinese titles.
func (p *titleParts) lens() (en, zh int) {
	for _, s := range p.en[:p.nEN] {
		en += len(s)
	}
	for _, s := range p.zh[:p.nZH] {
		zh += len(s)
	}
	return en, zh
}

// writeTo writes the English and then the Chinese title to b.
func (p *titleParts) writeTo(b *strings.Builder) {
	for _, s := range p.en[:p.nEN] {
		b.WriteString(s)
	}
	for _, s := range p.zh[:p.nZH] {
		b.WriteString(s)
	}
}

// titleParts returns the title pieces of the n-th anniversary of o, where
// num is n in decimal.
func (o *Origin) titleParts(n int, num string) (p titleParts) {
	if o.Source != SourcePartnership {
		tEN, tZH := fallback(o.TitleEN, o.TitleZH), fallback(o.TitleZH, o.TitleEN)
		if tEN == "" {
			p.en, p.nEN = [6]string{num, ordinalSuffix(n), " anniversary"}, 3
		} else {
			p.en, p.nEN = [6]string{num, anniversaryOf(n), tEN}, 3
		}
		p.zh, p.nZH = [6]string{tZH, sep(tZH), num, "周年"}, 4
		return p
	}
	localEN, partnerEN := fallback(o.LocalEN, o.LocalZH), fallback(o.PartnerEN, o.PartnerZH)
	localZH, partnerZH := fallback(o.LocalZH, o.LocalEN), fallback(o.PartnerZH, o.PartnerEN)
	relation, verb := " partnership", "交往"
	switch o.Type {
	case TypeSisterCity:
		relation, verb = " sister-city relationship", "结好"
	case TypeFriendshipCity:
		relation, verb = " friendship-city relationship", "结好"
	case TypeCooperation:
		relation, verb = " cooperation", "合作"
	case TypeMembership:
		relation = " membership"
	}
	// English parties are joined by an en dash (U+2013), Chinese ones by an
	// em dash (U+2014).
	p.en, p.nEN = [6]string{num, anniversaryOf(n), localEN, "–", partnerEN, relation}, 6
	if o.Type == TypeMembership {
		p.zh = [6]string{localZH, "加入", partnerZH, sep(partnerZH), num, "周年"}
	} else {
		p.zh = [6]string{localZH, "—", partnerZH, verb, num, "周年"}
	}
	p.nZH = 6
	return p
}

// anniversaryOf returns the ordinal suffix of n followed by " anniversary of ".
func anniversaryOf(n int) string {
	switch ordinalSuffix(n) {
	case "st":
		return "st anniversary of "
	case "nd":
		return "nd anniversary of "
	case "rd":
		return "rd anniversary of "
	}
	return "th anniversary of "
}

// fallback returns s, or alt when s is empty.
func fallback(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// sep returns the separator to put between s and a following number: a space
// when s ends in an ASCII letter or digit, nothing otherwise.
func sep(s string) string {
	if s == "" {
		return ""
	}
	switch c := s[len(s)-1]; {
	case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return " "
	}
	return ""
}

// titleArena writes the titles of many anniversaries into a few shared
// chunks, so that n anniversaries cost O(n/arenaChunk) allocations instead
// of 2n. A title kept alive keeps its chunk alive, which suits results that
// are used and dropped as a whole.
type titleArena struct {
	b    strings.Builder
	left int // anniversaries still to be titled, to size the last chunks
}

const (
	arenaChunk   = 64 << 10 // bytes per chunk, at most (unless a title is longer)
	arenaPerItem = 128      // expected bytes of an anniversary's two titles
)

// write writes the titles of the n-th anniversary of o (num is n in
// decimal) and returns them.
func (a *titleArena) write(o *Origin, n int, num string) (en, zh string) {
	p := o.titleParts(n, num)
	enLen, zhLen := p.lens()
	if a.b.Cap()-a.b.Len() < enLen+zhLen {
		// Titles already handed out keep referencing the previous chunk.
		a.b = strings.Builder{}
		a.b.Grow(max(enLen+zhLen, min(arenaChunk, a.left*arenaPerItem)))
	}
	a.left--
	start := a.b.Len()
	p.writeTo(&a.b)
	s := a.b.String()[start:]
	return s[:enLen], s[enLen:]
}
