package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"kring/sessions"
)

// pasteNote pastes a megabyte into the editor of a new participant and
// presses Enter, and adds to r how long the capped note took to show on
// the author's screen and in the export.
func pasteNote(ctx context.Context, e *env, code string, r *result) error {
	s, err := e.joinKeyless(ctx, code, "Plakker")
	if err != nil {
		return err
	}
	defer s.close()
	if err := openEditor(ctx, s); err != nil {
		return err
	}
	start, cpu0 := time.Now(), cpuOf(e.srv.pid())
	if err := s.send("\x1b[200~" + strings.Repeat("p", megabyte) + "\x1b[201~" + "\r"); err != nil {
		return fmt.Errorf("paste: %w", err)
	}
	written := time.Since(start)
	if err := s.waitFor(ctx, wait, noteAdded); err != nil {
		return fmt.Errorf("paste: %w", err)
	}
	onScreen := time.Since(start)
	var inExport time.Duration
	var length int
	err = retry(ctx, 30*time.Second, func() error {
		x, err := e.export(ctx, code)
		if err != nil {
			return err
		}
		for _, n := range notes(x) {
			if strings.HasPrefix(n, "ppp") {
				inExport, length = time.Since(start), sessions.RuneLen(n)
				return nil
			}
		}
		return fmt.Errorf("no pasted note in the export")
	})
	if err != nil {
		return fmt.Errorf("paste: %w", err)
	}
	r.add("(e) paste: written in %s, %q on the author's screen after %s, in the export after %s as one note of %d characters; server CPU %s",
		seconds(written), noteAdded, seconds(onScreen), seconds(inExport), length, seconds(cpuOf(e.srv.pid())-cpu0))
	if length != sessions.MaxNoteLen || onScreen > time.Second {
		r.odd = append(r.odd, fmt.Sprintf("the pasted note has %d characters and showed after %s (want %d within 1s)", length, seconds(onScreen), sessions.MaxNoteLen))
	}
	return nil
}

// Bounds of the paste that never ends.
const (
	endlessPaste = 3 * megabyte
	endlessFor   = 20 * time.Second
)

// endlessNote starts a bracketed paste on a new participant's editor that
// never ends, writes endlessPaste bytes of it for at most endlessFor, and
// adds to r what that cost the server, and whether the cost went away
// when the connection closed.
func endlessNote(ctx context.Context, e *env, code string, probe *screen, r *result) error {
	s, err := e.joinKeyless(ctx, code, "Eindeloos")
	if err != nil {
		return err
	}
	if err := openEditor(ctx, s); err != nil {
		s.close()
		return err
	}
	pid := e.srv.pid()
	before, cpu0, start := memoryOf(pid), cpuOf(pid), time.Now()
	pctx, stop := context.WithTimeout(ctx, endlessFor)
	defer stop()
	go func() { _ = s.send("\x1b[200~" + strings.Repeat("p", endlessPaste)) }()
	probes, err := pressHelp(pctx, probe)
	if err != nil {
		s.close()
		return fmt.Errorf("endless paste: probe: %w", err)
	}
	during, cpu := memoryOf(pid), cpuOf(pid)-cpu0
	elapsed := time.Since(start)
	s.close()
	closed := time.Now()
	quiet, err := waitQuiet(ctx, pid)
	if err != nil {
		return fmt.Errorf("endless paste: after closing: %w", err)
	}
	worst := slices.Max(append(probes, 0))
	if share := cpu.Seconds() / elapsed.Seconds(); share > 0.5 && r.broken == "" {
		r.broken = fmt.Sprintf("(f) a paste that never ends kept %.0f%% of a core busy for as long as it was sent (%s)", 100*share, seconds(elapsed))
	}
	r.add("(f) a bracketed paste that never ends (%d MiB, no end marker) for %s: server CPU %s (%.0f%% of a core), RSS %s → %s (peak %s); another client's key → its screen: worst %s; CPU quiet %s after the connection closed, RSS then %s",
		endlessPaste>>20, seconds(elapsed), seconds(cpu), 100*cpu.Seconds()/elapsed.Seconds(), mib(before.rss), mib(during.rss), mib(during.peak),
		seconds(worst), seconds(max(0, quiet.Sub(closed))), mib(memoryOf(pid).rss))
	return nil
}
