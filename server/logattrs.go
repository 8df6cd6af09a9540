package server

import (
	"context"
	"log/slog"

	"github.com/charmbracelet/ssh"

	"kring/sessions"
)

// The log keeps personal data out at info level and above: no note text,
// no participant name, no SSH user name (it may be a person's account
// name), and a network address only where it serves security — a
// connection refused or closed by a limit, a client that stopped reading,
// a backup taken. At debug level, addresses and user names come along,
// for an operator chasing a problem.

// debugAddr is the attribute of a connection's address, or nothing unless
// the log shows debug lines.
func (s *Server) debugAddr(addr string) []any {
	if !s.log.Enabled(context.Background(), slog.LevelDebug) {
		return nil
	}
	return []any{"addr", addr}
}

// connAttrs describe a connection for its connect and disconnect lines:
// the room it asks for (a code is no personal datum), whether it came
// with a key and runs a command; at debug level its address and user
// name as well.
func (s *Server) connAttrs(sess ssh.Session) []any {
	attrs := []any{"key", sess.PublicKey() != nil, "cmd", len(sess.Command()) > 0}
	if code, ok := sessions.ParseCode(sess.User()); ok {
		attrs = append(attrs, "room", code)
	}
	if s.log.Enabled(context.Background(), slog.LevelDebug) {
		attrs = append(attrs, "addr", sess.RemoteAddr().String(), "user", logUser(sess.User()))
	}
	return attrs
}
