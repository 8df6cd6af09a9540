package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// The logboek's share dialog fits 80×24 whole, its border included.
func TestShareDialogFits80x24(t *testing.T) {
	hub, room, do := templateRoom(t, "logboek")
	for _, a := range room.Snapshot().State.Agenda {
		if a.Kind == sessions.KindQuadrant {
			do("key:owner", sessions.GoTo{Activity: a.ID})
		}
	}
	m := screenModel(t, hub, room, "key:anna", screenBoard, 80, 24)
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("s")})
	view := m.View()
	if !strings.Contains(view, "samen 100") || !strings.Contains(view, "╮") || !strings.Contains(view, "╯") {
		t.Errorf("the share dialog is cut at 80×24:\n%s", view)
	}
}
