package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strings"
	"time"

	"kring/data"
	"kring/sessions"
)

// openOffline opens the data directory of a stopped server. A running
// server holds the database's lock; msgKey names the message that says
// how to do the same through it.
func openOffline(dir string, lang sessions.Lang, msgKey string) (*data.Store, error) {
	store, err := data.Open(dir, 500*time.Millisecond)
	if errors.Is(err, data.ErrLocked) {
		return nil, errors.New(text.T(lang, msgKey, dir))
	}
	return store, err
}

// openRoom opens the data directory of a stopped server and loads the log
// of the room typed as arg. The caller closes the store.
func openRoom(dir string, lang sessions.Lang, arg, lockedKey string) (*data.Store, string, []sessions.Event, error) {
	code, ok := sessions.ParseCode(arg)
	if !ok {
		return nil, "", nil, errors.New(sessions.Messages.T(lang, "err.no_room"))
	}
	store, err := openOffline(dir, lang, lockedKey)
	if err != nil {
		return nil, "", nil, err
	}
	events, err := store.Load(context.Background(), code)
	if err != nil {
		store.Close()
		return nil, "", nil, refusalOr(lang, err)
	}
	return store, code, events, nil
}

// refusalOr is err in the operator's language when it is a refusal.
func refusalOr(lang sessions.Lang, err error) error {
	if r, ok := errors.AsType[*sessions.Refusal](err); ok {
		return errors.New(sessions.Messages.T(lang, r.Key))
	}
	return err
}

// confirmed reads one line from in and reports whether it is want, as
// people type room codes (any case, with or without the dash).
func confirmed(in io.Reader, want string) bool {
	line, _ := bufio.NewReader(io.LimitReader(in, 256)).ReadString('\n')
	code, ok := sessions.ParseCode(strings.TrimSpace(line))
	return ok && code == want
}
