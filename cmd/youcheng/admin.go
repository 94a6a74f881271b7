package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/youcheng/youcheng/model"
)

// withStore opens the configured database for a one-off command.
func withStore(ctx context.Context, cfg Config, stderr io.Writer, fn func(*model.Store) error) error {
	if err := cfg.validate(); err != nil {
		return err
	}
	st, err := openStore(ctx, cfg, cfg.logger(stderr))
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st)
}

func cmdToken(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: youcheng token create --name NAME --role viewer|editor|admin | list | revoke NAME")
		return errUsage
	}
	fs, cfg := newFlags("token "+args[0], stderr)
	name := fs.String("name", "", "who the token is for (shown in the audit log)")
	role := fs.String("role", model.RoleViewer, "viewer, editor or admin")
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	ctx = model.WithActor(ctx, cliActor())
	return withStore(ctx, *cfg, stderr, func(st *model.Store) error {
		switch args[0] {
		case "create":
			secret, t, err := st.CreateToken(ctx, *name, *role)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "created token %q (role %s); it is shown once — store it now:\n%s\n", t.Name, t.Role, secret)
			return nil
		case "list":
			ts, err := st.ListTokens(ctx)
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tNAME\tROLE\tCREATED\tREVOKED")
			for _, t := range ts {
				revoked := "-"
				if t.RevokedAt != nil {
					revoked = t.RevokedAt.Format("2006-01-02 15:04")
				}
				fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", t.ID, t.Name, t.Role, t.CreatedAt.Format("2006-01-02 15:04"), revoked)
			}
			return w.Flush()
		case "revoke":
			target := *name
			if target == "" && fs.NArg() > 0 {
				target = fs.Arg(0)
			}
			if target == "" {
				return fmt.Errorf("token revoke: name the token")
			}
			// A name first; a number that names no token is an id.
			err := st.RevokeTokenNamed(ctx, target)
			if id, perr := strconv.ParseInt(target, 10, 64); model.ErrorKind(err) == model.KindNotFound && perr == nil {
				err = st.RevokeToken(ctx, id)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "revoked token %q\n", target)
			return nil
		}
		return fmt.Errorf("token: unknown subcommand %q (create, list, revoke)", args[0])
	})
}

func cmdBackup(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, cfg := newFlags("backup", stderr)
	to := fs.String("to", "", "the backup file to write (must not exist)")
	if err := fs.Parse(args); err != nil || *to == "" {
		fmt.Fprintln(stderr, "usage: youcheng backup --to FILE")
		return errUsage
	}
	if cfg.DatabaseURL != "" {
		// pg_dump reads one snapshot; the schema is left as it is.
		if err := model.BackupPostgres(ctx, cfg.DatabaseURL, *to); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "backup written to %s (pg_dump custom format; youcheng restore or pg_restore reads it)\n", *to)
		return nil
	}
	return withStore(ctx, *cfg, stderr, func(st *model.Store) error {
		if err := st.Backup(ctx, *to); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "backup written to %s\n", *to)
		return nil
	})
}

func cmdRestore(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, cfg := newFlags("restore", stderr)
	from := fs.String("from", "", "a backup written by youcheng backup")
	if err := fs.Parse(args); err != nil || *from == "" {
		fmt.Fprintln(stderr, "usage: youcheng restore --from FILE   (SQLite: stop the server first; PostgreSQL: into a new, empty database)")
		return errUsage
	}
	if cfg.DatabaseURL != "" {
		if err := model.RestorePostgres(ctx, cfg.DatabaseURL, *from); err != nil {
			return err
		}
		// Opening migrates a backup made by an older release and checks it.
		return withStore(ctx, *cfg, stderr, func(st *model.Store) error {
			v, err := st.SchemaVersionOf(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "restored the PostgreSQL database from %s (schema version %d)\n", *from, v)
			return nil
		})
	}
	if err := model.RestoreSQLite(ctx, *from, cfg.DB); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "restored %s from %s\n", cfg.DB, *from)
	return nil
}
