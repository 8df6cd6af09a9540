package sessions

import (
	"fmt"
	"testing"
)

// BenchmarkViewFor500 is one connection's share of a change in a room of
// 500 people with 30 notes.
func BenchmarkViewFor500(b *testing.B) {
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
	snap := &Snapshot{State: s, Online: online}
	b.ReportAllocs()
	for b.Loop() {
		_ = ViewFor(snap, "key:p7")
	}
}
