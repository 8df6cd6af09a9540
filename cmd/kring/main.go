// Command kring is a facilitation server over SSH: participants join a live
// session with plain ssh, a facilitator drives it, and the board is
// exported as a report afterwards.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, errUsageShown) {
			fmt.Fprintln(os.Stderr, "kring:", err)
		}
		os.Exit(1)
	}
}

var errUsageShown = errors.New("usage shown")

// run dispatches a subcommand.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	lang := envLang()
	if len(args) == 0 {
		fmt.Fprint(stderr, text.T(lang, "usage"))
		return errUsageShown
	}
	switch args[0] {
	case "serve":
		return serve(ctx, args[1:], stdout, stderr)
	case "export":
		return export(args[1:], stdout, stderr)
	case "hostkey":
		return hostkey(args[1:], stdout, stderr)
	case "delete":
		return deleteRoom(args[1:], os.Stdin, stdout, stderr)
	case "erase":
		return erase(args[1:], stdout, stderr)
	case "doctor":
		return doctor(args[1:], stdout, stderr)
	case "restore":
		return restore(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, text.T(lang, "usage"))
		return nil
	}
	fmt.Fprint(stderr, text.T(lang, "unknown", args[0]))
	fmt.Fprint(stderr, text.T(lang, "usage"))
	return errUsageShown
}
