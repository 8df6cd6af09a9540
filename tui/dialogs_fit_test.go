package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// dialogCase opens one dialog or screen: a room from a template, moved on
// steps activities, prepared by setup, and the keys the viewer presses.
type dialogCase struct {
	name, template string
	steps          int
	viewer         sessions.ParticipantID
	setup          func(t *testing.T, room *sessions.Room, do func(sessions.ParticipantID, sessions.Command))
	keys           []string
	// boxed is set for a dialog: its whole border must show.
	boxed bool
}

// withNote moves the room to the first brainstorm of its agenda, if it
// has one, where Anna writes a long note, then to step.
func withNote(t *testing.T, room *sessions.Room, do func(sessions.ParticipantID, sessions.Command), step int) {
	s := room.Snapshot().State
	at := 0
	for i, a := range s.Agenda {
		if a.Kind == sessions.KindBrainstorm {
			do("key:owner", sessions.Step{Delta: i})
			do("key:anna", sessions.AddNote{Column: s.ColumnsOf(a.ID)[0].ID, Text: longNote})
			at = i
			break
		}
	}
	if step != at {
		do("key:owner", sessions.Step{Delta: step - at})
	}
}

// withTheme adds withNote's note to a theme of the current cluster.
func withTheme(t *testing.T, room *sessions.Room, do func(sessions.ParticipantID, sessions.Command)) {
	do("key:owner", sessions.AddTheme{Title: "Van elkaar leren in de eigen school en daarbuiten"})
	s := room.Snapshot().State
	do("key:owner", sessions.Assign{Note: s.Notes[len(s.Notes)-1].ID, Theme: s.Themes[len(s.Themes)-1].ID})
}

var dialogCases = []dialogCase{
	{name: "help participant", template: "leren-loont-het-langst-fase-3", steps: 1, viewer: "key:anna", keys: []string{"?"}, boxed: true},
	{name: "help facilitator", template: "leren-loont-het-langst-fase-3", steps: 1, viewer: "key:owner", keys: []string{"?"}, boxed: true},
	{name: "help cluster", template: "leren-loont-het-langst-fase-3", steps: 2, viewer: "key:owner", keys: []string{"?"}, boxed: true},
	{name: "theme picker", template: "leren-loont-het-langst-fase-3", steps: 2, viewer: "key:owner", keys: []string{"a"}, boxed: true,
		setup: func(t *testing.T, r *sessions.Room, do func(sessions.ParticipantID, sessions.Command)) {
			do("key:owner", sessions.AddTheme{Title: "Tijd"})
		}},
	{name: "opened theme", template: "leren-loont-het-langst-fase-3", steps: 2, viewer: "key:owner", keys: []string{"tab", "right"}, setup: withTheme},
	{name: "vote", template: "leren-loont-het-langst-fase-3", steps: 2, viewer: "key:anna", keys: []string{"o"},
		setup: func(t *testing.T, r *sessions.Room, do func(sessions.ParticipantID, sessions.Command)) {
			withTheme(t, r, do)
			do("key:owner", sessions.Step{Delta: 1})
		}},
	{name: "agenda", template: "leren-loont-het-langst-fase-3", steps: 1, viewer: "key:owner", keys: []string{"A"}, boxed: true},
	{name: "look back", template: "leren-loont-het-langst-fase-3", steps: 4, viewer: "key:anna", keys: []string{"v"}, boxed: true},
	{name: "rights", template: "leren-loont-het-langst-fase-3", viewer: "key:owner", keys: []string{"K"}, boxed: true},
	{name: "overview", template: "leren-loont-het-langst-fase-3", steps: 1, viewer: "key:owner", keys: []string{"W"}, boxed: true},
	{name: "leave", template: "leren-loont-het-langst-fase-3", viewer: "key:anna", keys: []string{"q"}, boxed: true},
	{name: "delete note", template: "leren-loont-het-langst-fase-3", steps: 1, viewer: "key:anna", keys: []string{"d"}, boxed: true},
	{name: "remove theme", template: "leren-loont-het-langst-fase-3", steps: 2, viewer: "key:owner", keys: []string{"tab", "x"}, boxed: true, setup: withTheme},
	{name: "reset timer", template: "leren-loont-het-langst-fase-3", viewer: "key:owner", keys: []string{"Z"}, boxed: true},
	{name: "editor", template: "leren-loont-het-langst-fase-3", steps: 1, viewer: "key:anna", keys: []string{"n"}, boxed: true},
	{name: "new theme", template: "leren-loont-het-langst-fase-3", steps: 2, viewer: "key:owner", keys: []string{"n"}, boxed: true},
	{name: "action form", template: "leren-loont-het-langst-fase-3", steps: 4, viewer: "key:owner", keys: []string{"n", "tab", "tab"}, boxed: true,
		setup: func(t *testing.T, r *sessions.Room, do func(sessions.ParticipantID, sessions.Command)) {
			do("key:owner", sessions.Step{Delta: -2})
			withTheme(t, r, do)
			do("key:owner", sessions.Step{Delta: 2})
		}},
	{name: "action theme picker", template: "leren-loont-het-langst-fase-3", steps: 4, viewer: "key:owner", keys: []string{"n", "tab", "tab", "down"}, boxed: true,
		setup: func(t *testing.T, r *sessions.Room, do func(sessions.ParticipantID, sessions.Command)) {
			do("key:owner", sessions.Step{Delta: -2})
			withTheme(t, r, do)
			do("key:owner", sessions.Step{Delta: 2})
		}},
	{name: "cafe", template: "wereldcafe", steps: 1, viewer: "key:owner",
		setup: func(t *testing.T, r *sessions.Room, do func(sessions.ParticipantID, sessions.Command)) {
			do("key:owner", sessions.StartCafe{Present: []sessions.ParticipantID{"key:anna"}, Seed: 1})
		}},
	{name: "cafe help", template: "wereldcafe", steps: 1, viewer: "key:owner", keys: []string{"?"}, boxed: true},
	{name: "market", template: "marktplaats-interne-deskundigheid", steps: 2, viewer: "key:anna", keys: []string{"m"}},
	{name: "rank compare", template: "leren-loont-het-langst-fase-4", steps: 2, viewer: "key:owner", keys: []string{"C"},
		setup: func(t *testing.T, r *sessions.Room, do func(sessions.ParticipantID, sessions.Command)) {
			do("key:owner", sessions.Step{Delta: -2})
			for _, title := range []string{"Tijd voor elkaar", "Van elkaar leren", "Eigen regie over professionalisering"} {
				do("key:owner", sessions.AddTheme{Title: title})
			}
			do("key:owner", sessions.Step{Delta: 2})
		}},
	{name: "share form", template: "logboek", viewer: "key:anna", keys: []string{"s"}, boxed: true},
}

// Every dialog and overlay fits 80×24 and 110×32 in both languages: no
// line is drawn wider than the window (the frame would cut it), and a
// dialog's border shows whole — its last line, the hint, is not cut off.
func TestEveryDialogFits(t *testing.T) {
	for _, dc := range dialogCases {
		for _, size := range [][2]int{{80, 24}, {110, 32}} {
			for _, lang := range sessions.Langs {
				t.Run(fmt.Sprintf("%s/%dx%d/%s", dc.name, size[0], size[1], lang), func(t *testing.T) {
					m := openDialog(t, dc, lang, size[0], size[1])
					raw := m.board.view()
					lines := strings.Split(raw, "\n")
					if len(lines) > size[1] {
						t.Errorf("%d lines for a window of %d", len(lines), size[1])
					}
					for i, l := range lines {
						if w := lipgloss.Width(l); w > size[0] {
							t.Errorf("line %d is %d wide for a window of %d: %q", i, w, size[0], l)
						}
					}
					view := m.View()
					if dc.boxed && (!strings.Contains(view, "╭") || !strings.Contains(view, "╯")) {
						t.Errorf("the dialog is cut off:\n%s", view)
					}
				})
			}
		}
	}
}

// openDialog builds dc's room and presses its keys, for a viewer who
// reads lang in a w×h window.
func openDialog(t *testing.T, dc dialogCase, lang sessions.Lang, w, h int) *Model {
	t.Helper()
	hub, room, do := templateRoom(t, dc.template)
	do("key:anna", sessions.ChooseLang{Lang: lang})
	do("key:owner", sessions.ChooseLang{Lang: lang})
	withNote(t, room, do, dc.steps)
	if dc.setup != nil {
		dc.setup(t, room, do)
	}
	m := screenModel(t, hub, room, dc.viewer, screenBoard, w, h)
	for _, k := range dc.keys {
		press(m, keyOf(k))
	}
	return m
}

// Below 80 columns the help page cuts its descriptions, not its border.
func TestHelpFitsANarrowWindow(t *testing.T) {
	for _, viewer := range []sessions.ParticipantID{"key:anna", "key:owner"} {
		m := openDialog(t, dialogCase{template: "leren-loont-het-langst-fase-3", viewer: viewer, keys: []string{"?"}}, sessions.Dutch, 60, 20)
		view := m.View()
		if !strings.Contains(view, "╮") || !strings.Contains(view, "╯") {
			t.Errorf("%s: the help's border is cut at 60 columns:\n%s", viewer, view)
		}
	}
}
