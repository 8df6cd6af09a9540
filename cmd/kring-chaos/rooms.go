package main

import "sync"

// rooms are the codes of the rooms created so far; the newest is the one
// writers join.
type rooms struct {
	mu    sync.Mutex
	codes []string
}

func (r *rooms) add(code string) {
	r.mu.Lock()
	r.codes = append(r.codes, code)
	r.mu.Unlock()
}

func (r *rooms) current() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.codes[len(r.codes)-1]
}

func (r *rooms) all() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.codes...)
}
