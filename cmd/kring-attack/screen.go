package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hinshun/vt10x"
	"golang.org/x/crypto/ssh"
)

// screen is an interactive SSH session with a PTY. Its output is fed into
// a virtual terminal, so that an attack reads what a participant would
// see, and counted.
type screen struct {
	client *ssh.Client
	sess   *ssh.Session
	in     io.Writer

	mu      sync.Mutex
	vt      vt10x.Terminal
	partial []byte        // the first bytes of a rune split across reads
	got     int64         // bytes received
	change  chan struct{} // closed and replaced on every change
	ended   error         // why the output ended
}

// openScreen connects to addr as user (a room code, or anything for the
// lobby) and starts a shell on a PTY of cols×rows. The virtual terminal
// is at most 400×200, the most the server draws.
func openScreen(ctx context.Context, addr, user string, key ssh.Signer, cols, rows int) (*screen, error) {
	c, err := dial(ctx, addr, user, key)
	if err != nil {
		return nil, err
	}
	s := &screen{
		client: c,
		vt:     vt10x.New(vt10x.WithSize(min(max(cols, 1), 400), min(max(rows, 1), 200))),
		change: make(chan struct{}),
	}
	if err := s.start(term, rows, cols); err != nil {
		c.Close()
		return nil, err
	}
	return s, nil
}

// term is the TERM every screen sends.
const term = "xterm-256color"

func (s *screen) start(termName string, rows, cols int) error {
	sess, err := s.client.NewSession()
	if err != nil {
		return fmt.Errorf("session: %w", err)
	}
	s.sess = sess
	if s.in, err = sess.StdinPipe(); err != nil {
		return fmt.Errorf("stdin: %w", err)
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		return fmt.Errorf("stdout: %w", err)
	}
	if err := sess.RequestPty(termName, rows, cols, ssh.TerminalModes{ssh.ECHO: 0}); err != nil {
		return fmt.Errorf("pty: %w", err)
	}
	if err := sess.Shell(); err != nil {
		return fmt.Errorf("shell: %w", err)
	}
	go s.read(out)
	return nil
}

func (s *screen) read(out io.Reader) {
	buf := make([]byte, 32<<10)
	for {
		n, err := out.Read(buf)
		s.mu.Lock()
		if n > 0 {
			s.got += int64(n)
			data := append(s.partial, buf[:n]...)
			cut := completeRunes(data)
			_, _ = s.vt.Write(data[:cut])
			s.partial = append([]byte(nil), data[cut:]...)
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = errors.New("the server closed the session")
			}
			s.ended = err
		}
		close(s.change)
		s.change = make(chan struct{})
		s.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// completeRunes is how much of b ends on a rune boundary.
func completeRunes(b []byte) int {
	for i := len(b) - 1; i >= 0 && i > len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if utf8.FullRune(b[i:]) {
				return len(b)
			}
			return i
		}
	}
	return len(b)
}

// send types keys as raw bytes: "\r" is Enter, "\t" Tab.
func (s *screen) send(keys string) error {
	_, err := io.WriteString(s.in, keys)
	return err
}

// claim sends a window change of cols×rows, any size a client may claim,
// without resizing the virtual terminal.
func (s *screen) claim(cols, rows uint32) error {
	payload := ssh.Marshal(struct{ Cols, Rows, Width, Height uint32 }{cols, rows, 0, 0})
	_, err := s.sess.SendRequest("window-change", false, payload)
	return err
}

// text is the screen as it shows now.
func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.vt.String()
}

// received is how many bytes the server sent so far.
func (s *screen) received() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.got
}

// until waits until cond holds for the screen and returns the screen. It
// fails when the session ends or timeout passes first.
func (s *screen) until(ctx context.Context, timeout time.Duration, what string, cond func(string) bool) (string, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		text, change, ended := s.vt.String(), s.change, s.ended
		s.mu.Unlock()
		switch {
		case cond(text):
			return text, nil
		case ended != nil:
			return text, fmt.Errorf("waiting for %s: %w", what, ended)
		}
		select {
		case <-change:
		case <-deadline.C:
			return text, fmt.Errorf("%s: not within %v", what, timeout)
		case <-ctx.Done():
			return text, ctx.Err()
		}
	}
}

// waitAny waits until the screen shows one of texts and returns which.
func (s *screen) waitAny(ctx context.Context, timeout time.Duration, texts ...string) (int, error) {
	found := -1
	_, err := s.until(ctx, timeout, fmt.Sprintf("%q", texts), func(screen string) bool {
		for i, t := range texts {
			if strings.Contains(screen, t) {
				found = i
				return true
			}
		}
		return false
	})
	return found, err
}

// waitFor waits until the screen shows text.
func (s *screen) waitFor(ctx context.Context, timeout time.Duration, text string) error {
	_, err := s.waitAny(ctx, timeout, text)
	return err
}

// close ends the connection.
func (s *screen) close() { s.client.Close() }
