package calendar

import "github.com/youcheng/youcheng/model/vocab"

// Bilingual labels of the values exports show to people (XLSX cells, ICS
// descriptions). Programs read the plain values (JSON, CSV, X- properties).
var (
	kindLabels = map[string]string{
		vocab.KindCulture: "文化 Culture", vocab.KindYouth: "青少年 Youth", vocab.KindEducation: "教育 Education",
		vocab.KindSports: "体育 Sports", vocab.KindEconomy: "经贸 Economy", vocab.KindTourism: "旅游 Tourism",
		vocab.KindHealth: "卫生 Health", vocab.KindMedia: "媒体 Media", vocab.KindOfficialVisit: "官方访问 Official visit",
		vocab.KindCeremony: "仪式 Ceremony", vocab.KindDialogue: "对话 Dialogue", vocab.KindOther: "其他 Other",
	}
	formatLabels = map[string]string{
		vocab.FormatInPerson: "线下 In person", vocab.FormatOnline: "线上 Online", vocab.FormatHybrid: "线上线下 Hybrid",
	}
	statusLabels = map[string]string{
		vocab.EventIdea: "设想 Idea", vocab.EventPlanned: "计划 Planned", vocab.EventConfirmed: "已确认 Confirmed",
		vocab.EventDone: "已完成 Done", vocab.EventCancelled: "已取消 Cancelled",
	}
)

// labelOf returns the bilingual label of v, v itself when it has none.
func labelOf(labels map[string]string, v string) string {
	if l, ok := labels[v]; ok {
		return l
	}
	return v
}

// typeLabel is the entry's type in both languages; holidays say whether the
// day is off or an adjusted working day.
func typeLabel(e *Entry) string {
	switch e.Type {
	case TypeEvent:
		return "活动 Event"
	case TypeAnniversary:
		return "周年纪念 Anniversary"
	case TypeHoliday:
		switch e.HolidayKind {
		case HolidayWorkday:
			return "调休上班 Workday"
		case HolidayObservance:
			return "纪念日（不放假）Observance"
		}
		return "节假日 Holiday"
	}
	return string(e.Type)
}
