package seed_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/seed"
)

// TestWorkPlanTagsAndTargets holds the seed to the 2022 work plan: every
// activity taken from it carries the plan's tag and the group the plan
// puts it in; every target quotes the plan, and the words it quotes are in
// the plan's text (nothing invented).
func TestWorkPlanTagsAndTargets(t *testing.T) {
	d, err := seed.Data()
	if err != nil {
		t.Fatal(err)
	}
	groups := []string{"对日韩交往", "对欧交流合作", "“一带一路”合作", "融入全省外事工作格局", "经贸合作", "全球青年伙伴计划", "国际传播", "涉外安全"}
	tv := 0
	for _, e := range d.Events {
		fromPlan := len(e.Sources) > 0 && strings.Contains(e.Sources[0].Note, "2022 work plan")
		if !fromPlan {
			continue
		}
		if !slices.Contains(e.Tags, "2022工作要点") {
			t.Errorf("work-plan event %s lacks the tag 2022工作要点: %q", e.Key, e.Tags)
		}
		if !slices.ContainsFunc(e.Tags, func(tag string) bool { return slices.Contains(groups, tag) }) {
			t.Errorf("work-plan event %s has no group of the plan: %q", e.Key, e.Tags)
		}
		if slices.Contains(e.Tags, "海这边 海那边") {
			tv++
		}
	}
	if tv != 6 {
		t.Errorf("%d events tagged 海这边 海那边, want the six episodes the plan names partners for", tv)
	}
	plan, err := os.ReadFile("../../shared/context/weihai-fao-2022-work-plan.txt")
	if err != nil {
		t.Skipf("the work plan beside the checkout is not available: %v", err)
	}
	flat := strings.Join(strings.Fields(string(plan)), "")
	if len(d.Targets) == 0 {
		t.Fatal("the seed holds no targets")
	}
	for _, tg := range d.Targets {
		i := strings.Index(tg.Notes, "'")
		j := i + 1 + strings.Index(tg.Notes[i+1:], "'")
		if i < 0 || j <= i {
			t.Errorf("target %s quotes nothing: %q", tg.Key, tg.Notes)
			continue
		}
		for _, part := range strings.Split(tg.Notes[i+1:j], "……") {
			if q := strings.Join(strings.Fields(part), ""); !strings.Contains(flat, q) {
				t.Errorf("target %s quotes %q, which the plan does not say", tg.Key, q)
			}
		}
		if tg.Year != 2022 || tg.Count < 1 {
			t.Errorf("target %s: year %d count %d", tg.Key, tg.Year, tg.Count)
		}
	}
}
