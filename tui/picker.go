package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// picker is a list to choose one item from, such as the theme to put a
// note in or the activity to jump to.
type picker struct {
	title string
	items []pickItem
	sel   int
	pick  func(*Model, pickItem) tea.Cmd
}

type pickItem struct {
	label string
	id    int
	key   string
}

func (b *boardModel) openPicker(title string, items []pickItem, pick func(*Model, pickItem) tea.Cmd) {
	if len(items) == 0 {
		b.m.setStatus(b.m.t("picker.empty"), true)
		return
	}
	b.picker = picker{title: title, items: items, pick: pick}
	b.mode = modePicker
}

func (b *boardModel) updatePicker(msg tea.Msg) tea.Cmd {
	key, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	p := &b.picker
	switch key.String() {
	case "up", "k":
		p.sel = max(p.sel-1, 0)
	case "down", "j":
		p.sel = min(p.sel+1, len(p.items)-1)
	case "esc", "q":
		b.mode = modeNormal
		b.m.setStatus(b.m.t("status.cancelled"), false)
	case "enter", " ":
		b.mode = modeNormal
		return p.pick(b.m, p.items[p.sel])
	}
	return nil
}

func (b *boardModel) pickerView(h int) string {
	m := b.m
	st := m.st
	p := &b.picker
	rows := max(3, h-6)
	first := max(0, min(p.sel-rows/2, len(p.items)-rows))
	var sb strings.Builder
	sb.WriteString(st.Bold.Render(p.title) + "\n\n")
	w := min(60, m.w-8)
	for i := first; i < min(len(p.items), first+rows); i++ {
		line := truncate(p.items[i].label, w-2)
		if i == p.sel {
			line = st.Selected.Render("> " + line)
		} else {
			line = "  " + line
		}
		sb.WriteString(line + "\n")
	}
	sb.WriteString("\n" + st.Dim.Render(m.t("picker.hint")))
	return st.Dialog.Render(sb.String())
}
