package holidays

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	spec := os.Getenv("DUMP")
	if spec == "" {
		t.Skip()
	}
	s := New()
	for _, one := range strings.Split(spec, ",") {
		p := strings.Split(one, ":")
		y, _ := strconv.Atoi(p[1])
		reg := ""
		if len(p) > 2 {
			reg = p[2]
		}
		yr, err := s.Year(p[0], reg, y)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("== %s %s %d complete=%v note=%q\n", yr.Country, yr.Region, yr.Year, yr.Complete, yr.Note)
		for _, d := range yr.Days {
			fmt.Printf("%s %s %-9s %s | %s | %s\n", d.Date, d.Date.Weekday().String()[:3], d.Kind, d.NameEN, d.NameLocal, d.NameZH)
		}
	}
}
