// Command youcheng is the sister-city registry and anniversary planner:
// its server and its command-line tools.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `youcheng — sister-city registry and anniversary planner (友城)

Usage:
  youcheng serve [--addr :8080] [--db youcheng.db | --database-url postgres://...] [--no-seed]
  youcheng token create --name NAME --role viewer|editor|admin
  youcheng token list
  youcheng token revoke NAME
  youcheng user create --name NAME --role viewer|editor|admin [--display-name "李伟"] --password-stdin
  youcheng user list
  youcheng user disable NAME
  youcheng user passwd NAME --password-stdin
  youcheng backup --to FILE
  youcheng restore --from FILE
  youcheng copy --from sqlite:PATH|postgres://... --to sqlite:PATH|postgres://...
  youcheng anniversaries --from YYYY-MM-DD --to YYYY-MM-DD [--milestone] [--format table|json]
  youcheng calendar YEAR --format json|ics|csv|xlsx [--out FILE]
  youcheng report YEAR --format md|xlsx|html [--out FILE]
  youcheng holidays import FILE        (a holiday override: the PUT body plus country, year, region)
  youcheng holidays export CC YEAR [--region XX-YY]
  youcheng holidays list
  youcheng holidays delete CC YEAR [--region XX-YY]
  youcheng seed [--synthetic --partners N --events M [--last-year YYYY] [--seed S]]

Every command reads the database settings of serve (flags or YOUCHENG_* variables).
`

func main() {
	ctx, stop := signalContext()
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, errUsage) {
			fmt.Fprintln(os.Stderr, "youcheng:", err)
		}
		os.Exit(exitCode(err))
	}
}

var errUsage = errors.New("usage")

func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

// run dispatches a subcommand with the process's standard input.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runWithInput(ctx, args, os.Stdin, stdout, stderr)
}

// streams are a command's standard input, output and error.
type streams struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// commands are the subcommands usage lists, by name. Each runs with a
// cmdline that holds the database flags of serve and the streams.
var commands = map[string]func(context.Context, *cmdline, []string) error{
	"serve":         cmdServe,
	"token":         tokenGroup.run,
	"user":          userGroup.run,
	"backup":        cmdBackup,
	"restore":       cmdRestore,
	"copy":          cmdCopy,
	"anniversaries": cmdAnniversaries,
	"calendar":      cmdCalendar,
	"report":        cmdReport,
	"holidays":      holidaysGroup.run,
	"seed":          cmdSeed,
}

// runWithInput dispatches a subcommand; tests call it directly.
func runWithInput(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	if cmd, ok := commands[args[0]]; ok {
		return cmd(ctx, newCmdline(args[0], streams{stdin, stdout, stderr}), args[1:])
	}
	fmt.Fprintf(stderr, "youcheng: unknown command %q\n\n%s", args[0], usage)
	return errUsage
}

// signalContext ends on SIGINT or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}
