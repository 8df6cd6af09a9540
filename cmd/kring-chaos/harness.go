package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/crypto/ssh"

	"kring/sessions"
)

// harness is one run: the server's data directory and address, the room
// codes, the writers' shared state and the figures.
type harness struct {
	o       options
	out     io.Writer
	dir     string
	addr    string        // fixed after the first start: restarts reuse the port
	hostKey ssh.PublicKey // as presented at the first start
	fac     ssh.Signer    // creates the rooms and exports them
	srv     *child
	tr      *tracker
	epochs  *epochs
	rooms   rooms
	rng     *rand.Rand
	rep     *report
	// unchecked are the notes as they were at the last kill, until the
	// restarted server's exports of uncheckedRooms have been checked
	// against them; typed counts the notes typed before that kill.
	unchecked      []note
	uncheckedRooms []string
	typed          int
	// seen saves the offline check replaying unchanged logs.
	seen exports
	// lastStart is when the newest server was started, lastReap how long
	// the kill before it took to end the old one.
	lastStart time.Time
	lastReap  time.Duration
	// kicks learns, without blocking, of every Enter a writer typed.
	kicks chan struct{}
	// joined counts writers' arrivals on a board; orphans, names left
	// behind by a kill between a keyless join and its rejoin code;
	// forgotten, participants a restarted server did not know again (a
	// key asked to join anew, a rejoin code refused); stalls, sessions
	// that ended because something took too long.
	joined, orphans, forgotten, stalls atomic.Int64
}

// run runs the crash loop and returns its figures; the report is filled in
// as far as the run got, also when it returns an error. The data directory
// is removed afterwards, unless -keep is set or the run failed (an error,
// a note lost): then the report names it, for `kring export --data`.
func run(ctx context.Context, o options, out io.Writer) (_ *report, err error) {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	dir, err := os.MkdirTemp("", "kring-chaos-")
	if err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	h := &harness{
		o: o, out: out, dir: dir, addr: "127.0.0.1:0",
		tr: newTracker(), epochs: newEpochs(),
		rng:   rand.New(rand.NewPCG(o.seed, 0x6b72696e67)),
		rep:   &report{o: o},
		kicks: make(chan struct{}, 1),
		seen:  exports{},
	}
	defer func() {
		if o.keep || err != nil || h.rep.failed() {
			h.rep.kept = dir
		} else {
			os.RemoveAll(dir)
		}
	}()
	h0, s0, m0 := cpuNow()
	t0 := time.Now()
	defer func() {
		// Also after an error: the figures as far as the run got.
		if h.srv != nil {
			h.srv.stop() // its CPU time counts once it has exited
			h.srv = nil
		}
		h1, s1, m1 := cpuNow()
		h.rep.wall, h.rep.harnessCPU, h.rep.serverCPU = time.Since(t0), h1-h0, s1-s0
		h.rep.otherCPU = max(0, m1-m0-h.rep.harnessCPU-h.rep.serverCPU)
		h.rep.finish(h.tr.snapshot(), h)
		h.rep.err = err
	}()
	if err := h.start(ctx); err != nil {
		return h.rep, err
	}
	if h.fac, err = newKey(); err != nil {
		return h.rep, err
	}
	if err := h.newRoom(ctx); err != nil {
		return h.rep, err
	}
	fmt.Fprintf(out, "kring-chaos: %d cycles, %d writers (%d keyless), bursts of 1–%d notes, up to %v after the first acknowledgement, seed %d; %d cores, %s\n",
		o.cycles, o.writers, o.writers/2, o.burst, o.up, o.seed, runtime.NumCPU(), runtime.Version())

	stopWriters, err := h.startWriters(ctx)
	if err != nil {
		return h.rep, err
	}
	defer stopWriters()
	for i := 1; i <= o.cycles; i++ {
		last := i == o.cycles
		if err := h.cycle(ctx, i, func() {
			if last {
				stopWriters()
			}
		}); err != nil {
			return h.rep, fmt.Errorf("cycle %d: %w", i, err)
		}
	}
	h.uncheckedRooms = h.rooms.all() // the last online check reads them all
	if err := h.checkOnline(ctx); err != nil {
		return h.rep, err
	}
	return h.rep, nil
}

// startWriters starts the writers, every second one keyless. The function
// it returns stops them and waits until they are gone; it may be called
// more than once.
func (h *harness) startWriters(ctx context.Context) (func(), error) {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	stop := func() {
		cancel()
		wg.Wait()
	}
	for i := range h.o.writers {
		w := &writer{idx: i, h: h, rng: rand.New(rand.NewPCG(h.o.seed, uint64(i))),
			name: map[string]string{}, rejoin: map[string]string{}, seated: map[string]bool{}}
		if i%2 == 0 {
			var err error
			if w.key, err = newKey(); err != nil {
				stop()
				return nil, err
			}
		}
		wg.Go(func() { w.run(ctx) })
	}
	return stop, nil
}

// start starts the server and waits until it accepts SSH with the host
// key of the first start.
func (h *harness) start(ctx context.Context) error {
	h.tr.restarted(time.Now())
	srv, err := startChild(h.dir, h.addr, h.o.serverLog)
	if err != nil {
		return err
	}
	h.srv = srv
	key, err := awaitSSH(ctx, srv.addr, srv.exited)
	if err != nil {
		return err
	}
	if h.hostKey == nil {
		h.addr, h.hostKey = srv.addr, key
	} else if !bytes.Equal(key.Marshal(), h.hostKey.Marshal()) {
		return errors.New("the host key changed across a restart")
	}
	return nil
}

// newRoom creates a room; writers join it when they next dial.
func (h *harness) newRoom(ctx context.Context) error {
	out, err := execCommand(ctx, h.addr, h.fac, h.hostKey, fmt.Sprintf("new --title Chaos %d", len(h.rooms.all())+1))
	if err != nil {
		return err
	}
	code, ok := sessions.ParseCode(strings.TrimSpace(string(out)))
	if !ok {
		return fmt.Errorf("new: no room code in %q", out)
	}
	h.rooms.add(code)
	return nil
}

// entered tells a waiting kill that a note was just sent.
func (h *harness) entered() {
	select {
	case h.kicks <- struct{}{}:
	default:
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	<-ctx.Done()
}
