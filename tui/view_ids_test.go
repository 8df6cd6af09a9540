package tui

import (
	"encoding/json"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"kring/sessions"
)

// idsTemplate is an agenda of the kinds that keep participant IDs: a
// round's order, a café's hosts and seats, groups, and work per group.
const idsTemplate = `name: ids
title: IDs
description: Wie wie is
activities:
  - kind: round
    title: Rondje
  - kind: cafe
    title: Café
    columns: [Tafel een, Tafel twee]
    rounds: 2
    minutes: 5
  - kind: groups
    title: Groepen
    min: 2
    max: 2
  - kind: brainstorm
    title: Per groep
    columns: [Links]
    per_group: true
  - kind: scale
    title: Schaal
    left: Nooit
    right: Altijd
`

// TestParticipantViewsHoldNoOtherIDs: at every step of a session through
// the kinds that keep participant IDs, a participant's marshalled View
// holds no other participant's ID and no console, and their screen shows
// no ID; a facilitator's View has the console with the IDs its commands
// take.
func TestParticipantViewsHoldNoOtherIDs(t *testing.T) {
	tpl, _, err := sessions.ParseTemplate("ids.yaml", []byte(idsTemplate))
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	first, err := sessions.NewRoomFrom(tpl, "K7Q4MX", "IDs", sessions.Dutch, propPeople[0].id, at)
	if err != nil {
		t.Fatal(err)
	}
	first.Seq = 1
	s := sessions.Apply(sessions.State{}, first)
	do := func(actor sessions.ParticipantID, cmd sessions.Command) {
		t.Helper()
		evs, err := sessions.Decide(s, actor, at, cmd)
		if err != nil {
			t.Fatalf("%T: %v", cmd, err)
		}
		for _, e := range evs {
			e.Seq = s.Seq + 1
			s = sessions.Apply(s, e)
		}
	}
	online := map[sessions.ParticipantID]int{}
	var ids []sessions.ParticipantID
	for _, p := range propPeople {
		do(p.id, sessions.Join{Name: p.name})
		online[p.id] = 1
		ids = append(ids, p.id)
	}
	owner, people := ids[0], ids[1:]
	r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii))
	st := NewStyles(r, true, false)
	check := func(step string) {
		t.Helper()
		snap := &sessions.Snapshot{State: s, Online: online}
		for _, viewer := range ids {
			checkViewIDs(t, st, step, snap, viewer, ids)
		}
	}
	check("round")
	do(owner, sessions.StartRound{Present: people, Seed: 1})
	do(owner, sessions.NextTurn{Delta: 1})
	check("round started")
	do(owner, sessions.Step{Delta: 1})
	do(owner, sessions.SetHost{Table: 0, Participant: people[0]})
	do(owner, sessions.StartCafe{Present: people, Seed: 2})
	check("café round 1")
	cafe := s.Agenda[s.Current]
	do(people[1], sessions.AddNote{Column: s.ColumnsOf(cafe.ID)[cafe.Plan.TableOf(people[1], 0)].ID, Text: "aan tafel"})
	do(owner, sessions.NextCafeRound{Present: people, Seed: 3})
	check("café round 2")
	do(owner, sessions.Step{Delta: 1})
	do(owner, sessions.FormGroups{Present: people, Seed: 4})
	do(owner, sessions.MoveMember{Participant: people[0], Group: s.GroupsOf(s.Agenda[s.Current].ID)[1].ID})
	check("groups")
	do(owner, sessions.Step{Delta: 1})
	do(people[2], sessions.AddNote{Column: s.ColumnsOf(s.Agenda[s.Current].ID)[0].ID, Text: "in de groep"})
	check("per group")
	do(owner, sessions.Step{Delta: 1})
	do(people[3], sessions.PlaceMark{Value: 2})
	check("scale")
}

// checkViewIDs checks viewer's View of snap and their screen at 80×24.
func checkViewIDs(t *testing.T, st *Styles, step string, snap *sessions.Snapshot, viewer sessions.ParticipantID, ids []sessions.ParticipantID) {
	t.Helper()
	v := sessions.ViewFor(snap, viewer)
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	m := New(Config{ID: viewer, Styles: st, Width: 80, Height: 24, Now: func() time.Time { return snap.State.Created }})
	m.screen = screenBoard
	m.setSnapshot(snap)
	screen := ansi.Strip(m.View())
	if !v.Facilitator {
		if v.Console != nil {
			t.Fatalf("%s: participant %s has a console: %+v", step, viewer, v.Console)
		}
		for _, id := range ids {
			if id != viewer && strings.Contains(string(raw), string(id)) {
				t.Fatalf("%s: participant %s's View holds %s: %s", step, viewer, id, raw)
			}
		}
	} else if c := v.Console; c == nil || len(c.People) != len(ids) || len(c.Present) != len(ids)-1 || slices.Contains(c.Present, viewer) {
		t.Fatalf("%s: the facilitator's console misses people or holds a facilitator as present: %+v", step, c)
	}
	for _, id := range ids {
		if strings.Contains(screen, string(id)) {
			t.Fatalf("%s: %s's screen shows the ID %s:\n%s", step, viewer, id, screen)
		}
	}
}

// TestOverviewCountsWhileOpen: the facilitator's View counts everyone's
// share only while the overview of who takes part is open, and the
// overview draws it.
func TestOverviewCountsWhileOpen(t *testing.T) {
	m := testBoard(t, 80, 24)
	if m.view.Console == nil || m.view.Console.Participation != nil {
		t.Fatalf("console before the overview: %+v", m.view.Console)
	}
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("W")})
	if got := len(m.console().Participation); got != 3 {
		t.Fatalf("participation while the overview is open: %d people, want 3", got)
	}
	if screen := ansi.Strip(m.View()); !regexp.MustCompile(`Anna +1 `).MatchString(screen) {
		t.Fatalf("the overview shows no share:\n%s", screen)
	}
}
