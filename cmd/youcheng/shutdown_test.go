package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/youcheng/youcheng/model/modeltest"
)

// TestSIGTERMDrainsWrites sends SIGTERM to the server in the middle of a
// stream of writes: requests in flight finish, the server exits 0, and
// after a restart every write that was answered 201 is there. On SQLite
// and, with YOUCHENG_TEST_DATABASE_URL, on PostgreSQL.
func TestSIGTERMDrainsWrites(t *testing.T) {
	cfg := testConfig(t)
	dbArgs := []string{"--db", cfg.DB}
	if base := modeltest.PostgresURL(); base != "" {
		dbArgs = []string{"--database-url", postgresSchema(t, base)}
	}
	port := freePort(t)
	base := "http://127.0.0.1:" + port
	start := func() *exec.Cmd {
		argv, _ := json.Marshal(append([]string{"serve", "--addr", "127.0.0.1:" + port, "--no-seed"}, dbArgs...))
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "YOUCHENG_TEST_EXEC="+string(argv), "YOUCHENG_AUTH=off")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 200; i++ {
			if resp, err := http.Get(base + "/healthz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == 200 {
					return cmd
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("server did not start:\n%s", stderr.String())
		return nil
	}
	cmd := start()
	var (
		mu        sync.Mutex
		acked     []string
		afterTerm int // answered 201 after SIGTERM was sent: drained
		termSent  bool
		wg        sync.WaitGroup
	)
	client := &http.Client{Timeout: 10 * time.Second}
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				name := fmt.Sprintf("Partner %d-%d", w, i)
				body, _ := json.Marshal(map[string]any{"name_en": name, "country": "JP", "notes": "written during the drain test"})
				resp, err := client.Post(base+"/api/v1/partners", "application/json", bytes.NewReader(body))
				if err != nil {
					return // the server has stopped listening
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				mu.Lock()
				if resp.StatusCode == http.StatusCreated {
					acked = append(acked, name)
					if termSent {
						afterTerm++
					}
				} else if resp.StatusCode >= 500 {
					t.Errorf("%s: %d during the drain", name, resp.StatusCode)
				}
				mu.Unlock()
			}
		}(w)
	}
	for {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 100 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	mu.Lock()
	termSent = true
	mu.Unlock()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if err := cmd.Wait(); err != nil {
		t.Errorf("after SIGTERM the server exited with %v, want 0", err)
	}

	cmd = start()
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}()
	stored := storedPartnerNames(t, base)
	mu.Lock()
	defer mu.Unlock()
	for _, name := range acked {
		if !stored[name] {
			t.Errorf("%q was answered 201 but is gone after SIGTERM", name)
		}
	}
	t.Logf("%d writes acknowledged, %d of them after SIGTERM; %d stored", len(acked), afterTerm, len(stored))
}
