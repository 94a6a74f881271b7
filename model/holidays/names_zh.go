package holidays

import (
	"regexp"
	"strings"
)

// Chinese names (name_zh) for the countries of the seeded partners and the
// other partner countries the office lists (JP, KR, GB, US, RU, BY, UA, FR,
// RO, SN, TN, MY, NZ, ES, DE, IT, AU); China's own names are Chinese
// already. Names follow the usage of Chinese official and news sources
// (e.g. 新华社 for foreign holidays); they are keyed by the English name the
// engine gives, per country where one English name means different days.

// zhCountries are the countries whose days get a name_zh.
var zhCountries = map[string]bool{
	"JP": true, "KR": true, "GB": true, "US": true, "RU": true, "BY": true, "UA": true, "FR": true, "RO": true,
	"SN": true, "TN": true, "MY": true, "NZ": true, "ES": true, "DE": true, "IT": true, "AU": true,
}

// namesZH maps an English holiday name to Chinese, for every country.
var namesZH = map[string]string{
	// Common
	"New Year's Day": "元旦", "Christmas Day": "圣诞节", "Christmas": "圣诞节", "Boxing Day": "节礼日",
	"Good Friday": "耶稣受难日", "Easter Monday": "复活节星期一", "Easter Sunday": "复活节", "Easter Saturday": "复活节星期六",
	"Labour Day": "劳动节", "Labor Day": "劳动节", "International Women's Day": "国际妇女节", "Women's Day": "妇女节",
	"All Saints' Day": "诸圣节", "Assumption Day": "圣母升天节", "Ascension Day": "耶稣升天节", "Whit Monday": "圣灵降临节星期一",
	"Epiphany": "主显节", "Immaculate Conception": "圣母无原罪瞻礼", "Corpus Christi": "基督圣体节",
	"St Stephen's Day (second day of Christmas)": "圣斯德望日（圣诞节次日）", "Independence Day": "独立日",
	"Constitution Day": "宪法日", "Victory Day": "胜利日", "Day after New Year's Day": "元旦次日",
	// JP
	"Coming of Age Day": "成人节", "National Foundation Day": "建国纪念日", "The Emperor's Birthday": "天皇诞辰",
	"Vernal Equinox Day": "春分日", "Showa Day": "昭和日", "Constitution Memorial Day": "宪法纪念日", "Greenery Day": "绿之日",
	"Children's Day": "儿童节", "Marine Day": "海之日", "Mountain Day": "山之日", "Respect for the Aged Day": "敬老日",
	"Autumnal Equinox Day": "秋分日", "Sports Day": "体育日", "Culture Day": "文化日", "Labor Thanksgiving Day": "勤劳感谢日",
	"New Emperor Enthronement Day": "新天皇即位日", "The New Emperor Enthronement Ceremony": "即位礼正殿之仪",
	"National holiday (between two holidays)":                                             "国民休息日",
	"National Holiday Between Showa Day And New Emperor Enthronement Day":                 "国民休息日",
	"National holiday between New Emperor Enthronement Day and Constitution Memorial Day": "国民休息日",
	"National holiday between Respect for the Aged Day and Autumnal Equinox Day":          "国民休息日",
	// KR
	"Seollal": "春节（설날）", "Seollal holiday": "春节连休", "Chuseok": "中秋节（추석）", "Chuseok holiday": "中秋连休",
	"Independence Movement Day": "三一节", "Arbor Day": "植树节", "Buddha's Birthday": "佛诞日", "Hangul Day": "韩文节",
	"Temporary holiday": "临时公休日", "Temporary holiday (70th Liberation anniversary)": "临时公休日（光复70周年）",
	"Temporary holiday (Armed Forces Day)": "临时公休日（国军节）", "Temporary holiday (World Cup)": "临时公休日（世界杯）",
	// GB
	"2nd January": "1月2日假日", "Battle of the Boyne (Orangemen's Day)": "博因河战役纪念日（奥兰治节）",
	"Coronation of King Charles III": "查尔斯三世国王加冕日", "Early May": "五月初银行假日", "Early May bank holiday": "五月初银行假日",
	"Platinum Jubilee Bank Holiday": "白金禧年银行假日", "Queen's Diamond Jubilee": "女王钻禧纪念日", "Royal Wedding": "王室婚礼日",
	"Spring Bank Holiday": "春季银行假日", "St Patrick's Day": "圣帕特里克节", "State Funeral of Queen Elizabeth II": "伊丽莎白二世女王国葬日",
	"Summer Bank Holiday": "夏季银行假日", "VE Day": "欧战胜利日", "World Cup Bank Holiday": "世界杯银行假日",
	// US
	"Columbus Day": "哥伦布日", "Juneteenth": "六月节（奴隶解放日）", "Martin Luther King Jr. Day": "马丁·路德·金纪念日",
	"Presidents' Day": "总统日", "Thanksgiving Day": "感恩节", "Veterans Day": "退伍军人节",
	"Christmas Eve (executive order)": "平安夜（总统行政令放假）", "Day after Christmas (executive order)": "圣诞节次日（总统行政令放假）",
	"National Day of Mourning for President Carter": "卡特总统国家哀悼日",
	// RU, BY
	"Defender of the Fatherland Day": "祖国保卫者日", "New Year holidays": "新年假期", "New Year holiday": "新年假期",
	"Orthodox Christmas": "东正教圣诞节", "Russia Day": "俄罗斯日", "Spring and Labour Day": "春天和劳动节", "Unity Day": "民族团结日",
	"Catholic Christmas": "天主教圣诞节", "Catholic Easter": "天主教复活节", "October Revolution Day": "十月革命节",
	"Orthodox Easter": "东正教复活节", "Radunitsa": "追思节（拉杜尼察）",
	// UA
	"Day of Remembrance and Victory over Nazism in World War II": "第二次世界大战纪念与战胜纳粹日",
	"Victory Day over Nazism in World War II":                    "第二次世界大战战胜纳粹日",
	"Defenders of Ukraine Day":                                   "乌克兰保卫者日", "Orthodox Trinity": "东正教圣三一节", "Statehood Day": "乌克兰国家日",
	// FR
	"Armistice Day": "停战纪念日", "Bastille Day": "国庆日（巴士底日）", "Victory in Europe Day": "欧战胜利纪念日",
	// RO
	"Orthodox Easter Monday": "东正教复活节星期一", "Orthodox Easter Sunday": "东正教复活节", "Orthodox Good Friday": "东正教耶稣受难日",
	"Orthodox Whit Monday": "东正教圣灵降临节星期一", "Orthodox Whit Sunday": "东正教圣灵降临节",
	"St John the Baptist's Day": "圣约翰施洗者节", "Union Day": "统一日",
	// SN
	"Eid al-Adha (Tabaski)": "宰牲节（塔巴斯基节）", "Eid al-Fitr (Korité)": "开斋节（科里特节）", "Islamic New Year": "伊斯兰新年",
	"Mawlid (Maouloud)": "圣纪节（毛卢德节）", "Tamkharit (Ashura)": "阿舒拉节（坦哈里特节）", "Grand Magal de Touba": "图巴大马加勒节",
	"Day after the Grand Magal (bridge day)": "图巴大马加勒节次日（桥休日）", "Day after Tabaski (bridge day)": "宰牲节次日（桥休日）",
	// TN
	"Eid al-Adha": "宰牲节", "Eid al-Fitr": "开斋节", "Evacuation Day": "撤军节", "Martyrs' Day": "烈士节", "Mawlid": "圣纪节",
	"Republic Day": "共和国日", "Revolution Day": "革命节", "Revolution and Youth Day": "革命与青年节",
	// MY
	"Awal Muharram": "伊斯兰新年", "Birthday of the Yang di-Pertuan Agong": "最高元首诞辰", "Chinese New Year": "农历新年",
	"Chinese New Year (second day)": "农历新年（初二）", "Deepavali": "屠妖节", "Hari Raya Aidilfitri": "开斋节",
	"Hari Raya Haji": "哈芝节", "Malaysia Day": "马来西亚日", "National Day": "国庆日", "Prophet Muhammad's Birthday": "先知穆罕默德诞辰",
	"Wesak Day": "卫塞节",
	// NZ, AU
	"ANZAC Day": "澳新军团日", "Matariki": "玛塔里奇节（毛利新年）", "Queen Elizabeth II Memorial Day": "伊丽莎白二世女王纪念日",
	"Queen's Birthday": "女王诞辰日", "King's Birthday": "国王诞辰日", "Waitangi Day": "怀唐伊日", "Australia Day": "澳大利亚国庆日",
	"Canberra Day": "堪培拉日", "Eight Hours Day": "八小时工作日纪念日", "Friday before the AFL Grand Final": "澳式足球总决赛前的星期五",
	"March Public Holiday": "三月公共假日", "May Day": "五月节", "Melbourne Cup": "墨尔本杯赛马日",
	"National Day of Mourning for Her Majesty the Queen": "伊丽莎白二世女王国家哀悼日", "Picnic Day": "野餐日",
	"Proclamation Day": "宣告日", "Reconciliation Day": "和解日", "Western Australia Day": "西澳大利亚日",
	// ES, DE, IT
	"National Day of Spain": "西班牙国庆日", "German Unity Day": "德国统一日", "Reformation Day": "宗教改革纪念日",
	"Repentance and Prayer Day": "忏悔祈祷日", "World Children's Day": "世界儿童日", "Liberation Day": "解放日",
	"St Francis of Assisi Day": "圣方济各节（意大利主保圣人日）",
}

// countryNamesZH are names that mean a different day in one country.
var countryNamesZH = map[string]map[string]string{
	"KR": {"Constitution Day": "制宪节", "Liberation Day": "光复节", "Memorial Day": "显忠日", "National Foundation Day": "开天节",
		"Children's Day": "儿童节", "Labour Day": "劳动节"},
	"US": {"Memorial Day": "阵亡将士纪念日", "Independence Day": "独立日（美国国庆日）"},
	"RO": {"National Day": "国庆日（大统一日）", "St Andrew's Day": "圣安德烈节", "Children's Day": "儿童节"},
	"GB": {"St Andrew's Day": "圣安德鲁节"},
	"IT": {"Republic Day": "共和国日（国庆日）", "Liberation Day": "解放日"},
	"BY": {"Independence Day": "独立日（共和国日）"},
}

var (
	reKRElection = regexp.MustCompile(`^(\d+)(?:st|nd|rd|th) (legislative|presidential) election$`)
	reKRLocal    = regexp.MustCompile(`^(\d+)(?:st|nd|rd|th) local elections$`)
	reMovedFrom  = regexp.MustCompile(`^Day off \(moved from (\d{4}-\d\d-\d\d)\)$`)
	reForWeekend = regexp.MustCompile(`^Day off \(for (.+) on a weekend\)$`)
	reWorkMoved  = regexp.MustCompile(`^Working day \(day off moved to (\d{4}-\d\d-\d\d)\)$`)
	reBYOff      = regexp.MustCompile(`^Day off \(working day moved to (\d{4}-\d\d-\d\d)\)$`)
	reBYWork     = regexp.MustCompile(`^Working Saturday \(for (\d{4}-\d\d-\d\d)\)$`)
	reKRSubst    = regexp.MustCompile(`^Substitute holiday \((.+)\)$`)
)

// nameZH returns the Chinese name of one day of country, "" when unknown.
func nameZH(country, en string) string {
	parts := strings.Split(en, " / ")
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		zh := namePartZH(country, p)
		if zh == "" {
			return ""
		}
		out = append(out, zh)
	}
	return strings.Join(out, " / ")
}

func namePartZH(country, en string) string {
	if zh, ok := countryNamesZH[country][en]; ok {
		return zh
	}
	if zh, ok := namesZH[en]; ok {
		return zh
	}
	if base, ok := strings.CutSuffix(en, " (estimated)"); ok {
		if zh := namePartZH(country, base); zh != "" {
			return zh + "（估算日期）"
		}
		return ""
	}
	if base, ok := strings.CutSuffix(en, " (substitute day)"); ok {
		if zh := namePartZH(country, base); zh != "" {
			return zh + "（补假）"
		}
		return ""
	}
	if m := reKRSubst.FindStringSubmatch(en); m != nil {
		if zh := namePartZH(country, m[1]); zh != "" {
			return "替代公休日（" + zh + "）"
		}
		return ""
	}
	if m := reKRElection.FindStringSubmatch(en); m != nil {
		kind := "国会议员选举日"
		if m[2] == "presidential" {
			kind = "总统选举日"
		}
		return "第" + m[1] + "届" + kind
	}
	if m := reKRLocal.FindStringSubmatch(en); m != nil {
		return "第" + m[1] + "届全国同时地方选举日"
	}
	if m := reMovedFrom.FindStringSubmatch(en); m != nil {
		return "调休日（由" + m[1] + "调来）"
	}
	if m := reForWeekend.FindStringSubmatch(en); m != nil {
		if zh := namePartZH(country, m[1]); zh != "" {
			return "补休（" + zh + "适逢周末）"
		}
		return ""
	}
	if m := reWorkMoved.FindStringSubmatch(en); m != nil {
		return "调休上班（休息日调至" + m[1] + "）"
	}
	if m := reBYOff.FindStringSubmatch(en); m != nil {
		return "调休日（工作日调至" + m[1] + "）"
	}
	if m := reBYWork.FindStringSubmatch(en); m != nil {
		return "周六上班（调换" + m[1] + "）"
	}
	return ""
}

// addNamesZH fills NameZH of every day of y that has none, for the
// countries of zhCountries, and NoteZH of every country.
func addNamesZH(y *Year) {
	if y.NoteZH == "" && y.Note != "" {
		y.NoteZH = noteZH(y.Note)
	}
	for i := range y.Days {
		d := &y.Days[i]
		switch {
		case d.NameZH != "":
		case y.Country == "CN":
			d.NameZH = d.NameLocal // China's names are Chinese
		case zhCountries[y.Country]:
			d.NameZH = nameZH(y.Country, d.NameEN)
		}
	}
}

// notesZH are the Chinese of every sentence the engine writes in a note.
var notesZH = []struct{ en, zh string }{
	{"Estimate: the State Council has not published this year's schedule (it is known for 2002–2027). " +
		"Only the statutory days are listed, with lunar festivals computed from the lunar calendar; " +
		"the published schedule usually adds bridge days and weekend make-up workdays (调休).",
		"估算：国务院尚未公布本年度放假安排（已知2002–2027年）。仅列出法定假日，农历节日按农历推算；正式安排通常另有连休和周末调休上班日。"},
	{islamicNote, "伊斯兰节日按伊斯兰历算法估算；正式日期以观月为准，可能相差一两天。"},
	{"Dates marked (estimated) are computed; the others were announced.", "标注“估算”的日期为推算，其余为官方公布日期。"},
	{"Wesak and Deepavali are estimated; state holidays and state weekends are not included.", "卫塞节和屠妖节为估算日期；不含各州假日和州周末。"},
	{"Equinox days computed; Japan's Cabinet Office announces them each February for the following year.", "春分日、秋分日为推算日期；日本内阁府每年2月公布次年日期。"},
	{"Matariki (from the Act's schedule) is listed through 2030 only; regional anniversary days are not included.", "玛塔里奇节（依法律附表）只列至2030年；不含各地区周年纪念日。"},
	{"Regional anniversary days are not included.", "不含各地区周年纪念日。"},
	{uncheckedNote, "按法定规则推算；未与官方公布的放假安排逐日核对。"},
	{"No government resolution on moving days off is recorded for this year: the two January weekend days " +
		"that coincide with New Year holidays are moved by it every year, so those moves are missing.",
		"本年度尚无政府调休决议记录：与新年假期重合的两个一月周末休息日每年都由该决议调移，故缺少这些调整。"},
	{"No Council of Ministers resolution on moving working days is recorded for this year; holidays are listed, transfers are not.",
		"本年度尚无部长会议调休决议记录；只列出节日，不含调休。"},
	{"National set: days off in every region; pass a region for its full set.", "全国通用：仅列出各地区共有的假日；指定地区可查看该地区的全部假日。"},
	{uaMartialNote, uaMartialNoteZH},
}

var reRulesNote = regexp.MustCompile(`^Computed from the rules in force; days off declared for (\d+) are not known yet\.`)

// noteZH translates a note sentence by sentence; "" when a sentence has no
// Chinese.
func noteZH(note string) string {
	var b strings.Builder
	rest := strings.TrimSpace(note)
	for rest != "" {
		found := false
		if m := reRulesNote.FindStringSubmatch(rest); m != nil {
			b.WriteString("按现行规则推算；" + m[1] + "年另行宣布的假日尚不可知。")
			rest, found = strings.TrimSpace(rest[len(m[0]):]), true
		}
		for _, n := range notesZH {
			if !found && strings.HasPrefix(rest, n.en) {
				b.WriteString(n.zh)
				rest, found = strings.TrimSpace(rest[len(n.en):]), true
			}
		}
		if !found {
			return ""
		}
	}
	return b.String()
}
