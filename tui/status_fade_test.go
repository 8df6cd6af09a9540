package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// A status line goes at the next key, or by itself a few seconds after it
// was set; an older fade does not take a newer line away.
func TestStatusLinesFade(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)

	m.setStatus("Thema toegevoegd.", false)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if cmd == nil {
		t.Fatal("no fade was scheduled for a new status line")
	}
	first := m.statusGen
	m.Update(fadeMsg{gen: first})
	if m.status != "" {
		t.Errorf("the status line is still there after its fade: %q", m.status)
	}

	m.setStatus("Briefje geplakt.", false)
	m.Update(fadeMsg{gen: first}) // the fade of the earlier line
	if m.status != "Briefje geplakt." {
		t.Errorf("an older fade took a newer status line away")
	}
	m.Update(tea.KeyMsg{Type: tea.KeyDown})
	if m.status != "" {
		t.Errorf("the status line stayed after the next key: %q", m.status)
	}
}

// ] on the last activity says it is the last step.
func TestNextOnTheLastStepSaysSo(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:owner", screenBoard, 80, 24)
	if m.view.Steps != 1 {
		t.Fatalf("the room has %d steps", m.view.Steps)
	}
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("]")})
	if m.status != "Dit is de laatste stap van de agenda." {
		t.Errorf("] on the last step: status %q", m.status)
	}
}

// ← on the first column stays there; Tab goes round.
func TestArrowsStopAtTheEdges(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	first := m.view.Columns[0].ID
	m.board.col = first
	press(m, tea.KeyMsg{Type: tea.KeyLeft})
	if m.board.col != first {
		t.Errorf("← on the first column went to column %d", m.board.col)
	}
	press(m, tea.KeyMsg{Type: tea.KeyShiftTab})
	if last := m.view.Columns[len(m.view.Columns)-1].ID; m.board.col != last {
		t.Errorf("shift+tab on the first column went to %d, want the last, %d", m.board.col, last)
	}
	press(m, tea.KeyMsg{Type: tea.KeyRight})
	if last := m.view.Columns[len(m.view.Columns)-1].ID; m.board.col != last {
		t.Errorf("→ on the last column went to %d", m.board.col)
	}
}

// On an info card nobody is listed as "not yet contributed".
func TestOverviewOnAnInfoStepListsNobodyAsQuiet(t *testing.T) {
	hub, room, _ := templateRoom(t, "leren-loont-het-langst-fase-3")
	m := screenModel(t, hub, room, "key:owner", screenBoard, 80, 24)
	if m.view.Activity.Kind != sessions.KindInfo {
		t.Fatalf("the first step is %s", m.view.Activity.Kind)
	}
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("W")})
	view := m.View()
	if strings.Contains(view, "Nog niet bijgedragen") || !strings.Contains(view, "niemand iets toe") {
		t.Errorf("the overview of an info step:\n%s", view)
	}
}

// Someone given facilitator rights is told so on their board; a
// facilitator is not offered as a café host.
func TestNewCoFacilitatorIsTold(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	if err := room.Do(t.Context(), "key:owner", sessions.Grant{Participant: "key:p1"}); err != nil {
		t.Fatal(err)
	}
	m.refresh()
	if !strings.Contains(m.status, "procesbegeleider") {
		t.Errorf("no word of the new rights: status %q", m.status)
	}
}

// n on a column that takes no notes now says why at once.
func TestEditorRefusesAtOnceOnAClosedColumn(t *testing.T) {
	hub, room := internalRoom(t)
	if err := room.Do(t.Context(), "key:owner", sessions.LockInput{Locked: true}); err != nil {
		t.Fatal(err)
	}
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")})
	if m.board.mode == modeEditor {
		t.Fatal("the editor opened while input is closed")
	}
	if !strings.Contains(m.status, "invoer even gesloten") {
		t.Errorf("status %q does not say why", m.status)
	}
}

// The theme picker shows the note being placed.
func TestThemePickerShowsTheNote(t *testing.T) {
	hub, room, do := templateRoom(t, "leren-loont-het-langst-fase-3")
	do("key:owner", sessions.Step{Delta: 1})
	col := room.Snapshot().State.ColumnsOf(room.Snapshot().State.Agenda[1].ID)[0].ID
	do("key:anna", sessions.AddNote{Column: col, Text: "Collegiale consultatie elke maand"})
	do("key:owner", sessions.Step{Delta: 1})
	do("key:owner", sessions.AddTheme{Title: "Van elkaar leren"})
	m := screenModel(t, hub, room, "key:owner", screenBoard, 80, 24)
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("a")})
	if m.board.mode != modePicker {
		t.Fatalf("a did not open the picker (mode %v)", m.board.mode)
	}
	if view := m.View(); !strings.Contains(view, "Collegiale consultatie elke maand") || !strings.Contains(view, "In welk thema") {
		t.Errorf("the theme picker does not show the note:\n%s", view)
	}
}

// templateRoom is a live room from built-in template name that Marieke
// (facilitator, key:owner) and Anna (key:anna) joined, with a helper that
// runs a command and fails the test on a refusal.
func templateRoom(t *testing.T, name string) (*sessions.Hub, *sessions.Room, func(sessions.ParticipantID, sessions.Command)) {
	t.Helper()
	ctx := t.Context()
	hub := sessions.NewHub(sessions.NewMemStore(), sessions.HubOptions{RatePerSecond: 1e6, Burst: 1e6})
	t.Cleanup(hub.Close)
	ts, _ := sessions.LoadTemplates("")
	code, err := hub.Create(ctx, "key:owner", "Studiedag", sessions.Dutch, ts[name])
	if err != nil {
		t.Fatal(err)
	}
	room, _ := hub.Room(ctx, code)
	do := func(id sessions.ParticipantID, cmd sessions.Command) {
		t.Helper()
		if err := room.Do(ctx, id, cmd); err != nil {
			t.Fatalf("%T: %v", cmd, err)
		}
	}
	do("key:owner", sessions.Join{Name: "Marieke"})
	do("key:anna", sessions.Join{Name: "Anna"})
	return hub, room, do
}

// In an anonymous activity the overview counts nobody, and says why
// instead of claiming that everyone contributed.
func TestOverviewOfAnAnonymousActivitySaysItDoesNotCount(t *testing.T) {
	tpl, _, err := sessions.ParseTemplate("anoniem.yaml", []byte("name: anoniem\ntitle: Anoniem\ndescription: x\nactivities: [{kind: brainstorm, title: Stil, anonymous: true, columns: [Ideeën]}]"))
	if err != nil {
		t.Fatal(err)
	}
	hub := sessions.NewHub(sessions.NewMemStore(), sessions.HubOptions{RatePerSecond: 1e6, Burst: 1e6})
	t.Cleanup(hub.Close)
	code, err := hub.Create(t.Context(), "key:owner", "Studiedag", sessions.Dutch, tpl)
	if err != nil {
		t.Fatal(err)
	}
	room, _ := hub.Room(t.Context(), code)
	for _, id := range []sessions.ParticipantID{"key:owner", "key:anna"} {
		if err := room.Do(t.Context(), id, sessions.Join{Name: string(id[4:])}); err != nil {
			t.Fatal(err)
		}
	}
	m := screenModel(t, hub, room, "key:owner", screenBoard, 80, 24)
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("W")})
	view := m.View()
	if strings.Contains(view, "Iedereen die verbonden is") || strings.Contains(view, "Nog niet bijgedragen") || !strings.Contains(view, "telt niet per persoon") {
		t.Errorf("the overview of an anonymous activity:\n%s", view)
	}
}
