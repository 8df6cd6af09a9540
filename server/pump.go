package server

import (
	"context"
	"io"
	"sync"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
	"kring/tui"
)

// pumps delivers a subscription's snapshots to one program. A new
// subscription (after a rejoin code) replaces the previous pump; stop ends
// the last one and leaves the room.
type pumps struct {
	ctx  context.Context
	prog *tea.Program
	wd   *watchdog
	// delivered is told of each snapshot the program took.
	delivered func(*sessions.Snapshot)

	mu     sync.Mutex
	cancel context.CancelFunc
	sub    *sessions.Subscription
	done   chan struct{}
}

func newPumps(ctx context.Context, prog *tea.Program, wd *watchdog, delivered func(*sessions.Snapshot)) *pumps {
	return &pumps{ctx: ctx, prog: prog, wd: wd, delivered: delivered}
}

// attach starts pumping sub, ending the pump of an earlier subscription.
func (p *pumps) attach(sub *sessions.Subscription) {
	p.mu.Lock()
	defer p.mu.Unlock()
	// attach runs inside the program's Update: waiting here for the old
	// pump, which may be blocked handing a message to this very program,
	// would deadlock. It is told to stop and left to finish on its own.
	p.stopLocked(false)
	ctx, cancel := context.WithCancel(p.ctx)
	p.cancel, p.sub, p.done = cancel, sub, make(chan struct{})
	go p.run(ctx, sub, p.done)
}

// stop ends the pump after the program has ended, and leaves the room.
func (p *pumps) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stopLocked(true)
}

func (p *pumps) stopLocked(wait bool) {
	if p.cancel == nil {
		return
	}
	p.cancel()
	if wait {
		<-p.done
	}
	p.sub.Close()
	p.cancel, p.sub = nil, nil
}

// run waits for wake-ups and sends the newest snapshot. Wake-ups that
// arrive while a send is in progress coalesce into one.
func (p *pumps) run(ctx context.Context, sub *sessions.Subscription, done chan struct{}) {
	defer close(done)
	var last *sessions.Snapshot
	for {
		select {
		case <-ctx.Done():
			return
		case <-sub.Kicked:
			p.prog.Send(tui.KickedMsg{})
			return
		case <-sub.Gone:
			p.prog.Send(tui.GoneMsg{Why: sub.Why()})
			return
		case <-sub.Wake:
			// A wake-up that raced a publish may find the snapshot it
			// already delivered: redrawing it again would be wasted work.
			if snap := sub.Room().Snapshot(); snap != last {
				last = snap
				p.prog.Send(tui.SnapshotMsg{Snap: snap})
				p.delivered(snap)
			}
		}
	}
}

// stallWriter records when a write to the client started and has not yet
// returned, so the watchdog can see a client that stopped reading. Each
// write counts as activity on the connection.
type stallWriter struct {
	w       io.Writer
	g       *guardedConn
	writing atomic.Int64
}

func newStallWriter(w io.Writer, g *guardedConn) *stallWriter { return &stallWriter{w: w, g: g} }

func (s *stallWriter) Write(b []byte) (int, error) {
	s.writing.Store(time.Now().UnixNano())
	defer s.writing.Store(0)
	if s.g != nil {
		s.g.touch()
	}
	return s.w.Write(b)
}

// sessionInput is a program's input: every read counts as activity,
// over-long runs and pastes are cut before the parser sees them (see
// inputGuard), and the end of the client's input (the channel closed)
// ends the program, so no program outlives its channel.
type sessionInput struct {
	r      io.Reader
	g      *guardedConn
	guard  inputGuard
	closed func()
}

func (s *sessionInput) Read(b []byte) (int, error) {
	for {
		n, err := s.r.Read(b)
		if n > 0 && s.g != nil {
			s.g.touch()
		}
		n = len(s.guard.filter(b[:n]))
		if err != nil {
			s.closed()
			return n, err
		}
		if n > 0 {
			return n, nil
		}
		// Everything read was cut: read on rather than return nothing.
	}
}

// watchdog closes a connection when a write to it has been stuck longer
// than limit: the client stopped reading. A program that is merely slow to
// take a snapshot (the server is short of CPU) is not a stall; a program
// blocked on its output shows up as a stuck write.
type watchdog struct {
	limit   time.Duration
	out     *stallWriter
	onStall func()
}

func newWatchdog(limit time.Duration, out *stallWriter, onStall func()) *watchdog {
	return &watchdog{limit: limit, out: out, onStall: onStall}
}

func (w *watchdog) run(ctx context.Context) {
	tick := time.NewTicker(max(w.limit/4, 10*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-tick.C:
			if w.stalled(now) {
				w.onStall()
				return
			}
		}
	}
}

// stalled reports whether a write has been going on for longer than the
// limit at time now.
func (w *watchdog) stalled(now time.Time) bool {
	since := w.out.writing.Load()
	return since != 0 && now.Sub(time.Unix(0, since)) > w.limit
}
