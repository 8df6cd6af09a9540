// Command kring-chaos is kring's crash-loop harness. It runs a kring server
// as a child process on 127.0.0.1 and kills it with SIGKILL (kill -9) again
// and again, at random moments, while writers — real SSH clients with a
// PTY, some with a key and some keyless — keep adding notes. A note counts
// as acknowledged once it is on its author's screen. After every kill the
// harness reads the export of every room from the data directory the dead
// server left behind, and after every restart it asks the new server for
// the export over SSH: each acknowledged note must be in both.
//
//	go run ./cmd/kring-chaos -cycles 100 -writers 8
//
// Everything stays on loopback, is bounded in count and time (-cycles,
// -timeout), and the server is stopped when the harness ends.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// options are the harness's settings.
type options struct {
	cycles, writers, burst, roomNotes int
	up, timeout                       time.Duration
	seed                              uint64
	serverLog, keep                   bool
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == childFlag {
		os.Exit(runChild(os.Args[2:]))
	}
	var o options
	flag.IntVar(&o.cycles, "cycles", 20, "kill -9 cycles to run (at most 10000)")
	flag.IntVar(&o.writers, "writers", 4, "writers adding notes (at most 64); every second one is keyless")
	flag.IntVar(&o.burst, "burst", 5, "most notes a writer adds in one burst")
	flag.IntVar(&o.roomNotes, "room-notes", 1000, "start a new room once the current one has this many notes")
	flag.DurationVar(&o.up, "up", time.Second, "longest random wait before a kill, counted from the server's first acknowledged note")
	flag.DurationVar(&o.timeout, "timeout", 15*time.Minute, "deadline for the whole run")
	flag.Uint64Var(&o.seed, "seed", 1, "seed for the kill moments and the writers' bursts")
	flag.BoolVar(&o.serverLog, "serverlog", false, "show the server's warnings")
	flag.BoolVar(&o.keep, "keep", false, "keep the data directory (it is kept anyway when a note is lost)")
	flag.Parse()
	if err := o.validate(); err != nil {
		fmt.Fprintln(os.Stderr, "kring-chaos:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := run(ctx, o, os.Stdout)
	if rep != nil {
		rep.print(os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "kring-chaos:", err)
		os.Exit(1)
	}
	if rep.failed() {
		os.Exit(1)
	}
}

func (o options) validate() error {
	switch {
	case o.cycles < 1 || o.cycles > 10000:
		return fmt.Errorf("-cycles must be between 1 and 10000, not %d", o.cycles)
	case o.writers < 1 || o.writers > 64:
		return fmt.Errorf("-writers must be between 1 and 64, not %d", o.writers)
	case o.burst < 1 || o.burst > 100:
		return fmt.Errorf("-burst must be between 1 and 100, not %d", o.burst)
	case o.roomNotes < 1 || o.roomNotes > 1500:
		// A room holds at most 2000 notes; a cycle adds a few hundred.
		return fmt.Errorf("-room-notes must be between 1 and 1500, not %d", o.roomNotes)
	case o.up <= 0 || o.timeout <= 0:
		return fmt.Errorf("-up and -timeout must be positive")
	}
	return nil
}
