package server

import (
	"sync"

	"github.com/charmbracelet/ssh"
)

// The SSH library hands window changes to a session through a channel of
// capacity one and blocks its request handling until someone reads it. A
// client that sends a window change before its shell starts, during an
// exec command with a PTY, or after its program ended, would block its
// session's requests for good: the session, and all it holds, would leak.
// So every PTY's window changes are read from the moment the PTY is
// granted, into a box that keeps only the newest size; the program reads
// the box.

// windowBox holds the newest window size of one session.
type windowBox struct {
	mu    sync.Mutex
	w     ssh.Window
	fresh chan struct{} // capacity 1: a size is waiting
}

func newWindowBox() *windowBox { return &windowBox{fresh: make(chan struct{}, 1)} }

func (b *windowBox) put(w ssh.Window) {
	b.mu.Lock()
	b.w = w
	b.mu.Unlock()
	select {
	case b.fresh <- struct{}{}:
	default:
	}
}

func (b *windowBox) get() ssh.Window {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.w
}

// windows are the window boxes of the sessions with a PTY, by session.
type windows struct{ m sync.Map }

// ptyHandler wraps the library's PTY handler (emulate, which every kring
// session uses) so that the window changes of the session are drained
// into its box from the start.
func (ws *windows) ptyHandler(emulate ssh.PtyHandler) ssh.PtyHandler {
	return func(ctx ssh.Context, sess ssh.Session, pty ssh.Pty) (func() error, error) {
		closer, err := emulate(ctx, sess, pty)
		if err != nil {
			return closer, err
		}
		_, winch, ok := sess.Pty()
		if !ok {
			return closer, nil
		}
		box := newWindowBox()
		box.put(pty.Window)
		ws.m.Store(sess, box)
		go func() {
			defer ws.m.Delete(sess)
			for w := range winch { // closed when the session's requests end
				box.put(w)
			}
		}()
		return closer, nil
	}
}

// of returns the box of sess, or nil for a session without a PTY.
func (ws *windows) of(sess ssh.Session) *windowBox {
	if b, ok := ws.m.Load(sess); ok {
		return b.(*windowBox)
	}
	return nil
}

// emulatePty is the library's own handler for an emulated PTY.
func emulatePty() ssh.PtyHandler {
	var srv ssh.Server
	_ = ssh.EmulatePty()(&srv)
	return srv.PtyHandler
}
