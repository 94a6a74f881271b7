package main

import (
	"context"
	"io"
)

func cmdToken(ctx context.Context, args []string, stdout, stderr io.Writer) error         { return errUsage }
func cmdBackup(ctx context.Context, args []string, stdout, stderr io.Writer) error        { return errUsage }
func cmdRestore(ctx context.Context, args []string, stdout, stderr io.Writer) error       { return errUsage }
func cmdAnniversaries(ctx context.Context, args []string, stdout, stderr io.Writer) error { return errUsage }
func cmdCalendar(ctx context.Context, args []string, stdout, stderr io.Writer) error      { return errUsage }
