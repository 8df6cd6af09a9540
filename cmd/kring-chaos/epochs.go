package main

import (
	"sync"
	"time"
)

// epochs tells when every connection that may have reached a killed server
// has ended. A writer enters the current epoch before it dials and leaves
// it once its connection is closed and everything it read is recorded.
// After a kill the harness starts a new epoch: no connection of the new
// one can reach the dead server, and once the old one is empty no
// acknowledgement from the dead server is still on its way.
type epochs struct {
	mu  sync.Mutex
	cur *sync.WaitGroup
}

func newEpochs() *epochs { return &epochs{cur: new(sync.WaitGroup)} }

// enter joins the current epoch; call Done on the result to leave it.
func (e *epochs) enter() *sync.WaitGroup {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.cur.Add(1)
	return e.cur
}

// advance starts a new epoch and waits, at most timeout, until the old one
// is empty. It reports whether it is.
func (e *epochs) advance(timeout time.Duration) bool {
	e.mu.Lock()
	old := e.cur
	e.cur = new(sync.WaitGroup)
	e.mu.Unlock()
	done := make(chan struct{})
	go func() {
		old.Wait()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(timeout):
		return false
	}
}
