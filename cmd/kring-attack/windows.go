package main

import (
	"context"
	"fmt"
	"time"
)

// settle is how long each claimed window size is given to be drawn: the
// server hands a program at most one size per 100 ms.
const settle = 500 * time.Millisecond

// attackWindows claims absurd window sizes from a keyless lobby client,
// and opens another whose PTY starts at 4294967295×4294967295.
func attackWindows(ctx context.Context, e *env) (result, error) {
	r := result{
		name:  "1. Window sizes",
		tried: "a keyless lobby client sends window-change (cols×rows) 1×2147483647, 2147483647×1, 10000×10000, 4294967295×4294967295; a second client's PTY request starts at 4294967295×4294967295",
	}
	s, err := openScreen(ctx, e.addr(), "lobby", nil, 80, 24)
	if err != nil {
		return r, err
	}
	defer s.close()
	if err := s.waitFor(ctx, wait, lobbyText); err != nil {
		return r, err
	}
	before := memoryOf(e.srv.pid())
	for _, sz := range [][2]uint32{{1, 2147483647}, {2147483647, 1}, {10000, 10000}, {4294967295, 4294967295}} {
		n0 := s.received()
		if err := s.claim(sz[0], sz[1]); err != nil {
			return r, fmt.Errorf("window change %d×%d: %w", sz[0], sz[1], err)
		}
		time.Sleep(settle)
		r.add("%d×%d: %d bytes to the client", sz[0], sz[1], s.received()-n0)
	}
	// Back to a normal size: the same connection still answers a key.
	if err := s.claim(80, 24); err != nil {
		return r, err
	}
	time.Sleep(settle)
	if err := s.send("\x14"); err != nil { // Ctrl+T: the other language
		return r, err
	}
	if err := s.waitFor(ctx, wait, "Join a session"); err != nil {
		return r, fmt.Errorf("the resized client: %w", err)
	}
	big, err := openScreen(ctx, e.addr(), "lobby", nil, 4294967295, 4294967295)
	if err != nil {
		return r, fmt.Errorf("pty at 4294967295²: %w", err)
	}
	defer big.close()
	if err := big.waitFor(ctx, wait, lobbyText); err != nil {
		return r, fmt.Errorf("pty at 4294967295²: %w", err)
	}
	time.Sleep(settle)
	r.add("PTY at 4294967295×4294967295: lobby drawn, %d bytes in its first %v", big.received(), settle)
	took, err := e.lobby(ctx)
	if err != nil {
		return r, err
	}
	after := memoryOf(e.srv.pid())
	r.add("server before: %s; after: %s", before, after)
	r.held = fmt.Sprintf("server up; the resized connection answers Ctrl+T; a new client gets the lobby (%q) in %s", lobbyText, seconds(took))
	if grown := int64(after.peak) - int64(before.peak); grown > 256<<20 {
		r.broken = fmt.Sprintf("peak memory grew by %s", mib(uint64(grown)))
	}
	return r, nil
}
