package sessions

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// agenda is board(t) with a second brainstorm activity, hidden and
// anonymous with a cap of two notes, whose second column is locked.
func agenda(t *testing.T) State {
	t.Helper()
	s := board(t)
	s.Agenda = append(s.Agenda, Activity{ID: 2, Kind: KindBrainstorm, Title: "Stil", Privacy: Privacy{Hidden: true, Anonymous: true, NoteCap: 2}})
	s.Columns = append(s.Columns, Column{ID: 20, Activity: 2, Title: "Positief"}, Column{ID: 21, Activity: 2, Title: "Negatief", Locked: true})
	s.NextID = 30
	return s
}

func TestAgendaNeedsFacilitator(t *testing.T) {
	s := agenda(t)
	for _, cmd := range []Command{
		GoTo{Activity: 2}, Step{Delta: 1}, Reveal{Activity: 2}, LockColumn{Column: 21}, LockInput{Locked: true},
		SetFocus{ID: aliceNote}, TimerCmd{Op: TimerSet, D: time.Minute}, Grant{Participant: alice},
		Revoke{Participant: owner}, SetConfidential{Activity: 2, Confidential: true},
	} {
		if _, err := Decide(s, alice, t0, cmd); err != ErrNotFacilitator {
			t.Errorf("%T by a participant: err = %v, want ErrNotFacilitator", cmd, err)
		}
	}
}

func TestAgendaSteps(t *testing.T) {
	s := agenda(t)
	if _, err := Decide(s, owner, t0, Step{Delta: -1}); err != ErrNoActivity {
		t.Errorf("step before the first: %v", err)
	}
	s, _ = step(t, s, owner, SetFocus{ID: aliceNote})
	s, _ = step(t, s, owner, Step{Delta: 1})
	if a, _ := s.CurrentActivity(); a.ID != 2 || s.Focus != 0 {
		t.Fatalf("after step: activity %d focus %d", a.ID, s.Focus)
	}
	if _, err := Decide(s, owner, t0, Step{Delta: 1}); err != ErrNoActivity {
		t.Errorf("step past the last: %v", err)
	}
	if _, err := Decide(s, owner, t0, GoTo{Activity: 99}); err != ErrNoActivity {
		t.Errorf("go to unknown: %v", err)
	}
	s, _ = step(t, s, owner, GoTo{Activity: 1})
	if s.Current != 0 {
		t.Errorf("go to 1: current %d", s.Current)
	}
	// The earlier board stays readable but takes no notes once the room moved on.
	s, _ = step(t, s, owner, Step{Delta: 1})
	if _, err := Decide(s, alice, t0, AddNote{Column: 1, Text: "te laat"}); err != ErrNoColumn {
		t.Errorf("note into an earlier activity: %v", err)
	}
	if _, ok := s.Note(aliceNote); !ok {
		t.Error("earlier notes were lost")
	}
}

func TestBrainstormRules(t *testing.T) {
	s := agenda(t)
	s, _ = step(t, s, owner, Step{Delta: 1})
	if _, err := Decide(s, alice, t0, AddNote{Column: 21, Text: "negatief"}); err != ErrColumnLocked {
		t.Errorf("locked column: %v", err)
	}
	s, _ = step(t, s, alice, AddNote{Column: 20, Text: "een"})
	s, _ = step(t, s, alice, AddNote{Column: 20, Text: "twee"})
	if _, err := Decide(s, alice, t0, AddNote{Column: 20, Text: "drie"}); err != ErrNoteCap {
		t.Errorf("cap: %v", err)
	}
	s, _ = step(t, s, owner, LockColumn{Column: 21, Locked: false})
	s, _ = step(t, s, carol, Join{Name: "Carla"})
	s, _ = step(t, s, carol, AddNote{Column: 21, Text: "open nu"})

	s, _ = step(t, s, owner, LockInput{Locked: true})
	if _, err := Decide(s, carol, t0, AddNote{Column: 20, Text: "dicht"}); err != ErrInputLocked {
		t.Errorf("input locked: %v", err)
	}
	s, _ = step(t, s, owner, LockInput{Locked: false})

	s, _ = step(t, s, owner, TimerCmd{Op: TimerSet, D: time.Minute})
	s, _ = step(t, s, owner, TimerCmd{Op: TimerCloseAtEnd})
	s, _ = step(t, s, owner, TimerCmd{Op: TimerStart})
	if _, err := Decide(s, carol, t0.Add(2*time.Minute), AddNote{Column: 20, Text: "te laat"}); err != ErrTimeUp {
		t.Errorf("time up: %v", err)
	}
	if _, err := Decide(s, carol, t0.Add(30*time.Second), AddNote{Column: 20, Text: "op tijd"}); err != nil {
		t.Errorf("before zero: %v", err)
	}
	if _, err := Decide(s, owner, t0.Add(2*time.Minute), AddNote{Column: 20, Text: "begeleider"}); err != nil {
		t.Errorf("facilitator after zero: %v", err)
	}
}

func TestHiddenNotesNeverReachOthers(t *testing.T) {
	s := agenda(t)
	s, _ = step(t, s, owner, Step{Delta: 1})
	s, _ = step(t, s, alice, AddNote{Column: 20, Text: "geheim van Anna"})
	s, _ = step(t, s, bob, AddNote{Column: 20, Text: "geheim van Bram"})
	snap := &Snapshot{State: s, Online: map[ParticipantID]int{}}
	for _, viewer := range []ParticipantID{owner, bob, stranger} {
		v := ViewFor(snap, viewer)
		blob, _ := json.Marshal(v)
		if strings.Contains(string(blob), "geheim van Anna") {
			t.Errorf("%s's view contains Anna's hidden note", viewer)
		}
		if v.Columns[0].Hidden == 0 {
			t.Errorf("%s's view does not count the hidden notes", viewer)
		}
	}
	va := ViewFor(snap, alice)
	if len(va.Columns[0].Notes) != 1 || va.Columns[0].Notes[0].Text != "geheim van Anna" || va.Columns[0].Hidden != 1 {
		t.Errorf("Anna sees %+v (hidden %d), want only her own note and 1 hidden", va.Columns[0].Notes, va.Columns[0].Hidden)
	}
	s, _ = step(t, s, owner, Reveal{Activity: 2})
	v := ViewFor(&Snapshot{State: s}, bob)
	if len(v.Columns[0].Notes) != 2 || v.Columns[0].Hidden != 0 {
		t.Errorf("after reveal Bram sees %d notes, %d hidden", len(v.Columns[0].Notes), v.Columns[0].Hidden)
	}
}

func TestAnonymousActivityShowsNoAuthor(t *testing.T) {
	s := agenda(t)
	s, _ = step(t, s, owner, Step{Delta: 1})
	s, _ = step(t, s, alice, AddNote{Column: 20, Text: "anoniem punt"})
	s, _ = step(t, s, owner, Reveal{Activity: 2})
	for _, viewer := range []ParticipantID{owner, alice, bob} {
		v := ViewFor(&Snapshot{State: s}, viewer)
		for _, n := range v.Columns[0].Notes {
			if n.Author != "" {
				t.Errorf("%s sees author %q on an anonymous note", viewer, n.Author)
			}
		}
	}
}

func TestRolesHandOver(t *testing.T) {
	s := agenda(t)
	if _, err := Decide(s, owner, t0, Grant{Participant: bob}); err != ErrKeylessRole {
		t.Errorf("grant to keyless: %v", err)
	}
	if _, err := Decide(s, owner, t0, Grant{Participant: stranger}); err != ErrNoParticipant {
		t.Errorf("grant to stranger: %v", err)
	}
	s, _ = step(t, s, owner, Grant{Participant: alice})
	if !s.IsFacilitator(alice) {
		t.Fatal("grant did not make Anna facilitator")
	}
	// A co-facilitator steers, but cannot take the owner's role away.
	s, _ = step(t, s, alice, Step{Delta: 1})
	if _, err := Decide(s, alice, t0, Revoke{Participant: owner}); err != ErrOwner {
		t.Errorf("revoke owner: %v", err)
	}
	s, _ = step(t, s, owner, Revoke{Participant: alice})
	if s.IsFacilitator(alice) {
		t.Error("revoke left Anna facilitator")
	}
	if evs, err := Decide(s, owner, t0, Revoke{Participant: alice}); err != nil || len(evs) != 0 {
		t.Errorf("revoking twice: %v %v", evs, err)
	}
}

func TestFocusAndConfidential(t *testing.T) {
	s := agenda(t)
	if _, err := Decide(s, owner, t0, SetFocus{ID: 999}); err != ErrNoNote {
		t.Errorf("focus unknown: %v", err)
	}
	s, _ = step(t, s, owner, SetFocus{ID: aliceNote})
	if v := ViewFor(&Snapshot{State: s}, bob); v.Focus != aliceNote {
		t.Errorf("focus in view = %d", v.Focus)
	}
	s, _ = step(t, s, owner, SetConfidential{Activity: 2, Confidential: true})
	if a, _ := s.Activity(2); !a.Confidential {
		t.Error("not confidential")
	}
}

func TestNextActivityOnlyForFacilitators(t *testing.T) {
	s := agenda(t)
	snap := &Snapshot{State: s}
	if v := ViewFor(snap, owner); v.Next == nil || v.Next.ID != 2 || v.Step != 1 || v.Steps != 2 {
		t.Errorf("facilitator view: next %+v step %d/%d", v.Next, v.Step, v.Steps)
	}
	if v := ViewFor(snap, alice); v.Next != nil {
		t.Error("participant sees what comes next")
	}
}

func TestParticipationOverview(t *testing.T) {
	s := agenda(t)
	snap := &Snapshot{State: s, Online: map[ParticipantID]int{alice: 1}}
	got := ParticipationIn(snap)
	if len(got) != 3 || got[1].Name != "Anna" || got[1].Count != 1 || !got[1].Online || got[0].Count != 0 || got[0].Online {
		t.Errorf("participation on the board: %+v", got)
	}
	s, _ = step(t, s, owner, Step{Delta: 1})
	for _, p := range ParticipationIn(&Snapshot{State: s}) {
		if p.Count != -1 {
			t.Errorf("anonymous activity shows a count for %s: %d", p.Name, p.Count)
		}
	}
}

// Only a facilitator shares the report; sharing twice changes nothing.
func TestPublish(t *testing.T) {
	s := fullRoom(t)
	if _, err := Decide(s, alice, t0, Publish{Published: true}); !errors.Is(err, ErrNotFacilitator) {
		t.Errorf("a participant publishes: %v", err)
	}
	s, evs := step(t, s, owner, Publish{Published: true})
	if len(evs) != 1 || !s.Published {
		t.Fatalf("publish: %d events, published %v", len(evs), s.Published)
	}
	if _, evs = step(t, s, owner, Publish{Published: true}); len(evs) != 0 {
		t.Errorf("publishing again made %d events", len(evs))
	}
	if s, _ = step(t, s, owner, Publish{}); s.Published {
		t.Error("withdrawing left it published")
	}
}
