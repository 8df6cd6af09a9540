package server

import (
	"net"
	"strings"
	"testing"
	"time"
)

// fakeAddrConn is one end of a pipe that claims a remote address.
type fakeAddrConn struct {
	net.Conn
	addr net.Addr
}

func (c fakeAddrConn) RemoteAddr() net.Addr { return c.addr }

func pipeFrom(t *testing.T, ip string) net.Conn {
	t.Helper()
	a, b := net.Pipe()
	t.Cleanup(func() { a.Close(); b.Close() })
	return fakeAddrConn{Conn: a, addr: &net.TCPAddr{IP: net.ParseIP(ip), Port: 40000}}
}

func isClosed(g *guardedConn) bool {
	select {
	case <-g.closed:
		return true
	default:
		return false
	}
}

func testAdmission(l Limits) (*admission, *[]string) {
	l.defaults()
	var drops []string
	return newAdmission(l, func(addr, reason string) { drops = append(drops, addr+": "+reason) }), &drops
}

func TestAdmissionDropsTheOldestPendingOfAnAddress(t *testing.T) {
	a, drops := testAdmission(Limits{MaxPendingPerAddr: 3, HandshakeTimeout: time.Hour})
	var conns []*guardedConn
	for range 5 {
		g := a.admit(pipeFrom(t, "192.0.2.1"))
		if g == nil {
			t.Fatal("a pending connection was refused instead of pushing out the oldest")
		}
		conns = append(conns, g)
	}
	if open, pending := a.counts("192.0.2.1"); open != 3 || pending != 3 {
		t.Fatalf("open %d, pending %d; want 3 and 3", open, pending)
	}
	for i, g := range conns {
		if closed := isClosed(g); closed != (i < 2) {
			t.Errorf("connection %d closed = %v", i, closed)
		}
	}
	if len(*drops) != 2 {
		t.Errorf("drops logged: %q", *drops)
	}
	// Another address is untouched by the first one's flood.
	if a.admit(pipeFrom(t, "203.0.113.9")) == nil {
		t.Error("another address was refused")
	}
}

func TestAdmissionRefusesOnlyWhenFullOfEstablished(t *testing.T) {
	a, _ := testAdmission(Limits{MaxConnsPerAddr: 2, HandshakeTimeout: time.Hour})
	g1 := a.admit(pipeFrom(t, "192.0.2.1"))
	g2 := a.admit(pipeFrom(t, "192.0.2.1"))
	a.established(g1)
	// g2 is pending: a newcomer pushes it out.
	g3 := a.admit(pipeFrom(t, "192.0.2.1"))
	if g3 == nil {
		t.Fatal("a newcomer was refused while a pending connection held a place")
	}
	if !g2.released {
		t.Error("the pending connection was not the one to go")
	}
	a.established(g3)
	if a.admit(pipeFrom(t, "192.0.2.1")) != nil {
		t.Fatal("a third connection was admitted next to two established ones with a cap of 2")
	}
	_ = g1.Close()
	_ = g1.Close() // twice is fine, and frees one place only
	if open, _ := a.counts("192.0.2.1"); open != 1 {
		t.Errorf("open = %d after one of two closed", open)
	}
	if a.admit(pipeFrom(t, "192.0.2.1")) == nil {
		t.Error("no place after a connection closed")
	}
}

func TestAdmissionHandshakeDeadline(t *testing.T) {
	a, drops := testAdmission(Limits{HandshakeTimeout: 20 * time.Millisecond})
	g := a.admit(pipeFrom(t, "192.0.2.1"))
	done := a.admit(pipeFrom(t, "192.0.2.1"))
	a.established(done)
	waitUntil(t, "the deadline to close the pending connection", func() bool {
		open, _ := a.counts("192.0.2.1")
		return open == 1
	})
	if !isClosed(g) {
		t.Error("the pending connection was not closed")
	}
	if isClosed(done) {
		t.Error("an established connection was closed by the handshake deadline")
	}
	if len(*drops) != 1 {
		t.Errorf("drops logged: %q", *drops)
	}
}

func TestInputBudgetSlowsAFlood(t *testing.T) {
	a, _ := testAdmission(Limits{InputBytesPerSecond: 1000, InputBurst: 1000, HandshakeTimeout: time.Hour})
	client, server := net.Pipe()
	t.Cleanup(func() { client.Close(); server.Close() })
	g := a.admit(fakeAddrConn{Conn: server, addr: &net.TCPAddr{IP: net.ParseIP("192.0.2.1")}})
	go func() { _, _ = client.Write(make([]byte, 1500)) }()
	buf := make([]byte, 4096)
	n, err := g.Read(buf)
	if err != nil || n > 1000 {
		t.Fatalf("first read: %d bytes, %v; want at most the burst", n, err)
	}
	// The budget is spent: the next read waits for it to refill (half a
	// second for 500 bytes at 1000 B/s) unless the connection closes.
	got := make(chan int, 1)
	go func() {
		n, _ := g.Read(buf)
		got <- n
	}()
	select {
	case <-got:
		// Without the wait the read would return with the budget 500
		// bytes in debt; with it, the debt was paid off first.
		if tokens := g.input.Tokens(); tokens < -50 {
			t.Errorf("the second read returned with the budget %v bytes in debt: it did not wait", -tokens)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the second read never returned")
	}
}

func TestAdmissionDropsSilentConnectionsFirst(t *testing.T) {
	a, _ := testAdmission(Limits{MaxPendingPerAddr: 2, HandshakeTimeout: time.Hour})
	talking := a.admit(pipeFrom(t, "192.0.2.1"))
	talking.spoke.Store(true) // a real client sent its version
	silent := a.admit(pipeFrom(t, "192.0.2.1"))
	for range 5 {
		a.admit(pipeFrom(t, "192.0.2.1")) // a flood of bare connects
	}
	if isClosed(talking) {
		t.Error("a flood of silent connections pushed out a handshake under way")
	}
	if !isClosed(silent) {
		t.Error("the oldest silent connection was kept")
	}
}

func TestAdmissionBoundsTheRateOfNewConnections(t *testing.T) {
	a, drops := testAdmission(Limits{AcceptsPerSecond: 1, AcceptBurst: 3, HandshakeTimeout: time.Hour})
	for i := range 3 {
		if a.admit(pipeFrom(t, "192.0.2.1")) == nil {
			t.Fatalf("connection %d of the burst was refused", i+1)
		}
	}
	if a.admit(pipeFrom(t, "192.0.2.1")) != nil {
		t.Error("a connection beyond the rate was admitted")
	}
	if a.admit(pipeFrom(t, "203.0.113.9")) == nil {
		t.Error("another address was refused")
	}
	if len(*drops) != 1 {
		t.Errorf("drops: %q", *drops)
	}
}

func TestHostOfCountsAnIPv6NetworkAsOne(t *testing.T) {
	for _, tc := range []struct{ addr, want string }{
		{"192.0.2.1:40000", "192.0.2.1"},
		{"[::ffff:192.0.2.1]:40000", "192.0.2.1"},
		{"[2001:db8:1:2:3:4:5:6]:40000", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:ffff::9]:1", "2001:db8:1:2::/64"},
		{"[fe80::1%eth0]:22", "fe80::/64"},
	} {
		addr, err := net.ResolveTCPAddr("tcp", tc.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := hostOf(addr); got != tc.want {
			t.Errorf("hostOf(%s) = %q, want %q", tc.addr, got, tc.want)
		}
	}
}

func TestLogUserIsShort(t *testing.T) {
	if got := logUser(strings.Repeat("ë", 100000)); len(got) > 40 || !strings.HasSuffix(got, "…") {
		t.Errorf("a long user name is logged as %d bytes", len(got))
	}
	if got := logUser("K7Q4MX"); got != "K7Q4MX" {
		t.Errorf("logUser(K7Q4MX) = %q", got)
	}
}
