package anniversary

import (
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	origins := benchOrigins()
	from, to := mp("2023-01-01"), mp("2023-12-31")
	best, bestWall := time.Hour, time.Hour
	for range 30 {
		c, w := cpuNow(), time.Now()
		Compute(origins, from, to)
		if d := cpuNow() - c; d < best {
			best = d
		}
		if d := time.Since(w); d < bestWall {
			bestWall = d
		}
	}
	t.Logf("best cpu %v, best wall %v", best, bestWall)
}
