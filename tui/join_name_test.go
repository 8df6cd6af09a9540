package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// A name already taken sends the focus back to the name, so the name
// typed next is not taken for the function.
func TestNameTakenFocusesTheName(t *testing.T) {
	hub, room := internalRoom(t)
	for _, id := range []string{"key:SHA256:nieuw", "anon:nieuw"} {
		m := screenModel(t, hub, room, sessions.ParticipantID(id), screenJoin, 80, 24)
		m.join.focus()
		for _, r := range "anna" {
			press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		}
		press(m, tea.KeyMsg{Type: tea.KeyEnter}) // to the function
		press(m, tea.KeyMsg{Type: tea.KeyEnter}) // join: refused
		if m.join.focused != fieldName {
			t.Fatalf("%s: after the name was refused the focus is on field %d", id, m.join.focused)
		}
		if !strings.Contains(m.status, "al in gebruik") {
			t.Errorf("%s: status %q", id, m.status)
		}
	}
}

// A code of six characters with one no code has is a code no session has.
func TestLobbyExplainsACodeNoSessionHas(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "anon:x", screenLobby, 80, 24)
	if got := badCodeMessage(m, "k7q-4m0"); !strings.Contains(got, "Geen sessie heeft de code K7Q-4M0") {
		t.Errorf("six characters with a 0: %q", got)
	}
	if got := badCodeMessage(m, "hallo"); !strings.Contains(got, "zes tekens") {
		t.Errorf("not a code at all: %q", got)
	}
}
