package tui

import (
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"kring/sessions"
)

// boardMaps are every key map of the board, by name.
func boardMaps() map[string]keyMap[*boardModel] {
	maps := map[string]keyMap[*boardModel]{"common": commonMap, "console": consoleMap}
	for kind, s := range kindScreens {
		maps["kind "+string(kind)] = s.keys
	}
	for mode, km := range modeMaps {
		maps["mode "+string(rune('0'+mode))] = km
	}
	return maps
}

// typed is the key message a key string of a binding stands for, as the
// terminal sends it; ok is false for a string no key produces.
func typed(s string) (tea.KeyMsg, bool) {
	for kt := tea.KeyType(-100); kt < 200; kt++ {
		for _, alt := range []bool{false, true} {
			if k := (tea.KeyMsg{Type: kt, Alt: alt}); kt != tea.KeyRunes && k.String() == s {
				return k, true
			}
		}
	}
	if r := []rune(s); len(r) == 1 {
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: r}, true
	}
	return tea.KeyMsg{}, false
}

// testBoard is a board on a live room, drawn without colours.
func testBoard(t *testing.T, w, h int) *Model {
	t.Helper()
	hub, room := internalRoom(t)
	r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii))
	m := New(Config{Hub: hub, ID: "key:owner", Code: room.Snapshot().State.Code, Styles: NewStyles(r, true, false), Width: w, Height: h})
	m.room, m.screen = room, screenBoard
	m.setSnapshot(room.Snapshot())
	return m
}

// boardStates are boards in every kind of activity, with everything a
// key may depend on switched on, as a facilitator and as a participant;
// each also with the second pane selected and with a theme opened.
func boardStates(t *testing.T, w, h int) []*Model {
	var out []*Model
	for _, fac := range []bool{true, false} {
		for _, kind := range sessions.Kinds {
			for _, where := range []struct{ pane, opened int }{{0, 0}, {1, 0}, {1, 1}} {
				m := testBoard(t, w, h)
				v := &m.view
				v.Facilitator, v.Activity.Kind, v.Activity.Open, v.Activity.PerGroup = fac, kind, true, true
				v.Cafe, v.Groups = &sessions.CafeView{}, &sessions.GroupsView{}
				v.Quadrant, v.Vote, v.Rank = &sessions.QuadrantView{Shares: true}, &sessions.VoteView{}, &sessions.RankView{}
				m.board.helpPages = 2
				m.board.pane, m.board.opened = where.pane, where.opened
				if where.opened != 0 {
					onThemeField(m)
					m.board.mode = modeNormal
				}
				out = append(out, m)
			}
		}
	}
	return out
}

// onThemeField opens the action form on its theme field, with a theme
// to offer.
func onThemeField(m *Model) {
	m.view.ActionThemes = []string{"Tijd"}
	m.board.openForm(0, sessions.ActionItem{})
	m.board.form.move(2)
}

// TestEveryKeyIsDispatched walks every key map: each key of a binding can
// be typed, and each binding is what one of its keys finds in its map in
// some state of the board, so no binding is shadowed or never applies.
func TestEveryKeyIsDispatched(t *testing.T) {
	states := boardStates(t, 80, 24)
	for name, km := range boardMaps() {
		for _, b := range km {
			checkTypable(t, name, b.Binding.Keys())
			if b.do == nil {
				if b != newlineKey {
					t.Errorf("%s: %v does nothing", name, b.Keys())
				}
				continue
			}
			if !reachable(km, b, states, func(m *Model) *boardModel { return &m.board }) {
				t.Errorf("%s: no key of %v reaches it", name, b.Keys())
			}
		}
	}
	m := testBoard(t, 80, 24)
	if got, want := newEditor(m.st).KeyMap.InsertNewline.Keys(), newlineKey.Keys(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the editor starts a new line on %v, its key map says %v", got, want)
	}
	lobbies := []*lobbyModel{&m.lobby, {m: m, create: true}}
	for _, b := range lobbyMap {
		checkTypable(t, "lobby", b.Keys())
		if !reachable(lobbyMap, b, lobbies, func(l *lobbyModel) *lobbyModel { return l }) {
			t.Errorf("lobby: no key of %v reaches it", b.Keys())
		}
	}
	for _, b := range joinMap {
		checkTypable(t, "join", b.Keys())
		if !reachable(joinMap, b, []*joinModel{&m.join}, func(j *joinModel) *joinModel { return j }) {
			t.Errorf("join: no key of %v reaches it", b.Keys())
		}
	}
}

// checkTypable fails for a key string no key press produces.
func checkTypable(t *testing.T, name string, keys []string) {
	t.Helper()
	for _, k := range keys {
		if msg, ok := typed(k); !ok || msg.String() != k {
			t.Errorf("%s: key %q cannot be typed", name, k)
		}
	}
}

// reachable reports whether, in one of states, one of b's keys (any key
// for a binding without keys) finds b in km.
func reachable[S, T any](km keyMap[T], b *binding[T], states []S, of func(S) T) bool {
	keys := b.Keys()
	if len(keys) == 0 {
		keys = []string{"z"}
	}
	for _, s := range states {
		for _, k := range keys {
			if msg, _ := typed(k); km.find(of(s), msg) == b {
				return true
			}
		}
	}
	return false
}

// TestEveryKeyIsInTheHelp renders the help of every activity for a
// facilitator, every page, in both languages and at two sizes: every
// binding of the activity's keys, the common keys and the console has its
// row, with its text in the viewer's language.
func TestEveryKeyIsInTheHelp(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, m := range boardStates(t, size[0], size[1]) {
			if !m.view.Facilitator {
				continue
			}
			for _, lang := range sessions.Langs {
				m.lang = lang
				help := helpText(m)
				maps := map[string]keyMap[*boardModel]{"kind": m.board.kindScreen().keys, "common": commonMap, "console": consoleMap}
				for name, km := range maps {
					for i, b := range km {
						if b.sharesHelp && i > 0 {
							continue // on the row of the binding before it
						}
						h := b.Help()
						if row := m.keyLabel(h.Key); h.Key == "" || !strings.Contains(help, row) || !strings.Contains(help, ui.T(lang, h.Desc)) {
							t.Errorf("%s help at %dx%d in %s lacks %s key %v: %q %q", m.view.Activity.Kind, m.w, m.h, lang, name, b.Keys(), row, ui.T(lang, h.Desc))
						}
					}
				}
			}
		}
	}
}

// helpText is every page of the board's help.
func helpText(m *Model) string {
	b := &m.board
	b.mode, b.helpPage = modeHelp, 0
	var pages []string
	for {
		pages = append(pages, m.View())
		if b.helpPage++; b.helpPage >= b.helpPages {
			return strings.Join(pages, "\n")
		}
	}
}

// TestEveryOverlayKeyIsOnItsBar checks that the bar of every overlay, the
// lobby and the join form shows every key of its map, in both languages.
func TestEveryOverlayKeyIsOnItsBar(t *testing.T) {
	for _, lang := range sessions.Langs {
		for mode, km := range modeMaps {
			m := testBoard(t, 200, 40)
			if mode == modeForm {
				onThemeField(m)
			}
			m.lang, m.board.mode, m.board.helpPages = lang, mode, 2
			checkBar(t, m, km, keyBar(m, &m.board, km.hints(&m.board)), &m.board)
		}
		m := testBoard(t, 200, 40)
		m.lang, m.cfg.CanCreate = lang, true
		checkBar(t, m, joinMap, keyBar(m, &m.join, joinMap.hints(&m.join)), &m.join)
		bar := keyBar(m, &m.lobby, m.lobby.bar())
		m.lobby.create = true
		bar += keyBar(m, &m.lobby, m.lobby.bar())
		checkBar(t, m, lobbyMap, bar, &m.lobby)
	}
}

// checkBar fails for a binding of km that bar does not show.
func checkBar[T any](t *testing.T, m *Model, km keyMap[T], bar string, of T) {
	t.Helper()
	for i, b := range km {
		if b.sharesBar && i > 0 {
			continue
		}
		hint := m.keyLabel(b.bar.Key) + " " + m.t(b.bar.Desc)
		if b.bar.Desc == "" || !strings.Contains(bar, hint) {
			t.Errorf("bar in %s lacks %q for %v: %s", m.lang, hint, b.Keys(), bar)
		}
	}
}
