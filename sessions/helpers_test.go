package sessions

import (
	"strings"
	"testing"
	"time"
)

// Fixtures shared by the sessions tests.

var t0 = time.Date(2025, time.March, 14, 9, 30, 0, 0, time.UTC)

const (
	testCode = "K7Q4MX"

	owner    ParticipantID = "key:SHA256:owner-fingerprint"
	alice    ParticipantID = "key:SHA256:alice-fingerprint"
	bob      ParticipantID = "anon:bob-random-id"
	carol    ParticipantID = "key:SHA256:carol-fingerprint"
	stranger ParticipantID = "key:SHA256:stranger-fingerprint"
)

// bobRejoin is the hash of keyless Bob's rejoin code.
var bobRejoin = HashRejoin("ACDE3467")

// newState creates a room owned by owner, applied as event 1.
func newState(t testing.TB, lang Lang) State {
	t.Helper()
	e, err := NewRoom(testCode, "Studiedag", lang, owner, t0)
	if err != nil {
		t.Fatalf("NewRoom: %v", err)
	}
	e.Seq = 1
	return Apply(State{}, e)
}

// step decides cmd, numbers its events after s.Seq and applies them. It
// fails the test on a refusal.
func step(t testing.TB, s State, actor ParticipantID, cmd Command) (State, []Event) {
	t.Helper()
	evs, err := Decide(s, actor, t0, cmd)
	if err != nil {
		t.Fatalf("Decide(%T%+v) by %s: %v", cmd, cmd, actor, err)
	}
	return applyAll(s, evs), evs
}

// applyAll numbers evs after s.Seq and applies them in order.
func applyAll(s State, evs []Event) State {
	for i := range evs {
		evs[i].Seq = s.Seq + 1
		s = Apply(s, evs[i])
	}
	return s
}

// board is a room in Dutch with three people and two notes:
//   - owner (facilitator) joined as "Fenna"
//   - alice joined as "Anna", leerkracht; her note 3 is in column 1
//   - bob (keyless) joined as "Bram"; his note 4 is in column 2
func board(t testing.TB) State {
	t.Helper()
	s := newState(t, Dutch)
	s, _ = step(t, s, owner, Join{Name: "Fenna", Function: "IB'er"})
	s, _ = step(t, s, alice, Join{Name: "Anna", Function: "leerkracht"})
	s, _ = step(t, s, bob, Join{Name: "Bram", RejoinHash: bobRejoin})
	s, _ = step(t, s, alice, AddNote{Column: 1, Text: "Meer tijd voor overleg"})
	s, _ = step(t, s, bob, AddNote{Column: 2, Text: "Wie plant de groepsbespreking?"})
	return s
}

const (
	aliceNote = 3
	bobNote   = 4
)

func repeatRune(r rune, n int) string { return strings.Repeat(string(r), n) }

// payload returns e's payload as a P, failing the test when it is not.
func payload[P Payload](t testing.TB, e Event) P {
	t.Helper()
	p, ok := e.Data.(P)
	if !ok {
		t.Fatalf("event %+v does not carry a %T", e, p)
	}
	return p
}

// roomOf is the state of a new room from template tpl, owned by owner.
func roomOf(t testing.TB, tpl *Template) State {
	t.Helper()
	e, err := NewRoomFrom(tpl, testCode, "", Dutch, owner, t0)
	if err != nil {
		t.Fatal(err)
	}
	e.Seq = 1
	return Apply(State{}, e)
}
