package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"kring/server"
	"kring/sessions"
)

// erase erases one participant from a room in the data directory of a
// stopped server, for a request under AVG art. 17:
// `kring erase --data DIR CODE NAME [--notes keep|remove]`. Like the exec
// command it refuses a facilitator, whose rights must go first.
func erase(args []string, stdout, stderr io.Writer) error {
	lang := envLang()
	fs := flag.NewFlagSet("erase", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := dataFlag(fs)
	notes := fs.String("notes", "keep", "keep: notes stay as \"removed participant\"; remove: they go too")
	pos, err := server.ParseArgs(fs, args)
	if err != nil {
		return errUsageShown
	}
	remove, ok := server.ParseNotesChoice(*notes)
	if len(pos) < 2 || !ok {
		return errors.New(text.T(lang, "erase.usage"))
	}
	store, code, events, err := openRoom(*dir, lang, pos[0], "erase.locked")
	if err != nil {
		return err
	}
	defer store.Close()
	p, ok := sessions.Replay(events).ParticipantNamed(strings.Join(pos[1:], " "))
	if !ok {
		return refusalOr(lang, sessions.ErrNoParticipant)
	}
	out, x, err := sessions.Erase(events, p.ID, remove)
	if err != nil {
		return refusalOr(lang, err)
	}
	if err := store.Rewrite(context.Background(), code, out); err != nil {
		return err
	}
	fmt.Fprintln(stdout, text.T(lang, "erase.done", sessions.FormatCode(code), x.NotesRemoved, x.NotesKept))
	return nil
}
