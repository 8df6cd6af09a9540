package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// clusterKeyMap holds the keys of grouping notes into themes: the left
// pane lists the notes not in a theme yet, the right pane the themes; a
// theme opens to show its notes in full, each of which can go to another
// theme or out of it.
type clusterKeyMap struct {
	Open, Close, Pane, Up, Down                           *boardBinding
	NewTheme, Assign, Ungroup, Rename, Merge, RemoveTheme *boardBinding
}

var clusterKeys = func() clusterKeyMap {
	up, down := selectKeys(func(b *boardModel) int {
		if _, notes, ok := b.openedNotes(); ok {
			return len(notes)
		}
		if b.pane == 1 {
			return len(b.m.view.Themes)
		}
		return len(b.m.view.Ungrouped)
	})
	return clusterKeyMap{
		Open: boardKey("right", "l", "enter").help("{r} / enter", "help.open_theme").hint("{r}", "key.open_theme").looking().
			only(func(b *boardModel) bool { return b.pane == 1 && b.opened == 0 }).does((*boardModel).openTheme),
		Close: boardKey("left", "h").help("{l} / esc", "help.close_theme").hint("{l}", "key.back").looking().
			only(func(b *boardModel) bool { return b.opened != 0 }).
			does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { b.closeOpened(); return nil }),
		Pane: boardKey("left", "h", "right", "l", "tab", "shift+tab").help("{lr} / tab", "help.pane").hint("tab", "key.pane").looking().
			only(func(b *boardModel) bool { return b.opened == 0 }).
			does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
				b.pane, b.sel = 1-b.pane, 0
				return nil
			}),
		Up:          up,
		Down:        down,
		NewTheme:    boardKey("n").help("n", "help.new_theme").hint("n", "key.new_theme").listed(mayCluster).does((*boardModel).newTheme),
		Assign:      boardKey("a", "enter").help("a / enter", "help.assign").hint("a", "key.assign").listed(mayCluster).does((*boardModel).assignNote),
		Ungroup:     boardKey("u").help("u", "help.ungroup").hint("u", "key.ungroup").listed(mayCluster).does((*boardModel).ungroupNote),
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
	may := mayCluster(b)
	switch {
	case b.opened != 0 && may:
		return []*boardBinding{k.Assign, k.Ungroup, k.Up, k.Down, k.Close}
	case b.opened != 0:
		return []*boardBinding{k.Up, k.Down, k.Close}
	case b.pane == 1 && may:
		return []*boardBinding{k.NewTheme, k.Open, k.Merge, k.Pane}
	case b.pane == 1:
		return []*boardBinding{k.Open, k.Up, k.Down, k.Pane}
	case may:
		return []*boardBinding{k.NewTheme, k.Assign, k.Pane}
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
	if i := b.openedIndex(); i >= 0 && mayCluster(b) {
		return v.Themes[i], true
	}
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

// assignNote offers the themes to put the selected note in: a note not
// grouped yet, or one of an opened theme's (to move it to another).
func (b *boardModel) assignNote(tea.KeyMsg) tea.Cmd {
	m := b.m
	note, ok := b.clusterNote()
	if !mayCluster(b) || !ok {
		return nil
	}
	b.openPicker(m.t("cluster.pick_theme"), b.themeItems(b.opened), func(m *Model, it pickItem) tea.Cmd {
		return m.do(sessions.Assign{Note: note.ID, Theme: it.id}, "status.assigned", nil)
	})
	b.picker.about = note.Text // which note is being placed
	return nil
}

// clusterNote is the note selected: in the left pane, or among an opened
// theme's notes.
func (b *boardModel) clusterNote() (sessions.NoteView, bool) {
	if _, notes, ok := b.openedNotes(); ok {
		if b.openSel < len(notes) {
			return notes[b.openSel], true
		}
		return sessions.NoteView{}, false
	}
	if v := &b.m.view; b.pane == 0 && b.sel < len(v.Ungrouped) {
		return v.Ungrouped[b.sel], true
	}
	return sessions.NoteView{}, false
}

// openTheme shows the selected theme's notes in full.
func (b *boardModel) openTheme(tea.KeyMsg) tea.Cmd {
	if v := &b.m.view; b.pane == 1 && b.sel < len(v.Themes) {
		b.opened, b.openSel = v.Themes[b.sel].ID, 0
	}
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

// ungroupNote takes the selected note of an opened theme out of it; in
// the list of themes it says how to choose a note.
func (b *boardModel) ungroupNote(tea.KeyMsg) tea.Cmd {
	if !mayCluster(b) {
		return nil
	}
	if b.opened == 0 {
		b.m.setStatus(b.m.t("cluster.open_first"), true)
		return nil
	}
	if note, ok := b.clusterNote(); ok {
		return b.m.do(sessions.Assign{Note: note.ID, Theme: 0}, "status.ungrouped", nil)
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
	if title, notes, ok := b.openedNotes(); ok {
		return b.openedView(m.t("cluster.opened", title), []string{b.themeCounts(b.openedIndex())}, notes, true, h)
	}
	w := m.w
	leftW := max(24, w*2/5)
	rightW := w - leftW - 1
	left := []string{b.paneTitle(m.t("cluster.ungrouped", len(v.Ungrouped)), b.pane == 0)}
	rows, from, to := b.noteRows(v.Ungrouped, leftW, b.sel, b.pane == 0)
	left = append(left, rows...)
	if len(v.Ungrouped) == 0 {
		left = append(left, st.Dim.Render(wrap(m.t("cluster.all_grouped"), leftW-1)))
	}
	var right []string
	right = append(right, b.paneTitle(m.t("cluster.themes", len(v.Themes)), b.pane == 1))
	sel := 0
	for i, t := range v.Themes {
		if b.pane == 1 && i == b.sel {
			sel = len(right)
		}
		head := fmt.Sprintf("%s  %s", t.Title, st.Dim.Render(b.themeCounts(i)))
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
	l := b.scrollBlock(left, 1, h, from, to)
	r := scrollLines(right, h, sel)
	return lipgloss.JoinHorizontal(lipgloss.Top,
		lipgloss.NewStyle().Width(leftW).Render(strings.Join(l, "\n")), " ",
		lipgloss.NewStyle().Width(rightW).Render(strings.Join(r, "\n")))
}

// themeCounts says how many notes the i-th theme holds and how many
// people wrote them — only how many notes when they are anonymous, as the
// number of people would tell authors apart.
func (b *boardModel) themeCounts(i int) string {
	v := &b.m.view
	if i < 0 || i >= len(v.Themes) {
		return ""
	}
	t := v.Themes[i]
	if t.Anonymous {
		return b.m.t("cluster.count_notes", len(t.Notes))
	}
	return b.m.t("cluster.counts", len(t.Notes), t.People)
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
		text += " " + b.focusLabel()
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
	if b.opened != 0 {
		if n, ok := b.clusterNote(); ok {
			return n.ID
		}
		return b.opened
	}
	if b.pane == 1 && b.sel < len(v.Themes) {
		return v.Themes[b.sel].ID
	}
	if b.pane == 0 && b.sel < len(v.Ungrouped) {
		return v.Ungrouped[b.sel].ID
	}
	return 0
}
