package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"strings"
	"text/tabwriter"

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

func cmdUser(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, userUsage)
		return errUsage
	}
	sub := args[0]
	fs, cfg := newFlags("user "+sub, stderr)
	name := fs.String("name", "", "the sign-in name (one word)")
	role := fs.String("role", "", "viewer, editor or admin")
	display := fs.String("display-name", "", "the name shown in the console, e.g. 李伟")
	pwStdin := fs.Bool("password-stdin", false, "read the password (at least 10 characters) from the first line of standard input")
	// Flags may follow the user name: youcheng user passwd liwei --password-stdin.
	rest := args[1:]
	var positional []string
	for len(rest) > 0 {
		if err := fs.Parse(rest); err != nil {
			return errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	target := *name
	if target == "" && len(positional) > 0 {
		target = positional[0]
	}
	ctx = model.WithActor(ctx, cliActor())
	switch sub {
	case "create", "passwd":
		if !*pwStdin {
			fmt.Fprintf(stderr, "youcheng user %s: pass the password on standard input with --password-stdin\n%s\n", sub, userUsage)
			return errUsage
		}
	case "list", "disable":
	default:
		fmt.Fprintf(stderr, "youcheng user: unknown subcommand %q\n%s\n", sub, userUsage)
		return errUsage
	}
	if sub != "list" && target == "" {
		fmt.Fprintf(stderr, "youcheng user %s: name the user\n%s\n", sub, userUsage)
		return errUsage
	}
	var password string
	if *pwStdin {
		pw, err := readPassword(stdin)
		if err != nil {
			return err
		}
		password = pw
	}
	return withStore(ctx, *cfg, stderr, func(st *model.Store) error {
		switch sub {
		case "create":
			u := &model.User{Name: target, DisplayName: *display, Role: *role}
			if err := st.CreateUser(ctx, u, password); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "created user %q (role %s)\n", u.Name, u.Role)
		case "list":
			us, _, err := st.ListUsers(ctx, model.Page{Limit: 100000})
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tNAME\tDISPLAY NAME\tROLE\tSTATUS")
			for _, u := range us {
				status := "active"
				if u.Disabled {
					status = "disabled"
				}
				fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", u.ID, u.Name, u.DisplayName, u.Role, status)
			}
			return w.Flush()
		case "disable", "passwd":
			u, err := st.UserByName(ctx, target)
			if err != nil {
				return err
			}
			var ch model.UserChange
			if sub == "disable" {
				yes := true
				ch.Disabled = &yes
			} else {
				ch.Password = &password
			}
			if _, err := st.UpdateUser(ctx, u.ID, nil, ch); err != nil {
				return err
			}
			if sub == "disable" {
				fmt.Fprintf(stdout, "disabled user %q; their sessions have ended\n", u.Name)
			} else {
				fmt.Fprintf(stdout, "changed the password of %q; their sessions have ended\n", u.Name)
			}
		}
		return nil
	})
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
