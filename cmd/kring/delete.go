package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"kring/server"
	"kring/sessions"
)

// deleteRoom deletes a room from the data directory of a stopped server,
// for good: `kring delete --data DIR CODE [--yes]`. Without --yes the code
// must be typed again on stdin.
func deleteRoom(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	lang := envLang()
	fs := flag.NewFlagSet("delete", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := dataFlag(fs)
	yes := fs.Bool("yes", false, "do not ask for the code again")
	pos, err := server.ParseArgs(fs, args)
	if err != nil {
		return errUsageShown
	}
	if len(pos) != 1 {
		return errors.New(text.T(lang, "delete.usage"))
	}
	store, code, events, err := openRoom(*dir, lang, pos[0], "delete.locked")
	if err != nil {
		return err
	}
	defer store.Close()
	state := sessions.Replay(events)
	if !*yes {
		fmt.Fprint(stderr, text.T(lang, "delete.confirm", sessions.FormatCode(code), state.Title, *dir))
		if !confirmed(stdin, code) {
			return errors.New(text.T(lang, "delete.not_confirmed"))
		}
	}
	if err := store.Delete(context.Background(), code); err != nil {
		return err
	}
	fmt.Fprintln(stdout, text.T(lang, "delete.done", sessions.FormatCode(code)))
	return nil
}
