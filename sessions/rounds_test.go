package sessions

import (
	"context"
	"fmt"
	"sync"
	"testing"
)

// phase3 is board(t) plus a cluster (1 → themes), a vote on its themes
// with 3 votes of at most 2 per item, a round and actions.
func phase3(t *testing.T) State {
	t.Helper()
	s := board(t)
	s.Agenda = append(s.Agenda,
		Activity{ID: 2, Kind: KindCluster, Title: "Thema's"},
		Activity{ID: 3, Kind: KindVote, Title: "Stemmen", VoteSettings: VoteSettings{Budget: 3, PerItem: 2}},
		Activity{ID: 4, Kind: KindRound, Title: "Rondje"},
		Activity{ID: 5, Kind: KindActions, Title: "Acties"},
	)
	s.NextActivity = 6
	return s
}

func TestClusterThemes(t *testing.T) {
	s := phase3(t)
	if _, err := Decide(s, owner, t0, AddTheme{Title: "Tijd"}); err != ErrWrongActivity {
		t.Errorf("theme outside a cluster: %v", err)
	}
	s, _ = step(t, s, owner, GoTo{Activity: 2})
	if _, err := Decide(s, alice, t0, AddTheme{Title: "Tijd"}); err != ErrNotFacilitator {
		t.Errorf("participant adds theme in a closed cluster: %v", err)
	}
	s, evs := step(t, s, owner, AddTheme{Title: "Tijd"})
	tijd := payload[ThemeAdded](t, evs[0]).Theme.ID
	s, evs = step(t, s, owner, AddTheme{Title: "Overleg"})
	overleg := payload[ThemeAdded](t, evs[0]).Theme.ID
	s, _ = step(t, s, owner, Assign{Note: aliceNote, Theme: tijd})
	s, _ = step(t, s, owner, Assign{Note: bobNote, Theme: overleg})
	if _, err := Decide(s, owner, t0, Assign{Note: 999, Theme: tijd}); err != ErrNoNote {
		t.Errorf("assign unknown note: %v", err)
	}
	s, _ = step(t, s, owner, MergeThemes{From: overleg, Into: tijd})
	stats := s.ThemeStats(2)
	if len(stats) != 1 || len(stats[0].Notes) != 2 || stats[0].People != 2 {
		t.Fatalf("after merge: %+v", stats)
	}
	v := ViewFor(&Snapshot{State: s}, alice)
	if len(v.Themes) != 1 || len(v.Themes[0].Notes) != 2 || len(v.Ungrouped) != 0 {
		t.Errorf("cluster view: themes %+v ungrouped %+v", v.Themes, v.Ungrouped)
	}
	s, _ = step(t, s, owner, Assign{Note: bobNote, Theme: 0})
	if v := ViewFor(&Snapshot{State: s}, alice); len(v.Ungrouped) != 1 {
		t.Errorf("unassigned note not ungrouped: %+v", v.Ungrouped)
	}
}

func TestVoteBudgetCapAndHiddenTotals(t *testing.T) {
	s := phase3(t)
	s, _ = step(t, s, owner, GoTo{Activity: 2})
	s, evs := step(t, s, owner, AddTheme{Title: "Tijd"})
	tijd := payload[ThemeAdded](t, evs[0]).Theme.ID
	s, evs = step(t, s, owner, AddTheme{Title: "Rooster"})
	rooster := payload[ThemeAdded](t, evs[0]).Theme.ID
	s, _ = step(t, s, owner, GoTo{Activity: 3})

	s, _ = step(t, s, alice, CastVote{Item: tijd})
	s, _ = step(t, s, alice, CastVote{Item: tijd})
	if _, err := Decide(s, alice, t0, CastVote{Item: tijd}); err != ErrItemCap {
		t.Errorf("third dot on one item: %v", err)
	}
	s, _ = step(t, s, alice, CastVote{Item: rooster})
	if _, err := Decide(s, alice, t0, CastVote{Item: rooster}); err != ErrNoVotesLeft {
		t.Errorf("past the budget: %v", err)
	}
	if _, err := Decide(s, alice, t0, CastVote{Item: aliceNote}); err != ErrNoItem {
		t.Errorf("vote on a note when voting on themes: %v", err)
	}
	s, _ = step(t, s, alice, RetractVote{Item: rooster})
	if _, err := Decide(s, alice, t0, RetractVote{Item: rooster}); err != ErrNoVote {
		t.Errorf("retract twice: %v", err)
	}
	s, _ = step(t, s, bob, CastVote{Item: rooster})
	s, _ = step(t, s, bob, CastVote{Item: rooster})

	v := ViewFor(&Snapshot{State: s}, alice)
	if v.Vote.Left != 1 {
		t.Errorf("Anna has %d votes left, want 1", v.Vote.Left)
	}
	for _, it := range v.Vote.Items {
		if it.Votes != 0 || it.Rank != 0 {
			t.Errorf("totals visible before closing: %+v", it)
		}
	}
	if _, err := Decide(s, alice, t0, CloseVote{}); err != ErrNotFacilitator {
		t.Errorf("participant closes vote: %v", err)
	}
	s, _ = step(t, s, owner, CloseVote{})
	if _, err := Decide(s, alice, t0, CastVote{Item: rooster}); err != ErrVoteClosed {
		t.Errorf("vote after close: %v", err)
	}
	v = ViewFor(&Snapshot{State: s}, alice)
	got := fmt.Sprint(v.Vote.Items)
	want := fmt.Sprint([]VoteItemView{{ID: tijd, Title: "Tijd", Mine: 2, Votes: 2, Rank: 1}, {ID: rooster, Title: "Rooster", Votes: 2, Rank: 1}})
	if got != want {
		t.Errorf("results:\ngot  %s\nwant %s (a tie shares rank 1)", got, want)
	}
}

func TestVoteOnNotesWhenNoCluster(t *testing.T) {
	s := board(t)
	s.Agenda = append(s.Agenda, Activity{ID: 2, Kind: KindVote, Title: "Stem"})
	s, _ = step(t, s, owner, Step{Delta: 1})
	s, _ = step(t, s, alice, CastVote{Item: bobNote})
	if r := s.Results(s.Agenda[1]); r[0].Item != bobNote || r[0].Votes != 1 || r[0].Title != "Wie plant de groepsbespreking?" {
		t.Errorf("results on notes: %+v", r)
	}
}

func TestVoteBudgetHoldsUnderConcurrency(t *testing.T) {
	store := NewMemStore()
	hub := NewHub(store, HubOptions{RatePerSecond: 1e6, Burst: 1e6})
	defer hub.Close()
	s := phase3(t)
	s.Themes = []Theme{{ID: 100, Activity: 2, Title: "A"}, {ID: 101, Activity: 2, Title: "B"}}
	s.Current = 2
	s.NextID = 200
	ctx := context.Background()
	if err := store.Create(ctx, RoomInfo{Code: testCode}, Event{Seq: s.Seq, Data: RoomCreated{Room: s}}); err != nil {
		t.Fatal(err)
	}
	room, err := hub.Room(ctx, testCode)
	if err != nil {
		t.Fatal(err)
	}
	voters := []ParticipantID{owner, alice, bob}
	var wg sync.WaitGroup
	for _, id := range voters {
		for g := range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_ = room.Do(ctx, id, CastVote{Item: 100 + g%2})
			}()
		}
	}
	wg.Wait()
	final := room.Snapshot().State
	for _, id := range voters {
		all, a := final.votesBy(id, 3, 100)
		_, b := final.votesBy(id, 3, 101)
		if all != 3 || a > 2 || b > 2 {
			t.Errorf("%s: %d votes (%d on A, %d on B), want exactly 3 and at most 2 per item", id, all, a, b)
		}
	}
}

func TestRoundOrderAndTurns(t *testing.T) {
	s := phase3(t)
	s, _ = step(t, s, owner, GoTo{Activity: 4})
	if _, err := Decide(s, owner, t0, StartRound{}); err != ErrNobodyPresent {
		t.Errorf("round with nobody: %v", err)
	}
	present := []ParticipantID{bob, alice, stranger}
	s, _ = step(t, s, owner, StartRound{Present: present})
	v := ViewFor(&Snapshot{State: s}, bob)
	if v.Round.Speaking != "Anna" || v.Round.Next != "Bram" || len(v.Round.Turns) != 2 {
		t.Errorf("joining order: speaking %q next %q turns %+v", v.Round.Speaking, v.Round.Next, v.Round.Turns)
	}
	s, _ = step(t, s, owner, NextTurn{Delta: 1})
	v = ViewFor(&Snapshot{State: s}, bob)
	if v.Round.Speaking != "Bram" || !v.Round.Turns[0].Done || !v.Round.Turns[1].Me {
		t.Errorf("after next: %+v", v.Round)
	}
	s, _ = step(t, s, owner, NextTurn{Delta: 1})
	if v = ViewFor(&Snapshot{State: s}, bob); v.Round.Speaking != "" {
		t.Errorf("after everyone: speaking %q", v.Round.Speaking)
	}
	a, _ := s.CurrentActivity()
	s1, _ := step(t, s, owner, StartRound{Present: []ParticipantID{owner, alice, bob}, Shuffle: true, Seed: 7})
	s2, _ := step(t, s, owner, StartRound{Present: []ParticipantID{owner, alice, bob}, Shuffle: true, Seed: 7})
	a1, _ := s1.CurrentActivity()
	if fmt.Sprint(a1.Order) != fmt.Sprint(s2.Agenda[s2.Current].Order) || len(a1.Order) != 3 || a.ID != a1.ID {
		t.Errorf("shuffle with the same seed differs: %v", a1.Order)
	}
	if _, err := Decide(s, alice, t0, NextTurn{Delta: 1}); err != ErrNotFacilitator {
		t.Errorf("participant moves the turn: %v", err)
	}
}

func TestActions(t *testing.T) {
	s := phase3(t)
	s, _ = step(t, s, owner, GoTo{Activity: 5})
	if _, err := Decide(s, alice, t0, AddAction{Item: ActionItem{What: "x"}}); err != ErrNotFacilitator {
		t.Errorf("participant adds action in a closed activity: %v", err)
	}
	if _, err := Decide(s, owner, t0, AddAction{Item: ActionItem{Owner: "Anna"}}); err != ErrEmptyText {
		t.Errorf("action without what: %v", err)
	}
	s, evs := step(t, s, owner, AddAction{Item: ActionItem{What: "Rooster\x1b[2J maken", Owner: "Anna", Until: "1 april", Result: "rooster", Account: "teamvergadering"}})
	id := payload[ActionAdded](t, evs[0]).Action.ID
	if a, _ := s.action(id); a.What != "Rooster maken" {
		t.Errorf("action text not cleaned: %q", a.What)
	}
	s, _ = step(t, s, owner, EditAction{Action: id, Item: ActionItem{What: "Rooster maken", Owner: "Bram"}})
	v := ViewFor(&Snapshot{State: s}, alice)
	if len(v.Actions) != 1 || v.Actions[0].Owner != "Bram" || v.Actions[0].CanChange {
		t.Errorf("actions view for Anna: %+v", v.Actions)
	}
	if _, err := Decide(s, alice, t0, DeleteAction{Action: id}); err != ErrNotYours {
		t.Errorf("participant deletes facilitator's action: %v", err)
	}
	s, _ = step(t, s, owner, DeleteAction{Action: id})
	if len(s.Actions) != 0 {
		t.Error("action not deleted")
	}
}
