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
//	sister_city      "sister-city relationship"      结好  威海—宇部结好30周年
//	friendship_city  "friendship-city relationship"  结好
//	cooperation      "cooperation"                   合作  威海—仁川合作20周年
//	membership       "membership"                    加入, worded
//	                 "{LocalZH}加入{PartnerZH}{N}周年" (山东省加入东北亚地区地方政府联合会30周年),
//	                 because "山东省—东北亚地区地方政府联合会加入30周年" is not idiomatic Chinese
//	other            "partnership"                   交往
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
	var b strings.Builder
	b.Grow(2*(len(o.LocalEN)+len(o.LocalZH)+len(o.PartnerEN)+len(o.PartnerZH)+len(o.TitleEN)+len(o.TitleZH)) + 64)
	enLen := o.writeTitles(&b, n)
	s := b.String() // one allocation for both titles
	return s[:enLen], s[enLen:]
}

// writeTitles writes the English title of the n-th anniversary of o and then
// the Chinese one to b, and returns the length of the English title.
func (o *Origin) writeTitles(b *strings.Builder, n int) (enLen int) {
	var numBuf [20]byte
	num := strconv.AppendInt(numBuf[:0], int64(n), 10)
	start := b.Len()
	b.Write(num)
	b.WriteString(ordinalSuffix(n))
	if o.Source != SourcePartnership {
		tEN, tZH := fallback(o.TitleEN, o.TitleZH), fallback(o.TitleZH, o.TitleEN)
		if tEN == "" {
			b.WriteString(" anniversary")
		} else {
			b.WriteString(" anniversary of ")
			b.WriteString(tEN)
		}
		enLen = b.Len() - start
		b.WriteString(tZH)
		b.WriteString(sep(tZH))
		b.Write(num)
		b.WriteString("周年")
		return enLen
	}

	localEN, partnerEN := fallback(o.LocalEN, o.LocalZH), fallback(o.PartnerEN, o.PartnerZH)
	localZH, partnerZH := fallback(o.LocalZH, o.LocalEN), fallback(o.PartnerZH, o.PartnerEN)
	relation, verb := "partnership", "交往"
	switch o.Type {
	case TypeSisterCity:
		relation, verb = "sister-city relationship", "结好"
	case TypeFriendshipCity:
		relation, verb = "friendship-city relationship", "结好"
	case TypeCooperation:
		relation, verb = "cooperation", "合作"
	case TypeMembership:
		relation = "membership"
	}
	b.WriteString(" anniversary of ")
	b.WriteString(localEN)
	b.WriteString("–") // en dash
	b.WriteString(partnerEN)
	b.WriteByte(' ')
	b.WriteString(relation)
	enLen = b.Len() - start

	b.WriteString(localZH)
	if o.Type == TypeMembership {
		b.WriteString("加入")
		b.WriteString(partnerZH)
		b.WriteString(sep(partnerZH))
	} else {
		b.WriteString("—") // em dash
		b.WriteString(partnerZH)
		b.WriteString(verb)
	}
	b.Write(num)
	b.WriteString("周年")
	return enLen
}

// titleArena builds many titles into shared chunks of memory, so that
// producing n anniversaries costs O(n/chunk) allocations instead of 2n. A
// title keeps its whole chunk alive, which is fine for results that are used
// and dropped together.
type titleArena struct {
	b    strings.Builder
	left int // anniversaries still to be titled, to size chunks
}

const (
	arenaChunk   = 64 << 10 // bytes per chunk, at most
	arenaPerItem = 160      // expected bytes of a pair of titles
	arenaMinFree = 1 << 10  // start a new chunk below this much room
)

// titles returns the titles of the n-th anniversary of o.
func (a *titleArena) titles(o *Origin, n int) (en, zh string) {
	if a.b.Cap()-a.b.Len() < arenaMinFree {
		// Strings already handed out keep referencing the old chunk.
		a.b.Reset()
		a.b.Grow(min(arenaChunk, max(arenaMinFree, a.left*arenaPerItem)))
	}
	a.left--
	start := a.b.Len()
	enLen := o.writeTitles(&a.b, n)
	s := a.b.String()[start:]
	return s[:enLen], s[enLen:]
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
