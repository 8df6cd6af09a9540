package server

import (
	"sync"
	"time"

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
		s.metrics.refused(limitSessionsPerConn)
		s.log.Warn("session refused: too many on one connection", "addr", g.host)
		_ = newChan.Reject(gossh.ResourceShortage, "too many sessions on this connection")
		return
	}
	defer g.closeSession()
	g.watchOnce.Do(func() { go s.watch(g, conn) })
	ssh.DefaultSessionHandler(srv, conn, &guardedChannel{NewChannel: newChan, start: s.cfg.Limits.HandshakeTimeout}, ctx)
}

// Bounds on a session channel's requests before its program starts.
const (
	// maxEnv is how many environment variables a session may set, and
	// maxEnvBytes how long each may be: kring reads only LANG, LC_ALL
	// and KRING_LANG.
	maxEnv      = 32
	maxEnvBytes = 1 << 10
)

// guardedChannel is a session channel whose requests are bounded before
// the SSH library sees them: a few short environment variables, and a
// shell or command within the start deadline, else the channel closes.
type guardedChannel struct {
	gossh.NewChannel
	start time.Duration
}

func (c *guardedChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	started := make(chan struct{})
	go func() {
		select {
		case <-started:
		case <-time.After(c.start):
			_ = ch.Close() // no shell or command in time
		}
	}()
	go func() {
		defer close(out)
		env, once := 0, sync.Once{}
		for req := range reqs {
			switch req.Type {
			case "env":
				if env++; env > maxEnv || len(req.Payload) > maxEnvBytes {
					if req.WantReply {
						_ = req.Reply(false, nil)
					}
					continue
				}
			case "shell", "exec", "subsystem":
				once.Do(func() { close(started) })
			}
			out <- req
		}
	}()
	return ch, out, nil
}
