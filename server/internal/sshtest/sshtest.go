// Package sshtest is a small SSH client for end-to-end tests of the kring
// server: exec commands, and interactive sessions with a PTY whose output
// is fed into a virtual terminal so that tests can wait for text to appear
// on the screen, the way a participant would see it.
package sshtest

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/hinshun/vt10x"
	"golang.org/x/crypto/ssh"
)

// NewKey returns a fresh ed25519 key for one test client.
func NewKey(t testing.TB) ssh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatalf("generate key: %v", err)
	}
	signer, err := ssh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatalf("signer: %v", err)
	}
	return signer
}

// Dial connects to addr as user. A nil key connects keyless: keyboard
// interactive authentication that answers no questions. The host key the
// server presented is returned too.
func Dial(addr, user string, key ssh.Signer) (*ssh.Client, ssh.PublicKey, error) {
	conn, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		return nil, nil, err
	}
	return handshake(conn, addr, user, key)
}

// handshake runs the SSH handshake over conn.
func handshake(conn net.Conn, addr, user string, key ssh.Signer) (*ssh.Client, ssh.PublicKey, error) {
	var auth []ssh.AuthMethod
	if key != nil {
		auth = append(auth, ssh.PublicKeys(key))
	} else {
		auth = append(auth, ssh.KeyboardInteractive(func(_, _ string, questions []string, _ []bool) ([]string, error) {
			return make([]string, len(questions)), nil
		}))
	}
	var hostKey ssh.PublicKey
	cfg := &ssh.ClientConfig{
		User: user,
		Auth: auth,
		HostKeyCallback: func(_ string, _ net.Addr, k ssh.PublicKey) error {
			hostKey = k
			return nil
		},
	}
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	cc, chans, reqs, err := ssh.NewClientConn(conn, addr, cfg)
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	_ = conn.SetDeadline(time.Time{})
	return ssh.NewClient(cc, chans, reqs), hostKey, nil
}

// Result is the outcome of an exec command.
type Result struct {
	Stdout, Stderr string
	Status         int
}

// Exec runs command on the server at addr, as `ssh host command` would.
func Exec(t testing.TB, addr string, key ssh.Signer, command string) Result {
	t.Helper()
	return run(t, addr, "", key, command, "")
}

// ExecAs runs command as user, as `ssh user@host command` would.
func ExecAs(t testing.TB, addr, user string, key ssh.Signer, command string) Result {
	t.Helper()
	return run(t, addr, user, key, command, "")
}

// ExecInput is Exec with stdin as what the person types (or a script
// pipes) into the command.
func ExecInput(t testing.TB, addr string, key ssh.Signer, command, stdin string) Result {
	t.Helper()
	return run(t, addr, "", key, command, stdin)
}

func run(t testing.TB, addr, user string, key ssh.Signer, command, stdin string) Result {
	t.Helper()
	client, _, err := Dial(addr, user, key)
	if err != nil {
		t.Fatalf("exec %q: dial: %v", command, err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatalf("exec %q: session: %v", command, err)
	}
	defer sess.Close()
	var stdout, stderr bytes.Buffer
	sess.Stdout, sess.Stderr = &stdout, &stderr
	sess.Stdin = strings.NewReader(stdin)
	done := make(chan error, 1)
	go func() { done <- sess.Run(command) }()
	var runErr error
	select {
	case runErr = <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("exec %q: no answer within 10s", command)
	}
	res := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	var exit *ssh.ExitError
	switch {
	case runErr == nil:
	case errors.As(runErr, &exit):
		res.Status = exit.ExitStatus()
	default:
		t.Fatalf("exec %q: %v (stderr %q)", command, runErr, res.Stderr)
	}
	return res
}

// Options describe an interactive connection.
type Options struct {
	// User is the SSH user name: a room code, or anything for the lobby.
	User string
	// Key is the client's key; nil connects keyless.
	Key ssh.Signer
	// Cols and Rows are the terminal size; 80×24 when zero.
	Cols, Rows int
	// Term is the TERM sent with the PTY request; xterm-256color when empty.
	Term string
}

// Term is an interactive SSH session with a PTY, read continuously into a
// virtual terminal.
type Term struct {
	t       testing.TB
	conn    *gateConn
	client  *ssh.Client
	sess    *ssh.Session
	stdin   io.WriteCloser
	hostKey ssh.PublicKey

	mu      sync.Mutex
	vt      vt10x.Terminal
	raw     []byte
	carry   []byte
	changed chan struct{} // closed and replaced on every change
	readErr error
	eof     bool

	stopRead  chan struct{}
	stopOnce  sync.Once
	closed    chan struct{}
	closeOnce sync.Once
	done      chan struct{} // the read loop ended: output closed
	exited    chan struct{} // the session ended (Wait returned)
}

// Start connects to addr and starts an interactive shell. The connection
// is closed when the test ends.
func Start(t testing.TB, addr string, o Options) *Term {
	t.Helper()
	if o.Cols == 0 {
		o.Cols = 80
	}
	if o.Rows == 0 {
		o.Rows = 24
	}
	if o.Term == "" {
		o.Term = "xterm-256color"
	}
	raw, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		t.Fatalf("dial %s: %v", addr, err)
	}
	conn := &gateConn{Conn: raw, paused: make(chan struct{}), closed: make(chan struct{})}
	client, hostKey, err := handshake(conn, addr, o.User, o.Key)
	if err != nil {
		t.Fatalf("connect to %s as %q: %v", addr, o.User, err)
	}
	sess, err := client.NewSession()
	if err != nil {
		client.Close()
		t.Fatalf("new session: %v", err)
	}
	modes := ssh.TerminalModes{ssh.ECHO: 0, ssh.TTY_OP_ISPEED: 38400, ssh.TTY_OP_OSPEED: 38400}
	if err := sess.RequestPty(o.Term, o.Rows, o.Cols, modes); err != nil {
		client.Close()
		t.Fatalf("request pty: %v", err)
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		client.Close()
		t.Fatalf("stdin: %v", err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		client.Close()
		t.Fatalf("stdout: %v", err)
	}
	if err := sess.Shell(); err != nil {
		client.Close()
		t.Fatalf("shell: %v", err)
	}
	c := &Term{
		t:        t,
		conn:     conn,
		client:   client,
		sess:     sess,
		stdin:    stdin,
		hostKey:  hostKey,
		vt:       vt10x.New(vt10x.WithSize(o.Cols, o.Rows)),
		changed:  make(chan struct{}),
		stopRead: make(chan struct{}),
		closed:   make(chan struct{}),
		done:     make(chan struct{}),
		exited:   make(chan struct{}),
	}
	go c.readLoop(stdout)
	go func() {
		_ = sess.Wait()
		close(c.exited)
	}()
	t.Cleanup(c.Close)
	return c
}

func (c *Term) readLoop(out io.Reader) {
	defer close(c.done)
	buf := make([]byte, 32<<10)
	for {
		select {
		case <-c.stopRead:
			<-c.closed
			return
		default:
		}
		n, err := out.Read(buf)
		if n > 0 {
			c.feed(buf[:n])
		}
		if err != nil {
			c.mu.Lock()
			c.eof, c.readErr = true, err
			c.notifyLocked()
			c.mu.Unlock()
			return
		}
	}
}

// feed appends output to the raw record and the virtual terminal. A rune
// split across two reads is held back until it is complete: the emulator
// would otherwise take its first bytes for invalid input.
func (c *Term) feed(p []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.raw = append(c.raw, p...)
	data := append(c.carry, p...)
	cut := len(data)
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				cut = i
			}
			break
		}
	}
	_, _ = c.vt.Write(data[:cut])
	c.carry = append([]byte(nil), data[cut:]...)
	c.notifyLocked()
}

func (c *Term) notifyLocked() {
	close(c.changed)
	c.changed = make(chan struct{})
}

// Type sends keystrokes, as raw bytes: "\r" is Enter, "\t" Tab. The test
// fails when they cannot be sent.
func (c *Term) Type(keys string) {
	c.t.Helper()
	if err := c.TryType(keys); err != nil {
		c.t.Fatalf("type %q: %v", keys, err)
	}
}

// TryType sends keystrokes and reports whether they could be sent.
func (c *Term) TryType(keys string) error {
	_, err := io.WriteString(c.stdin, keys)
	return err
}

// Resize tells the server the terminal has a new size, and resizes the
// virtual terminal.
func (c *Term) Resize(cols, rows int) error {
	c.mu.Lock()
	c.vt.Resize(cols, rows)
	c.mu.Unlock()
	return c.sess.WindowChange(rows, cols)
}

// ClaimSize sends a window change of cols×rows without resizing the
// virtual terminal: a hostile client may claim any size up to
// 4294967295 × 4294967295.
func (c *Term) ClaimSize(cols, rows uint32) error {
	payload := ssh.Marshal(struct{ Cols, Rows, Width, Height uint32 }{cols, rows, 0, 0})
	_, err := c.sess.SendRequest("window-change", false, payload)
	return err
}

// Screen is the virtual terminal's current content, one line per row.
func (c *Term) Screen() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.vt.String()
}

// Raw is every byte the server sent so far.
func (c *Term) Raw() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]byte(nil), c.raw...)
}

// Text is everything the server sent so far without escape sequences;
// it includes what was written after the program left the alternate
// screen.
func (c *Term) Text() string { return ansi.Strip(string(c.Raw())) }

// HostKey is the key the server presented.
func (c *Term) HostKey() ssh.PublicKey { return c.hostKey }

// WaitFor waits until the screen shows text and returns the screen. The
// test fails when it does not appear within timeout, or the session
// ends first.
func (c *Term) WaitFor(text string, timeout time.Duration) string {
	c.t.Helper()
	return c.WaitUntil(fmt.Sprintf("%q on screen", text), timeout, func(screen string) bool {
		return strings.Contains(screen, text)
	})
}

// WaitUntil waits until cond holds for the screen and returns the screen.
func (c *Term) WaitUntil(what string, timeout time.Duration, cond func(screen string) bool) string {
	c.t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		c.mu.Lock()
		screen, changed, eof, rerr := c.vt.String(), c.changed, c.eof, c.readErr
		c.mu.Unlock()
		if cond(screen) {
			return screen
		}
		if eof {
			c.t.Fatalf("waiting for %s: the session ended (%v); screen:\n%s", what, rerr, screen)
		}
		select {
		case <-changed:
		case <-deadline.C:
			c.t.Fatalf("waiting for %s: not within %v; screen:\n%s", what, timeout, screen)
		}
	}
}

// WaitText waits until the output without escape sequences contains text:
// for what is printed after the program ends.
func (c *Term) WaitText(text string, timeout time.Duration) {
	c.t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		c.mu.Lock()
		raw, changed, eof := string(c.raw), c.changed, c.eof
		c.mu.Unlock()
		if strings.Contains(ansi.Strip(raw), text) {
			return
		}
		if eof {
			c.t.Fatalf("waiting for output %q: the session ended; output:\n%s", text, ansi.Strip(raw))
		}
		select {
		case <-changed:
		case <-deadline.C:
			c.t.Fatalf("waiting for output %q: not within %v", text, timeout)
		}
	}
}

// StopReading makes the client stop reading its output, as a participant
// whose laptop went to sleep: what the server sends piles up in the SSH
// channel window.
func (c *Term) StopReading() { c.stopOnce.Do(func() { close(c.stopRead) }) }

// PauseNetwork stops reading the TCP connection altogether, as a client
// whose machine went to sleep or whose ssh process was suspended: the client
// no longer answers anything, not even the closing of its channel. It can
// still send.
func (c *Term) PauseNetwork() { c.conn.pause() }

// Done is closed when the session's output has ended (EOF).
func (c *Term) Done() <-chan struct{} { return c.done }

// Exited is closed when the session has ended on the server's side.
func (c *Term) Exited() <-chan struct{} { return c.exited }

// WaitDone waits until the output ends.
func (c *Term) WaitDone(timeout time.Duration) {
	c.t.Helper()
	select {
	case <-c.done:
	case <-time.After(timeout):
		c.t.Fatalf("session still open after %v; screen:\n%s", timeout, c.Screen())
	}
}

// Close ends the connection.
func (c *Term) Close() {
	c.closeOnce.Do(func() {
		close(c.closed)
		_ = c.sess.Close()
		_ = c.client.Close()
	})
}

// gateConn is a network connection whose reading can be stopped.
type gateConn struct {
	net.Conn
	pauseOnce, closeOnce sync.Once
	paused, closed       chan struct{}
}

func (g *gateConn) pause() { g.pauseOnce.Do(func() { close(g.paused) }) }

func (g *gateConn) Read(b []byte) (int, error) {
	select {
	case <-g.paused:
		<-g.closed
		return 0, net.ErrClosed
	default:
	}
	return g.Conn.Read(b)
}

func (g *gateConn) Close() error {
	g.closeOnce.Do(func() { close(g.closed) })
	return g.Conn.Close()
}
