package server

import (
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// watch looks after an established connection until it closes. Every
// keep-alive interval it asks the client for a reply; a client that has
// not answered within KeepAliveCountMax intervals is gone (a laptop shut,
// a network cable pulled) and its connection is closed. A connection
// without activity on any session for the idle timeout is closed too. The
// keep-alives themselves do not count as activity.
func (s *Server) watch(g *guardedConn, conn gossh.Conn) {
	l := s.cfg.Limits
	tick := time.NewTicker(l.KeepAliveInterval)
	defer tick.Stop()
	for {
		select {
		case <-g.closed:
			return
		case now := <-tick.C:
			if g.idleFor(now) > s.cfg.IdleTimeout {
				s.metrics.refused(limitIdle)
				s.log.Info("closing an idle connection", s.debugAddr(g.host)...)
				_ = g.Close()
				return
			}
		}
		replied := make(chan error, 1)
		go func() {
			_, _, err := conn.SendRequest("keepalive@openssh.com", true, nil)
			replied <- err
		}()
		timeout := time.NewTimer(l.KeepAliveInterval * time.Duration(l.KeepAliveCountMax))
		select {
		case err := <-replied:
			timeout.Stop()
			if err != nil {
				return // the connection is closing
			}
		case <-timeout.C:
			s.metrics.refused(limitKeepAlive)
			s.log.Info("closing a connection that stopped answering keep-alives", s.debugAddr(g.host)...)
			_ = g.Close()
			return
		case <-g.closed:
			timeout.Stop()
			return
		}
	}
}
