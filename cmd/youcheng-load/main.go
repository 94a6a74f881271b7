// Command youcheng-load is Youcheng's load script: it drives a running
// server on this machine with a bounded mix of the office's everyday calls
// and prints throughput and latency percentiles per call. It refuses any
// host but loopback, and stops after --duration or --requests, whichever
// comes first.
//
//	go run ./cmd/youcheng serve --db /tmp/load.db --addr 127.0.0.1:8080 &
//	go run ./cmd/youcheng-load --url http://127.0.0.1:8080 --duration 30s --concurrency 16
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type call struct {
	name   string
	method string
	path   string
	body   string
	weight int
}

// mix is what a foreign-affairs office does all day: mostly reads, some
// writes when a token is given.
var mix = []call{
	{"partners list", "GET", "/api/v1/partners?limit=50", "", 20},
	{"partnerships active", "GET", "/api/v1/partnerships?status=active", "", 15},
	{"events month", "GET", "/api/v1/events?from=2022-05-01&to=2022-05-31", "", 20},
	{"anniversaries year", "GET", "/api/v1/anniversaries?from=2022-01-01&to=2022-12-31", "", 15},
	{"anniversaries upcoming", "GET", "/api/v1/anniversaries/upcoming?days=90", "", 10},
	{"holidays CN", "GET", "/api/v1/holidays?country=CN&year=2022", "", 10},
	{"calendar json", "GET", "/api/v1/calendar/2022", "", 5},
	{"calendar ics", "GET", "/api/v1/calendar/2022?format=ics", "", 5},
}

var writeCall = call{"create event", "POST", "/api/v1/events",
	`{"title_en":"Load test exchange","title_zh":"压测交流","kind":"culture","status":"planned","start_date":"2022-06-15"}`, 10}

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "server base URL (loopback only)")
	duration := flag.Duration("duration", 20*time.Second, "how long to run (at most 10m)")
	maxRequests := flag.Int64("requests", 200000, "stop after this many requests")
	concurrency := flag.Int("concurrency", 8, "parallel clients (1–256)")
	token := flag.String("token", "", "editor token: adds event creation to the mix")
	flag.Parse()

	u, err := url.Parse(*base)
	if err != nil || !loopback(u.Hostname()) {
		fmt.Fprintln(os.Stderr, "youcheng-load: --url must point at this machine (127.0.0.0/8, ::1 or localhost)")
		os.Exit(2)
	}
	if *duration > 10*time.Minute || *concurrency < 1 || *concurrency > 256 {
		fmt.Fprintln(os.Stderr, "youcheng-load: --duration at most 10m, --concurrency 1–256")
		os.Exit(2)
	}
	calls := slices.Clone(mix)
	if *token != "" {
		calls = append(calls, writeCall)
	}
	wheel := wheelOf(calls)
	ctx, cancel := context.WithTimeout(context.Background(), *duration)
	defer cancel()
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *concurrency}}
	var (
		mu      sync.Mutex
		lat     = make([][]time.Duration, len(calls))
		fails   = make([]int, len(calls))
		issued  atomic.Int64
		wg      sync.WaitGroup
		started = time.Now()
	)
	for w := 0; w < *concurrency; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for n := w; ctx.Err() == nil; n += *concurrency {
				if issued.Add(1) > *maxRequests {
					return
				}
				i := wheel[n%len(wheel)]
				c := calls[i]
				req, _ := http.NewRequestWithContext(ctx, c.method, *base+c.path, strings.NewReader(c.body))
				if c.body != "" {
					req.Header.Set("Content-Type", "application/json")
				}
				if *token != "" {
					req.Header.Set("Authorization", "Bearer "+*token)
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				d := time.Since(t0)
				ok := err == nil && resp.StatusCode < 400
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				if ctx.Err() != nil && err != nil {
					return // the run ended mid-request
				}
				mu.Lock()
				lat[i] = append(lat[i], d)
				if !ok {
					fails[i]++
				}
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	os.Stdout.Write(summary(calls, lat, fails, time.Since(started), *concurrency))
	for _, f := range fails {
		if f > 0 {
			os.Exit(1)
		}
	}
}

// wheelOf lists each call's index as often as its weight, so that the
// clients walking it issue the mix in proportion.
func wheelOf(calls []call) []int {
	var wheel []int
	for i, c := range calls {
		for range c.weight {
			wheel = append(wheel, i)
		}
	}
	return wheel
}

// summary is the table of latencies per call and the overall rate.
func summary(calls []call, lat [][]time.Duration, fails []int, elapsed time.Duration, concurrency int) []byte {
	var out bytes.Buffer
	total := 0
	fmt.Fprintf(&out, "%-24s %8s %8s %9s %9s %9s %9s\n", "call", "count", "fails", "p50", "p90", "p99", "max")
	order := make([]int, len(calls))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return calls[order[a]].name < calls[order[b]].name })
	for _, i := range order {
		ds := lat[i]
		total += len(ds)
		if len(ds) == 0 {
			continue
		}
		slices.Sort(ds)
		q := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
		fmt.Fprintf(&out, "%-24s %8d %8d %9s %9s %9s %9s\n", calls[i].name, len(ds), fails[i],
			round(q(0.5)), round(q(0.9)), round(q(0.99)), round(ds[len(ds)-1]))
	}
	fmt.Fprintf(&out, "\n%d requests in %s with %d clients: %.0f requests/s\n", total, elapsed.Round(time.Millisecond),
		concurrency, float64(total)/elapsed.Seconds())
	return out.Bytes()
}

func round(d time.Duration) time.Duration {
	if d > time.Millisecond {
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
