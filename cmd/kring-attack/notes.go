package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
)

// The notes flood: how many bots write, for how long, and the figure
// measured before the hardening.
const (
	noteBots          = 20
	noteFlood         = 10 * time.Second
	notesPerSecBefore = 57
)

// noteTally counts what the note bots saw.
type noteTally struct {
	mu                    sync.Mutex
	added, perAddr, perID int
	errs                  []error
}

// count runs f with the tally locked.
func (t *noteTally) count(f func(t *noteTally)) {
	t.mu.Lock()
	defer t.mu.Unlock()
	f(t)
}

// attackNotes has joined keyless bots write notes as fast as their screens
// let them, and counts the notes stored.
func attackNotes(ctx context.Context, e *env) (result, error) {
	r := result{
		name:  "5. Notes flood",
		tried: fmt.Sprintf("%d joined keyless bots from 127.0.0.1 each write notes as fast as they can for %v (n, text, Enter, wait for the answer)", noteBots, noteFlood),
	}
	code, err := e.newRoom(ctx, "Notes")
	if err != nil {
		return r, err
	}
	var bots []*screen
	defer func() {
		for _, b := range bots {
			b.close()
		}
	}()
	for i := range noteBots {
		b, err := e.joinKeyless(ctx, code, fmt.Sprintf("Schrijver %d", i+1))
		if err != nil {
			return r, err
		}
		bots = append(bots, b)
	}
	var tally noteTally
	fctx, stop := context.WithTimeout(ctx, noteFlood)
	defer stop()
	start := time.Now()
	var wg sync.WaitGroup
	for i, b := range bots {
		wg.Go(func() {
			if err := writeNotes(fctx, b, i, &tally); err != nil && fctx.Err() == nil {
				tally.count(func(t *noteTally) { t.errs = append(t.errs, err) })
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	x, err := e.export(ctx, code)
	if err != nil {
		return r, err
	}
	stored := len(notes(x))
	rate := float64(stored) / elapsed.Seconds()
	r.add("%d notes stored in %s: %.1f/s (before the hardening: %d/s)", stored, seconds(elapsed), rate, notesPerSecBefore)
	r.add("the bots saw %d notes added, %d refusals for the address, %d for going too fast themselves", tally.added, tally.perAddr, tally.perID)
	for _, err := range tally.errs {
		r.odd = append(r.odd, "a bot stopped: "+err.Error())
	}
	r.held = "the per-address note limit (4/s, burst 80) holds the bots together; each refusal is shown as “Rustig aan: vanaf jullie netwerk …”"
	if rate > notesPerSecBefore {
		r.broken = fmt.Sprintf("%.1f notes/s from one address is no better than before", rate)
	}
	return r, nil
}

// writeNotes writes notes on screen s until ctx ends: open the editor,
// type, Enter, read the answer, and clear the status with Esc so that the
// next answer is a new one.
func writeNotes(ctx context.Context, s *screen, bot int, tally *noteTally) error {
	for n := 0; n < 10000 && ctx.Err() == nil; n++ {
		if err := s.send("n"); err != nil {
			return err
		}
		if err := s.waitFor(ctx, wait, noteEditor); err != nil {
			return err
		}
		if err := s.send(fmt.Sprintf("bot %d note %d\r", bot+1, n+1)); err != nil {
			return err
		}
		i, err := s.waitAny(ctx, wait, noteAdded, slowDown)
		if err != nil {
			return err
		}
		tooFast := strings.Contains(s.text(), "je gaat te snel") // err.slow_down, not err.addr_slow_down
		tally.count(func(t *noteTally) {
			switch {
			case i == 0:
				t.added++
			case tooFast:
				t.perID++
			default:
				t.perAddr++
			}
		})
		if err := s.send("\x1b"); err != nil {
			return err
		}
		if _, err := s.until(ctx, wait, "a cleared status", func(t string) bool {
			return !strings.Contains(t, noteAdded) && !strings.Contains(t, slowDown) && !strings.Contains(t, noteEditor)
		}); err != nil {
			return err
		}
	}
	return nil
}
