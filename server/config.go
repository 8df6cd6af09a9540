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
	// MaxConnsPerAddr bounds simultaneous connections from one IP address.
	MaxConnsPerAddr int
	// IdleTimeout closes a connection without any traffic for this long.
	IdleTimeout time.Duration
	// StallTimeout closes a connection whose screen updates have not been
	// written for this long (a client that stopped reading).
	StallTimeout time.Duration
	// Hub tunes the room hub (rate limits, clock).
	Hub sessions.HubOptions
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
	if c.MaxConnsPerAddr <= 0 {
		c.MaxConnsPerAddr = 100
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = 2 * time.Hour
	}
	if c.StallTimeout <= 0 {
		c.StallTimeout = 10 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Hub.PresenceDelay == 0 {
		c.Hub.PresenceDelay = 250 * time.Millisecond
	}
	if c.Hub.IdleUnload == 0 {
		c.Hub.IdleUnload = 10 * time.Minute
	}
}

// JoinCommand is the command a participant types to join room code. The
// port is the one listened on, unless Host names another ("host:443"
// behind a port forward).
func (c *Config) JoinCommand(code string) string {
	_, port, err := net.SplitHostPort(c.Listen)
	if err != nil || port == "" {
		port = "2222"
	}
	host := c.Host
	if h, p, err := net.SplitHostPort(c.Host); err == nil {
		host, port = h, p
	}
	cmd := "ssh "
	if port != "22" {
		cmd += "-p " + port + " "
	}
	return cmd + sessions.FormatCode(code) + "@" + host
}
