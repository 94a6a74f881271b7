package main

import (
	"bytes"
	"context"
	"log/slog"
	"strconv"
	"strings"
	"testing"

	"github.com/youcheng/youcheng/model"
)

func TestUserCommands(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()

	// serve names the command that creates the first admin.
	var logBuf bytes.Buffer
	app, err := NewApp(ctx, cfg, slog.New(slog.NewTextHandler(&logBuf, nil)))
	if err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_ = app.Run(cctx)
	hint := "youcheng user create --db " + cfg.DB + " --name admin --role admin --password-stdin"
	if cfg.DatabaseURL != "" {
		// The URL may hold a password: it is named by its variable.
		hint = `youcheng user create --database-url "$YOUCHENG_DATABASE_URL" --name admin --role admin --password-stdin`
		if strings.Contains(logBuf.String(), cfg.DatabaseURL) {
			t.Errorf("serve's log prints the database URL:\n%s", logBuf.String())
		}
	}
	// The text log quotes the message.
	if strings.Count(logBuf.String(), strings.Trim(strconv.Quote(hint), `"`)) != 1 {
		t.Errorf("serve's log does not name %q once:\n%s", hint, logBuf.String())
	}

	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		fails bool
	}{
		{"no --password-stdin", "", []string{"create", "--name", "liwei", "--role", "editor"}, true},
		{"short password", "short\n", []string{"create", "--name", "liwei", "--role", "editor", "--password-stdin"}, true},
		{"empty stdin", "", []string{"create", "--name", "liwei", "--role", "editor", "--password-stdin"}, true},
		{"bad role", "0123456789\n", []string{"create", "--name", "liwei", "--role", "root", "--password-stdin"}, true},
		{"created", "correct horse 1\r\n", []string{"create", "--name", "liwei", "--role", "admin", "--display-name", "李伟", "--password-stdin"}, false},
		{"taken", "correct horse 1\n", []string{"create", "--name", "liwei", "--role", "viewer", "--password-stdin"}, true},
		{"second", "correct horse 2", []string{"create", "--name", "wang", "--role", "editor", "--password-stdin"}, false},
		{"new password", "new password 22\n", []string{"passwd", "wang", "--password-stdin"}, false},
		{"disable the last admin", "", []string{"disable", "liwei"}, true},
		{"disable", "", []string{"disable", "wang"}, false},
		{"disable nobody", "", []string{"disable", "nobody"}, true},
		{"unknown subcommand", "", []string{"promote", "wang"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, err := youcheng(tc.stdin, on(cfg, append([]string{"user"}, tc.args...)...)...)
			if (err != nil) != tc.fails {
				t.Errorf("err = %v, fails = %v\n%s%s", err, tc.fails, out, errOut)
			}
		})
	}
	out, _, err := youcheng("", on(cfg, "user", "list")...)
	if err != nil || !strings.Contains(out, "liwei") || !strings.Contains(out, "李伟") || !strings.Contains(out, "disabled") || strings.Contains(out, "$2a$") {
		t.Errorf("list: %v\n%s", err, out)
	}

	st := openTestStore(t, cfg)
	if _, _, _, err := st.SignIn(ctx, "liwei", "correct horse 1", "127.0.0.1"); err != nil {
		t.Errorf("the created admin cannot sign in: %v", err)
	}
	if _, _, _, err := st.SignIn(ctx, "wang", "new password 22", "127.0.0.1"); model.ErrorKind(err) != model.KindUnauthorized {
		t.Errorf("a disabled user signed in: %v", err)
	}
	recs, _, err := st.ListAudit(ctx, model.AuditFilter{Entity: "user", Page: model.Page{Limit: 10}})
	if err != nil || len(recs) != 4 || !strings.HasPrefix(recs[0].Actor, "cli:") {
		t.Errorf("the audit names the command's account: %v %+v", err, recs)
	}
}
