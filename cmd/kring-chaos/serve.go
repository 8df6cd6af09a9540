package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	charmlog "github.com/charmbracelet/log"

	"kring/server"
	"kring/sessions"
)

// childFlag, as the first argument, runs the server side of the harness.
const childFlag = "-chaos-server"

// runChild runs a kring server with data in -data, listening on -listen. It
// prints "addr HOST:PORT" once it listens, and shuts down gracefully when
// its standard input closes (the harness stopped it, or died).
func runChild(args []string) int {
	fs := flag.NewFlagSet("child", flag.ExitOnError)
	dir := fs.String("data", "", "data directory")
	listen := fs.String("listen", "127.0.0.1:0", "address to listen on")
	verbose := fs.Bool("log", false, "log warnings to stderr")
	_ = fs.Parse(args)
	var logTo io.Writer = os.Stderr
	if !*verbose {
		logTo = io.Discard
		charmlog.SetOutput(io.Discard) // wish logs every program's end here
	}
	logger := slog.New(slog.NewTextHandler(logTo, &slog.HandlerOptions{Level: slog.LevelWarn}))
	// The writers, all from 127.0.0.1, type as fast as their screens let
	// them: lift the command rate per participant and the limits per
	// address on notes, new participants and new rooms. The connection limits'
	// defaults are enough for -writers ≤ 64.
	srv, err := server.New(server.Config{
		Listen:  *listen,
		DataDir: *dir,
		Hub: sessions.HubOptions{
			RatePerSecond: 1000, Burst: 1000,
			Addr: sessions.AddrLimits{
				NotesPerSecond: 1000, NoteBurst: 1000,
				JoinsPerSecond: 100, JoinBurst: 100,
				CreatesPerMinute: 600, CreateBurst: 100,
			},
		},
		Logger: logger,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "chaos server:", err)
		return 1
	}
	addr, err := srv.Listen()
	if err != nil {
		fmt.Fprintln(os.Stderr, "chaos server:", err)
		return 1
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		defer cancel()
		_, _ = io.Copy(io.Discard, os.Stdin)
	}()
	fmt.Printf("addr %s\n", addr)
	if err := srv.Serve(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "chaos server:", err)
		return 1
	}
	return 0
}
