package main

import (
	"context"
	"fmt"
	"regexp"
	"sync"
	"time"
)

// Bounds of the join flood.
const (
	joinBots     = 8     // bots joining at once
	maxJoinTries = 20000 // joins tried in all
	// realStart is when, into the flood, a real participant tries too.
	realStart = 30 * time.Second
	// realPatience bounds how long a real participant keeps pressing Enter.
	realPatience = 90 * time.Second
)

// joinTally counts the outcomes of the bots' joins.
type joinTally struct {
	mu                           sync.Mutex
	tries, joined, tooFast, full int
	failed                       map[string]int // by the error, numbers left out
	refusal                      string         // the refusal's line, as shown
}

// attackJoins has keyless bots from one address join one room as fast as
// they can for the flood's duration; a real participant from the same
// address tries during the flood and again after it.
func attackJoins(ctx context.Context, e *env, duration time.Duration) (result, error) {
	r := result{
		name: "4. Keyless join flood",
		tried: fmt.Sprintf("%d keyless bots at a time from 127.0.0.1 join one room for %v, each a new connection (room code as user, a new name, Enter twice, wait for the answer, close); a real participant from 127.0.0.1 tries %v into the flood and again after it, pressing Enter every second",
			joinBots, duration, realStart),
	}
	code, err := e.newRoom(ctx, "Joins")
	if err != nil {
		return r, err
	}
	t := joinTally{failed: map[string]int{}}
	logBefore := e.srv.logMessages()
	fctx, stop := context.WithTimeout(ctx, duration)
	defer stop()
	start := time.Now()
	var wg sync.WaitGroup
	for range joinBots {
		wg.Go(func() { joinBot(fctx, e, code, &t) })
	}
	var during realJoin
	wg.Go(func() {
		select {
		case <-time.After(realStart):
			during = joinAsPerson(fctx, e, code, "Echte Deelnemer")
		case <-fctx.Done():
		}
	})
	wg.Wait()
	took := time.Since(start)
	after := joinAsPerson(ctx, e, code, "Laatkomer")
	perMinute := float64(t.joined) / took.Minutes()
	failed := 0
	for _, n := range t.failed {
		failed += n
	}
	r.add("%d joins tried in %s: %d identities (%.0f a minute), %d refused as too many joins from the address, %d as the address's share full (%d places), %d failed otherwise",
		t.tries, seconds(took), t.joined, perMinute, t.tooFast, t.full, roomShare, failed)
	if t.refusal != "" {
		r.add("refusal shown: “%s”", t.refusal)
	}
	r.add("real participant %v into the flood: %s", realStart, during)
	r.add("real participant right after the flood: %s", after)
	for msg, n := range t.failed {
		r.odd = append(r.odd, fmt.Sprintf("%d bot joins failed: %s", n, msg))
	}
	r.add("server log during the flood: %s", logDelta(logBefore, e.srv.logMessages()))
	r.held = "new identities from one address are rate-limited (1/s, burst 30) and every refused bot saw the Dutch refusal with what to do"
	switch {
	case perMinute > 120:
		r.broken = fmt.Sprintf("%.0f identities a minute from one address", perMinute)
	case !after.joined:
		r.broken = "the real participant after the flood did not get in: " + after.String()
	}
	return r, nil
}

// joinBot joins the room with new names until ctx ends. A dial whose
// deadline has passed fails at once, even before ctx says it is done: the
// bot stops at ctx's deadline itself, so that it does not count those.
func joinBot(ctx context.Context, e *env, code string, t *joinTally) {
	deadline, _ := ctx.Deadline()
	over := func() bool { return ctx.Err() != nil || !time.Now().Before(deadline) }
	for !over() {
		t.mu.Lock()
		if t.tries >= maxJoinTries {
			t.mu.Unlock()
			return
		}
		t.tries++
		name := fmt.Sprintf("bot%d", t.tries)
		t.mu.Unlock()
		start := time.Now()
		s, i, err := e.join(ctx, code, name, nil, rejoinDialog, joinsTooFast, addrFull)
		took := time.Since(start)
		line := ""
		if s != nil {
			if i > 0 {
				line = refusalLine(s.text())
			}
			s.close()
		}
		t.mu.Lock()
		switch {
		case err != nil && over():
			t.tries-- // cut off by the end of the flood
		case err != nil:
			t.failed[fmt.Sprintf("%s (after %s)", digitsRe.ReplaceAllString(err.Error(), "N"), took.Round(time.Second))]++
		case i == 0:
			t.joined++
		case i == 1:
			t.tooFast++
			t.refusal = line
		default:
			t.full++
			t.refusal = line
		}
		t.mu.Unlock()
	}
}

// digitsRe finds the numbers in an error, such as ports, so that errors
// of one kind are counted together.
var digitsRe = regexp.MustCompile(`[0-9]+`)

// roomShare is how many places of a room one address may take by default
// (a quarter of 1000).
const roomShare = 250

// realJoin is how a real participant's join went.
type realJoin struct {
	tried, joined bool
	first         string        // what the first Enter showed
	presses       int           // Enter presses on the function field
	took          time.Duration // from connecting until the rejoin code showed
	err           error
}

func (j realJoin) String() string {
	switch {
	case !j.tried:
		return "did not try"
	case j.joined && j.presses == 1:
		return fmt.Sprintf("in at the first Enter, %s after connecting", seconds(j.took))
	case j.joined:
		return fmt.Sprintf("first saw “%s”; in after %d presses of Enter, %s after connecting", j.first, j.presses, seconds(j.took))
	case j.err != nil:
		return fmt.Sprintf("first saw “%s”; not in after %d presses (%v)", j.first, j.presses, j.err)
	}
	return fmt.Sprintf("first saw “%s”; not in after %d presses, %s", j.first, j.presses, seconds(j.took))
}

// joinAsPerson joins as a person would: name, Enter, Enter, and when
// refused, Enter again every second until in, or ctx ends, or patience
// runs out.
func joinAsPerson(ctx context.Context, e *env, code, name string) realJoin {
	j := realJoin{tried: true}
	start := time.Now()
	s, i, err := e.join(ctx, code, name, nil, rejoinDialog, joinsTooFast, addrFull)
	if err != nil {
		j.err = err
		return j
	}
	defer s.close()
	j.presses = 1
	if i == 0 {
		j.joined, j.took = true, time.Since(start)
		return j
	}
	j.first = refusalLine(s.text())
	for time.Since(start) < realPatience && ctx.Err() == nil {
		time.Sleep(time.Second)
		if err := s.send("\r"); err != nil {
			j.err = err
			return j
		}
		j.presses++
		if s.waitFor(ctx, time.Second, rejoinDialog) == nil {
			j.joined, j.took = true, time.Since(start)
			return j
		}
	}
	j.took = time.Since(start)
	return j
}
