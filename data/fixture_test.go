package data_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kring/data"
	"kring/sessions"
)

// The fixture is a data directory written by kring before its events were
// typed (December 2026): one session from every built-in template, walked
// through by five people. It must keep replaying to the same reports, so
// any change to how events are stored or applied is checked against what
// older servers wrote. Regenerate only on purpose, with
//
//	go test ./data -run TestFixture -update-fixture
var updateFixture = flag.Bool("update-fixture", false, "rewrite data/testdata/fixture-v1 from the current code")

// updateReports rewrites only the expected reports (*.md, *.json) from the
// committed database, for a change to what a report shows; the database
// itself, what older servers wrote, stays as it is:
//
//	go test ./data -run TestFixture -update-reports
var updateReports = flag.Bool("update-reports", false, "rewrite the fixture's expected reports, not its database")

const fixtureDir = "testdata/fixture-v1"

func TestFixtureReplaysToTheSameReports(t *testing.T) {
	if *updateFixture {
		writeFixture(t)
	}
	dir := t.TempDir()
	copyFile(t, filepath.Join(fixtureDir, "kring.db"), filepath.Join(dir, "kring.db"))
	s, err := data.Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
	ctx := context.Background()
	rooms, err := s.Rooms(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rooms) < 11 {
		t.Fatalf("the fixture holds %d rooms", len(rooms))
	}
	for _, info := range rooms {
		events, err := s.Load(ctx, info.Code)
		if err != nil {
			t.Fatal(err)
		}
		state := sessions.Replay(events)
		for _, format := range []string{"md", "json"} {
			got := exportOf(t, state, format)
			golden := filepath.Join(fixtureDir, info.Code+"."+format)
			if *updateFixture || *updateReports {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s (%s) exports differently from %s", info.Code, info.Title, golden)
			}
		}
	}
}

// fixtureTime is when every export of the fixture says it was made.
var fixtureTime = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

func exportOf(t *testing.T, s sessions.State, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	x := sessions.NewExport(s, fixtureTime, true)
	var err error
	if format == "json" {
		err = x.WriteJSON(&b)
	} else {
		err = x.WriteMarkdown(&b)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
}

// writeFixture walks a session of every built-in template through its
// agenda with five people and stores it in fixtureDir.
func writeFixture(t *testing.T) {
	t.Helper()
	if err := os.RemoveAll(fixtureDir); err != nil {
		t.Fatal(err)
	}
	s, err := data.Open(fixtureDir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { at = at.Add(7 * time.Second); return at }
	hub := sessions.NewHub(s, sessions.HubOptions{Now: clock, RatePerSecond: 1e6, Burst: 1e6})
	defer hub.Close()
	templates, errs := sessions.LoadTemplates("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	ctx := context.Background()
	owner := sessions.ParticipantID("key:SHA256:fixture-owner")
	people := []struct {
		id             sessions.ParticipantID
		name, function string
	}{
		{owner, "Marieke", "procesbegeleider"},
		{"key:SHA256:fixture-anna", "Anna", "leerkracht"},
		{"key:SHA256:fixture-bram", "Bram", "IB'er"},
		{"anon:fixture-zoe", "Zoë", "leerkracht"},
		{"key:SHA256:fixture-ozlem", "Özlem", "directeur"},
	}
	var ids []sessions.ParticipantID
	for _, p := range people {
		ids = append(ids, p.id)
	}
	for _, tpl := range templates.Sorted() {
		code, err := hub.Create(ctx, owner, "Fixture "+tpl.Name, sessions.Dutch, tpl)
		if err != nil {
			t.Fatal(err)
		}
		room, err := hub.Room(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		do := func(id sessions.ParticipantID, cmd sessions.Command) { _ = room.Do(ctx, id, cmd) }
		for _, p := range people {
			cmd := sessions.Join{Name: p.name, Function: p.function}
			if p.id.Keyless() {
				cmd.RejoinHash = sessions.HashRejoin("ACDE3467")
			}
			do(p.id, cmd)
		}
		for step, a := range room.Snapshot().State.Agenda {
			do(owner, sessions.GoTo{Activity: a.ID})
			do(owner, sessions.TimerCmd{Op: sessions.TimerSet, D: 5 * time.Minute})
			do(owner, sessions.TimerCmd{Op: sessions.TimerStart})
			do(owner, sessions.FormGroups{Present: ids, Seed: 1})
			do(owner, sessions.StartCafe{Present: ids[1:], Seed: 1})
			do(owner, sessions.StartRound{Present: ids, Seed: 1})
			rounds := 1
			if a.Kind == sessions.KindCafe {
				rounds = 3
			}
			for round := range rounds {
				cols := room.Snapshot().State.ColumnsOf(a.ID)
				for i, p := range people {
					for _, c := range cols {
						do(p.id, sessions.AddNote{Column: c.ID, Text: fmt.Sprintf("%s over %s (%d.%d)", p.name, c.Title, step+1, round+1)})
					}
					do(p.id, sessions.PlaceMark{Value: 10 + 20*i})
					do(p.id, sessions.SetShares{Pct: [4]int{40, 30, 20, 10}})
				}
				do(owner, sessions.NextCafeRound{Present: ids[1:], Seed: 1})
			}
			do(owner, sessions.Reveal{Activity: a.ID})
			do(owner, sessions.AddTheme{Title: "Samen leren"})
			do(owner, sessions.AddTheme{Title: "Tijd en rooster"})
			st := room.Snapshot().State
			for i, n := range st.Notes {
				do(owner, sessions.Assign{Note: n.ID, Theme: 1 + i%2})
			}
			for _, p := range people {
				for item := 1; item <= 12; item++ {
					do(p.id, sessions.CastVote{Item: item})
					do(p.id, sessions.MoveCard{Item: item, Delta: -1})
				}
			}
			do(owner, sessions.CloseVote{})
			do(owner, sessions.Compare{Show: true})
			do(owner, sessions.NextTurn{Delta: 1})
			do(owner, sessions.NextTurn{Delta: 1})
			do(owner, sessions.AddAction{Item: sessions.ActionItem{What: "Rooster aanpassen", Owner: "Bram", Theme: "Tijd en rooster", Until: "juni", Result: "elke maand een middag", Account: "in de teamvergadering"}})
		}
	}
}
