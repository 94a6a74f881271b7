package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"

	"github.com/youcheng/youcheng/model"
)

const tokenUsage = "usage: youcheng token create --name NAME --role viewer|editor|admin | list | revoke NAME"

// tokenArgs are what the token subcommands read.
type tokenArgs struct {
	name, role string
	pos        []string // positional arguments
}

var tokenGroup = group[tokenArgs]{
	usage: tokenUsage,
	flags: func(fs *flag.FlagSet, a *tokenArgs) {
		fs.StringVar(&a.name, "name", "", "who the token is for (shown in the audit log)")
		fs.StringVar(&a.role, "role", model.RoleViewer, "viewer, editor or admin")
	},
	prepare: func(_ string, pos []string, a *tokenArgs, _ streams) error {
		a.pos = pos
		return nil
	},
	subs: map[string]func(context.Context, *model.Store, *tokenArgs, streams) error{
		"create": tokenCreate,
		"list":   tokenList,
		"revoke": tokenRevoke,
	},
}

func tokenCreate(ctx context.Context, st *model.Store, a *tokenArgs, s streams) error {
	secret, t, err := st.CreateToken(ctx, a.name, a.role)
	if err != nil {
		return err
	}
	fmt.Fprintf(s.stdout, "created token %q (role %s); it is shown once — store it now:\n%s\n", t.Name, t.Role, secret)
	return nil
}

func tokenList(ctx context.Context, st *model.Store, _ *tokenArgs, s streams) error {
	ts, err := st.ListTokens(ctx)
	if err != nil {
		return err
	}
	return printTable(s.stdout, "ID\tNAME\tROLE\tCREATED\tREVOKED", ts, func(t model.Token) []any {
		revoked := "-"
		if t.RevokedAt != nil {
			revoked = t.RevokedAt.Format("2006-01-02 15:04")
		}
		return []any{t.ID, t.Name, t.Role, t.CreatedAt.Format("2006-01-02 15:04"), revoked}
	})
}

// tokenRevoke revokes the token named by --name or the first argument; a
// number that names no token is an id.
func tokenRevoke(ctx context.Context, st *model.Store, a *tokenArgs, s streams) error {
	target := a.name
	if target == "" && len(a.pos) > 0 {
		target = a.pos[0]
	}
	if target == "" {
		return fmt.Errorf("token revoke: name the token")
	}
	err := st.RevokeTokenNamed(ctx, target)
	if id, perr := strconv.ParseInt(target, 10, 64); model.ErrorKind(err) == model.KindNotFound && perr == nil {
		err = st.RevokeToken(ctx, id)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(s.stdout, "revoked token %q\n", target)
	return nil
}

func cmdBackup(ctx context.Context, c *cmdline, args []string) error {
	to, err := c.requiredFlag(args, "to", "the backup file to write (must not exist)", "usage: youcheng backup --to FILE")
	if err != nil {
		return err
	}
	if c.cfg.DatabaseURL != "" {
		// pg_dump reads one snapshot; the schema is left as it is.
		if err := model.BackupPostgres(ctx, c.cfg.DatabaseURL, to); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "backup written to %s (pg_dump custom format; youcheng restore or pg_restore reads it)\n", to)
		return nil
	}
	return c.withStore(ctx, func(st *model.Store) error {
		if err := st.Backup(ctx, to); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "backup written to %s\n", to)
		return nil
	})
}

func cmdRestore(ctx context.Context, c *cmdline, args []string) error {
	from, err := c.requiredFlag(args, "from", "a backup written by youcheng backup",
		"usage: youcheng restore --from FILE   (SQLite: stop the server first; PostgreSQL: into a new, empty database)")
	if err != nil {
		return err
	}
	if c.cfg.DatabaseURL == "" {
		if err := model.RestoreSQLite(ctx, from, c.cfg.DB); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "restored %s from %s\n", c.cfg.DB, from)
		return nil
	}
	if err := model.RestorePostgres(ctx, c.cfg.DatabaseURL, from); err != nil {
		return err
	}
	// Opening migrates a backup made by an older release and checks it.
	return c.withStore(ctx, func(st *model.Store) error {
		v, err := st.SchemaVersionOf(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "restored the PostgreSQL database from %s (schema version %d)\n", from, v)
		return nil
	})
}
