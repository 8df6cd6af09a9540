package server

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strings"
	"time"
)

// confirmTimeout is how long a command waits for its confirmation line.
const confirmTimeout = time.Minute

// maxConfirmLine bounds the confirmation line read from a client.
const maxConfirmLine = 256

// errNotConfirmed is a confirmation that did not come: the line differed,
// the input ended, or it took too long.
var errNotConfirmed = errors.New("not confirmed")

type inputKey struct{}

// withInput gives the exec commands the client's input, for a
// confirmation.
func withInput(ctx context.Context, in io.Reader) context.Context {
	return context.WithValue(ctx, inputKey{}, in)
}

// confirmLine reads one line of the client's input (what the person types
// after `ssh host delete CODE`, or what a script pipes in) and reports
// whether want(line) holds. No input, an ended input or a minute of
// silence is no.
//
// An exec session has no terminal, but ssh passes its own stdin on: the
// local terminal stays in line mode, so the person types the line with
// their own line editing and Enter sends it.
func confirmLine(ctx context.Context, want func(line string) bool) error {
	in, _ := ctx.Value(inputKey{}).(io.Reader)
	if in == nil {
		return errNotConfirmed
	}
	got := make(chan string, 1)
	go func() {
		// The read ends when the session does, at the latest.
		line, _ := bufio.NewReaderSize(io.LimitReader(in, maxConfirmLine), maxConfirmLine).ReadString('\n')
		got <- line
	}()
	select {
	case line := <-got:
		if want(strings.TrimSpace(line)) {
			return nil
		}
		return errNotConfirmed
	case <-time.After(confirmTimeout):
		return errNotConfirmed
	case <-ctx.Done():
		return ctx.Err()
	}
}
