package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"kring/data"
	"kring/server"
)

// restore puts a backup in place of the database of a stopped server:
// `kring restore --data DIR BACKUPFILE`. The backup is verified first
// (opened read-only, every room replayed) and the database it replaces is
// kept aside; with --check it is only verified.
func restore(args []string, stdout, stderr io.Writer) error {
	lang := envLang()
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := dataFlag(fs)
	check := fs.Bool("check", false, "only verify the backup; change nothing")
	pos, err := server.ParseArgs(fs, args)
	if err != nil {
		return errUsageShown
	}
	if len(pos) != 1 {
		return errors.New(text.T(lang, "restore.usage"))
	}
	ctx := context.Background()
	if *check {
		b, err := data.OpenFile(pos[0])
		if err != nil {
			return errors.New(text.T(lang, "restore.bad", pos[0], err))
		}
		defer b.Close()
		sum, err := b.Verify(ctx)
		if err != nil {
			return errors.New(text.T(lang, "restore.bad", pos[0], err))
		}
		fmt.Fprintln(stdout, text.T(lang, "restore.checked", pos[0], sum.Rooms, sum.Events))
		return nil
	}
	sum, kept, err := data.Restore(ctx, *dir, pos[0], time.Now())
	switch {
	case errors.Is(err, data.ErrLocked):
		return errors.New(text.T(lang, "restore.locked", *dir))
	case err != nil:
		return errors.New(text.T(lang, "restore.bad", pos[0], err))
	}
	fmt.Fprintln(stdout, text.T(lang, "restore.done", pos[0], *dir, sum.Rooms, sum.Events))
	if kept != "" {
		fmt.Fprintln(stdout, text.T(lang, "restore.kept", kept))
	}
	return nil
}
