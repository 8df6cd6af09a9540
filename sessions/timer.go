package sessions

import "time"

// Timer is the room's countdown. It is a value: the remaining time is
// derived from the clock, so nothing needs to tick on the server.
type Timer struct {
	// Total is the length the countdown was set to; zero means no timer.
	Total time.Duration `json:"total,omitempty"`
	// Left is what remained when the timer was last paused or set.
	Left time.Duration `json:"left,omitempty"`
	// Started is when the timer was last started; zero while paused.
	Started time.Time `json:"started,omitzero"`
	// CloseAtZero closes input when the countdown reaches zero.
	CloseAtZero bool `json:"close_at_zero,omitempty"`
}

// Presets are the timer lengths offered with one key.
var Presets = []time.Duration{3 * time.Minute, 5 * time.Minute, 10 * time.Minute, 20 * time.Minute}

// MaxTimer bounds a countdown.
const MaxTimer = 4 * time.Hour

// Set returns a paused timer of d.
func (t Timer) Set(d time.Duration) Timer {
	d = min(max(d, 0), MaxTimer)
	return Timer{Total: d, Left: d, CloseAtZero: t.CloseAtZero}
}

// Running reports whether the timer counts down.
func (t Timer) Running() bool { return !t.Started.IsZero() }

// Remaining is the time left at now, never below zero.
func (t Timer) Remaining(now time.Time) time.Duration {
	left := t.Left
	if t.Running() {
		left -= now.Sub(t.Started)
	}
	return max(left, 0)
}

// Expired reports whether a set timer has reached zero at now.
func (t Timer) Expired(now time.Time) bool {
	return t.Total > 0 && t.Remaining(now) == 0
}

// Start returns the timer counting down from now.
func (t Timer) Start(now time.Time) Timer {
	if t.Running() || t.Total == 0 || t.Expired(now) {
		return t
	}
	t.Started = now
	return t
}

// Pause returns the timer stopped at what remains at now.
func (t Timer) Pause(now time.Time) Timer {
	if !t.Running() {
		return t
	}
	t.Left, t.Started = t.Remaining(now), time.Time{}
	return t
}

// Reset returns the timer back at its full length, paused.
func (t Timer) Reset() Timer { return t.Set(t.Total) }

// Add returns the timer with d more time; an expired timer is paused at d.
func (t Timer) Add(now time.Time, d time.Duration) Timer {
	if t.Total == 0 {
		return t.Set(d)
	}
	if t.Running() {
		t = t.Pause(now)
		t.Left = min(t.Left+d, MaxTimer)
		t.Total = min(t.Total+d, MaxTimer)
		return t.Start(now)
	}
	t.Left = min(t.Left+d, MaxTimer)
	t.Total = min(t.Total+d, MaxTimer)
	return t
}
