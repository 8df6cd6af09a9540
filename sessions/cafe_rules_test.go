package sessions

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// cafeRoom is the wereldcafe template cut to three tables with nine
// participants (p1…p9) and the facilitator, at the café activity.
func cafeRoom(t *testing.T) (State, []ParticipantID) {
	t.Helper()
	s := fromTemplate(t, "wereldcafe")
	var people []ParticipantID
	for i := 1; i <= 9; i++ {
		id := ParticipantID(fmt.Sprintf("key:p%d", i))
		s, _ = step(t, s, id, Join{Name: fmt.Sprintf("Deelnemer %d", i)})
		people = append(people, id)
	}
	s, _ = step(t, s, owner, Step{Delta: 1})
	cols := s.ColumnsOf(2)
	s, _ = step(t, s, owner, RemoveColumn{Column: cols[3].ID})
	return s, people
}

func TestCafeRounds(t *testing.T) {
	s, people := cafeRoom(t)
	if _, err := Decide(s, people[0], t0, StartCafe{Present: people}); err != ErrNotFacilitator {
		t.Errorf("participant starts the café: %v", err)
	}
	if _, err := Decide(s, people[0], t0, AddNote{Column: s.ColumnsOf(2)[0].ID, Text: "te vroeg"}); err != ErrCafeNotStarted {
		t.Errorf("note before the start: %v", err)
	}
	hosts := people[:3]
	for i, h := range hosts {
		s, _ = step(t, s, owner, SetHost{Table: i, Participant: h})
	}
	s, _ = step(t, s, owner, ConfigureCafe{Rounds: 3, Minutes: 15})
	s, _ = step(t, s, owner, StartCafe{Present: people, Seed: 1})
	if !s.Timer.Running() || s.Timer.Total != 15*time.Minute {
		t.Errorf("round timer = %+v, want 15 minutes running", s.Timer)
	}
	if _, err := Decide(s, owner, t0, SetHost{Table: 0, Participant: people[5]}); err != ErrCafeStarted {
		t.Errorf("host change after the start: %v", err)
	}
	cols := s.ColumnsOf(2)
	seen := map[ParticipantID]map[int]bool{}
	for round := 0; round < 3; round++ {
		a, _ := s.CurrentActivity()
		for _, p := range people {
			v := ViewFor(&Snapshot{State: s}, p)
			tbl := v.Cafe.Table
			if tbl < 0 || len(v.Columns) != 1 || v.Columns[0].ID != cols[tbl].ID {
				t.Fatalf("round %d: %s at table %d sees columns %+v", round, p, tbl, v.Columns)
			}
			for i, h := range hosts {
				if p == h && tbl != i {
					t.Errorf("host %s moved to table %d in round %d", p, tbl, round)
				}
			}
			if seen[p] == nil {
				seen[p] = map[int]bool{}
			}
			if seen[p][tbl] && !isHost(hosts, p) {
				t.Errorf("%s back at table %d in round %d", p, tbl, round)
			}
			seen[p][tbl] = true
			s, _ = step(t, s, p, AddNote{Column: cols[tbl].ID, Text: fmt.Sprintf("%s in ronde %d", p, round+1)})
			other := cols[(tbl+1)%len(cols)].ID
			if _, err := Decide(s, p, t0, AddNote{Column: other, Text: "elders"}); err != ErrNotYourTable {
				t.Errorf("note at another table: %v", err)
			}
		}
		if a.Round != round {
			t.Fatalf("round = %d, want %d", a.Round, round)
		}
		s, _ = step(t, s, owner, NextCafeRound{Present: people, Seed: 2})
	}
	a, _ := s.CurrentActivity()
	if !a.Harvest() {
		t.Fatal("no harvest after the last round")
	}
	v := ViewFor(&Snapshot{State: s}, people[4])
	if len(v.Columns) != 3 || !v.Cafe.Harvest {
		t.Errorf("harvest shows %d tables", len(v.Columns))
	}
	var md bytes.Buffer
	if err := NewExport(s, exportedAt, false).WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"### Tafel 1", "### Tafel 2", "### Tafel 3", "(ronde 1)", "(ronde 3)"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("export lacks %q", want)
		}
	}
	if _, err := Decide(s, owner, t0, NextCafeRound{Present: people}); err != ErrNoActivity {
		t.Errorf("round after the harvest: %v", err)
	}
}

func TestCafeHostSeesWhatThePreviousRoundAdded(t *testing.T) {
	s, people := cafeRoom(t)
	s, _ = step(t, s, owner, SetHost{Table: 0, Participant: people[0]})
	s, _ = step(t, s, owner, StartCafe{Present: people, Seed: 3})
	col := s.ColumnsOf(2)[0].ID
	a, _ := s.CurrentActivity()
	guest := a.Plan.Seats[0][0][1]
	s, _ = step(t, s, guest, AddNote{Column: col, Text: "van de eerste groep"})
	s, _ = step(t, s, owner, NextCafeRound{Present: people, Seed: 4})
	v := ViewFor(&Snapshot{State: s}, people[0])
	if !v.Cafe.IsHost || len(v.Cafe.Added) != 1 || v.Cafe.Added[0].Text != "van de eerste groep" {
		t.Errorf("host overview = %+v", v.Cafe)
	}
	if len(v.Columns) != 1 || len(v.Columns[0].Notes) != 1 {
		t.Errorf("the table's board did not stay with the table: %+v", v.Columns)
	}
}

func TestCafeLateJoinerIsSeatedNextRound(t *testing.T) {
	s, people := cafeRoom(t)
	s, _ = step(t, s, owner, StartCafe{Present: people, Seed: 5})
	late := ParticipantID("key:late")
	s, _ = step(t, s, late, Join{Name: "Laatkomer"})
	if v := ViewFor(&Snapshot{State: s}, late); v.Cafe.Table != -1 || len(v.Columns) != 0 {
		t.Errorf("late joiner seated mid-round: %+v", v.Cafe)
	}
	leaver := people[8]
	present := append(append([]ParticipantID{}, people[:8]...), late)
	s, _ = step(t, s, owner, NextCafeRound{Present: present, Seed: 6})
	a, _ := s.CurrentActivity()
	if a.Plan.TableOf(late, 1) < 0 {
		t.Error("late joiner not seated in the next round")
	}
	if a.Plan.TableOf(leaver, 1) >= 0 {
		t.Error("leaver still seated")
	}
	sizes := map[int]bool{}
	for _, tbl := range a.Plan.Seats[1] {
		sizes[len(tbl)] = true
	}
	if len(sizes) > 2 {
		t.Errorf("table sizes after re-seating: %v", a.Plan.Seats[1])
	}
}

func isHost(hosts []ParticipantID, p ParticipantID) bool {
	for _, h := range hosts {
		if h == p {
			return true
		}
	}
	return false
}
