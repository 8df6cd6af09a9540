package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// clusterKey handles grouping notes into themes: the left pane lists the
// notes not in a theme yet, the right pane the themes.
func (b *boardModel) clusterKey(key tea.KeyMsg) tea.Cmd {
	m := b.m
	v := &m.view
	may := v.Facilitator || v.Activity.Open
	count := len(v.Ungrouped)
	if b.pane == 1 {
		count = len(v.Themes)
	}
	switch key.String() {
	case "left", "h", "right", "l", "tab", "shift+tab":
		b.pane, b.sel = 1-b.pane, 0
	case "up", "k":
		b.sel = max(b.sel-1, 0)
	case "down", "j":
		b.sel = min(b.sel+1, max(count-1, 0))
	case "n":
		if !may {
			m.setStatus(m.refusal(sessions.ErrNotFacilitator), true)
			return nil
		}
		return b.openInput(inputAddTheme, "")
	case "a", "enter":
		if !may || b.pane != 0 || b.sel >= len(v.Ungrouped) {
			return nil
		}
		note := v.Ungrouped[b.sel].ID
		b.openPicker(m.t("cluster.pick_theme"), b.themeItems(0), func(m *Model, it pickItem) tea.Cmd {
			return m.do(sessions.Assign{Note: note, Theme: it.id}, "", nil)
		})
	case "r":
		if may && b.pane == 1 && b.sel < len(v.Themes) {
			b.inputTarget = v.Themes[b.sel].ID
			return b.openInput(inputRenameTheme, v.Themes[b.sel].Title)
		}
	case "x":
		if may && b.pane == 1 && b.sel < len(v.Themes) {
			b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmRemoveTheme, v.Themes[b.sel].ID
		}
	case "m":
		if may && b.pane == 1 && b.sel < len(v.Themes) {
			from := v.Themes[b.sel].ID
			b.openPicker(m.t("cluster.pick_merge", v.Themes[b.sel].Title), b.themeItems(from), func(m *Model, it pickItem) tea.Cmd {
				return m.do(sessions.MergeThemes{From: from, Into: it.id}, "status.merged", nil)
			})
		}
	case "u":
		// Take the notes of the selected theme back out, one by one.
		if may && b.pane == 1 && b.sel < len(v.Themes) && len(v.Themes[b.sel].Notes) > 0 {
			notes := v.Themes[b.sel].Notes
			return m.do(sessions.Assign{Note: notes[len(notes)-1].ID, Theme: 0}, "", nil)
		}
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
