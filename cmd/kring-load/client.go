package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/crypto/ssh"
)

// Texts the harness waits for on a participant's screen (the server speaks
// Dutch by default).
const (
	markJoinForm = "Je naam"          // join form
	markBoard    = "Ideeën ("         // first column title: the board is shown
	markEditor   = "Nieuw briefje in" // note editor open
	markAdded    = "Briefje geplakt." // status after adding a note
	markConfirm  = "Dit briefje verwijderen?"
	markDeleted  = "Briefje verwijderd."
	markKeys     = "e bewerk" // key bar of the plain board: no dialog is open
)

// maxText bounds the plain text a client keeps for expect.
const maxText = 64 << 10

// received counts bytes read by all clients, to notice a quiet server.
var received atomic.Int64

// client is one SSH connection with a PTY, as a participant's terminal.
type client struct {
	idx  int // index among the measured participants; -1 for others
	name string
	conn *ssh.Client
	sess *ssh.Session
	in   io.Writer

	mu sync.Mutex
	// watch learns from the reader, with idx, about every note token on
	// the screen and about the end of the connection.
	watch   watcher
	text    []byte  // the newest plain text of the screen stream
	base    int64   // stream offset of text[0]
	chunks  []chunk // arrival of the newest reads
	changed chan struct{}
	err     error
	blind   []interval // times a dialog hid this client's board
}

// chunk records when the plain stream up to offset end had arrived.
type chunk struct {
	end int64
	at  time.Time
}

// interval is a time a dialog opened for note hid the board.
type interval struct {
	from, to time.Time
	note     int
}

// newKey returns a fresh ed25519 signer.
func newKey() (ssh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return ssh.NewSignerFromKey(priv)
}

func clientConfig(user string, key ssh.Signer, hostKey ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:            user,
		Auth:            []ssh.AuthMethod{ssh.PublicKeys(key)},
		HostKeyCallback: ssh.FixedHostKey(hostKey),
		Timeout:         15 * time.Second,
	}
}

// execCommand runs a command such as "new --title Load" and returns its
// standard output.
func execCommand(addr string, key ssh.Signer, hostKey ssh.PublicKey, cmd string) (string, error) {
	conn, err := ssh.Dial("tcp", addr, clientConfig("kring", key, hostKey))
	if err != nil {
		return "", err
	}
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		return "", err
	}
	defer sess.Close()
	var stderr bytes.Buffer
	sess.Stderr = &stderr
	out, err := sess.Output(cmd)
	if err != nil {
		return "", fmt.Errorf("%s: %w: %s", cmd, err, bytes.TrimSpace(stderr.Bytes()))
	}
	return string(out), nil
}

// dial opens an interactive session for user (a room code) with a rows×cols
// PTY and starts reading the screen.
// watcher follows what reaches the participants' screens.
type watcher interface {
	// saw reports that note id reached participant idx's screen at at.
	saw(idx, id int, at time.Time)
	// gone reports that participant idx's connection ended.
	gone(idx int)
}

// idx numbers the measured participants (-1 for others) and w, if not nil,
// follows their screens.
func dial(ctx context.Context, addr, user string, key ssh.Signer, hostKey ssh.PublicKey, rows, cols, idx int, w watcher) (*client, error) {
	d := net.Dialer{Timeout: 15 * time.Second}
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = nc.SetDeadline(dl)
	}
	sc, chans, reqs, err := ssh.NewClientConn(nc, addr, clientConfig(user, key, hostKey))
	if err != nil {
		nc.Close()
		return nil, err
	}
	_ = nc.SetDeadline(time.Time{})
	conn := ssh.NewClient(sc, chans, reqs)
	c := &client{idx: idx, watch: w, conn: conn, changed: make(chan struct{})}
	if err := c.start(rows, cols); err != nil {
		conn.Close()
		return nil, err
	}
	return c, nil
}

func (c *client) start(rows, cols int) error {
	sess, err := c.conn.NewSession()
	if err != nil {
		return err
	}
	c.sess = sess
	if c.in, err = sess.StdinPipe(); err != nil {
		return err
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		return err
	}
	if err := sess.RequestPty("xterm-256color", rows, cols, ssh.TerminalModes{}); err != nil {
		return fmt.Errorf("pty: %w", err)
	}
	if err := sess.Shell(); err != nil {
		return fmt.Errorf("shell: %w", err)
	}
	go c.read(out)
	return nil
}

// read turns the screen stream into plain text, reports note tokens and
// wakes expect.
func (c *client) read(out io.Reader) {
	var (
		strip stripper
		scan  tokenScanner
		plain []byte
	)
	buf := make([]byte, 32<<10)
	for {
		n, err := out.Read(buf)
		if n > 0 {
			at := time.Now()
			received.Add(int64(n))
			plain = strip.feed(plain[:0], buf[:n])
			c.mu.Lock()
			w, idx := c.watch, c.idx
			c.mu.Unlock()
			if w != nil && idx >= 0 {
				scan.scan(plain, func(id int) { w.saw(idx, id, at) })
			}
			c.mu.Lock()
			c.text = append(c.text, plain...)
			if len(c.chunks) >= 256 {
				c.chunks = append(c.chunks[:0], c.chunks[128:]...)
			}
			c.chunks = append(c.chunks, chunk{end: c.base + int64(len(c.text)), at: at})
			if len(c.text) > maxText {
				drop := len(c.text) - maxText/2
				c.text = append(c.text[:0], c.text[drop:]...)
				c.base += int64(drop)
			}
			close(c.changed)
			c.changed = make(chan struct{})
			c.mu.Unlock()
		}
		if err != nil {
			if err == io.EOF {
				err = errors.New("connection closed by the server")
			}
			c.mu.Lock()
			c.err = err
			close(c.changed)
			c.changed = make(chan struct{})
			w, idx := c.watch, c.idx
			c.mu.Unlock()
			if w != nil && idx >= 0 {
				w.gone(idx)
			}
			return
		}
	}
}

// reindex renumbers a participant for a new tracker.
func (c *client) reindex(idx int, w watcher) {
	c.mu.Lock()
	c.idx, c.watch = idx, w
	c.mu.Unlock()
}

// offset is the position in the plain stream read so far. Text that a
// keystroke sent now causes to appear will be found after it.
func (c *client) offset() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.base + int64(len(c.text))
}

// send types keys.
func (c *client) send(keys string) error {
	_, err := io.WriteString(c.in, keys)
	return err
}

// expect waits until s appears in the screen stream after offset from.
func (c *client) expect(ctx context.Context, from int64, s string, timeout time.Duration) error {
	_, err := c.expectAt(ctx, from, s, timeout)
	return err
}

// expectAt is expect that also returns when the text arrived.
func (c *client) expectAt(ctx context.Context, from int64, s string, timeout time.Duration) (time.Time, error) {
	t := time.NewTimer(timeout)
	defer t.Stop()
	for {
		c.mu.Lock()
		start := max(0, from-c.base)
		i := -1
		if start <= int64(len(c.text)) {
			i = bytes.Index(c.text[start:], []byte(s))
		}
		if i >= 0 {
			end := c.base + start + int64(i+len(s))
			at := time.Now()
			for _, ch := range c.chunks {
				if ch.end >= end {
					at = ch.at
					break
				}
			}
			c.mu.Unlock()
			return at, nil
		}
		ch, err := c.changed, c.err
		tail := string(c.text[max(0, len(c.text)-300):])
		c.mu.Unlock()
		if err != nil {
			return time.Time{}, fmt.Errorf("%s: waiting for %q: %w", c.name, s, err)
		}
		select {
		case <-ch:
		case <-t.C:
			return time.Time{}, fmt.Errorf("%s: %q not on the screen after %v (last text %q)", c.name, s, timeout, tail)
		case <-ctx.Done():
			return time.Time{}, fmt.Errorf("%s: waiting for %q: %w", c.name, s, ctx.Err())
		}
	}
}

// join fills in the join form and waits for the board.
func (c *client) join(ctx context.Context, name string) error {
	c.name = name
	if err := c.expect(ctx, 0, markJoinForm, 30*time.Second); err != nil {
		return err
	}
	// Enter on the name moves to the function field; Enter there joins.
	if err := c.send(name + "\r\r"); err != nil {
		return err
	}
	return c.expect(ctx, 0, markBoard, 30*time.Second)
}

// dialog runs keys that open a dialog (the editor, a confirmation) and
// waits for what shows that the dialog is open. The client's board is
// hidden from the time keys are sent until a later closeDialog.
func (c *client) dialog(ctx context.Context, keys, mark string, timeout time.Duration, note int) error {
	c.mu.Lock()
	c.blind = append(c.blind, interval{from: time.Now(), note: note})
	c.mu.Unlock()
	off := c.offset()
	if err := c.send(keys); err != nil {
		return err
	}
	return c.expect(ctx, off, mark, timeout)
}

// closeDialog types keys that close the dialog, and waits until the plain
// board's key bar is back and then for mark (a status message).
func (c *client) closeDialog(ctx context.Context, keys, mark string, timeout time.Duration, sent func()) error {
	off := c.offset()
	if sent != nil {
		sent()
	}
	if err := c.send(keys); err != nil {
		return err
	}
	at, err := c.expectAt(ctx, off, markKeys, timeout)
	if err != nil {
		at = time.Now()
	}
	c.mu.Lock()
	c.blind[len(c.blind)-1].to = at
	c.mu.Unlock()
	if err != nil {
		return err
	}
	return c.expect(ctx, off, mark, timeout)
}

// blindDuring reports whether a dialog hid the board at some time between
// from and to, other than the editor of note itself (which its Enter
// closed).
func (c *client) blindDuring(from, to time.Time, note int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, b := range c.blind {
		if b.note == note {
			continue
		}
		end := b.to
		if end.IsZero() {
			end = to
		}
		if b.from.Before(to) && end.After(from) {
			return true
		}
	}
	return false
}

func (c *client) alive() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err == nil
}

func (c *client) close() {
	if c.sess != nil {
		c.sess.Close()
	}
	c.conn.Close()
}
