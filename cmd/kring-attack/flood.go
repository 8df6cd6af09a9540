package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// floodFigures is what one flood of input cost the server.
type floodFigures struct {
	write time.Duration // until the SSH channel took the last byte
	quiet time.Duration // from the start until the server's CPU went quiet
	// answered is from the start until the typist's own next key was
	// answered: the flood's connection is usable again.
	answered      time.Duration
	cpu           time.Duration   // server CPU time used until both
	probes        []time.Duration // another client's key press → its screen changed
	before, after memory          // the server's memory at the start and the end
}

func (f floodFigures) String() string {
	probe := "no probe answered"
	if n := len(f.probes); n > 0 {
		s := slices.Sorted(slices.Values(f.probes))
		probe = fmt.Sprintf("another client's key → its screen: median %s, worst %s (%d presses)", seconds(s[n/2]), seconds(s[n-1]), n)
	}
	return fmt.Sprintf("written in %s; server CPU quiet after %s; the typist's next key answered after %s; server CPU %s, peak RSS %s → %s; %s",
		seconds(f.write), seconds(f.quiet), seconds(f.answered), seconds(f.cpu), mib(f.before.peak), mib(f.after.peak), probe)
}

// Quiet is less than a tenth of a core over two seconds; a flood gets at
// most maxBusy to become quiet.
const (
	quietWindow = 2 * time.Second
	quietCPU    = quietWindow / 10
	maxBusy     = 3 * time.Minute
)

// flood types keys on s as one write, while probe presses ? (help) and
// Esc again and again. Once the write is done, answer must show that s's
// own next key is handled; meanwhile the server's CPU is watched until it
// is quiet.
func flood(ctx context.Context, e *env, s, probe *screen, keys string, answer func(context.Context) error) (floodFigures, error) {
	var f floodFigures
	pid := e.srv.pid()
	start, cpu0 := time.Now(), cpuOf(pid)
	f.before = memoryOf(pid)
	pctx, stopProbes := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		stopProbes()
		wg.Wait()
	}()
	var probeErr error
	wg.Go(func() { f.probes, probeErr = pressHelp(pctx, probe) })
	if err := s.send(keys); err != nil {
		return f, fmt.Errorf("type: %w", err)
	}
	f.write = time.Since(start)
	answered := make(chan error, 1)
	go func() {
		err := answer(ctx)
		f.answered = time.Since(start) // read after the channel, below
		answered <- err
	}()
	quiet, err := waitQuiet(ctx, pid)
	if err != nil {
		return f, err
	}
	f.quiet = quiet.Sub(start)
	select {
	case err = <-answered:
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err != nil {
		return f, fmt.Errorf("the typist's next key: %w", err)
	}
	f.cpu, f.after = cpuOf(pid)-cpu0, memoryOf(pid)
	stopProbes()
	wg.Wait()
	if probeErr != nil && ctx.Err() == nil {
		return f, fmt.Errorf("probe: %w", probeErr)
	}
	return f, nil
}

// pressHelp opens and closes the help on s until ctx ends, and returns
// how long each opening took to show.
func pressHelp(ctx context.Context, s *screen) ([]time.Duration, error) {
	var took []time.Duration
	for len(took) < 2000 && ctx.Err() == nil {
		start := time.Now()
		if err := s.send("?"); err != nil {
			return took, err
		}
		if err := s.waitFor(ctx, maxBusy, helpTitle); err != nil {
			if ctx.Err() != nil {
				// Still waiting when the flood ended: count it.
				return append(took, time.Since(start)), nil
			}
			return took, err
		}
		took = append(took, time.Since(start))
		if err := s.send("\x1b"); err != nil {
			return took, err
		}
		if _, err := s.until(ctx, maxBusy, "the help to close", func(t string) bool {
			return !strings.Contains(t, helpTitle)
		}); err != nil {
			return took, nil
		}
		select {
		case <-ctx.Done():
		case <-time.After(100 * time.Millisecond):
		}
	}
	return took, nil
}

// waitQuiet waits until the server has been quiet for a window, and
// returns when that window began.
func waitQuiet(ctx context.Context, pid int) (time.Time, error) {
	type sample struct {
		at  time.Time
		cpu time.Duration
	}
	var samples []sample
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	deadline := time.Now().Add(maxBusy)
	for {
		select {
		case now := <-tick.C:
			samples = append(samples, sample{now, cpuOf(pid)})
			if now.After(deadline) {
				return time.Time{}, fmt.Errorf("server still busy after %v", maxBusy)
			}
			i := slices.IndexFunc(samples, func(s sample) bool { return now.Sub(s.at) <= quietWindow })
			if first := samples[i]; now.Sub(first.at) >= quietWindow-50*time.Millisecond && samples[len(samples)-1].cpu-first.cpu < quietCPU {
				return first.at, nil
			}
		case <-ctx.Done():
			return time.Time{}, ctx.Err()
		}
	}
}
