package model

import (
	"fmt"
	"strings"
)

// messagesZH is the Chinese of every field message, keyed by its English
// format; the arguments are the same, in the same order. The staff console
// shows message_zh beside the field. A message missing here goes out with
// a generic Chinese lead and the English text (TestMessagesZHComplete
// lists every format the code uses).
var messagesZH = map[string]string{
	// Shape of text, lists and enums.
	"is required":        "必填",
	"is not valid UTF-8": "不是有效的 UTF-8 文本",
	"is %d characters long; at most %d are allowed": "长度为 %d 个字符，最多允许 %d 个",
	"contains a control character (U+%04X)":         "含有控制字符（U+%04X）",
	"contains an invisible formatting character (U+%04X): bidirectional overrides and zero-width characters are not allowed in names and titles": "含有不可见的格式字符（U+%04X）：名称和标题中不允许使用双向控制字符和零宽字符",
	"must be one of %s":                                "须为以下之一：%s",
	"has %d entries; at most %d are allowed":           "有 %d 项，最多允许 %d 项",
	"needs a url or a note":                            "须填写网址或备注",
	"must be an http or https URL":                     "须为 http 或 https 网址",
	"cannot be null":                                   "不能为 null",
	"title_en or title_zh is required":                 "英文标题和中文标题至少填写一个",
	"must be HH:MM":                                    "须为 HH:MM 格式的时间",
	"must be HH:MM (00:00–23:59)":                      "须为 HH:MM 格式的时间（00:00–23:59）",
	"%q is not an IANA time zone":                      "%q 不是 IANA 时区",
	"%q is not an IANA time zone (e.g. Asia/Tokyo)":    "%q 不是 IANA 时区（例如 Asia/Tokyo）",
	"%q is not an IANA time zone (e.g. Europe/London)": "%q 不是 IANA 时区（例如 Europe/London）",
	"is required with start_time":                      "填写开始时间（start_time）时必填",
	"is required: %s has several time zones (%s)":      "必填：%s 有多个时区（%s）",

	// Dates.
	"%q is not a real date YYYY-MM-DD":                              "%q 不是有效日期（YYYY-MM-DD）",
	"%q is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD": "%q 不是有效日期（YYYY、YYYY-MM 或 YYYY-MM-DD）",
	"must be a real date YYYY-MM-DD":                                "须为有效日期（YYYY-MM-DD）",
	"must be a full date (YYYY-MM-DD)":                              "须为完整日期（YYYY-MM-DD）",
	"must be a full date on or after start_date":                    "须为完整日期，且不早于开始日期（start_date）",
	"must be a full date (YYYY-MM-DD) unless status is idea":        "除状态为“设想”（idea）外，须为完整日期（YYYY-MM-DD）",
	"is required (YYYY, YYYY-MM or YYYY-MM-DD)":                     "必填（YYYY、YYYY-MM 或 YYYY-MM-DD）",
	"is required (YYYY-MM-DD)":                                      "必填（YYYY-MM-DD）",
	"is before start_date (%s)":                                     "早于开始日期（%s）",
	"needs a full start_date":                                       "需要完整的开始日期（start_date）",
	"is before established_on (%s)":                                 "早于建立日期（%s）",
	"is only allowed while status is suspended or ended":            "仅在状态为“暂停”或“终止”时可填写",
	"is before from":                                                "早于起始日期（from）",
	"is after to":                                                   "晚于截止日期（to）",
	"the range may span at most %d days":                            "日期范围最多 %d 天",
	"must lie in %d":                                                "须在 %d 年内",
	"is required: a year such as 2022":                              "必填：年份，例如 2022",
	"must be a year such as 2022":                                   "须为年份，例如 2022",
	"the path year must be a year such as 2022":                     "路径中的年份须为年份，例如 2022",

	// Holiday overrides (model/holidays CheckOverride, holiday_override.go, api/holiday_overrides.go).
	"%q is not a supported country (see /api/v1/holidays/countries)":              "%q 不是受支持的国家（见 /api/v1/holidays/countries）",
	"%s answers for %d–%d, not %d":                                                "%s 的节假日数据覆盖 %d–%d 年，不含 %d 年",
	"is required: replace or amend":                                               "必填：replace（替换）或 amend（修订）",
	"%q is not replace or amend":                                                  "%q 不是 replace（替换）或 amend（修订）",
	"is required: the notice or URL the days come from":                           "必填：节假日安排所依据的通知或网址",
	"has %d items; a year has at most %d days":                                    "有 %d 项，一年最多 %d 天",
	"is required: a full date YYYY-MM-DD":                                         "必填：完整日期（YYYY-MM-DD）",
	"%s is not in %d":                                                             "%s 不在 %d 年内",
	"%s is already listed as items[%d]; list each date once":                      "%s 已在 items[%d] 中列出，每个日期只能出现一次",
	"%s is a %s, not a weekend day: only a weekend day can be made a working day": "%s 是 %s，不是周末：只有周末才能调为上班日",
	"remove is for mode amend; in replace, leave the day out":                     "remove（删除）仅用于 amend（修订）模式；replace（替换）模式下不列出该日即可",
	"is required: holiday, workday, observance or (amend) remove":                 "必填：holiday（放假）、workday（调休上班）、observance（纪念日，不放假）或 remove（删除，仅限修订模式）",
	"%q is not holiday, workday, observance or remove":                            "%q 不是 holiday（放假）、workday（调休上班）、observance（纪念日）或 remove（删除）",
	"%q is not a date YYYY-MM-DD":                                                 "%q 不是日期（YYYY-MM-DD）",
	"is required: the days of the year (replace) or the changes (amend)":          "必填：该年的全部日期（替换模式）或要修改的日期（修订模式）",

	// Countries, partners, references.
	"%q is not an assigned ISO 3166-1 alpha-2 code (upper case)":                     "%q 不是已分配的 ISO 3166-1 二位字母代码（大写）",
	"%q is not an assigned ISO 3166-1 alpha-2 code (upper case, e.g. CN)":            "%q 不是已分配的 ISO 3166-1 二位字母代码（大写，例如 CN）",
	"%q is not an assigned ISO 3166-1 alpha-2 code (upper case, e.g. JP)":            "%q 不是已分配的 ISO 3166-1 二位字母代码（大写，例如 JP）",
	"%q is not a supported ISO 3166-1 alpha-2 code (see /api/v1/holidays/countries)": "%q 不是受支持的国家代码（见 /api/v1/holidays/countries）",
	"is required (ISO 3166-1 alpha-2, e.g. CN)":                                      "必填（ISO 3166-1 二位字母代码，例如 CN）",
	"is required unless kind is organization":                                        "除类型为“组织”外必填",
	"%q is not a region of %s with its own holidays":                                 "%q 不是 %s 有独立假日的地区",
	"partner %d does not exist":                                                      "伙伴 %d 不存在",
	"partnership %d does not exist":                                                  "友好关系 %d 不存在",
	"must be a positive id":                                                          "须为正整数编号",
	"entry %d is not a valid id":                                                     "第 %d 项不是有效编号",
	"must be 0 or more":                                                              "须为 0 或更大",
	"must be json, ics, csv or xlsx":                                                 "须为 json、ics、csv 或 xlsx",
	"%q is not a plan template (see /api/v1/plan-templates)":                         "%q 不是计划模板（见 /api/v1/plan-templates）",
	"is required for %s":                                                             "%s 模板必填",
	"a plan holds at most 5000 items":                                                "一个计划最多 5000 项",
	"rule %d: %s":                                                                    "违反第 %d 条排期规则：%s",

	// Tags, targets and reports.
	"holds an empty tag":                   "含有空标签",
	"tag %q %s":                            "标签 %q：%s",
	"must be a year from %d to %d":         "须为 %d 到 %d 之间的年份",
	"must be 1 or more":                    "须为 1 或更大",
	"%d is not a valid id":                 "%d 不是有效编号",
	"%q is not one of %v":                  "%q 不在 %v 之中",
	"is not a known criterion":             "不是已知的统计条件",
	"must be a tag of 1 to %d characters":  "须为 1 到 %d 个字符的标签",
	"the path year must lie from %d to %d": "路径中的年份须在 %d 到 %d 之间",

	// Users and sign-in.
	"must be one word: no spaces or invisible characters":              "须为一个词：不能含空格或不可见字符",
	"must be at least %d characters long":                              "长度至少为 %d 个字符",
	"is %d bytes long; at most %d bytes are used by the hash (bcrypt)": "长度为 %d 字节；哈希（bcrypt）最多只使用 %d 字节",
	"is over 200 characters":                                           "超过 200 个字符",
	"is over 1024 bytes":                                               "超过 1024 字节",

	// Request framing (400).
	"malformed JSON":                                                    "JSON 格式错误",
	"malformed JSON at byte %d":                                         "JSON 格式错误（第 %d 字节）",
	"malformed JSON: the body ends too early":                           "JSON 格式错误：请求内容提前结束",
	"the body holds more than one JSON value":                           "请求内容包含多个 JSON 值",
	"the request body could not be read":                                "无法读取请求内容",
	"the request body is empty":                                         "请求内容为空",
	"the request body is not valid UTF-8":                               "请求内容不是有效的 UTF-8",
	"appears more than once in one object":                              "在同一对象中出现多次",
	"holds a lone UTF-16 surrogate (\\u%04x)":                           "含有不成对的 UTF-16 代理项（\\u%04x）",
	"the key holds a lone UTF-16 surrogate (\\u%04x)":                   "键名含有不成对的 UTF-16 代理项（\\u%04x）",
	"nests deeper than %d levels":                                       "嵌套超过 %d 层",
	"is not a known field":                                              "不是已知字段",
	"must be %s, not %s":                                                "须为 %s，而不是 %s",
	"the key %s":                                                        "键 %s",
	"must be an integer from %d to %d":                                  "须为 %d 到 %d 之间的整数",
	"must be true or false":                                             "须为 true 或 false",
	"must be a positive integer id in plain decimal (e.g. 12)":          "须为十进制正整数编号（例如 12）",
	"the path id must be a positive integer in plain decimal (e.g. 12)": "路径中的编号须为十进制正整数（例如 12）",
	"is given %d times; give it once":                                   "出现了 %d 次，只能给出一次",
	"has %d parameters; at most %d are allowed":                         "有 %d 个参数，最多允许 %d 个",
	"the query string is malformed: %s":                                 "查询字符串格式错误：%s",

	// The lists of GET /holidays/status.
	"is required: ISO 3166-1 alpha-2 codes separated by commas (e.g. JP,KR)": "必填：以逗号分隔的 ISO 3166-1 二位字母代码（例如 JP,KR）",
	"has an empty value; separate the values by single commas":               "有空值；各值之间只用一个逗号分隔",
	"%q is not a year such as 2022":                                          "%q 不是年份（例如 2022）",
}

// NewFieldError returns the error of field with its message in English
// and in Chinese.
func NewFieldError(field, format string, args ...any) FieldError {
	en := fmt.Sprintf(format, args...)
	zh, ok := messagesZH[format]
	if !ok {
		return FieldError{Field: field, Message: en, MessageZH: "输入有误：" + en}
	}
	for i, a := range args {
		if e, isErr := a.(error); isErr {
			args[i] = e.Error()
		}
	}
	return FieldError{Field: field, Message: en, MessageZH: strings.TrimSpace(fmt.Sprintf(zh, args...))}
}
