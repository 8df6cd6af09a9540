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

// The rejoin code's notice closes with the first key, and that key still
// does what it does: n starts a note at once.
func TestRejoinNoticeDoesNotEatTheFirstKey(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	m.rejoin = "ACDE3467"
	m.board.mode = modeRejoinInfo
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")})
	if m.board.mode != modeEditor {
		t.Errorf("after n on the rejoin notice the mode is %v, want the editor", m.board.mode)
	}
}

// q asks before leaving; n stays, j leaves with a goodbye that reminds a
// keyless participant of their rejoin code.
func TestLeaveAsksFirst(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	m.rejoin = "ACDE3467"
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	if m.board.mode != modeConfirm || !strings.Contains(m.View(), "De sessie verlaten?") || !strings.Contains(m.View(), "ACDE-3467") {
		t.Fatalf("q did not ask:\n%s", m.View())
	}
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")})
	if m.board.mode != modeNormal || m.exitMsg != "" {
		t.Fatalf("n did not stay (mode %v, exit %q)", m.board.mode, m.exitMsg)
	}
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")})
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")})
	if !strings.Contains(m.exitMsg, "Tot ziens") || !strings.Contains(m.exitMsg, "ACDE-3467") {
		t.Errorf("goodbye = %q", m.exitMsg)
	}
}

// On a terminal without colour an empty field's example cannot be taken
// for a filled-in value.
func TestPlaceholdersOnMonochromeAreMarked(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "anon:nieuw", screenJoin, 80, 24)
	m.st.Mono = true
	m.join = newJoin(m)
	m.join.focus()
	view := m.View()
	for _, want := range []string{"(leeg — bijv. ACDE-3467)", "(leeg — bijv. leerkracht, IB'er, directeur)"} {
		if !strings.Contains(view, want) {
			t.Errorf("the monochrome join form lacks %q:\n%s", want, view)
		}
	}
	c := screenModel(t, hub, room, "anon:nieuw", screenJoin, 80, 24)
	c.join.focus()
	if strings.Contains(c.View(), "(leeg") {
		t.Error("the colour join form marks its examples too")
	}
}
