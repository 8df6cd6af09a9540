package server

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"kring/sessions"
)

// FuzzExecArgs runs every exec command with arbitrary words, as anyone
// who reaches the port may send them: no panic, and every answer is either
// output or an error that has a message for the person.
func FuzzExecArgs(f *testing.F) {
	for _, seed := range []string{
		"new --title Studiedag 12 maart", "new --template wereldcafe --lang en", "new --lang xx",
		"export K7Q4MX --format json", "export --format md", "export K7Q-4MX --confidential --format html",
		"templates", "rooms", "help", "export -- -x", "new --title=", "export \x1b]52;c;aGk=\x07",
		"new --template ../../etc/passwd", "export " + strings.Repeat("A", 300),
	} {
		f.Add(seed, true)
		f.Add(seed, false)
	}
	srv, err := New(Config{
		Listen:  "127.0.0.1:0",
		DataDir: f.TempDir(),
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() {
		srv.hub.Close()
		_ = srv.store.Close()
	})
	keyed := sessions.ParticipantID("key:SHA256:fuzz")
	f.Fuzz(func(t *testing.T, line string, withKey bool) {
		args := strings.Fields(line)
		if len(args) == 0 || len(args) > 64 {
			return
		}
		id := keyed
		if !withKey {
			id = "anon:fuzz"
		}
		var out, stderr bytes.Buffer
		err := srv.runExec(context.Background(), &stderr, sessions.Dutch, id, "", args, &out)
		if err != nil && strings.TrimSpace(srv.execError(sessions.Dutch, err)) == "" {
			t.Fatalf("%q: an error without a message: %v", line, err)
		}
		if out.Len() > 1<<20 {
			t.Fatalf("%q: %d bytes of output", line, out.Len())
		}
	})
}
