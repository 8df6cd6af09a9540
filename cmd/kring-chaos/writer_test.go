package main

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"
)

// TestKeylessWriterComesBack runs one keyless writer against a real server:
// it joins and writes, comes back with its rejoin code, and, when a kill
// has kept the code from it, joins again under another name.
func TestKeylessWriterComesBack(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server process")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	h := &harness{o: options{burst: 1}, dir: t.TempDir(), addr: "127.0.0.1:0",
		tr: newTracker(), epochs: newEpochs(), kicks: make(chan struct{}, 1)}
	if err := h.start(ctx); err != nil {
		t.Fatal(err)
	}
	defer h.srv.stop()
	var err error
	if h.fac, err = newKey(); err != nil {
		t.Fatal(err)
	}
	if err := h.newRoom(ctx); err != nil {
		t.Fatal(err)
	}
	room := h.rooms.current()
	w := &writer{h: h, rng: rand.New(rand.NewPCG(1, 1)),
		name: map[string]string{}, rejoin: map[string]string{}, seated: map[string]bool{}}

	// write until a note is acknowledged, then hang up
	write := func() {
		t.Helper()
		h.tr.restarted(time.Now())
		sctx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- w.session(sctx) }()
		select {
		case <-h.tr.firstAck():
		case err := <-done:
			t.Fatalf("session ended: %v", err)
		case <-ctx.Done():
			t.Fatal("no note acknowledged")
		}
		stop()
		<-done
	}
	write()
	code := w.rejoin[room]
	if code == "" {
		t.Fatal("no rejoin code learnt")
	}
	write() // with the code: the same participant
	if w.rejoin[room] != code || h.orphans.Load() != 0 || h.forgotten.Load() != 0 {
		t.Fatalf("rejoin code %q (was %q), %d orphans, %d forgotten", w.rejoin[room], code, h.orphans.Load(), h.forgotten.Load())
	}

	delete(w.rejoin, room) // as if a kill came before the code was shown
	if err := w.session(ctx); err == nil || h.orphans.Load() != 1 {
		t.Fatalf("session with the taken name: %v, %d orphans; want an error and 1", err, h.orphans.Load())
	}
	write() // under the new name
	if w.rejoin[room] == "" || w.rejoin[room] == code {
		t.Errorf("rejoin code after joining anew: %q (old %q)", w.rejoin[room], code)
	}
}
