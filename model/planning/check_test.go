package planning_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model/pdate"
	"github.com/youcheng/youcheng/model/planning"
)

func TestCheckDetectsEachRule(t *testing.T) {
	p := planning.New(hol)
	gen := func(partner planning.Party, est, anchor string) planning.Plan {
		req := planning.Request{Template: "anniversary_series", Year: 2022, Partnership: series(partner, est)}
		if anchor != "" {
			req.Anchor = d(anchor)
		}
		return mustGenerate(t, req)
	}
	ubePlan := gen(ube, "1992-05-18", "")
	goldenWeek := gen(ube, "1992-05-03", "")
	cheltSummer := gen(cheltenham, "1987-07", "2022-08-29")
	idx := func(plan planning.Plan, spec string) int {
		i := slices.IndexFunc(plan.Items, func(it planning.Item) bool { return it.Spec == spec })
		if i < 0 {
			t.Fatalf("no %s", spec)
		}
		return i
	}

	cases := []struct {
		name    string
		base    planning.Plan
		partner planning.Party
		busy    []string
		move    [2]string // the new start and end date of spec's item
		edit    func(items []planning.Item)
		spec    string // item expected to be reported
		rule    int
		field   string
		msg     string
	}{
		{name: "rule 1: item in the next year", base: ubePlan, partner: ube, spec: "economic_forum", rule: 1, field: "start_date", msg: "not in 2022", move: [2]string{"2023-01-04", "2023-01-04"}},
		{name: "rule 1: exhibition running into the next year", base: ubePlan, partner: ube, spec: "photo_exhibition", rule: 1, field: "end_date", move: [2]string{"2022-12-20", "2023-01-09"}},
		{name: "rule 1: partial start date", base: ubePlan, partner: ube, spec: "tv_feature", rule: 1, field: "start_date",
			edit: func(items []planning.Item) { items[idx(ubePlan, "tv_feature")].StartDate = d("2022-06") }},
		{name: "rule 2: CN make-up Saturday is a JP weekend", base: ubePlan, partner: ube, spec: "commemorative_publication", rule: 2, field: "start_date",
			msg: "Saturday (JP)", move: [2]string{"2022-05-07", "2022-05-07"}},
		{name: "rule 2: visit over a weekend", base: ubePlan, partner: ube, spec: "delegation_visit", rule: 2, field: "end_date",
			msg: "2022-08-06 is not: Saturday (JP, CN)", move: [2]string{"2022-08-04", "2022-08-06"}},
		{name: "rule 3: flagship moved off a good anniversary", base: ubePlan, partner: ube, spec: "ceremony", rule: 3, field: "start_date",
			msg: "must lie on the anniversary date 2022-05-18", move: [2]string{"2022-05-25", "2022-05-25"}},
		{name: "rule 3: flagship not on the nearest allowed day", base: goldenWeek, partner: ube, spec: "ceremony", rule: 3, field: "start_date",
			msg: "nearest allowed day, 2022-05-06", move: [2]string{"2022-04-27", "2022-04-27"}},
		{name: "rule 3: moved flagship without a reason", base: goldenWeek, partner: ube, spec: "ceremony", rule: 3, field: "rationale",
			edit: func(items []planning.Item) { items[idx(goldenWeek, "ceremony")].Rationale = "" }},
		{name: "rule 3: flagship on a busy anniversary", base: ubePlan, partner: ube, busy: []string{"2022-05-18"}, spec: "ceremony", rule: 3, field: "start_date",
			msg: "nearest allowed day, 2022-05-17"},
		{name: "rule 4: two items start on one day", base: ubePlan, partner: ube, spec: "cultural_performance", rule: 4, field: "start_date",
			msg: "of the same partner already starts",
			edit: func(items []planning.Item) {
				i, j := idx(ubePlan, "cultural_performance"), idx(ubePlan, "commemorative_publication")
				items[i].StartDate, items[i].EndDate = items[j].StartDate, items[j].StartDate
			}},
		{name: "rule 4: existing event of the partner", base: ubePlan, partner: ube, spec: "economic_forum", rule: 4, field: "start_date",
			msg:  "existing event of partner 7",
			busy: []string{ubePlan.Items[idx(ubePlan, "economic_forum")].StartDate.String()}},
		{name: "rule 4: existing event during a visit", base: ubePlan, partner: ube, spec: "delegation_visit", rule: 4,
			busy: []string{ubePlan.Items[idx(ubePlan, "delegation_visit")].StartDate.AddDays(2).String()}},
		{name: "rule 5: no start time", base: ubePlan, partner: ube, spec: "online_youth_exchange", rule: 5, field: "start_time",
			edit: func(items []planning.Item) { items[idx(ubePlan, "online_youth_exchange")].StartTime = "" }},
		{name: "rule 5: no time zone", base: ubePlan, partner: ube, spec: "online_youth_exchange", rule: 5, field: "timezone",
			edit: func(items []planning.Item) { items[idx(ubePlan, "online_youth_exchange")].Timezone = "Weihai" }},
		{name: "rule 5: outside Weihai's hours although they overlap Ube's", base: ubePlan, partner: ube, spec: "online_youth_exchange", rule: 5,
			field: "start_time", msg: "overlap 09:00–16:00 Weihai time",
			edit: func(items []planning.Item) { items[idx(ubePlan, "online_youth_exchange")].StartTime = "08:00" }},
		{name: "rule 5: London's date is a Sunday", base: cheltSummer, partner: cheltenham, spec: "online_youth_exchange", rule: 5, field: "start_date",
			msg: "2022-07-10 in Cheltenham (Europe/London), which is not a working day there: Sunday (GB)",
			edit: func(items []planning.Item) {
				i := idx(cheltSummer, "online_youth_exchange")
				items[i].StartDate, items[i].EndDate, items[i].StartTime = d("2022-07-11"), d("2022-07-11"), "06:00"
			}},
		{name: "rule 0: unknown partner", base: ubePlan, partner: ube, spec: "tv_feature", rule: 0, field: "partner_ids",
			edit: func(items []planning.Item) { items[idx(ubePlan, "tv_feature")].PartnerIDs = []int64{999} }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			plan := c.base
			plan.Items = slices.Clone(c.base.Items)
			if c.move[0] != "" {
				i := idx(c.base, c.spec)
				plan.Items[i].StartDate, plan.Items[i].EndDate = d(c.move[0]), d(c.move[1])
			}
			if c.edit != nil {
				c.edit(plan.Items)
			}
			busy := map[int64][]pdate.Date{}
			for _, b := range c.busy {
				busy[7] = append(busy[7], d(b))
			}
			vs := p.Check(plan, planning.CheckContext{Home: weihai, Partners: map[int64]planning.Party{7: c.partner}, Busy: busy})
			want := idx(c.base, c.spec)
			found := slices.ContainsFunc(vs, func(v planning.Violation) bool {
				return v.Item == want && v.Rule == c.rule && (c.field == "" || v.Field == c.field) && strings.Contains(v.Message, c.msg)
			})
			if !found {
				t.Errorf("want rule %d on item %d (%s) field %q with %q; got %+v", c.rule, want, c.spec, c.field, c.msg, vs)
			}
		})
	}
	// The unedited drafts are clean.
	for _, c := range []struct {
		plan    planning.Plan
		partner planning.Party
	}{{ubePlan, ube}, {goldenWeek, ube}, {cheltSummer, cheltenham}} {
		if vs := p.Check(c.plan, planning.CheckContext{Home: weihai, Partners: map[int64]planning.Party{7: c.partner}}); len(vs) != 0 {
			t.Errorf("%s: %+v", c.plan.TitleEN, vs)
		}
	}
	if vs := p.Check(planning.Plan{Year: 0}, planning.CheckContext{}); len(vs) != 1 || vs[0].Item != -1 {
		t.Errorf("year 0: %+v", vs)
	}
}
