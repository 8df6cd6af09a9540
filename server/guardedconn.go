package server

import (
	"container/list"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// guardedConn is one admitted TCP connection. It frees its admission
// place when closed, spends an input budget on every read, and counts the
// session channels and the activity on them.
type guardedConn struct {
	net.Conn
	host string
	adm  *admission

	// pendingElem is its place in adm.pending while the handshake is not
	// done; deadline closes it if that takes too long. Both, and released,
	// are guarded by adm.mu.
	pendingElem *list.Element
	deadline    *time.Timer
	released    bool

	// input bounds the bytes read from the client per second; a client
	// over budget is simply read more slowly (SSH flow control does the
	// rest), so no connection can keep a core busy with its input.
	input *rate.Limiter

	// sessions counts the open session channels; opens bounds how fast
	// new ones may be opened.
	mu       sync.Mutex
	sessions int
	opens    *rate.Limiter

	// watchOnce starts the keep-alives with the first session.
	watchOnce sync.Once

	// spoke is set once the client has sent a byte.
	spoke atomic.Bool

	// active is the time of the last activity on a session (UnixNano).
	active atomic.Int64

	closeOnce sync.Once
	closed    chan struct{}
}

func newGuardedConn(conn net.Conn, host string, a *admission) *guardedConn {
	g := &guardedConn{
		Conn:   conn,
		host:   host,
		adm:    a,
		input:  rate.NewLimiter(rate.Limit(a.limits.InputBytesPerSecond), a.limits.InputBurst),
		opens:  rate.NewLimiter(sessionOpensPerSecond, sessionOpenBurst),
		closed: make(chan struct{}),
	}
	g.touch()
	return g
}

// How fast one connection may open new session channels.
const (
	sessionOpensPerSecond = 2
	sessionOpenBurst      = 10
)

// Read reads from the client and then waits as long as the input budget
// asks: a flood of input is slowed down, never dropped in the middle of
// the SSH stream.
func (g *guardedConn) Read(b []byte) (int, error) {
	if len(b) > g.input.Burst() {
		b = b[:g.input.Burst()]
	}
	n, err := g.Conn.Read(b)
	if n > 0 {
		g.spoke.Store(true)
		if d := g.input.ReserveN(time.Now(), n).Delay(); d > 0 {
			t := time.NewTimer(d)
			select {
			case <-t.C:
			case <-g.closed:
				t.Stop()
			}
		}
	}
	return n, err
}

// Close closes the connection and frees its admission place. It may be
// called any number of times.
func (g *guardedConn) Close() error {
	var err error
	g.closeOnce.Do(func() {
		close(g.closed)
		g.adm.release(g)
		err = g.Conn.Close()
	})
	return err
}

// openSession counts a new session channel; it reports false when the
// connection has as many as it may, or opens them too fast. The first
// session ends the handshake deadline.
func (g *guardedConn) openSession() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.sessions >= g.adm.limits.MaxSessionsPerConn || !g.opens.Allow() {
		return false
	}
	g.sessions++
	g.adm.established(g)
	g.touch()
	return true
}

func (g *guardedConn) closeSession() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.sessions--
	g.touch()
}

// touch records activity on a session now.
func (g *guardedConn) touch() { g.active.Store(time.Now().UnixNano()) }

// idleFor is how long no session had any activity, at now.
func (g *guardedConn) idleFor(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, g.active.Load()))
}
