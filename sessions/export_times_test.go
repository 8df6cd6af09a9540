package sessions

import (
	"slices"
	"testing"
	"time"
)

func TestExportTimesFollowTheNextActivityStarted(t *testing.T) {
	s := runPhase3(t)
	at := t0
	for i := range s.Agenda {
		s.Agenda[i].Started = time.Time{}
	}
	set := func(i int, d time.Duration) { at = at.Add(d); s.Agenda[i].Started = at }
	set(0, 0)
	set(1, 10*time.Minute)
	set(3, 25*time.Minute) // the cluster (2) was skipped and done later
	set(2, 15*time.Minute)
	set(4, 5*time.Hour) // a later meeting
	x := NewExport(s, exportedAt, false)
	want := []time.Duration{10 * time.Minute, 25 * time.Minute, 0, 15 * time.Minute, 0}
	for i, a := range x.Activities {
		if got := a.Took(); got != want[i] {
			t.Errorf("activity %d (%s) took %v, want %v", i, a.Title, got, want[i])
		}
	}
	s.Agenda[2].Started = time.Time{}
	if took := NewExport(s, exportedAt, false).Activities[2].Took(); took != 0 {
		t.Errorf("an activity that never started took %v", took)
	}
}

func TestExportCountsVotersNotVotes(t *testing.T) {
	x := NewExport(runPhase3(t), exportedAt, false)
	// Anna voted once, Bram twice.
	if v := x.Activities[3].Voters; v != 2 {
		t.Errorf("voters = %d, want 2", v)
	}
	notes := x.Activities[1].Columns[0].Notes
	if len(notes) == 0 || !slices.Equal(notes[0].Themes, []string{"Van elkaar leren"}) {
		t.Errorf("the board's notes do not name their theme: %+v", notes)
	}
}

func TestExportCafeSeatingLeftOutWhenAnonymous(t *testing.T) {
	s, people := cafeRoom(t)
	s, _ = step(t, s, owner, SetHost{Table: 0, Participant: people[0]})
	s, _ = step(t, s, owner, StartCafe{Present: people, Seed: 1})
	x := NewExport(s, exportedAt, false)
	cafe := x.Activities[1].Cafe
	if cafe == nil || len(cafe.Tables) != 3 || cafe.Tables[0].Host != "Deelnemer 1" || len(cafe.Seats) != cafe.Rounds {
		t.Fatalf("café export = %+v", cafe)
	}
	if first := cafe.Seats[0][0]; len(first) == 0 || first[0] != "Deelnemer 1" {
		t.Errorf("table 1 of round 1 seats %v, host first", first)
	}
	s.Agenda = update(s.Agenda, 1, func(a *Activity) { a.Anonymous = true })
	if seats := NewExport(s, exportedAt, false).Activities[1].Cafe.Seats; seats != nil {
		t.Errorf("an anonymous café reports its seating: %v", seats)
	}
}
