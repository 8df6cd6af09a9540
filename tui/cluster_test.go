package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// clusterRoom is the fase-3 room at its cluster, with two themes and one
// long note of Anna's in the first.
func clusterRoom(t *testing.T) (*Model, *sessions.Room, int, int, int) {
	t.Helper()
	hub, room, do := templateRoom(t, "leren-loont-het-langst-fase-3")
	do("key:owner", sessions.Step{Delta: 1})
	col := room.Snapshot().State.ColumnsOf(room.Snapshot().State.Agenda[1].ID)[0].ID
	do("key:anna", sessions.AddNote{Column: col, Text: longNote})
	do("key:owner", sessions.Step{Delta: 1})
	do("key:owner", sessions.AddTheme{Title: "Van elkaar leren"})
	do("key:owner", sessions.AddTheme{Title: "Tijd"})
	s := room.Snapshot().State
	first, second := s.Themes[0].ID, s.Themes[1].ID
	note := s.Notes[len(s.Notes)-1].ID
	do("key:owner", sessions.Assign{Note: note, Theme: first})
	return screenModel(t, hub, room, "key:owner", screenBoard, 80, 24), room, note, first, second
}

const longNote = "Collegiale consultatie elke maand, met een vaste maatjesgroep die bij elkaar in de klas kijkt en daarna samen nabespreekt wat opviel"

// keyOf is the key message of a key's name, a letter typed for any
// other name.
func keyOf(s string) tea.KeyMsg {
	named := map[string]tea.KeyType{"tab": tea.KeyTab, "enter": tea.KeyEnter, "right": tea.KeyRight, "left": tea.KeyLeft,
		"esc": tea.KeyEsc, "down": tea.KeyDown, "up": tea.KeyUp, "ctrl+s": tea.KeyCtrlS}
	if t, ok := named[s]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// Any note of a theme can be moved to another theme or out: the theme
// opens to show its notes in full at 80 columns, a moves the selected one
// through the picker that shows it, u takes it out.
func TestAnyNoteMovesBetweenThemes(t *testing.T) {
	m, room, note, _, second := clusterRoom(t)
	press(m, keyOf("tab"))
	press(m, keyOf("right"))
	view := m.View()
	flat := strings.Join(strings.Fields(view), " ")
	if !strings.Contains(view, "Thema ‘Van elkaar leren’") || !strings.Contains(flat, longNote) {
		t.Fatalf("the opened theme does not show its note in full:\n%s", view)
	}
	if !strings.Contains(view, "a naar thema") || !strings.Contains(view, "u uit thema") {
		t.Errorf("the bar does not offer to move the note:\n%s", view)
	}
	press(m, keyOf("a"))
	view = m.View()
	if m.board.mode != modePicker || !strings.Contains(view, "Collegiale consultatie") || !strings.Contains(view, "Tijd (0)") || strings.Contains(view, "Van elkaar leren (1)") {
		t.Fatalf("the picker does not offer the other theme with the note:\n%s", view)
	}
	press(m, keyOf("enter"))
	if got := themeOf(room, note); got != second {
		t.Fatalf("the note is in theme %d, want %d", got, second)
	}
	press(m, keyOf("esc"))
	// The themes are in the order of their counts: Tijd is first now, and
	// the theme that was open is still selected.
	press(m, keyOf("up"))
	press(m, keyOf("right"))
	press(m, keyOf("u"))
	if got := themeOf(room, note); got != 0 {
		t.Fatalf("u left the note in theme %d", got)
	}
	if !strings.Contains(m.View(), "Briefje uit het thema gehaald") {
		t.Errorf("no word that the note went out:\n%s", m.View())
	}
}

// u in the list of themes says how to choose a note, and takes none out.
func TestUngroupAsksToOpenTheTheme(t *testing.T) {
	m, room, note, first, _ := clusterRoom(t)
	press(m, keyOf("tab"))
	press(m, keyOf("u"))
	if got := themeOf(room, note); got != first {
		t.Errorf("u took a note out without choosing it")
	}
	if !strings.Contains(m.status, "Open eerst het thema") {
		t.Errorf("status %q", m.status)
	}
}

// themeOf is the theme note is in, 0 for none.
func themeOf(room *sessions.Room, note int) int {
	for _, th := range room.Snapshot().State.Themes {
		for _, n := range th.Notes {
			if n == note {
				return th.ID
			}
		}
	}
	return 0
}
