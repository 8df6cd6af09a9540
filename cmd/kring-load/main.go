// Command kring-load is kring's load harness. It starts a kring server as a
// child process on 127.0.0.1, connects N real SSH clients with PTYs to one
// room, has them add notes at a fixed rate and measures for each note the
// time from its Enter keystroke until it is on every participant's screen.
// It also reports the server's memory per connected participant.
//
//	go run ./cmd/kring-load -n 500
//
// Everything stays on loopback, is bounded in count and time (-timeout),
// and the server stops when the harness ends.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/signal"
	"syscall"
	"time"
)

type options struct {
	n, notes, prefill, parallel, inflight int
	rows, cols                            int
	rate                                  float64
	timeout, noteTimeout                  time.Duration
	cpuProfile, memProfile, trace         string
	idleProfile                           string
	seed                                  uint64
	serverLog                             bool
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == childFlag {
		os.Exit(runChild(os.Args[2:]))
	}
	var o options
	flag.IntVar(&o.n, "n", 50, "participants to connect")
	flag.IntVar(&o.notes, "notes", 100, "notes to add and measure (at most 10000)")
	flag.Float64Var(&o.rate, "rate", 10, "notes per second")
	flag.IntVar(&o.prefill, "prefill", 30, "notes the facilitator puts in the second column first")
	flag.IntVar(&o.parallel, "parallel", 32, "connections set up at the same time")
	flag.IntVar(&o.inflight, "inflight", 0, "notes on the board at once (0: as many as fit in -rows)")
	flag.IntVar(&o.rows, "rows", 40, "terminal rows")
	flag.IntVar(&o.cols, "cols", 120, "terminal columns")
	flag.DurationVar(&o.timeout, "timeout", 3*time.Minute, "deadline for the whole run")
	flag.DurationVar(&o.noteTimeout, "note-timeout", 20*time.Second, "deadline for one note to reach everyone")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write the server's CPU profile while notes are added to `file`")
	flag.StringVar(&o.memProfile, "memprofile", "", "write the server's heap profile with everyone connected to `file`")
	flag.StringVar(&o.trace, "trace", "", "write the server's execution trace while notes are added to `file`")
	flag.StringVar(&o.idleProfile, "idleprofile", "", "write the server's CPU profile while everyone is connected and idle to `file`")
	flag.Uint64Var(&o.seed, "seed", 1, "seed for choosing authors")
	flag.BoolVar(&o.serverLog, "serverlog", false, "show the server's warnings")
	flag.Parse()
	if o.n < 1 || o.notes < 1 || o.notes > 10000 || o.rate <= 0 || o.parallel < 1 || o.rows < 24 || o.cols < 80 {
		fmt.Fprintln(os.Stderr, "kring-load: need -n ≥ 1, 1 ≤ -notes ≤ 10000, -rate > 0, -parallel ≥ 1, -rows ≥ 24, -cols ≥ 80")
		os.Exit(2)
	}
	if o.inflight <= 0 {
		// Header, footer and column title take at most 8 rows; a note
		// takes 4. Keep one spare.
		o.inflight = max(1, (o.rows-8)/4-1)
	}
	o.inflight = min(o.inflight, o.n) // each note in flight has its own author
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "kring-load:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	fmt.Printf("kring-load: %d participants, %d notes at %g/s, %d prefilled, PTY %dx%d, at most %d notes in flight\n",
		o.n, o.notes, o.rate, o.prefill, o.cols, o.rows, o.inflight)

	busy0, t0 := machineCPU(), time.Now()
	sleep(ctx, time.Second)
	fmt.Printf("machine: %d cores, %s busy before the start\n", nproc(), cores(machineCPU()-busy0, time.Since(t0)))

	dir, err := os.MkdirTemp("", "kring-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	srv, err := startChild(dir, o.serverLog)
	if err != nil {
		return err
	}
	defer srv.stop()

	code, fac, err := openRoom(ctx, o, srv)
	if err != nil {
		return err
	}
	defer fac.close()
	waitIdle(ctx, srv)
	base, err := srv.mem()
	if err != nil {
		return err
	}

	tr := newTracker(o.n, o.notes)
	use := startUsage(srv)
	clients, connectTimes, wall, connErr := connectAll(ctx, o, srv, code, tr)
	connectUse := use.stop()
	defer func() {
		for _, c := range clients {
			if c != nil {
				c.close()
			}
		}
	}()
	fmt.Printf("connect: %d participants in %.1fs, %d at a time; each, dial to board: %s\n",
		len(clients), wall.Seconds(), o.parallel, summarize(connectTimes))
	fmt.Printf("cpu while connecting: %s\n", connectUse)
	if connErr != nil {
		// Go on with those who joined: their numbers still tell something.
		fmt.Printf("connect: %v\n", connErr)
		if len(clients) == 0 || ctx.Err() != nil {
			return connErr
		}
		tr = newTracker(len(clients), o.notes)
		for i, c := range clients {
			c.reindex(i, tr)
		}
	}

	if err := measureIdle(ctx, o, srv, len(clients), base); err != nil {
		return err
	}

	return errors.Join(measureNotes(ctx, o, srv, tr, clients), connErr)
}

// measureNotes has the participants add notes and reports how long each
// took to reach every screen.
func measureNotes(ctx context.Context, o options, srv *child, tr *tracker, clients []*client) error {
	if o.cpuProfile != "" {
		if _, err := srv.do("cpu " + o.cpuProfile); err != nil {
			return err
		}
	}
	if o.trace != "" {
		if _, err := srv.do("trace " + o.trace); err != nil {
			return err
		}
	}
	nr := &noteRun{tr: tr, clients: clients, rate: o.rate, inflight: o.inflight, timeout: o.noteTimeout}
	use := startUsage(srv)
	nr.run(ctx, rand.New(rand.NewPCG(o.seed, o.seed)))
	notesUse := use.stop()
	if o.cpuProfile != "" {
		if _, err := srv.do("cpu-stop"); err != nil {
			return err
		}
	}
	if o.trace != "" {
		if _, err := srv.do("trace-stop"); err != nil {
			return err
		}
	}
	res := nr.results()
	lastS, eachS := summarize(res.last), summarize(res.each)
	fmt.Printf("notes: %d added in %.1fs (%.1f/s; %.1fs waited for room on the board), %d seen by everyone connected\n",
		res.sent, nr.elapsed.Seconds(), float64(res.sent)/nr.elapsed.Seconds(), nr.waited.Seconds(), res.complete)
	fmt.Printf("deliveries: %d measured, %d left out (own dialog open), %d missing, %d to connections the server closed\n",
		len(res.each), res.excluded, res.missing, res.lost)
	fmt.Printf("latency Enter → last screen: %s\n", lastS)
	fmt.Printf("latency Enter → each screen: %s\n", eachS)
	fmt.Printf("cpu while adding notes: %s\n", notesUse)
	fmt.Printf("server peak RSS: %s\n", mib(srv.peakRSS()))
	alive := 0
	for _, c := range clients {
		if c.alive() {
			alive++
		}
	}
	if alive < len(clients) {
		fmt.Printf("connections lost while adding notes: %d of %d\n", len(clients)-alive, len(clients))
	}
	fmt.Printf("target: p99 %s < 100 ms: %s\n", ms(lastS.p99), pass(lastS.n > 0 && lastS.p99 < 100*time.Millisecond))

	errs := nr.errs
	if len(errs) > 5 {
		errs = append(errs[:5], fmt.Errorf("and %d more errors", len(nr.errs)-5))
	}
	if res.sent < o.notes {
		errs = append(errs, fmt.Errorf("only %d of %d notes were added", res.sent, o.notes))
	}
	if res.missing > 0 {
		errs = append(errs, fmt.Errorf("%d deliveries missing", res.missing))
	}
	return errors.Join(errs...)
}

// measureIdle waits until the server is idle with everyone connected, then
// reports its memory per participant (against base, measured before anyone
// connected) and its CPU use while idle, and writes the idle and heap
// profiles asked for.
func measureIdle(ctx context.Context, o options, srv *child, n int, base memStats) error {
	if !waitIdle(ctx, srv) {
		fmt.Println("memory: the server was still busy after a minute; measuring anyway")
	}
	after, err := srv.mem()
	if err != nil {
		return err
	}
	if o.idleProfile != "" {
		if _, err := srv.do("cpu " + o.idleProfile); err != nil {
			return err
		}
	}
	use := startUsage(srv)
	sleep(ctx, 2*time.Second)
	idle := use.stop()
	if o.idleProfile != "" {
		if _, err := srv.do("cpu-stop"); err != nil {
			return err
		}
	}
	if o.memProfile != "" {
		if _, err := srv.do("heap " + o.memProfile); err != nil {
			return err
		}
	}
	fmt.Printf("memory: before %s heap in use, %s RSS; with %d connected %s heap, %s RSS, %d goroutines\n",
		mib(base.HeapInuse), mib(base.RSS), n, mib(after.HeapInuse), mib(after.RSS), after.Goroutines)
	heap := (float64(after.HeapInuse) - float64(base.HeapInuse)) / float64(n)
	rss := (float64(after.RSS) - float64(base.RSS)) / float64(n)
	fmt.Printf("memory per participant: %s heap in use, %s RSS, %.1f goroutines\n",
		kb(heap), kb(rss), float64(after.Goroutines-base.Goroutines)/float64(n))
	fmt.Printf("target: memory per participant < 300 kB: %s\n", pass(max(heap, rss) < 300e3))
	fmt.Printf("cpu while idle: %s\n", idle)
	return nil
}

// waitIdle waits (at most a minute) until, for a second, no client has
// received anything and the server used less than half a core: every
// screen is drawn and the server has nothing left to do. It reports
// whether that happened.
func waitIdle(ctx context.Context, srv *child) bool {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		bytes, cpu := received.Load(), srv.cpu()
		sleep(ctx, time.Second)
		if received.Load() == bytes && srv.cpu()-cpu < 500*time.Millisecond {
			return true
		}
	}
	return false
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

func pass(ok bool) string {
	if ok {
		return "PASS"
	}
	return "FAIL"
}
