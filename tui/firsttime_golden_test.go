package tui_test

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"kring/sessions"
)

// phase3Themes is phase3 moved on to its cluster, with the two notes in
// a theme each and a third theme without notes.
func phase3Themes(t *testing.T) *fixture {
	t.Helper()
	f := phase3(t)
	f.do(t, facilitator, sessions.Step{Delta: 1})
	for _, title := range []string{"Van elkaar leren", "Samen voorbereiden", "Tijd"} {
		f.do(t, facilitator, sessions.AddTheme{Title: title})
	}
	s := f.room.Snapshot().State
	for i, n := range s.Notes {
		f.do(t, facilitator, sessions.Assign{Note: n.ID, Theme: s.Themes[i].ID})
	}
	return f
}

// key is the message of a key name, a letter typed for anything else.
func key(s string) tea.KeyMsg {
	named := map[string]tea.KeyType{"tab": tea.KeyTab, "right": tea.KeyRight, "down": tea.KeyDown}
	if k, ok := named[s]; ok {
		return tea.KeyMsg{Type: k}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// The screens and dialogs this branch changed, at 80×24: each waits for
// what it must show, then compares the whole screen with its golden.
func TestFirstTimeScreens(t *testing.T) {
	for _, tc := range []struct {
		name   string
		setup  func(t *testing.T) *fixture
		viewer sessions.ParticipantID
		keys   []string
		want   []string
		// later runs once the screen shows want, and then what it shows.
		later func(t *testing.T, f *fixture) []string
	}{
		{"opened theme", phase3Themes, facilitator, []string{"tab", "right"}, []string{"Thema ‘Van elkaar leren’", "u uit thema"}, nil},
		{"move to theme", phase3Themes, facilitator, []string{"tab", "right", "a"}, []string{"In welk thema", "Tijd (0)"}, nil},
		{"vote opened", func(t *testing.T) *fixture {
			f := phase3Themes(t)
			f.do(t, facilitator, sessions.Step{Delta: 1})
			return f
		}, anna, []string{"o"}, []string{"Je stemde hier nog niet op", "Collegiale consultatie"}, nil},
		{"action theme", func(t *testing.T) *fixture {
			f := phase3Themes(t)
			f.do(t, facilitator, sessions.Step{Delta: 2})
			return f
		}, facilitator, []string{"n", "tab", "tab", "down"}, []string{"Bij welk thema hoort de actie?", "Samen voorbereiden"}, nil},
		{"new notes", func(t *testing.T) *fixture {
			f := newFixture(t)
			for i := range 6 {
				f.do(t, bram, sessions.AddNote{Column: 1, Text: fmt.Sprintf("Punt %d van Bram", i+1)})
			}
			return f
		}, anna, []string{"g"}, []string{"meer hieronder"}, func(t *testing.T, f *fixture) []string {
			for i := range 3 {
				f.do(t, bram, sessions.AddNote{Column: 1, Text: fmt.Sprintf("Later punt %d", i+1)})
			}
			return []string{"v 3 nieuw hieronder · o"}
		}},
		{"focus", func(t *testing.T) *fixture {
			f := phase3(t)
			f.do(t, facilitator, sessions.SetFocus{ID: f.room.Snapshot().State.Notes[0].ID})
			return f
		}, anna, nil, []string{"▶ IN BESPREKING  Collegiale consultatie"}, nil},
		{"projector focus", func(t *testing.T) *fixture {
			f := phase3(t)
			f.do(t, facilitator, sessions.SetFocus{ID: f.room.Snapshot().State.Notes[1].ID})
			return f
		}, facilitator, []string{"B"}, []string{"IN BESPREKING", "Doe mee:", "gepauzeerd"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := tc.setup(t)
			tm := f.start(t, tc.viewer, 80, 24)
			if len(tc.keys) > 0 {
				waitFor(t, tm, "kring") // the board is there to take keys
			}
			for _, k := range tc.keys {
				tm.Send(key(k))
			}
			waitFor(t, tm, tc.want...)
			if tc.later != nil {
				waitFor(t, tm, tc.later(t, f)...)
			}
			view := finalView(t, tm)
			assertFits(t, view, 80, 24)
			golden.RequireEqual(t, []byte(view))
		})
	}
}
