package server

import (
	"container/list"
	"net"
	"sync"
	"time"
)

// admission decides which TCP connections the server takes and keeps.
//
// Invariants, kept under mu:
//   - total and perAddr count every admitted connection not yet released;
//   - pending holds, oldest first, exactly the admitted connections that
//     have not opened a session yet (handshake and authentication are not
//     done), and pendingPerAddr counts them per address;
//   - a pending connection never blocks a newcomer: when a cap is reached,
//     the oldest pending connection of that address (or overall) is
//     dropped to make room. Only established connections can fill a cap.
type admission struct {
	limits Limits
	// onDrop is told why a connection was closed by admission.
	onDrop func(addr, reason string)

	mu             sync.Mutex
	total          int
	perAddr        map[string]int
	pending        *list.List // of *guardedConn
	pendingPerAddr map[string]int
}

func newAdmission(l Limits, onDrop func(addr, reason string)) *admission {
	return &admission{
		limits:         l,
		onDrop:         onDrop,
		perAddr:        map[string]int{},
		pending:        list.New(),
		pendingPerAddr: map[string]int{},
	}
}

// Reasons for closing a connection, as logged.
const (
	dropPendingAddr  = "too many unauthenticated connections from this address; dropped the oldest"
	dropPendingTotal = "too many unauthenticated connections; dropped the oldest"
	dropHandshake    = "no session within the handshake timeout"
	refuseAddr       = "too many connections from this address"
	refuseTotal      = "too many connections"
)

// admit takes conn, or returns nil when the caps are full of established
// connections. Older pending connections may be closed to make room.
func (a *admission) admit(conn net.Conn) *guardedConn {
	host := hostOf(conn.RemoteAddr())
	var victims []*guardedConn
	defer func() {
		for _, v := range victims {
			_ = v.Close()
		}
	}()
	a.mu.Lock()
	defer a.mu.Unlock()
	evict := func(addr, reason string) bool {
		v := a.oldestPending(addr)
		if v == nil {
			return false
		}
		a.releaseLocked(v)
		victims = append(victims, v)
		a.onDrop(v.host, reason)
		return true
	}
	if a.pendingPerAddr[host] >= a.limits.MaxPendingPerAddr {
		evict(host, dropPendingAddr)
	}
	if a.pending.Len() >= a.limits.MaxPending {
		evict("", dropPendingTotal)
	}
	if a.perAddr[host] >= a.limits.MaxConnsPerAddr && !evict(host, dropPendingAddr) {
		a.onDrop(host, refuseAddr)
		return nil
	}
	if a.total >= a.limits.MaxConns && !evict("", dropPendingTotal) {
		a.onDrop(host, refuseTotal)
		return nil
	}
	g := newGuardedConn(conn, host, a)
	a.total++
	a.perAddr[host]++
	a.pendingPerAddr[host]++
	g.pendingElem = a.pending.PushBack(g)
	g.deadline = time.AfterFunc(a.limits.HandshakeTimeout, func() {
		if a.stillPending(g) {
			a.onDrop(host, dropHandshake)
			_ = g.Close()
		}
	})
	return g
}

// oldestPending returns the oldest pending connection from addr, or of
// all addresses when addr is empty.
func (a *admission) oldestPending(addr string) *guardedConn {
	for e := a.pending.Front(); e != nil; e = e.Next() {
		if g := e.Value.(*guardedConn); addr == "" || g.host == addr {
			return g
		}
	}
	return nil
}

func (a *admission) stillPending(g *guardedConn) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return g.pendingElem != nil
}

// established marks g as past its handshake: it opened a session.
func (a *admission) established(g *guardedConn) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.unpendLocked(g)
}

func (a *admission) unpendLocked(g *guardedConn) {
	if g.pendingElem == nil {
		return
	}
	a.pending.Remove(g.pendingElem)
	g.pendingElem = nil
	g.deadline.Stop()
	if a.pendingPerAddr[g.host]--; a.pendingPerAddr[g.host] <= 0 {
		delete(a.pendingPerAddr, g.host)
	}
}

// release frees g's place; it is called once, when g closes.
func (a *admission) release(g *guardedConn) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.releaseLocked(g)
}

func (a *admission) releaseLocked(g *guardedConn) {
	if g.released {
		return
	}
	g.released = true
	a.unpendLocked(g)
	a.total--
	if a.perAddr[g.host]--; a.perAddr[g.host] <= 0 {
		delete(a.perAddr, g.host)
	}
}

// counts returns the open and pending connections from host.
func (a *admission) counts(host string) (open, pending int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.perAddr[host], a.pendingPerAddr[host]
}

// hostOf is the IP address of addr, without its port.
func hostOf(addr net.Addr) string {
	host, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	return host
}
