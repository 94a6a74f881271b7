package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model"
)

func TestTokenCommands(t *testing.T) {
	cfg := testConfig(t)
	out := must(t, on(cfg, "token", "create", "--name", "Li Wei", "--role", "editor")...)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	secret := lines[len(lines)-1]
	st := openTestStore(t, cfg)
	tok, err := st.Authenticate(context.Background(), secret)
	st.Close()
	if err != nil || tok.Role != "editor" {
		t.Fatalf("the printed token does not authenticate: %v", err)
	}
	if out, _, err := youcheng("", on(cfg, "token", "list")...); err != nil || !strings.Contains(out, "Li Wei") || strings.Contains(out, secret) {
		t.Errorf("list: %v\n%s", err, out)
	}
	must(t, on(cfg, "token", "create", "--name", "Wang", "--role", "viewer")...)
	// By --name, or by the first argument with the database flags after it.
	for _, args := range [][]string{{"token", "revoke", "--name", "Li Wei"}, {"token", "revoke", "Wang"}} {
		must(t, on(cfg, args...)...)
	}
	st = openTestStore(t, cfg)
	if _, err := st.Authenticate(context.Background(), secret); err == nil {
		t.Error("the revoked token still authenticates")
	}
	if ts, err := st.ListTokens(context.Background()); err != nil || len(ts) != 2 || ts[0].RevokedAt == nil || ts[1].RevokedAt == nil {
		t.Errorf("after revoking both: %v %+v", err, ts)
	}
	st.Close()
	if _, _, err := youcheng("", on(cfg, "token", "create", "--name", "x", "--role", "root")...); err == nil {
		t.Error("a token with role root was created")
	}
	if _, stderr, err := youcheng("", on(cfg, "token", "promote", "x")...); err != errUsage || !strings.Contains(stderr, `unknown subcommand "promote"`) {
		t.Errorf("an unknown subcommand: %v %q", err, stderr)
	}
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	sqliteOnly(t) // backup and restore here are for the SQLite default
	cfg := testConfig(t)
	ctx := context.Background()
	st := openTestStore(t, cfg)
	if err := st.CreatePartner(ctx, &model.Partner{NameEN: "Ube", Country: "JP"}); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "backup.db")
	// The backup is taken while the store is open, as with a running server.
	must(t, on(cfg, "backup", "--to", backup)...)
	if _, _, err := youcheng("", on(cfg, "backup", "--to", backup)...); err == nil {
		t.Error("backup overwrote an existing file")
	}
	if err := st.CreatePartner(ctx, &model.Partner{NameEN: "Sochi", Country: "RU", Timezone: "Europe/Moscow"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	must(t, on(cfg, "restore", "--from", backup)...)
	st = openTestStore(t, cfg)
	ps, total, _ := st.ListPartners(ctx, model.PartnerFilter{Page: model.Page{Limit: 10}})
	if total != 1 || ps[0].NameEN != "Ube" {
		t.Errorf("after restore: %d partners %v", total, ps)
	}
	bad := filepath.Join(t.TempDir(), "not-a-db")
	os.WriteFile(bad, []byte("hello"), 0o600)
	if _, _, err := youcheng("", on(cfg, "restore", "--from", bad)...); err == nil {
		t.Error("restore accepted a file that is not a database")
	}
}
