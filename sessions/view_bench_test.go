package sessions

import (
	"fmt"
	"testing"
)

// BenchmarkViewFor500 is one connection's share of a change in a room of
// 500 people with 30 notes.
func BenchmarkViewFor500(b *testing.B) {
	snap := benchRoom(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = ViewFor(snap, "key:p7")
	}
}

// BenchmarkViewFor500Facilitator is the facilitator's connection's share
// of the same change: the console's part of the View comes on top.
func BenchmarkViewFor500Facilitator(b *testing.B) {
	snap := benchRoom(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = ViewFor(snap, owner)
	}
}

// BenchmarkViewFor500OtherLanguage is the share of a participant who
// reads the room in its other language: the agenda's texts are looked up
// in it first.
func BenchmarkViewFor500OtherLanguage(b *testing.B) {
	snap := benchRoom(b)
	s, _ := step(b, snap.State, "key:p7", ChooseLang{Lang: English})
	snap.State = s
	b.ReportAllocs()
	for b.Loop() {
		_ = ViewFor(snap, "key:p7")
	}
}

// benchRoom is a room of 500 people, all online, with 30 notes.
func benchRoom(b *testing.B) *Snapshot {
	s := newState(b, Dutch)
	online := map[ParticipantID]int{}
	for i := range 500 {
		id := ParticipantID(fmt.Sprintf("key:p%d", i))
		s, _ = step(b, s, id, Join{Name: fmt.Sprintf("Deelnemer %d", i), Function: "leerkracht"})
		online[id] = 1
		if i < 30 {
			s, _ = step(b, s, id, AddNote{Column: 1 + i%2, Text: "Een briefje"})
		}
	}
	return &Snapshot{State: s, Online: online}
}
