package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// The logboek's share dialog fits 80×24 whole, its border included.
func TestShareDialogFits80x24(t *testing.T) {
	ctx := t.Context()
	hub := sessions.NewHub(sessions.NewMemStore(), sessions.HubOptions{RatePerSecond: 1e6, Burst: 1e6})
	t.Cleanup(hub.Close)
	ts, _ := sessions.LoadTemplates("")
	code, _ := hub.Create(ctx, "key:owner", "Logboek", sessions.Dutch, ts["logboek"])
	room, _ := hub.Room(ctx, code)
	_ = room.Do(ctx, "key:owner", sessions.Join{Name: "Marieke"})
	_ = room.Do(ctx, "key:anna", sessions.Join{Name: "Anna"})
	for _, a := range room.Snapshot().State.Agenda {
		if a.Kind == sessions.KindQuadrant {
			_ = room.Do(ctx, "key:owner", sessions.GoTo{Activity: a.ID})
		}
	}
	m := screenModel(t, hub, room, "key:anna", screenBoard, 80, 24)
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("s")})
	view := m.View()
	if !strings.Contains(view, "samen 100") || !strings.Contains(view, "╮") || !strings.Contains(view, "╯") {
		t.Errorf("the share dialog is cut at 80×24:\n%s", view)
	}
}
