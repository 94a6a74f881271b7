package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"strings"

	"github.com/youcheng/youcheng/model"
)

const userUsage = `usage:
  youcheng user create --name NAME --role viewer|editor|admin [--display-name "李伟"] --password-stdin
  youcheng user list
  youcheng user disable NAME
  youcheng user passwd NAME --password-stdin`

// cliActor names the person running a command in the audit log: the
// operating-system account, as "cli:NAME".
func cliActor() string {
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	if name == "" {
		name = "unknown"
	}
	return "cli:" + name
}

// readPassword reads the password from the first line of r (no echo, no
// shell history, no process list).
func readPassword(r io.Reader) (string, error) {
	line, err := bufio.NewReader(io.LimitReader(r, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read the password from standard input: %w", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", fmt.Errorf("no password on standard input (e.g. printf '%%s' \"$PW\" | youcheng user ... --password-stdin)")
	}
	return line, nil
}

// userArgs are what the user subcommands read.
type userArgs struct {
	name, role, display string
	pwStdin             bool   // --password-stdin
	password            string // from standard input
}

var userGroup = group[userArgs]{
	usage: userUsage,
	flags: func(fs *flag.FlagSet, a *userArgs) {
		fs.StringVar(&a.name, "name", "", "the sign-in name (one word)")
		fs.StringVar(&a.role, "role", "", "viewer, editor or admin")
		fs.StringVar(&a.display, "display-name", "", "the name shown in the console, e.g. 李伟")
		fs.BoolVar(&a.pwStdin, "password-stdin", false, "read the password (at least 10 characters) from the first line of standard input")
	},
	prepare: prepareUser,
	subs: map[string]func(context.Context, *model.Store, *userArgs, streams) error{
		"create":  userCreate,
		"list":    userList,
		"disable": userDisable,
		"passwd":  userPasswd,
	},
}

// prepareUser takes the user's name from --name or the first argument and
// reads the password: create and passwd need it, every one but list a name.
func prepareUser(sub string, pos []string, a *userArgs, s streams) error {
	if a.name == "" && len(pos) > 0 {
		a.name = pos[0]
	}
	switch {
	case (sub == "create" || sub == "passwd") && !a.pwStdin:
		fmt.Fprintf(s.stderr, "youcheng user %s: pass the password on standard input with --password-stdin\n%s\n", sub, userUsage)
		return errUsage
	case sub != "list" && a.name == "":
		fmt.Fprintf(s.stderr, "youcheng user %s: name the user\n%s\n", sub, userUsage)
		return errUsage
	}
	if !a.pwStdin {
		return nil
	}
	var err error
	a.password, err = readPassword(s.stdin)
	return err
}

func userCreate(ctx context.Context, st *model.Store, a *userArgs, s streams) error {
	u := &model.User{Name: a.name, DisplayName: a.display, Role: a.role}
	if err := st.CreateUser(ctx, u, a.password); err != nil {
		return err
	}
	fmt.Fprintf(s.stdout, "created user %q (role %s)\n", u.Name, u.Role)
	return nil
}

func userList(ctx context.Context, st *model.Store, _ *userArgs, s streams) error {
	us, _, err := st.ListUsers(ctx, model.Page{Limit: 100000})
	if err != nil {
		return err
	}
	return printTable(s.stdout, "ID\tNAME\tDISPLAY NAME\tROLE\tSTATUS", us, func(u model.User) []any {
		return []any{u.ID, u.Name, u.DisplayName, u.Role, pick(u.Disabled, "disabled", "active")}
	})
}

func userDisable(ctx context.Context, st *model.Store, a *userArgs, s streams) error {
	yes := true
	return changeUser(ctx, st, a.name, model.UserChange{Disabled: &yes}, s.stdout, "disabled user %q; their sessions have ended\n")
}

func userPasswd(ctx context.Context, st *model.Store, a *userArgs, s streams) error {
	return changeUser(ctx, st, a.name, model.UserChange{Password: &a.password}, s.stdout, "changed the password of %q; their sessions have ended\n")
}

// changeUser applies ch to the user named name and says so with done (a
// format taking the name).
func changeUser(ctx context.Context, st *model.Store, name string, ch model.UserChange, stdout io.Writer, done string) error {
	u, err := st.UserByName(ctx, name)
	if err != nil {
		return err
	}
	if _, err := st.UpdateUser(ctx, u.ID, nil, ch); err != nil {
		return err
	}
	fmt.Fprintf(stdout, done, u.Name)
	return nil
}

// firstUserHint is the command that creates the first admin, for the log
// line serve writes when no user exists. The PostgreSQL URL (it may hold
// a password) is named by its variable, never printed.
func firstUserHint(cfg Config) string {
	cmd := "youcheng user create --name admin --role admin --password-stdin"
	switch {
	case cfg.DatabaseURL != "":
		cmd = `youcheng user create --database-url "$YOUCHENG_DATABASE_URL" --name admin --role admin --password-stdin`
	case cfg.DB != "youcheng.db":
		cmd = "youcheng user create --db " + shellQuote(cfg.DB) + " --name admin --role admin --password-stdin"
	}
	return cmd
}

func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
