// Package server is kring's SSH front door: authentication, connection
// limits, the exec commands for scripts, and one bubbletea program per
// interactive connection, fed with room snapshots by its own pump.
package server

import (
	"log/slog"
	"net"
	"os"
	"time"

	"kring/sessions"
)

// Config configures a Server.
type Config struct {
	// Listen is the address to listen on, such as ":2222".
	Listen string
	// Host is the name participants use to reach the server, shown in
	// join instructions; the machine's host name when empty. It may carry
	// a port ("kring.school.nl:443") when that differs from Listen's.
	Host string
	// DataDir holds the database and the host key.
	DataDir string
	// FacilitatorsFile, when set, is an authorized_keys file: only these
	// keys may create sessions. When empty, any client with a key may.
	FacilitatorsFile string
	// TemplatesDir, when set, holds extra session templates (*.yaml) next
	// to the built-in ones.
	TemplatesDir string
	// OperatorsFile, when set, is an authorized_keys file of the keys that
	// may take a hot backup with the `backup` exec command.
	OperatorsFile string
	// Lang is the default language for new rooms and messages.
	Lang sessions.Lang
	// Limits bound what clients may hold of the server.
	Limits Limits
	// IdleTimeout closes a connection without any activity on its
	// sessions for this long (keep-alives do not count).
	IdleTimeout time.Duration
	// StallTimeout closes a connection whose screen updates have not been
	// written for this long (a client that stopped reading).
	StallTimeout time.Duration
	// Hub tunes the room hub (rate limits, clock, retention).
	Hub sessions.HubOptions
	// Metrics, when set, is the address of an HTTP endpoint with the
	// server's metrics in Prometheus text format at /metrics, such as
	// "127.0.0.1:9222".
	Metrics string
	// RetentionEvery is how often rooms past their retention are looked
	// for (default an hour); Hub.Retention says how long rooms are kept.
	RetentionEvery time.Duration
	// Logger receives the server's logs; slog.Default when nil.
	Logger *slog.Logger
}

func (c *Config) defaults() {
	if c.Listen == "" {
		c.Listen = ":2222"
	}
	if c.DataDir == "" {
		c.DataDir = "kring-data"
	}
	if c.Host == "" {
		c.Host, _ = os.Hostname()
		if c.Host == "" {
			c.Host = "localhost"
		}
	}
	if c.Lang == "" {
		c.Lang = sessions.Dutch
	}
	c.Limits.defaults()
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = 2 * time.Hour
	}
	if c.StallTimeout <= 0 {
		c.StallTimeout = 10 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Hub.Now == nil {
		c.Hub.Now = time.Now
	}
	if c.RetentionEvery <= 0 {
		c.RetentionEvery = time.Hour
	}
	if c.Hub.Logger == nil {
		c.Hub.Logger = c.Logger
	}
	if c.Hub.PresenceDelay == 0 {
		c.Hub.PresenceDelay = 250 * time.Millisecond
	}
	if c.Hub.IdleUnload == 0 {
		c.Hub.IdleUnload = 10 * time.Minute
	}
}

// Limits bound every count and size a client controls before and after
// authentication. The zero value of each field gives its default.
type Limits struct {
	// MaxConns bounds open connections in all (default 2000).
	MaxConns int
	// MaxConnsPerAddr bounds open connections from one IP address; a
	// school behind one NAT address counts as one (default 300: the
	// staff of a large school on a study day).
	MaxConnsPerAddr int
	// MaxPending and MaxPendingPerAddr bound connections that have not
	// finished handshake and authentication, in all (default 512) and per
	// address (default 64: a class that reads the first-time host-key
	// question at the same moment). When full, the oldest of them is
	// dropped, so they can never keep a real participant out.
	MaxPending        int
	MaxPendingPerAddr int
	// AcceptsPerSecond and AcceptBurst bound the new connections from one
	// address (defaults 50 a second, bursts of 200: a school connecting at
	// once gets in; a flood of bare connects is refused before it can
	// push out handshakes under way).
	AcceptsPerSecond int
	AcceptBurst      int
	// HandshakeTimeout is how long a connection may take from accept to
	// its first session: handshake plus authentication (default 30s).
	HandshakeTimeout time.Duration
	// MaxSessionsPerConn bounds the session channels open at once on one
	// connection (default 4).
	MaxSessionsPerConn int
	// KeepAliveInterval is how often an established connection is asked
	// for a sign of life; one that has not answered for KeepAliveCountMax
	// intervals is closed (defaults 15s and 3: a dead peer goes within a
	// minute).
	KeepAliveInterval time.Duration
	KeepAliveCountMax int
	// InputBytesPerSecond and InputBurst bound the bytes read from one
	// connection (defaults 64 KiB/s with bursts of 2 MiB, enough for a
	// pasted megabyte at once); a client over budget is read more slowly.
	InputBytesPerSecond int
	InputBurst          int
	// KeysPerSecond and KeyBurst bound the key events one screen handles
	// (defaults 40 a second with bursts of 400: far above any person,
	// far below what keeps a core busy); keys over it are dropped with a
	// word on screen.
	KeysPerSecond int
	KeyBurst      int
}

func (l *Limits) defaults() {
	setDefault(&l.MaxConns, 2000)
	setDefault(&l.MaxConnsPerAddr, 300)
	setDefault(&l.MaxPending, 512)
	setDefault(&l.MaxPendingPerAddr, 64)
	setDefault(&l.HandshakeTimeout, 30*time.Second)
	setDefault(&l.AcceptsPerSecond, 50)
	setDefault(&l.AcceptBurst, 200)
	setDefault(&l.MaxSessionsPerConn, 4)
	setDefault(&l.KeepAliveInterval, 15*time.Second)
	setDefault(&l.KeepAliveCountMax, 3)
	setDefault(&l.InputBytesPerSecond, 64<<10)
	setDefault(&l.InputBurst, 2<<20)
	setDefault(&l.KeysPerSecond, 40)
	setDefault(&l.KeyBurst, 400)
}

// setDefault sets *v to def when it is zero or negative.
func setDefault[T int | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// Reach is the host and port participants use to reach the server: Host,
// with the port it names or else the one listened on.
func (c *Config) Reach() (host, port string) {
	_, port, err := net.SplitHostPort(c.Listen)
	if err != nil || port == "" {
		port = "2222"
	}
	host = c.Host
	if h, p, err := net.SplitHostPort(c.Host); err == nil {
		host, port = h, p
	}
	return host, port
}

// SSH is how people reach the server from a shell: the ssh command with
// its port option (none for port 22), and the host. Every message that
// tells someone what to type uses it.
func (c *Config) SSH() (cmd, host string) {
	host, port := c.Reach()
	cmd = "ssh "
	if port != "22" {
		cmd += "-p " + port + " "
	}
	return cmd, host
}

// JoinCommand is the command a participant types to join room code. The
// port is the one listened on, unless Host names another ("host:443"
// behind a port forward).
func (c *Config) JoinCommand(code string) string {
	cmd, host := c.SSH()
	return cmd + sessions.FormatCode(code) + "@" + host
}
