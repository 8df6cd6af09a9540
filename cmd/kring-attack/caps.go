package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Bounds of the cap attack.
const (
	maxCapConns    = 400 // connections tried before giving up on a cap
	maxCapSessions = 20  // session channels tried on one connection
)

// attackCaps opens lobby connections until the server refuses one, then
// opens session channels on one connection until it refuses one.
func attackCaps(ctx context.Context, e *env) (result, error) {
	r := result{
		name: "3. Connection caps",
		tried: fmt.Sprintf("keyless lobby connections (PTY, shell, lobby on screen) from 127.0.0.1, one after another until one is refused (at most %d); one connection opening session channels (at most %d)",
			maxCapConns, maxCapSessions),
	}
	var open []*screen
	defer func() {
		for _, s := range open {
			s.close()
		}
	}()
	start := time.Now()
	var refused error
	for len(open) < maxCapConns {
		s, err := openScreen(ctx, e.addr(), "lobby", nil, 80, 24)
		if err != nil {
			refused = err
			break
		}
		open = append(open, s)
		if err := s.waitFor(ctx, wait, lobbyText); err != nil {
			return r, fmt.Errorf("lobby connection %d: %w", len(open), err)
		}
	}
	if ctx.Err() != nil {
		return r, ctx.Err()
	}
	if refused == nil {
		r.broken = fmt.Sprintf("all %d connections from one address were accepted", maxCapConns)
		return r, nil
	}
	r.add("%d lobby connections accepted in %s, the next refused (%v)", len(open), seconds(time.Since(start)), refused)
	r.add("server with them open: %s", memoryOf(e.srv.pid()))
	for _, s := range open {
		s.close()
	}
	open = nil
	closed := time.Now()
	if err := retry(ctx, 20*time.Second, func() error { _, err := e.lobby(ctx); return err }); err != nil {
		r.broken = fmt.Sprintf("no place came free after the connections closed: %v", err)
		return r, nil
	}
	r.add("after closing them a new client got the lobby %s later", seconds(time.Since(closed)))
	accepted, err := sessionChannels(ctx, e)
	if err != nil {
		return r, err
	}
	r.add("one connection: %d session channels accepted, the next refused", accepted)
	r.add("the overall cap (2000) cannot be met from one address with 300 per address; it is left to TestAttackOverallConnectionCap")
	r.held = "the per-address cap refused the next connection while the accepted ones were served; places came free on close; sessions per connection were capped"
	if accepted >= maxCapSessions {
		r.broken = fmt.Sprintf("%d session channels on one connection were all accepted", accepted)
	}
	return r, nil
}

// sessionChannels opens session channels on one keyless connection until
// one is refused, and returns how many were accepted.
func sessionChannels(ctx context.Context, e *env) (int, error) {
	c, err := dial(ctx, e.addr(), "lobby", nil)
	if err != nil {
		return 0, fmt.Errorf("session channels: %w", err)
	}
	defer c.Close()
	for i := range maxCapSessions {
		if _, err := c.NewSession(); err != nil {
			return i, nil
		}
	}
	return maxCapSessions, nil
}

// retry calls f until it succeeds or timeout passes, and returns its last
// error then.
func retry(ctx context.Context, timeout time.Duration, f func() error) error {
	deadline := time.Now().Add(timeout)
	for {
		err := f()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}
