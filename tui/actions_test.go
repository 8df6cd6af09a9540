package tui

import (
	"strings"
	"testing"

	"kring/sessions"
)

// The action form's theme field offers the themes of the room's clusters:
// ↓ lists them, Enter fills one in, Esc comes back to the form as it was;
// typing a theme of one's own still works.
func TestActionThemeOffersTheClustersThemes(t *testing.T) {
	m, room, _, _, _ := clusterRoom(t)
	for range 2 {
		if err := room.Do(t.Context(), "key:owner", sessions.Step{Delta: 1}); err != nil {
			t.Fatal(err)
		}
	}
	m.refresh()
	press(m, keyOf("n"))
	press(m, keyOf("Samen kijken"))
	press(m, keyOf("tab"))
	press(m, keyOf("tab"))
	if view := m.View(); !strings.Contains(view, "↓ kiest uit 2 thema's") || !strings.Contains(view, "↓ thema kiezen") {
		t.Fatalf("the theme field does not offer the themes:\n%s", view)
	}
	press(m, keyOf("down"))
	view := m.View()
	if m.board.mode != modePicker || !strings.Contains(view, "Van elkaar leren") || !strings.Contains(view, "Tijd") {
		t.Fatalf("↓ did not list the themes:\n%s", view)
	}
	press(m, keyOf("esc"))
	if m.board.mode != modeForm || m.board.form.inputs[0].Value() != "Samen kijken" {
		t.Fatalf("Esc lost the form (mode %v)", m.board.mode)
	}
	press(m, keyOf("down"))
	press(m, keyOf("down"))
	press(m, keyOf("enter"))
	if m.board.mode != modeForm || m.board.form.inputs[2].Value() != m.view.ActionThemes[1] {
		t.Fatalf("the theme chosen is not filled in: %q (mode %v)", m.board.form.inputs[2].Value(), m.board.mode)
	}
	press(m, keyOf("ctrl+s"))
	acts := room.Snapshot().State.Actions
	if len(acts) != 1 || acts[0].Theme != m.view.ActionThemes[1] || acts[0].What != "Samen kijken" {
		t.Errorf("the action stored is %+v", acts)
	}
}
