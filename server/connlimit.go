package server

import (
	"net"
	"sync"
)

// connLimiter bounds the number of open connections per remote IP.
type connLimiter struct {
	max int
	mu  sync.Mutex
	n   map[string]int
}

func newConnLimiter(max int) *connLimiter {
	return &connLimiter{max: max, n: map[string]int{}}
}

// wrap admits conn, or returns nil when its address has too many open
// connections. The returned conn frees its slot when closed.
func (l *connLimiter) wrap(conn net.Conn) net.Conn {
	host, _, err := net.SplitHostPort(conn.RemoteAddr().String())
	if err != nil {
		host = conn.RemoteAddr().String()
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n[host] >= l.max {
		return nil
	}
	l.n[host]++
	return &limitedConn{Conn: conn, release: func() { l.release(host) }}
}

func (l *connLimiter) release(host string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n[host]--; l.n[host] <= 0 {
		delete(l.n, host)
	}
}

// open returns the number of open connections from host.
func (l *connLimiter) open(host string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n[host]
}

type limitedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitedConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}
