package server

import (
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// guardKey holds a connection's *guardedConn in its ssh.Context.
type guardKey struct{}

// guardOf returns the guarded connection of ctx, or nil outside a real
// connection (tests that call handlers directly).
func guardOf(ctx interface{ Value(any) any }) *guardedConn {
	g, _ := ctx.Value(guardKey{}).(*guardedConn)
	return g
}

// sessionChannel admits a session channel within the connection's cap,
// ends its handshake deadline and starts its keep-alives, then serves the
// channel as the SSH library does.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
	g := guardOf(ctx)
	if g == nil {
		ssh.DefaultSessionHandler(srv, conn, newChan, ctx)
		return
	}
	if !g.openSession() {
		s.log.Warn("session refused: too many on one connection", "addr", g.host)
		_ = newChan.Reject(gossh.ResourceShortage, "too many sessions on this connection")
		return
	}
	defer g.closeSession()
	g.watchOnce.Do(func() { go s.watch(g, conn) })
	ssh.DefaultSessionHandler(srv, conn, newChan, ctx)
}
