package main

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"
)

// TestMain lets the test binary be the server child too, as the harness
// starts its own executable with childFlag.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == childFlag {
		os.Exit(runChild(os.Args[2:]))
	}
	os.Exit(m.Run())
}

// TestCrashLoop kills the server twice while two writers (one with a key,
// one keyless) add notes, and expects every acknowledged note in every
// export.
func TestCrashLoop(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills a server process")
	}
	o := options{cycles: 2, writers: 2, burst: 3, roomNotes: 1000, up: 300 * time.Millisecond, timeout: 25 * time.Second, seed: 7}
	var out bytes.Buffer
	rep, err := run(context.Background(), o, &out)
	if rep != nil {
		rep.print(&out)
	}
	t.Log(out.String())
	if err != nil {
		t.Fatal(err)
	}
	if rep.kills != 2 || rep.acked == 0 || rep.lost != 0 || rep.forgotten != 0 {
		t.Errorf("kills %d, acknowledged %d, lost %d, participants forgotten %d; want 2, > 0, 0, 0",
			rep.kills, rep.acked, rep.lost, rep.forgotten)
	}
	if rep.checks[offline].n != 2 || rep.checks[online].n != 2 {
		t.Errorf("checks: %d offline, %d online; want 2 each", rep.checks[offline].n, rep.checks[online].n)
	}
}
