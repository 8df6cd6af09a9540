package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"time"

	"kring/data"
	"kring/report"
	"kring/server"
	"kring/sessions"
)

// export writes a room's board from the data directory, with the server
// stopped.
func export(args []string, stdout, stderr io.Writer) error {
	lang := envLang()
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := dataFlag(fs)
	format := fs.String("format", "md", "md, html, csv or json")
	confidential := fs.Bool("confidential", false, "include confidential activities")
	langFlag := fs.String("lang", "", "language of the report: nl or en (default: the session's)")
	noNames := fs.Bool("no-names", false, `call people "deelnemer 1, 2 …", without functions`)
	pos, err := server.ParseArgs(fs, args)
	if err != nil {
		return errUsageShown
	}
	if len(pos) != 1 {
		return errors.New(text.T(lang, "export.usage"))
	}
	if !report.Known(*format) {
		return errors.New(text.T(lang, "export.format", *format))
	}
	var opts report.Options
	xopts := sessions.ExportOptions{Confidential: *confidential, NoNames: *noNames}
	if *langFlag != "" {
		l, ok := sessions.ParseLang(*langFlag)
		if !ok {
			return errors.New(text.T(lang, "export.lang", *langFlag))
		}
		opts.Lang, xopts.Lang = l, l
	}
	code, ok := sessions.ParseCode(pos[0])
	if !ok {
		return errors.New(sessions.Messages.T(lang, "err.no_room"))
	}
	store, err := data.Open(*dir, 500*time.Millisecond)
	if errors.Is(err, data.ErrLocked) {
		return errors.New(text.T(lang, "export.locked", *dir))
	}
	if err != nil {
		return err
	}
	defer store.Close()
	events, err := store.Load(context.Background(), code)
	if errors.Is(err, sessions.ErrNoRoom) {
		return errors.New(sessions.Messages.T(lang, "err.no_room"))
	}
	if err != nil {
		return err
	}
	return report.Write(stdout, sessions.NewExportWith(sessions.Replay(events), time.Now(), xopts), *format, opts)
}
