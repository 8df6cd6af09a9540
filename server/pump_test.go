package server

import (
	"context"
	"sync"
	"testing"
	"time"
)

// blockingWriter blocks every write until release is closed.
type blockingWriter struct{ release chan struct{} }

func (w blockingWriter) Write(b []byte) (int, error) {
	<-w.release
	return len(b), nil
}

// slowWriter takes a little while per write, as a slow but live client.
type slowWriter struct{ delay time.Duration }

func (w slowWriter) Write(b []byte) (int, error) {
	time.Sleep(w.delay)
	return len(b), nil
}

// runWatchdog starts a watchdog over w and returns a channel closed when
// it reports a stall.
func runWatchdog(t *testing.T, limit time.Duration, out *stallWriter) (*watchdog, <-chan struct{}) {
	t.Helper()
	stalled := make(chan struct{})
	var once sync.Once
	wd := newWatchdog(limit, out, func() { once.Do(func() { close(stalled) }) })
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go wd.run(ctx)
	return wd, stalled
}

func TestWatchdogBlockedWrite(t *testing.T) {
	t.Parallel()
	const limit = 50 * time.Millisecond
	bw := blockingWriter{release: make(chan struct{})}
	defer close(bw.release)
	out := newStallWriter(bw, nil)
	_, stalled := runWatchdog(t, limit, out)

	start := time.Now()
	go func() { _, _ = out.Write([]byte("frame")) }()
	select {
	case <-stalled:
	case <-time.After(5 * time.Second):
		t.Fatalf("a write blocked for 5s was not reported (limit %v)", limit)
	}
	if d := time.Since(start); d < limit {
		t.Errorf("stall reported after %v, before the limit of %v", d, limit)
	}
}

func TestWatchdogLeavesLiveClientAlone(t *testing.T) {
	t.Parallel()
	const limit = 200 * time.Millisecond
	out := newStallWriter(slowWriter{delay: 10 * time.Millisecond}, nil)
	_, stalled := runWatchdog(t, limit, out)

	// Many writes, each well within the limit, together longer than it.
	for range 30 {
		if _, err := out.Write([]byte("frame")); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case <-stalled:
		t.Fatalf("a client whose writes all finish within the limit was reported stalled")
	default:
	}
}

func TestWatchdogStalled(t *testing.T) {
	t.Parallel()
	const limit = time.Second
	now := time.Unix(1000, 0)
	ago := func(d time.Duration) int64 { return now.Add(-d).UnixNano() }
	tests := []struct {
		name    string
		writing int64
		want    bool
	}{
		{"idle", 0, false},
		{"write under the limit", ago(limit / 2), false},
		{"write at the limit", ago(limit), false},
		{"write over the limit", ago(limit + time.Millisecond), true},
	}
	for _, tt := range tests {
		out := newStallWriter(slowWriter{}, nil)
		wd := newWatchdog(limit, out, func() {})
		out.writing.Store(tt.writing)
		if got := wd.stalled(now); got != tt.want {
			t.Errorf("%s: stalled = %v, want %v", tt.name, got, tt.want)
		}
	}
}
