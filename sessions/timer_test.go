package sessions

import (
	"testing"
	"time"
)

func TestTimerTransitions(t *testing.T) {
	t0 := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }

	var tm Timer
	if tm.Expired(t0) || tm.Running() {
		t.Fatal("zero timer must be neither running nor expired")
	}
	tm = tm.Set(5 * time.Minute)
	if tm.Running() || tm.Remaining(at(100)) != 5*time.Minute {
		t.Fatalf("set timer runs or lost time: %+v", tm)
	}
	tm = tm.Start(at(0))
	if got := tm.Remaining(at(60)); got != 4*time.Minute {
		t.Errorf("after 60s remaining = %v, want 4m", got)
	}
	tm = tm.Pause(at(60))
	if got := tm.Remaining(at(600)); got != 4*time.Minute {
		t.Errorf("paused timer moved: %v", got)
	}
	tm = tm.Add(at(600), time.Minute)
	if got := tm.Remaining(at(600)); got != 5*time.Minute {
		t.Errorf("after +1m remaining = %v, want 5m", got)
	}
	tm = tm.Start(at(600))
	tm = tm.Add(at(660), time.Minute)
	if got := tm.Remaining(at(660)); got != 5*time.Minute || !tm.Running() {
		t.Errorf("+1m while running: remaining %v running %v", got, tm.Running())
	}
	if !tm.Expired(at(660 + 300)) {
		t.Error("timer not expired at zero")
	}
	if got := tm.Remaining(at(10000)); got != 0 {
		t.Errorf("remaining below zero: %v", got)
	}
	if tm.Start(at(10000)).Started != tm.Started {
		t.Error("an expired timer restarted without a reset")
	}
	tm = tm.Reset()
	if tm.Running() || tm.Remaining(at(20000)) != tm.Total || tm.Total != 7*time.Minute {
		t.Errorf("reset: %+v", tm)
	}
	if got := (Timer{}).Set(100 * time.Hour).Total; got != MaxTimer {
		t.Errorf("timer not capped: %v", got)
	}
	if got := (Timer{}).Add(t0, 3*time.Minute); got.Total != 3*time.Minute || got.Running() {
		t.Errorf("adding to no timer: %+v", got)
	}
}

func TestMovingOnClearsTheTimer(t *testing.T) {
	s := fromTemplate(t, "retrospectief")
	s, _ = step(t, s, owner, TimerCmd{Op: TimerSet, D: time.Minute})
	s, _ = step(t, s, owner, TimerCmd{Op: TimerStart})
	if !s.Timer.Running() {
		t.Fatal("the timer does not run")
	}
	s, _ = step(t, s, owner, Step{Delta: 1})
	if s.Timer != (Timer{}) || s.Timer.Expired(t0.Add(time.Hour)) {
		t.Errorf("the timer of the previous activity goes on in the next: %+v", s.Timer)
	}
	// Replayed from the log after a restart, too.
	s2, _ := step(t, s, owner, GoTo{Activity: s.Agenda[0].ID})
	if s2.Timer != (Timer{}) {
		t.Errorf("GoTo kept a timer: %+v", s2.Timer)
	}
}

func TestAgreementInWords(t *testing.T) {
	for _, tc := range []struct {
		lang Lang
		w    float64
		want string
	}{
		{Dutch, 0.1, "weinig overeenstemming (W = 0,10)"},
		{Dutch, 0.45, "redelijke overeenstemming (W = 0,45)"},
		{Dutch, 1, "sterke overeenstemming (W = 1,00)"},
		{English, 0.1, "little agreement (W = 0.10)"},
		{English, 0.6, "strong agreement (W = 0.60)"},
	} {
		if got := Agreement(tc.lang, tc.w); got != tc.want {
			t.Errorf("Agreement(%s, %v) = %q, want %q", tc.lang, tc.w, got, tc.want)
		}
	}
}
