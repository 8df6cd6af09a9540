package server

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"kring/server/internal/sshtest"
	"kring/sessions"
)

// wait bounds every wait for something to appear on a screen: generous,
// since a loaded machine under -race is slow, and a passing test never
// waits for it to run out.
const wait = 10 * time.Second

// testServer is a real server on a loopback port, stopped when the test
// ends.
type testServer struct {
	t      *testing.T
	dir    string
	srv    *Server
	addr   string
	cancel context.CancelFunc
	done   chan error
}

// startServer starts a server on dir; tweak may change its configuration.
func startServer(t *testing.T, dir string, tweak ...func(*Config)) *testServer {
	t.Helper()
	cfg := Config{
		Listen:  "127.0.0.1:0",
		Host:    "kring.test",
		DataDir: dir,
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
		// Every test client comes from 127.0.0.1; tests of the limits
		// per address set their own.
		Hub: sessions.HubOptions{RatePerSecond: 1000, Burst: 1000, Addr: sessions.AddrLimits{
			JoinsPerSecond: 1000, JoinBurst: 1000, RoomShare: 1, NotesPerSecond: 1000, NoteBurst: 1000,
		}},
		StallTimeout: 5 * time.Second,
	}
	for _, f := range tweak {
		f(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatalf("new server: %v", err)
	}
	addr, err := srv.Listen()
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{t: t, dir: dir, srv: srv, addr: addr.String(), cancel: cancel, done: make(chan error, 1)}
	go func() { ts.done <- srv.Serve(ctx) }()
	t.Cleanup(ts.stop)
	return ts
}

// stop cancels Serve and waits for it to return; Serve closes the store,
// so the data directory may be opened again afterwards. Stopping twice is
// fine.
func (ts *testServer) stop() {
	ts.t.Helper()
	ts.cancel()
	select {
	case err, ok := <-ts.done:
		if !ok {
			return
		}
		close(ts.done)
		if err != nil {
			ts.t.Errorf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		ts.t.Fatalf("Serve did not return within 15s of its context ending")
	}
}

// newRoom runs `new` with key and returns the room code as printed.
func (ts *testServer) newRoom(t *testing.T, key ssh.Signer, args string) string {
	t.Helper()
	res := sshtest.Exec(t, ts.addr, key, strings.TrimSpace("new "+args))
	if res.Status != 0 {
		t.Fatalf("new %s: status %d, stderr %q", args, res.Status, res.Stderr)
	}
	code := strings.TrimSpace(res.Stdout)
	if _, ok := sessions.ParseCode(code); !ok {
		t.Fatalf("new printed %q, not a room code", res.Stdout)
	}
	return code
}

// export runs `export` with key and fails the test unless it succeeds.
func (ts *testServer) export(t *testing.T, key ssh.Signer, code, format string) string {
	t.Helper()
	res := sshtest.Exec(t, ts.addr, key, "export "+code+" --format "+format)
	if res.Status != 0 {
		t.Fatalf("export %s --format %s: status %d, stderr %q", code, format, res.Status, res.Stderr)
	}
	return res.Stdout
}

// connect opens an interactive session for room code at 80×24.
func (ts *testServer) connect(t *testing.T, code string, key ssh.Signer) *sshtest.Term {
	t.Helper()
	return sshtest.Start(t, ts.addr, sshtest.Options{User: code, Key: key})
}

// join connects key to room code and fills in the join form; it returns
// once the board shows.
func (ts *testServer) join(t *testing.T, code string, key ssh.Signer, name, function string) *sshtest.Term {
	t.Helper()
	c := ts.connect(t, code, key)
	fillJoinForm(c, name, function)
	c.WaitFor("Deelnemers", wait)
	return c
}

// joinKeyless connects without a key and joins as name. It reads the
// rejoin code from the dialog that follows, closes the dialog and returns
// the code.
func (ts *testServer) joinKeyless(t *testing.T, code, name string) (*sshtest.Term, string) {
	t.Helper()
	c := ts.connect(t, code, nil)
	fillJoinForm(c, name, "")
	screen := c.WaitFor("Jouw terugkeercode", wait)
	m := rejoinCodeRe.FindString(screen)
	if m == "" {
		t.Fatalf("no rejoin code on the screen:\n%s", screen)
	}
	if _, ok := sessions.ParseRejoinCode(m); !ok {
		t.Fatalf("rejoin code %q on the screen is not well-formed", m)
	}
	c.Type("\r") // Enter closes the notice (any other key closes it and acts)
	c.WaitFor("Deelnemers", wait)
	return c, m
}

// rejoinCodeRe matches a rejoin code as shown: two groups of four from the
// code alphabet.
var rejoinCodeRe = regexp.MustCompile(`\b[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}\b`)

// fillJoinForm types a name and a function into the join form.
func fillJoinForm(c *sshtest.Term, name, function string) {
	c.WaitFor("Je naam", wait)
	// One write, several keys: the input parser turns it into separate
	// key messages (runes, Enter, runes, Enter).
	c.Type(name + "\r" + function + "\r")
}

// addNote writes a note in the selected column (the first one on a fresh
// board) and waits until the board counts want notes in ‘Ideeën’.
func addNote(c *sshtest.Term, text string, want int) {
	c.Type("n")
	c.WaitFor("Nieuw briefje in", wait)
	c.Type(text + "\r")
	c.WaitFor(ideas(want), wait)
}

// ideas is the title of the first column holding n notes.
func ideas(n int) string { return fmt.Sprintf("Ideeën (%d)", n) }
