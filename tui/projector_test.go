package tui

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"kring/sessions"
)

// monoModel is screenModel as a vt100 sees it: no colour, ASCII only.
func monoModel(t *testing.T, hub *sessions.Hub, room *sessions.Room, id sessions.ParticipantID) *Model {
	t.Helper()
	m := screenModel(t, hub, room, id, screenBoard, 80, 24)
	m.st = NewStyles(lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii)), true, true)
	m.board.boxes = map[noteKey][]string{}
	return m
}

// The note in focus is marked on every screen in words and with a border
// of its own, so it shows on a vt100 without colour; the projector shows
// it large, under the countdown in big digits.
func TestFocusShowsWithoutColour(t *testing.T) {
	hub, room := internalRoom(t)
	note := room.Snapshot().State.Notes[1]
	for _, cmd := range []sessions.Command{sessions.SetFocus{ID: note.ID}, sessions.TimerCmd{Op: sessions.TimerSet, D: 10 * time.Minute}} {
		if err := room.Do(t.Context(), "key:owner", cmd); err != nil {
			t.Fatal(err)
		}
	}
	anna := monoModel(t, hub, room, "key:p1")
	view := anna.View()
	if !strings.Contains(view, "> IN BESPREKING  "+note.Text) {
		t.Errorf("no banner names the note in focus:\n%s", view)
	}
	if !strings.Contains(view, "*  > IN BESPREKING") || !strings.Contains(view, "*****") {
		t.Errorf("the note in focus has no border of its own:\n%s", view)
	}
	fac := monoModel(t, hub, room, "key:owner")
	press(fac, keyOf("B"))
	view = fac.View()
	for _, want := range []string{"######      ######", "gepauzeerd", "Eén briefje van Anna", "— Anna"} {
		if !strings.Contains(view, want) {
			t.Errorf("the projector lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "Marieke") {
		t.Errorf("the projector shows the board instead of the note in focus:\n%s", view)
	}
}
