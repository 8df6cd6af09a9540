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
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/crypto/ssh"
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

	// The facilitator creates the room, joins it and fills the second
	// column, so that every screen draws a board with some content.
	facKey, err := newKey()
	if err != nil {
		return err
	}
	out, err := execCommand(srv.addr, facKey, srv.hostKey, "new --title Load")
	if err != nil {
		return err
	}
	code := strings.TrimSpace(out)
	fac, err := dial(ctx, srv.addr, code, facKey, srv.hostKey, o.rows, o.cols, -1, nil)
	if err != nil {
		return fmt.Errorf("facilitator: %w", err)
	}
	defer fac.close()
	if err := fac.join(ctx, "Procesbegeleider"); err != nil {
		return err
	}
	if err := prefill(ctx, fac, o.prefill); err != nil {
		return err
	}
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
	idle0, idleStart := srv.cpu(), time.Now()
	sleep(ctx, 2*time.Second)
	idleCPU := srv.cpu() - idle0
	idleWall := time.Since(idleStart)
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
	n := float64(len(clients))
	fmt.Printf("memory: before %s heap in use, %s RSS; with %d connected %s heap, %s RSS, %d goroutines\n",
		mib(base.HeapInuse), mib(base.RSS), len(clients), mib(after.HeapInuse), mib(after.RSS), after.Goroutines)
	heapPer := (float64(after.HeapInuse) - float64(base.HeapInuse)) / n
	rssPer := (float64(after.RSS) - float64(base.RSS)) / n
	fmt.Printf("memory per participant: %s heap in use, %s RSS, %.1f goroutines\n",
		kb(heapPer), kb(rssPer), float64(after.Goroutines-base.Goroutines)/n)
	fmt.Printf("idle: server uses %s with %d connected\n", cores(idleCPU, idleWall), len(clients))

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
	run := &noteRun{tr: tr, clients: clients, rate: o.rate, inflight: o.inflight, timeout: o.noteTimeout}
	use = startUsage(srv)
	run.run(ctx, rand.New(rand.NewPCG(o.seed, o.seed)))
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
	res := run.results()
	lastS, eachS := summarize(res.last), summarize(res.each)
	fmt.Printf("notes: %d added in %.1fs (%.1f/s; %.1fs waited for room on the board), %d seen by everyone connected\n",
		res.sent, run.elapsed.Seconds(), float64(res.sent)/run.elapsed.Seconds(), run.waited.Seconds(), res.complete)
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
	fmt.Printf("targets: p99 %s < 100 ms: %s; memory per participant %s RSS, %s heap < 300 kB: %s\n",
		ms(lastS.p99), pass(lastS.n > 0 && lastS.p99 < 100*time.Millisecond),
		kb(rssPer), kb(heapPer), pass(max(rssPer, heapPer) < 300e3))

	errs := run.errs
	if len(errs) > 5 {
		errs = append(errs[:5], fmt.Errorf("and %d more errors", len(run.errs)-5))
	}
	errs = append(errs, connErr)
	if res.sent < o.notes {
		errs = append(errs, fmt.Errorf("only %d of %d notes were added", res.sent, o.notes))
	}
	if res.missing > 0 {
		errs = append(errs, fmt.Errorf("%d deliveries missing", res.missing))
	}
	return errors.Join(errs...)
}

// connectAll connects the participants, o.parallel at a time, and returns
// them with the time each took from dial until its board was shown.
func connectAll(ctx context.Context, o options, srv *child, code string, tr *tracker) ([]*client, []time.Duration, time.Duration, error) {
	keys := make([]ssh.Signer, o.n)
	for i := range keys {
		var err error
		if keys[i], err = newKey(); err != nil {
			return nil, nil, 0, err
		}
	}
	clients := make([]*client, o.n)
	times := make([]time.Duration, o.n)
	errs := make([]error, o.n)
	sem := make(chan struct{}, o.parallel)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range o.n {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			t0 := time.Now()
			c, err := dial(ctx, srv.addr, code, keys[i], srv.hostKey, o.rows, o.cols, i, tr)
			if err == nil {
				clients[i] = c
				err = c.join(ctx, fmt.Sprintf("deelnemer%04d", i+1))
			}
			times[i] = time.Since(t0)
			errs[i] = err
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	var (
		joined []*client
		ok     []time.Duration
		first  error
	)
	for i, err := range errs {
		switch {
		case err == nil:
			joined, ok = append(joined, clients[i]), append(ok, times[i])
		case clients[i] != nil:
			clients[i].close()
		}
		first = cmp.Or(first, err)
	}
	if first != nil {
		first = fmt.Errorf("%d of %d participants could not join; first: %w", o.n-len(joined), o.n, first)
	}
	return joined, ok, wall, first
}

// prefill has the facilitator add n notes to the second column.
func prefill(ctx context.Context, fac *client, n int) error {
	ideas := []string{
		"Hoe houden we tijd vrij voor collegiale consultatie in drukke periodes?",
		"Wie neemt het initiatief als een werkgroep stilvalt?",
		"Kunnen we elkaars lessen bezoeken zonder dat het als beoordeling voelt?",
		"Wat doen we met de uitkomsten van de leerlingenenquête?",
		"Hoe betrekken we nieuwe collega's bij de afspraken van vorig jaar?",
	}
	if n == 0 {
		return nil
	}
	if err := fac.send("\t"); err != nil {
		return err
	}
	for i := range n {
		off := fac.offset()
		if err := fac.send("n"); err != nil {
			return err
		}
		if err := fac.expect(ctx, off, markEditor, 30*time.Second); err != nil {
			return err
		}
		off = fac.offset()
		if err := fac.send(ideas[i%len(ideas)] + "\r"); err != nil {
			return err
		}
		if err := fac.expect(ctx, off, fmt.Sprintf("Vragen (%d)", i+1), 30*time.Second); err != nil {
			return err
		}
	}
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

func nproc() int { return runtime.NumCPU() }

// usage is the CPU used by the server, the harness and everything else on
// the machine during a phase.
type usage struct {
	srv                      *child
	start                    time.Time
	server, harness, machine time.Duration
}

func startUsage(srv *child) usage {
	return usage{srv: srv, start: time.Now(), server: srv.cpu(), harness: cpuTime(os.Getpid()), machine: machineCPU()}
}

// stop returns the usage since start, as text.
func (u usage) stop() string {
	wall := time.Since(u.start)
	server, harness := u.srv.cpu()-u.server, cpuTime(os.Getpid())-u.harness
	other := max(0, machineCPU()-u.machine-server-harness)
	return fmt.Sprintf("server %s, harness %s, other processes %s (of %d)",
		cores(server, wall), cores(harness, wall), cores(other, wall), nproc())
}

func pass(ok bool) string {
	if ok {
		return "PASS"
	}
	return "FAIL"
}
