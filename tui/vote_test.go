package tui

import (
	"strings"
	"testing"

	"kring/sessions"
)

// In a vote a theme opens to show the notes in it, and Esc goes back to
// the list, where the vote keys work as before.
func TestVoteOpensATheme(t *testing.T) {
	m, room, _, _, _ := clusterRoom(t)
	if err := room.Do(t.Context(), "key:owner", sessions.Step{Delta: 1}); err != nil {
		t.Fatal(err)
	}
	m.refresh()
	view := m.View()
	if !strings.Contains(view, "Van elkaar leren  · 1 briefje") || !strings.Contains(view, "o lezen") {
		t.Fatalf("the vote does not offer to read a theme's notes:\n%s", view)
	}
	press(m, keyOf("o"))
	flat := strings.Join(strings.Fields(m.View()), " ")
	if !strings.Contains(flat, "Thema ‘Van elkaar leren’") || !strings.Contains(flat, longNote) {
		t.Fatalf("the opened theme does not show its note:\n%s", m.View())
	}
	press(m, keyOf(" "))
	if !strings.Contains(m.View(), "Jij gaf dit 1 stem: ●") {
		t.Errorf("a vote on the opened theme does not show:\n%s", m.View())
	}
	press(m, keyOf("esc"))
	if m.board.opened != 0 || !strings.Contains(m.View(), "Je hebt nog 2 van je 3 stemmen") {
		t.Errorf("Esc did not go back to the list:\n%s", m.View())
	}
}

// A vote on a café's notes says at which table, with its question, each
// note was written.
func TestCafeVoteShowsTheTable(t *testing.T) {
	hub, room, do := templateRoom(t, "wereldcafe")
	do("key:owner", sessions.Step{Delta: 1})
	s := room.Snapshot().State
	table := s.ColumnsOf(s.Agenda[1].ID)[1]
	do("key:owner", sessions.StartCafe{Present: []sessions.ParticipantID{"key:anna"}, Seed: 1})
	s = room.Snapshot().State
	act, _ := s.CurrentActivity()
	mine := s.ColumnsOf(act.ID)[act.Plan.TableOf("key:anna", 0)]
	do("key:anna", sessions.AddNote{Column: mine.ID, Text: "Een vast moment per week"})
	do("key:owner", sessions.Step{Delta: 1})
	m := screenModel(t, hub, room, "key:anna", screenBoard, 80, 24)
	if view := m.View(); !strings.Contains(view, "aan tafel: "+mine.Title) {
		t.Fatalf("the vote does not name the note's table %q (another is %q):\n%s", mine.Title, table.Title, view)
	}
}
