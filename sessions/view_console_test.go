package sessions

import (
	"slices"
	"testing"
)

// TestConsoleOnlyForFacilitators: a facilitator's View carries the agenda,
// the people with their IDs, who is present and everyone's participation;
// a participant's View carries none of it, nor their rejoin code's hash.
func TestConsoleOnlyForFacilitators(t *testing.T) {
	s := agenda(t)
	s, _ = step(t, s, owner, Step{Delta: 1})
	snap := &Snapshot{State: s, Online: map[ParticipantID]int{owner: 1, alice: 2, bob: 1, stranger: 1}}
	v := ViewWith(snap, owner, Lens{Participation: true})
	c := v.Console
	if c == nil {
		t.Fatal("the facilitator's View has no console")
	}
	if len(c.Agenda) != 2 || c.Agenda[1] != (AgendaItem{ID: 2, Title: "Stil", Kind: KindBrainstorm}) {
		t.Errorf("agenda = %+v", c.Agenda)
	}
	if len(v.Earlier) != 1 || v.Earlier[0].ID != 1 {
		t.Errorf("earlier = %+v", v.Earlier)
	}
	if len(c.People) != len(s.Participants) {
		t.Fatalf("people = %+v", c.People)
	}
	for i, h := range c.People {
		p := s.Participants[i]
		if h.ID != p.ID || h.Name != p.Name || h.Keyed == p.ID.Keyless() || h.Facilitator != s.IsFacilitator(p.ID) {
			t.Errorf("handle %d = %+v for %+v", i, h, p)
		}
	}
	// Present: joined, online, not facilitating — a stranger online
	// without joining is nobody to seat.
	if !slices.Equal(c.Present, []ParticipantID{alice, bob}) {
		t.Errorf("present = %v", c.Present)
	}
	if !slices.Equal(c.Participation, ParticipationIn(snap)) {
		t.Errorf("participation = %+v, want %+v", c.Participation, ParticipationIn(snap))
	}
	for _, p := range c.Participation {
		if p.Count != -1 {
			t.Errorf("a count per person in an anonymous activity: %+v", p)
		}
	}
	if v := ViewFor(snap, owner); v.Console.Participation != nil {
		t.Errorf("participation counted while nobody looks: %+v", v.Console.Participation)
	}
	for _, viewer := range []ParticipantID{alice, bob, stranger} {
		v := ViewWith(snap, viewer, Lens{Participation: true})
		if v.Console != nil || v.Me.RejoinHash != "" {
			t.Errorf("%s's View: console %+v, rejoin hash %q", viewer, v.Console, v.Me.RejoinHash)
		}
		if len(v.Earlier) != 1 {
			t.Errorf("%s cannot look back: %+v", viewer, v.Earlier)
		}
	}
}

// TestViewNote finds the viewer's notes by id, and only those.
func TestViewNote(t *testing.T) {
	s := board(t)
	v := ViewFor(&Snapshot{State: s}, alice)
	if n, ok := v.Note(aliceNote); !ok || n.ID != aliceNote {
		t.Errorf("Note(%d) = %+v, %v", aliceNote, n, ok)
	}
	if _, ok := v.Note(999); ok {
		t.Error("found a note that is not there")
	}
}
