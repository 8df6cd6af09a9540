package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// D shares the report: the facilitator is told how participants fetch it,
// a participant on the board is told too, and D again withdraws it.
func TestPublishTellsEveryoneHowToFetchTheReport(t *testing.T) {
	hub, room := internalRoom(t)
	join := func(code string) string { return "ssh -p 2200 " + code + "@school.nl" }
	fac := screenModel(t, hub, room, "key:owner", screenBoard, 110, 32)
	anna := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	fac.cfg.JoinCommand, anna.cfg.JoinCommand = join, join

	press(fac, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("D")})
	if !room.Snapshot().State.Published {
		t.Fatal("D did not publish the report")
	}
	want := "ssh -p 2200 " + room.Code() + "@school.nl export > verslag.html"
	if !strings.Contains(fac.status, want) {
		t.Errorf("facilitator's status %q does not say %q", fac.status, want)
	}
	anna.setSnapshot(room.Snapshot())
	if !strings.Contains(anna.status, "Het verslag is gedeeld") || !strings.Contains(anna.status, want) {
		t.Errorf("participant's status %q", anna.status)
	}
	if bye := anna.goodbye(); !strings.Contains(bye, want) {
		t.Errorf("leaving, the participant reads %q", bye)
	}
	press(fac, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("D")})
	if room.Snapshot().State.Published || !strings.Contains(fac.status, "niet meer gedeeld") {
		t.Errorf("D again: published %v, status %q", room.Snapshot().State.Published, fac.status)
	}
	press(anna, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("D")})
	if room.Snapshot().State.Published {
		t.Error("a participant published the report")
	}
}
