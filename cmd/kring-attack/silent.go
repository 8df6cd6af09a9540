package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"slices"
	"time"
)

// silentConns is how many silent connections the attack opens.
const silentConns = 120

// attackSilent opens connections that never send a byte, and has a real
// participant from the same address join a room meanwhile.
func attackSilent(ctx context.Context, e *env) (result, error) {
	r := result{
		name:  "2. Silent connections",
		tried: fmt.Sprintf("%d TCP connections from 127.0.0.1 that never send a byte; during the flood a participant from 127.0.0.1 (with a key) joins a room", silentConns),
	}
	code, err := e.newRoom(ctx, "Silent")
	if err != nil {
		return r, err
	}
	lives := make(chan time.Duration, silentConns)
	for range silentConns {
		conn, err := net.DialTimeout("tcp", e.addr(), 5*time.Second)
		if err != nil {
			return r, fmt.Errorf("silent connection: %w", err)
		}
		defer conn.Close()
		opened := time.Now()
		go func() {
			_, _ = io.Copy(io.Discard, conn) // the server's banner, then nothing
			lives <- time.Since(opened)
		}()
	}
	var ended []time.Duration
	drain := func(timeout time.Duration) {
		deadline := time.After(timeout)
		for len(ended) < silentConns {
			select {
			case d := <-lives:
				ended = append(ended, d)
			case <-deadline:
				return
			case <-ctx.Done():
				return
			}
		}
	}
	drain(time.Second)
	atOnce := len(ended)
	key, err := newKey()
	if err != nil {
		return r, err
	}
	start := time.Now()
	s, _, err := e.join(ctx, code, "Anna", key, boardText)
	if err != nil {
		r.broken = fmt.Sprintf("the participant could not join during the flood: %v", err)
		return r, nil
	}
	joinTook := time.Since(start)
	s.close()
	drain(200 * time.Millisecond)
	byJoin := len(ended) - atOnce
	drain(45 * time.Second) // the 30s handshake deadline, with room to spare
	slices.Sort(ended)
	r.add("%d closed within 1s as newer ones arrived, %d more when the participant connected", atOnce, byJoin)
	if rest := ended[atOnce+byJoin:]; len(rest) > 0 {
		r.add("the other %d stayed open %s to %s", len(rest), seconds(rest[0]), seconds(rest[len(rest)-1]))
	}
	if open := silentConns - len(ended); open > 0 {
		r.broken = fmt.Sprintf("%d silent connections still open after 45s", open)
	}
	r.add("participant joined (%q on screen) %s after connecting", boardText, seconds(joinTook))
	r.add("server log: %d dropped as oldest unauthenticated, %d at the handshake deadline",
		e.srv.logCount("dropped the oldest"), e.srv.logCount("no session within the handshake timeout"))
	r.held = "the real participant got in during the flood; the silent connections were dropped, the oldest first when newer ones came, the rest at the handshake deadline"
	if len(ended) > 0 && ended[len(ended)-1] > 35*time.Second {
		r.broken = fmt.Sprintf("a silent connection lived %s (handshake deadline 30s)", seconds(ended[len(ended)-1]))
	}
	return r, nil
}
