package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// clusterKeyMap holds the keys of grouping notes into themes: the left
// pane lists the notes not in a theme yet, the right pane the themes.
type clusterKeyMap struct {
	Pane, Up, Down                                        *boardBinding
	NewTheme, Assign, Ungroup, Rename, Merge, RemoveTheme *boardBinding
}

var clusterKeys = func() clusterKeyMap {
	up, down := selectKeys(func(b *boardModel) int {
		if b.pane == 1 {
			return len(b.m.view.Themes)
		}
		return len(b.m.view.Ungrouped)
	})
	return clusterKeyMap{
		Pane: boardKey("left", "h", "right", "l", "tab", "shift+tab").help("{lr} / tab", "help.pane").hint("{lr}", "key.pane").looking().
			does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
				b.pane, b.sel = 1-b.pane, 0
				return nil
			}),
		Up:          up,
		Down:        down,
		NewTheme:    boardKey("n").help("n", "help.new_theme").hint("n", "key.new_theme").listed(mayCluster).does((*boardModel).newTheme),
		Assign:      boardKey("a", "enter").help("a / enter", "help.assign").hint("a", "key.assign").listed(mayCluster).does((*boardModel).assignNote),
		Ungroup:     boardKey("u").help("u", "help.ungroup").listed(mayCluster).does((*boardModel).ungroupNote),
		Rename:      boardKey("r").help("r", "help.rename_theme").listed(mayCluster).does((*boardModel).renameTheme),
		Merge:       boardKey("m").help("m", "help.merge").hint("m", "key.merge").listed(mayCluster).does((*boardModel).mergeTheme),
		RemoveTheme: boardKey("x").help("x", "help.remove_theme").listed(mayCluster).does((*boardModel).removeTheme),
	}
}()

var clusterMap = mapOf[*boardModel](clusterKeys)

// clusterBar shows the keys that group when the viewer may, else how to
// look around.
func (b *boardModel) clusterBar() []*boardBinding {
	k := &clusterKeys
	if mayCluster(b) {
		return []*boardBinding{k.NewTheme, k.Assign, k.Merge, k.Pane}
	}
	return []*boardBinding{k.Pane, k.Up, k.Down}
}

// mayCluster reports whether the viewer may group notes: a facilitator,
// or anyone in an open cluster.
func mayCluster(b *boardModel) bool { return b.m.view.Facilitator || b.m.view.Activity.Open }

// selectedTheme is the theme selected in the right pane, if the viewer may
// change it.
func (b *boardModel) selectedTheme() (sessions.ThemeView, bool) {
	v := &b.m.view
	if !mayCluster(b) || b.pane != 1 || b.sel >= len(v.Themes) {
		return sessions.ThemeView{}, false
	}
	return v.Themes[b.sel], true
}

// newTheme asks for a new theme's title.
func (b *boardModel) newTheme(tea.KeyMsg) tea.Cmd {
	if !mayCluster(b) {
		b.m.setStatus(b.m.refusal(sessions.ErrNotFacilitator), true)
		return nil
	}
	return b.openInput(inputAddTheme, "")
}

// assignNote offers the themes to put the selected note in.
func (b *boardModel) assignNote(tea.KeyMsg) tea.Cmd {
	m := b.m
	v := &m.view
	if !mayCluster(b) || b.pane != 0 || b.sel >= len(v.Ungrouped) {
		return nil
	}
	note := v.Ungrouped[b.sel]
	b.openPicker(m.t("cluster.pick_theme"), b.themeItems(0), func(m *Model, it pickItem) tea.Cmd {
		return m.do(sessions.Assign{Note: note.ID, Theme: it.id}, "", nil)
	})
	b.picker.about = note.Text // which note is being placed
	return nil
}

// renameTheme asks for the selected theme's new title.
func (b *boardModel) renameTheme(tea.KeyMsg) tea.Cmd {
	if t, ok := b.selectedTheme(); ok {
		b.inputTarget = t.ID
		return b.openInput(inputRenameTheme, t.Title)
	}
	return nil
}

// removeTheme asks whether to remove the selected theme.
func (b *boardModel) removeTheme(tea.KeyMsg) tea.Cmd {
	if t, ok := b.selectedTheme(); ok {
		b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmRemoveTheme, t.ID
	}
	return nil
}

// mergeTheme offers the themes to merge the selected one into.
func (b *boardModel) mergeTheme(tea.KeyMsg) tea.Cmd {
	if t, ok := b.selectedTheme(); ok {
		b.openPicker(b.m.t("cluster.pick_merge", t.Title), b.themeItems(t.ID), func(m *Model, it pickItem) tea.Cmd {
			return m.do(sessions.MergeThemes{From: t.ID, Into: it.id}, "status.merged", nil)
		})
	}
	return nil
}

// ungroupNote takes the notes of the selected theme back out, one by one.
func (b *boardModel) ungroupNote(tea.KeyMsg) tea.Cmd {
	if t, ok := b.selectedTheme(); ok && len(t.Notes) > 0 {
		return b.m.do(sessions.Assign{Note: t.Notes[len(t.Notes)-1].ID, Theme: 0}, "", nil)
	}
	return nil
}

// themeItems lists the themes to choose from, leaving out skip.
func (b *boardModel) themeItems(skip int) []pickItem {
	var items []pickItem
	for _, t := range b.m.view.Themes {
		if t.ID != skip {
			items = append(items, pickItem{label: fmt.Sprintf("%s (%d)", t.Title, len(t.Notes)), id: t.ID})
		}
	}
	return items
}

func (b *boardModel) clusterView(h int) string {
	m := b.m
	st := m.st
	v := &m.view
	w := m.w
	leftW := max(24, w*2/5)
	rightW := w - leftW - 1
	var left []string
	title := m.t("cluster.ungrouped", len(v.Ungrouped))
	left = append(left, b.paneTitle(title, b.pane == 0))
	for i, n := range v.Ungrouped {
		text := oneLineText(n.Text)
		if n.Author != "" {
			text += st.Dim.Render(" — " + n.Author)
		}
		left = append(left, b.row(text, leftW, b.pane == 0 && i == b.sel, n.ID == v.Focus))
	}
	if len(v.Ungrouped) == 0 {
		left = append(left, st.Dim.Render(wrap(m.t("cluster.all_grouped"), leftW-1)))
	}
	var right []string
	right = append(right, b.paneTitle(m.t("cluster.themes", len(v.Themes)), b.pane == 1))
	for i, t := range v.Themes {
		counts := m.t("cluster.counts", len(t.Notes), t.People)
		if t.Anonymous {
			counts = m.t("cluster.count_notes", len(t.Notes)) // how many people would tell authors apart
		}
		head := fmt.Sprintf("%s  %s", t.Title, st.Dim.Render(counts))
		right = append(right, b.row(head, rightW, b.pane == 1 && i == b.sel, t.ID == v.Focus))
		for _, n := range t.Notes {
			right = append(right, st.Dim.Render(truncate("    · "+oneLineText(n.Text), rightW)))
		}
	}
	if len(v.Themes) == 0 {
		hint := m.t("cluster.no_themes")
		if v.Facilitator || v.Activity.Open {
			hint = m.t("cluster.no_themes_may")
		}
		right = append(right, st.Dim.Render(wrap(hint, rightW-1)))
	}
	sel := 0
	if b.pane == 0 {
		sel = b.sel + 1
	}
	l := scrollLines(left, h, sel)
	sel = 0
	if b.pane == 1 {
		sel = b.sel + 1
	}
	r := scrollLines(right, h, sel)
	return lipgloss.JoinHorizontal(lipgloss.Top,
		lipgloss.NewStyle().Width(leftW).Render(strings.Join(l, "\n")), " ",
		lipgloss.NewStyle().Width(rightW).Render(strings.Join(r, "\n")))
}

// paneTitle renders a pane's heading, marked when it has the selection.
func (b *boardModel) paneTitle(title string, active bool) string {
	if active {
		return b.m.st.ColumnTitleActive.Render(title)
	}
	return b.m.st.ColumnTitle.Render(title)
}

// row renders one selectable line of width w, with markers for the
// selection and the facilitator's focus.
func (b *boardModel) row(text string, w int, selected, focused bool) string {
	st := b.m.st
	mark := "  "
	if focused {
		mark = st.Focus.Render(b.m.st.Sym.Right + " ")
	}
	line := mark + truncate(text, w-2)
	if selected {
		return st.Selected.Render(ansiStripPad(line, w))
	}
	return line
}

// scrollLines keeps line sel (and the heading) within h lines.
func scrollLines(lines []string, h, sel int) []string {
	if len(lines) <= h || h < 2 {
		return lines
	}
	start := max(1, min(sel-h/2, len(lines)-h+1))
	if sel < h-1 {
		start = 1
	}
	return append([]string{lines[0]}, lines[start:min(len(lines), start+h-1)]...)
}

// clusterFocus is the theme or the note under the selection.
func (b *boardModel) clusterFocus() int {
	v := &b.m.view
	if b.pane == 1 && b.sel < len(v.Themes) {
		return v.Themes[b.sel].ID
	}
	if b.pane == 0 && b.sel < len(v.Ungrouped) {
		return v.Ungrouped[b.sel].ID
	}
	return 0
}
