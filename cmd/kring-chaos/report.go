package main

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"time"
)

// Where a check read the export from.
const (
	offline = iota // the data directory, with the server killed
	online         // the restarted server, over SSH
)

// report holds a run's figures.
type report struct {
	o options
	// kills counts completed cycles; midWrite those with notes in flight
	// at the kill, inflight the sum of those notes.
	kills, midWrite, inflight int
	// restart is, per cycle, kill → process gone → (offline check, left
	// out) → new process accepts SSH; reap and accept are its two parts;
	// toBoard is kill → the first writer back on its board, and toAck
	// kill → the first note typed after the restart on its author's
	// screen (the check left out likewise).
	restart, reap, accept, toBoard, toAck []time.Duration
	noAck                                 int // cycles in which no note was acknowledged within 20s
	checks                                [2]checkStats
	lostIDs                               map[int]bool // acknowledged notes missing from some export
	final                                 counts       // the last export read

	typed, acked, found, lost int
	committed                 int // typed, never acknowledged, but in the last export
	late                      int // acknowledged only after a restart
	refused                   int
	joined, orphans, rooms    int
	forgotten, stalls         int

	// wall is the run's duration; the CPU times are those used meanwhile
	// by the servers, the harness and every other process on the machine.
	wall, serverCPU, harnessCPU, otherCPU time.Duration
	kept                                  string // the data directory, when kept
	err                                   error  // why the run stopped early
}

// checkStats sums the checks of one kind.
type checkStats struct {
	n, dup int
	last   verdict
	dur    []time.Duration
}

// checked records one check.
func (r *report) checked(kind int, v verdict, d time.Duration) {
	s := &r.checks[kind]
	s.n++
	s.dup += v.dup
	s.last = v
	s.dur = append(s.dur, d)
	if r.lostIDs == nil {
		r.lostIDs = map[int]bool{}
	}
	for _, id := range v.missing {
		r.lostIDs[id] = true
	}
}

// finish computes the totals from the notes typed.
func (r *report) finish(notes []note, h *harness) {
	for _, n := range notes {
		r.typed++
		switch {
		case !n.acked.IsZero():
			r.acked++
			if r.final[n.id] > 0 {
				r.found++
			}
			if n.late {
				r.late++
			}
		case r.final[n.id] > 0:
			r.committed++
		}
	}
	r.lost = len(r.lostIDs)
	r.refused = h.tr.refused
	r.joined, r.orphans, r.forgotten = int(h.joined.Load()), int(h.orphans.Load()), int(h.forgotten.Load())
	r.stalls = int(h.stalls.Load())
	r.rooms = len(h.rooms.all())
}

func (r *report) print(w io.Writer) {
	fmt.Fprintf(w, "cycles: %d kill -9 of %d, %d with notes in flight at the kill (%d notes)\n",
		r.kills, r.o.cycles, r.midWrite, r.inflight)
	fmt.Fprintf(w, "notes: %d typed, %d acknowledged (%d only after a restart), %d found in the final export, %d lost\n",
		r.typed, r.acked, r.late, r.found, r.lost)
	fmt.Fprintf(w, "unacknowledged: %d typed but never on the author's screen, of which %d committed anyway\n",
		r.typed-r.acked, r.committed)
	for kind, name := range []string{"offline (data directory of the killed server)", "online (restarted server, over SSH)"} {
		s := r.checks[kind]
		fmt.Fprintf(w, "checks %s: %d, each %s; %d duplicates\n", name, s.n, summarize(s.dur), s.dup)
	}
	fmt.Fprintf(w, "restart, kill → accepting SSH: %s\n", summarize(r.restart))
	fmt.Fprintf(w, "  kill → process gone: %s\n", summarize(r.reap))
	fmt.Fprintf(w, "  new process → accepting SSH: %s\n", summarize(r.accept))
	fmt.Fprintf(w, "kill → first writer back on its board: %s\n", summarize(r.toBoard))
	fmt.Fprintf(w, "kill → first new note acknowledged: %s", summarize(r.toAck))
	if r.noAck > 0 {
		fmt.Fprintf(w, " (%d cycles without one within 20s)", r.noAck)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "writers: %d arrivals on a board, %d rooms, %d refusals, %d stalls, %d names orphaned by a kill, %d participants forgotten\n",
		r.joined, r.rooms, r.refused, r.stalls, r.orphans, r.forgotten)
	if r.wall > 0 && r.serverCPU+r.harnessCPU > 0 {
		cores := func(d time.Duration) string { return fmt.Sprintf("%.2f", d.Seconds()/r.wall.Seconds()) }
		fmt.Fprintf(w, "cpu over %.0f s: servers %s cores, harness %s, other processes %s (of %d)\n",
			r.wall.Seconds(), cores(r.serverCPU), cores(r.harnessCPU), cores(r.otherCPU), runtime.NumCPU())
	}
	if r.lost > 0 {
		ids := make([]int, 0, len(r.lostIDs))
		for id := range r.lostIDs {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		fmt.Fprintf(w, "LOST: %d acknowledged notes missing from an export, first %s\n", r.lost, token(ids[0]))
	}
	if r.kept != "" {
		fmt.Fprintf(w, "data directory kept: %s\n", r.kept)
	}
	verdict := "PASS"
	if r.failed() {
		verdict = "FAIL"
	}
	if r.err != nil {
		verdict += " (stopped early: " + r.err.Error() + ")"
	}
	fmt.Fprintf(w, "result: %s\n", verdict)
}

// failed reports whether the run broke a promise (an acknowledged note
// lost, a participant forgotten), proved nothing (no note acknowledged) or
// stopped early.
func (r *report) failed() bool { return r.lost > 0 || r.forgotten > 0 || r.acked == 0 || r.err != nil }

// summarize gives the median, 95th percentile and maximum of ds.
func summarize(ds []time.Duration) string {
	if len(ds) == 0 {
		return "none"
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	at := func(p float64) time.Duration { return s[min(len(s)-1, int(p*float64(len(s))))] }
	return fmt.Sprintf("median %s, p95 %s, max %s (n=%d)", ms(at(0.5)), ms(at(0.95)), ms(s[len(s)-1]), len(s))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
