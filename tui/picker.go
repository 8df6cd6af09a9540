package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// picker is a list to choose one item from, such as the theme to put a
// note in or the activity to jump to.
type picker struct {
	title string
	// about is what the choice is for, shown under the title (the note
	// being placed in a theme); empty for none.
	about string
	items []pickItem
	sel   int
	pick  func(*Model, pickItem) tea.Cmd
	// back is the mode the choice returns to: the form a theme was
	// chosen for; modeNormal for the board.
	back mode
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

// pickerKeyMap holds the keys of a list to choose from.
type pickerKeyMap struct {
	Up, Down, Pick, Cancel *boardBinding
}

var pickerKeys = pickerKeyMap{
	Up: boardKey("up", "k").hint("{ud}", "key.choose").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.picker.sel = max(b.picker.sel-1, 0)
			return nil
		}),
	Down: boardKey("down", "j").sharesHint().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.picker.sel = min(b.picker.sel+1, len(b.picker.items)-1)
			return nil
		}),
	Pick: boardKey("enter", " ").hint("enter", "key.ok").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.mode = b.picker.back
			return b.picker.pick(b.m, b.picker.items[b.picker.sel])
		}),
	Cancel: boardKey("esc", "q").hint("esc", "key.cancel").
		does(func(b *boardModel, k tea.KeyMsg) tea.Cmd {
			if b.picker.back != modeNormal {
				b.mode = b.picker.back
				return nil
			}
			return b.cancel(k)
		}),
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
	if p.about != "" {
		about := strings.Split(wrap(oneLineText(p.about), max(w-2, 10)), "\n")
		if len(about) > 3 {
			about = append(about[:2], truncate(strings.Join(about[2:], " "), max(w-2, 10)))
		}
		sb.WriteString(st.Dim.Render("“"+strings.Join(about, "\n")+"”") + "\n\n")
	}
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
