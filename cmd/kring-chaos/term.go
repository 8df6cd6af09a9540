package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hinshun/vt10x"
	"golang.org/x/crypto/ssh"
)

// errSlow is what waitFor returns when the screen did not change as
// expected in time.
var errSlow = errors.New("did not come")

// Terminal size of every writer.
const termRows, termCols = 40, 120

// term is an interactive SSH connection with a PTY whose output is fed into
// a virtual terminal, so that the harness reads the screen as the
// participant sees it.
type term struct {
	conn *ssh.Client
	in   io.Writer
	// onScreen is called by the reader with every new screen, before
	// anyone waiting is woken.
	onScreen func(screen string)

	mu      sync.Mutex
	vt      vt10x.Terminal
	carry   []byte // the start of a rune split across two reads
	screen  string
	changed chan struct{} // closed and replaced on every change
	err     error         // why the output ended
	done    chan struct{} // closed when the reader has returned
}

// dialTerm connects to addr as user (a room code), opens a shell with a
// PTY and starts reading the screen.
func dialTerm(ctx context.Context, addr, user string, key ssh.Signer, hostKey ssh.PublicKey, onScreen func(string)) (*term, error) {
	conn, err := connect(ctx, addr, clientConfig(user, key, ssh.FixedHostKey(hostKey)), 5*time.Second)
	if err != nil {
		return nil, err
	}
	t := &term{
		conn:     conn,
		onScreen: onScreen,
		vt:       vt10x.New(vt10x.WithSize(termCols, termRows)),
		changed:  make(chan struct{}),
		done:     make(chan struct{}),
	}
	sess, err := conn.NewSession()
	if err == nil {
		t.in, err = sess.StdinPipe()
	}
	var out io.Reader
	if err == nil {
		out, err = sess.StdoutPipe()
	}
	if err == nil {
		err = sess.RequestPty("xterm-256color", termRows, termCols, ssh.TerminalModes{})
	}
	if err == nil {
		err = sess.Shell()
	}
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("shell: %w", err)
	}
	go t.read(out)
	return t, nil
}

func (t *term) read(out io.Reader) {
	defer close(t.done)
	buf := make([]byte, 32<<10)
	for {
		n, err := out.Read(buf)
		if n > 0 {
			t.feed(buf[:n])
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = errors.New("connection closed")
			}
			t.mu.Lock()
			t.err = err
			t.wakeLocked()
			t.mu.Unlock()
			return
		}
	}
}

// feed writes output to the virtual terminal. A rune split across two
// reads waits for its last bytes: the emulator would take its first ones
// for invalid input.
func (t *term) feed(p []byte) {
	t.mu.Lock()
	data := append(t.carry, p...)
	n := wholeRunes(data)
	_, _ = t.vt.Write(data[:n])
	t.carry = append([]byte(nil), data[n:]...)
	t.screen = t.vt.String()
	screen := t.screen
	t.mu.Unlock()
	if t.onScreen != nil {
		t.onScreen(screen)
	}
	t.mu.Lock()
	t.wakeLocked()
	t.mu.Unlock()
}

// wholeRunes is the length of the longest prefix of b that does not end
// inside a UTF-8 sequence: only the last three bytes can start one that
// is incomplete.
func wholeRunes(b []byte) int {
	for i := max(0, len(b)-utf8.UTFMax+1); i < len(b); i++ {
		if utf8.RuneStart(b[i]) && !utf8.FullRune(b[i:]) {
			return i
		}
	}
	return len(b)
}

func (t *term) wakeLocked() {
	close(t.changed)
	t.changed = make(chan struct{})
}

// send types keys: "\r" is Enter, "\t" Tab.
func (t *term) send(keys string) error {
	_, err := io.WriteString(t.in, keys)
	return err
}

// waitFor waits until cond holds for the screen and returns that screen.
// It fails when the connection ends or timeout passes first.
func (t *term) waitFor(ctx context.Context, timeout time.Duration, what string, cond func(screen string) bool) (string, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		t.mu.Lock()
		screen, changed, err := t.screen, t.changed, t.err
		t.mu.Unlock()
		if cond(screen) {
			return screen, nil
		}
		if err != nil {
			return screen, fmt.Errorf("waiting for %s: %w", what, err)
		}
		select {
		case <-changed:
		case <-timer.C:
			return screen, fmt.Errorf("%s: %w within %v", what, errSlow, timeout)
		case <-ctx.Done():
			return screen, ctx.Err()
		}
	}
}

// close ends the connection and waits until the reader has returned, so
// that everything it saw has been reported.
func (t *term) close() {
	t.conn.Close()
	<-t.done
}
