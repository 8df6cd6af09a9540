package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// note is one measured note.
type note struct {
	id     int
	author *client
	pause  time.Duration // between the editor showing and typing
	sent   time.Time     // when Enter was typed; zero before
	seen   []time.Time   // per participant, when the token reached its screen
	left   int           // participants that have not seen it yet
	done   chan struct{}
}

// tracker records which participant saw which note when. A note is done
// when every participant whose connection is still open has seen it.
type tracker struct {
	mu    sync.Mutex
	notes []*note
	lost  []bool // participants whose connection ended
	alive int
}

func newTracker(participants, notes int) *tracker {
	t := &tracker{notes: make([]*note, notes), lost: make([]bool, participants), alive: participants}
	for i := range t.notes {
		t.notes[i] = &note{id: i, seen: make([]time.Time, participants), done: make(chan struct{})}
	}
	return t
}

// markSent starts the clock of note n.
func (t *tracker) markSent(n *note) {
	t.mu.Lock()
	n.sent = time.Now()
	n.left = t.alive
	t.mu.Unlock()
}

// saw is called by a participant's reader for every token on its screen.
func (t *tracker) saw(idx, id int, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if id >= len(t.notes) || t.lost[idx] {
		return
	}
	n := t.notes[id]
	if n.sent.IsZero() || !n.seen[idx].IsZero() {
		return
	}
	n.seen[idx] = at
	t.count(n)
}

// gone is called when a participant's connection has ended: nobody waits
// for its screen any more.
func (t *tracker) gone(idx int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.lost[idx] {
		return
	}
	t.lost[idx] = true
	t.alive--
	for _, n := range t.notes {
		if !n.sent.IsZero() && n.seen[idx].IsZero() {
			t.count(n)
		}
	}
}

func (t *tracker) count(n *note) {
	if n.left--; n.left == 0 {
		close(n.done)
	}
}

// noteRun adds notes from randomly chosen idle participants at a fixed
// rate. Each note's author deletes it once every participant has seen it,
// so that the column stays short enough to be on everyone's screen.
type noteRun struct {
	tr       *tracker
	clients  []*client
	rate     float64
	inflight int
	timeout  time.Duration // for one note to reach everyone

	mu      sync.Mutex
	idle    []*client
	errs    []error
	waited  time.Duration // scheduling delay because too many notes were in flight
	elapsed time.Duration
}

func (r *noteRun) run(ctx context.Context, rng *rand.Rand) {
	r.idle = append([]*client(nil), r.clients...)
	slots := make(chan struct{}, r.inflight)
	interval := time.Duration(float64(time.Second) / r.rate)
	start := time.Now()
	next := start
	var wg sync.WaitGroup
	for _, n := range r.tr.notes {
		if d := time.Until(next); d > 0 {
			select {
			case <-time.After(d):
			case <-ctx.Done():
			}
		}
		if ctx.Err() != nil {
			break
		}
		t0 := time.Now()
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		author := r.takeIdle(rng)
		if author == nil { // only after errors: authors return before slots
			<-slots
			r.mu.Lock()
			r.errs = append(r.errs, fmt.Errorf("note %d: no participant left to write it", n.id))
			r.mu.Unlock()
			break
		}
		if late := time.Since(t0); late > time.Millisecond {
			r.waited += late
			next = time.Now()
		}
		next = next.Add(interval)
		n.author = author
		n.pause = time.Duration(rng.Int64N(int64(50 * time.Millisecond)))
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.one(ctx, n); err != nil {
				r.mu.Lock()
				r.errs = append(r.errs, err)
				r.mu.Unlock()
			} else {
				r.putIdle(author)
			}
			<-slots
		}()
	}
	wg.Wait()
	r.elapsed = time.Since(start)
}

// one adds note n from its author, waits until every participant saw it,
// and deletes it.
func (r *noteRun) one(ctx context.Context, n *note) error {
	c := n.author
	const step = 30 * time.Second
	if err := c.dialog(ctx, "n", markEditor, step, n.id); err != nil {
		return fmt.Errorf("note %d: %w", n.id, err)
	}
	// A person needs a moment to type. Without a pause the Enter would
	// arrive at a fixed time after the editor's frame, in step with the
	// server's frame ticker, and every note would wait the same part of a
	// frame.
	sleep(ctx, n.pause)
	if err := c.closeDialog(ctx, typedToken(n.id)+"\r", markAdded, step, func() { r.tr.markSent(n) }); err != nil {
		return fmt.Errorf("note %d: %w", n.id, err)
	}
	t := time.NewTimer(r.timeout)
	defer t.Stop()
	select {
	case <-n.done:
	case <-t.C:
		return fmt.Errorf("note %d: not seen by everyone after %v", n.id, r.timeout)
	case <-ctx.Done():
		return fmt.Errorf("note %d: %w", n.id, ctx.Err())
	}
	if err := c.dialog(ctx, "d", markConfirm, step, n.id); err != nil {
		return fmt.Errorf("note %d delete: %w", n.id, err)
	}
	if err := c.closeDialog(ctx, "j", markDeleted, step, nil); err != nil {
		return fmt.Errorf("note %d delete: %w", n.id, err)
	}
	return nil
}

func (r *noteRun) takeIdle(rng *rand.Rand) *client {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.idle) == 0 {
		return nil
	}
	i := rng.IntN(len(r.idle))
	c := r.idle[i]
	r.idle[i] = r.idle[len(r.idle)-1]
	r.idle = r.idle[:len(r.idle)-1]
	return c
}

func (r *noteRun) putIdle(c *client) {
	r.mu.Lock()
	r.idle = append(r.idle, c)
	r.mu.Unlock()
}

// results are the latencies of a finished run.
type results struct {
	sent, complete int
	last           []time.Duration // per complete note: Enter to the last screen
	each           []time.Duration // per (note, participant) delivery
	excluded       int             // deliveries to a screen hidden by a dialog
	missing        int             // deliveries that never happened
	lost           int             // deliveries to connections that ended
}

// results computes latencies. A delivery to a participant whose board was
// hidden by its own dialog (writing or deleting a note) at some time while
// the note was on its way is left out: that screen could not show it.
func (r *noteRun) results() results {
	var res results
	r.tr.mu.Lock()
	defer r.tr.mu.Unlock()
	for _, n := range r.tr.notes {
		if n.sent.IsZero() {
			continue
		}
		res.sent++
		var last time.Duration
		complete := true
		for i, at := range n.seen {
			if r.tr.lost[i] {
				res.lost++
				continue
			}
			if at.IsZero() {
				res.missing++
				complete = false
				continue
			}
			if r.clients[i].blindDuring(n.sent, at, n.id) {
				res.excluded++
				continue
			}
			d := at.Sub(n.sent)
			res.each = append(res.each, d)
			last = max(last, d)
		}
		if complete {
			res.complete++
			res.last = append(res.last, last)
		}
	}
	return res
}
