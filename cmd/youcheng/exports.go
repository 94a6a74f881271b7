package main

import (
	"context"
	"io"
)

func cmdAnniversaries(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errUsage
}

func cmdCalendar(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errUsage
}
