// Command kring-attack reruns the attacks of issue 7 against a real
// `kring serve` process on 127.0.0.1 with its default limits, and prints
// what was tried, what held and the figures, ending with a Markdown table.
//
//	go run ./cmd/kring-attack
//
// It builds ./cmd/kring into a temporary directory (or runs -kring), starts
// `kring serve --listen 127.0.0.1:0 --data TMPDIR` without any KRING_
// variable, reads the server's memory (VmRSS, VmHWM) and CPU time from
// /proc, and stops it at the end. Every loop is bounded in count and time,
// and -timeout bounds the whole run.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// options are the command's flags.
type options struct {
	kring     string
	timeout   time.Duration
	joinFlood time.Duration
	only      string
	keep      bool
}

// attack is one attack of issue 7, by its number there.
type attack struct {
	num int
	run func(context.Context, *env) (result, error)
}

func main() {
	var o options
	flag.StringVar(&o.kring, "kring", "", "kring binary to attack; empty: build ./cmd/kring")
	flag.DurationVar(&o.timeout, "timeout", 5*time.Minute, "deadline for the whole run")
	flag.DurationVar(&o.joinFlood, "join-flood", time.Minute, "how long the bots of attack 4 join (at most 10m)")
	flag.StringVar(&o.only, "only", "", "comma-separated attack numbers to run (default all: 1,2,3,8,5,6,4,7)")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary directory (server log and data)")
	flag.Parse()
	if o.timeout <= 0 || o.joinFlood <= 0 || o.joinFlood > 10*time.Minute {
		fmt.Fprintln(os.Stderr, "kring-attack: -timeout must be positive and -join-flood between 0 and 10m")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	ok, err := run(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kring-attack:", err)
		os.Exit(1)
	}
	if !ok {
		os.Exit(1)
	}
}

// attacks lists the attacks in the order they run: those that spend the
// address's joins and rejoin guesses last.
func (o options) attacks() []attack {
	all := []attack{
		{1, attackWindows}, {2, attackSilent}, {3, attackCaps}, {8, attackNames},
		{5, attackNotes}, {6, attackInput},
		{4, func(ctx context.Context, e *env) (result, error) { return attackJoins(ctx, e, o.joinFlood) }},
		{7, attackRejoin},
	}
	if o.only == "" {
		return all
	}
	var some []attack
	for _, a := range all {
		if slices.Contains(strings.Split(o.only, ","), strconv.Itoa(a.num)) {
			some = append(some, a)
		}
	}
	return some
}

// run starts the server, runs the attacks and prints the report. It
// reports whether every attack ran and was survived.
func run(ctx context.Context, o options) (bool, error) {
	dir, err := os.MkdirTemp("", "kring-attack-")
	if err != nil {
		return false, fmt.Errorf("temp dir: %w", err)
	}
	if o.keep {
		fmt.Printf("kept: %s\n", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	bin := o.kring
	if bin == "" {
		if bin, err = buildKring(ctx, dir); err != nil {
			return false, err
		}
	}
	srv, err := startServer(bin, dir)
	if err != nil {
		return false, err
	}
	defer srv.stop()
	fac, err := newKey()
	if err != nil {
		return false, err
	}
	e := &env{srv: srv, fac: fac}
	start, cpu0 := time.Now(), cpuOf(srv.pid())
	fmt.Printf("kring-attack: %s\n", strings.Join(os.Args, " "))
	fmt.Printf("machine: %s; load average %s\n", machine(), loadAverage())
	fmt.Printf("server: %s serve --listen 127.0.0.1:0 (got %s) --data %s, default limits, pid %d; %s\n\n",
		bin, srv.addr, filepath.Join(dir, "data"), srv.pid(), memoryOf(srv.pid()))
	results, ok := runAttacks(ctx, e, o.attacks())
	end := memoryOf(srv.pid())
	cpu := cpuOf(srv.pid()) - cpu0
	fmt.Printf("server at the end: %s; %s CPU in %s; load average %s\n", end, seconds(cpu), seconds(time.Since(start)), loadAverage())
	fmt.Printf("server log: %d errors, %d panics, %d fatal errors; in all: %s\n",
		srv.logCount("level=ERROR"), srv.logCount("panic"), srv.logCount("fatal error"), logDelta(nil, srv.logMessages()))
	fmt.Printf("server: %s\n\n", srv.stop())
	slices.SortStableFunc(results, func(a, b result) int { return cmp.Compare(a.name, b.name) })
	printTable(os.Stdout, results)
	return ok, nil
}

// runAttacks runs each attack and checks after it that the server still
// serves the lobby. It stops early when the server is gone or time is up.
func runAttacks(ctx context.Context, e *env, attacks []attack) ([]result, bool) {
	var results []result
	ok := true
	for _, a := range attacks {
		if ctx.Err() != nil {
			fmt.Printf("stopped before attack %d: %v\n", a.num, context.Cause(ctx))
			return results, false
		}
		fmt.Printf("attack %d …\n", a.num)
		started := time.Now()
		r, err := a.run(ctx, e)
		if r.name == "" {
			r.name = fmt.Sprintf("%d. attack", a.num)
		}
		if err != nil {
			r.odd = append(r.odd, "the attack did not finish: "+err.Error())
			r.unfinished, ok = true, false
		}
		if ctx.Err() != nil {
			// What a cut-off attack saw proves nothing either way.
			r.broken = ""
			r.odd = append(r.odd, "cut off: "+context.Cause(ctx).Error())
			r.unfinished, ok = true, false
		}
		if !e.srv.running() {
			r.broken = fmt.Sprintf("the server exited: %v", e.srv.waitErr)
		} else if took, err := e.lobby(ctx); err != nil && ctx.Err() == nil {
			r.broken = "the lobby is not served afterwards: " + err.Error()
		} else if err == nil {
			r.add("afterwards a new client got the lobby in %s (attack took %s)", seconds(took), seconds(time.Since(started)))
		}
		if r.broken != "" {
			ok = false
		}
		r.print(os.Stdout)
		results = append(results, r)
		if !e.srv.running() {
			return results, false
		}
	}
	return results, ok
}
