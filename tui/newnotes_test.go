package tui

import (
	"fmt"
	"strings"
	"testing"

	"kring/sessions"
)

// A column with more notes than fit tells a reader how many arrived out
// of sight since they looked, and o takes them to the first of those.
func TestNewNotesBelowTheFoldAreCounted(t *testing.T) {
	hub, room := internalRoom(t)
	add := func(n int, from int) {
		for i := range n {
			if err := room.Do(t.Context(), "key:p2", sessions.AddNote{Column: 1, Text: fmt.Sprintf("Punt %d van Bram", from+i)}); err != nil {
				t.Fatal(err)
			}
		}
	}
	add(6, 1)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	press(m, keyOf("g")) // Anna reads from the top
	if view := m.View(); strings.Contains(view, "nieuw hieronder") || !strings.Contains(view, "meer hieronder") {
		t.Fatalf("notes there before Anna looked count as new:\n%s", view)
	}
	add(3, 7)
	m.refresh()
	view := m.View()
	if !strings.Contains(view, "v 3 nieuw hieronder · o") {
		t.Fatalf("three notes out of sight are not counted:\n%s", view)
	}
	press(m, keyOf("o"))
	view = m.View()
	if !strings.Contains(view, "Punt 7 van Bram") || strings.Contains(view, "3 nieuw") {
		t.Errorf("o did not show the first new note:\n%s", view)
	}
	// Each screen drawn marks what it shows as seen, as bubbletea draws
	// after every key.
	for range 3 {
		press(m, keyOf("o"))
		m.View()
	}
	if !strings.Contains(m.status, "Geen nieuwe briefjes") {
		t.Errorf("after reading them all, o says %q", m.status)
	}
}

// A note that arrives just below the last one shown, its first line
// under the "more below" marker, is new too.
func TestNoteUnderTheMarkerIsNew(t *testing.T) {
	hub, room := internalRoom(t)
	for i := range 6 {
		if err := room.Do(t.Context(), "key:p1", sessions.AddNote{Column: 1, Text: fmt.Sprintf("Idee %d van Anna: samen in de klas kijken", i+1)}); err != nil {
			t.Fatal(err)
		}
	}
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	m.View()
	if err := room.Do(t.Context(), "key:p2", sessions.AddNote{Column: 1, Text: "Tijd voor collegiale consultatie"}); err != nil {
		t.Fatal(err)
	}
	m.refresh()
	if view := m.View(); !strings.Contains(view, "v 1 nieuw hieronder · o") {
		t.Errorf("the note under the marker is not counted:\n%s", view)
	}
}
