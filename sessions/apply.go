package sessions

import "slices"

// Apply returns the state after e: e's payload applies itself. It never
// modifies the slices of s: the parts that change are copied, so earlier
// states stay valid snapshots. Events that no longer fit the state (a note
// already gone), and events read from the log that this server cannot
// apply, are skipped, which keeps replay total.
func Apply(s State, e Event) State {
	s.Seq = e.Seq
	if e.At.After(s.Active) {
		s.Active = e.At
	}
	if e.Data == nil {
		return s
	}
	return e.Data.apply(s, e)
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
