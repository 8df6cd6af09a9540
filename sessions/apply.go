package sessions

import (
	"slices"
	"time"
)

// Apply returns the state after e: e's payload applies itself. It never
// modifies the slices of s: the parts that change are copied, so earlier
// states stay valid snapshots. Events that no longer fit the state (a note
// already gone), and events read from the log that this server cannot
// apply, are skipped, which keeps replay total.
func Apply(s State, e Event) State {
	s.Seq = e.Seq
	active := s.Active
	if e.Data != nil {
		s = e.Data.apply(s, e)
	}
	// The last change is the latest time seen: an anonymous note's event
	// carries its activity's start, which may lie before.
	for _, t := range []time.Time{active, e.At} {
		if t.After(s.Active) {
			s.Active = t
		}
	}
	return s
}

// Replay folds a log into a state.
func Replay(events []Event) State {
	var s State
	for _, e := range events {
		s = Apply(s, e)
	}
	return s
}

// update returns a copy of xs with element i changed by f; xs itself is
// left alone. An index below zero returns xs unchanged.
func update[T any](xs []T, i int, f func(*T)) []T {
	if i < 0 {
		return xs
	}
	out := slices.Clone(xs)
	f(&out[i])
	return out
}
