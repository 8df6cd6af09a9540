package server

import (
	"container/list"
	"net"
	"net/netip"
	"sync"
	"time"

	"golang.org/x/time/rate"
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
	accepts        map[string]*rate.Limiter // new connections per address
	total          int
	perAddr        map[string]int
	pending        *list.List // of *guardedConn
	pendingPerAddr map[string]int
}

func newAdmission(l Limits, onDrop func(addr, reason string)) *admission {
	return &admission{
		limits:         l,
		onDrop:         onDrop,
		accepts:        map[string]*rate.Limiter{},
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
	refuseRate       = "too many new connections from this address at once"
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
	// New connections from one address come at a bounded rate: a flood of
	// bare connects is refused before it can push out the handshakes of
	// real participants that are under way.
	if !a.acceptLimiter(host).Allow() {
		a.onDrop(host, refuseRate)
		return nil
	}
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

// oldestPending returns the pending connection from addr (or of all
// addresses when addr is empty) to drop first: the oldest that has not
// sent a byte yet, else the oldest. A real client sends its version at
// once, so a silent flood pushes out only itself.
func (a *admission) oldestPending(addr string) *guardedConn {
	var oldest *guardedConn
	for e := a.pending.Front(); e != nil; e = e.Next() {
		g := e.Value.(*guardedConn)
		if addr != "" && g.host != addr {
			continue
		}
		if !g.spoke.Load() {
			return g
		}
		if oldest == nil {
			oldest = g
		}
	}
	return oldest
}

// acceptLimiter is the rate of new connections of host; it forgets
// addresses whose budget is full again once it holds many.
func (a *admission) acceptLimiter(host string) *rate.Limiter {
	lim, ok := a.accepts[host]
	if !ok {
		if len(a.accepts) >= 4096 {
			now := time.Now()
			for h, l := range a.accepts {
				if l.TokensAt(now) >= float64(l.Burst()) {
					delete(a.accepts, h)
				}
			}
		}
		lim = rate.NewLimiter(rate.Limit(a.limits.AcceptsPerSecond), a.limits.AcceptBurst)
		a.accepts[host] = lim
	}
	return lim
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

// hostOf is the network address that the limits per address count:
// the IP address of addr without its port, and for IPv6 its /64 — one
// host or home network holds a whole /64, so counting its addresses one
// by one would count nothing.
func hostOf(addr net.Addr) string {
	host, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		host = addr.String()
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	ip = ip.Unmap().WithZone("")
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}
