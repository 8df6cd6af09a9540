package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// keyBar shows the bar hints of bs as "key text · key text", as many as
// fit on one line. The bars are cached per connection by the bindings,
// the width and the language: they rarely change, and every redraw needs
// them.
func keyBar[T any](m *Model, t T, bs []*binding[T]) string {
	var buf [128]byte
	id := append(buf[:0], byte(m.w), byte(m.w>>8))
	id = append(append(id, m.lang...), 0)
	for _, b := range bs {
		id = append(id, byte(b.id), byte(b.id>>8))
		if b.barArg != nil {
			id = append(append(id, b.barArg(t)...), 0)
		}
	}
	if bar, ok := m.keyBars[string(id)]; ok {
		return bar
	}
	if len(m.keyBars) > 256 {
		clear(m.keyBars)
	}
	hints := barHints(m, t, bs)
	bar := ""
	for n := len(hints); n > 0; n-- {
		if line := strings.Join(hints[:n], m.st.Dim.Render(" · ")); lipgloss.Width(line) <= m.w {
			bar = line
			break
		}
	}
	m.keyBars[string(id)] = bar
	return bar
}

// barHints renders the hints of bs, one for each binding that does not
// share the hint before it.
func barHints[T any](m *Model, t T, bs []*binding[T]) []string {
	var hints []string
	for _, b := range bs {
		if b.sharesBar {
			continue
		}
		var text string
		if b.barArg != nil {
			text = m.t(b.bar.Desc, b.barArg(t))
		} else {
			text = m.t(b.bar.Desc)
		}
		hints = append(hints, m.st.Key.Render(m.keyLabel(b.bar.Key))+" "+m.st.Dim.Render(text))
	}
	return hints
}

// keyLabel fills in the symbols and words of a key label: {lr}, {ud},
// {l}, {r} and {d} the arrows of the connection's symbols, {space} and {any} the words for
// the space bar and for any key in the viewer's language.
func (m *Model) keyLabel(label string) string {
	if !strings.Contains(label, "{") {
		return label
	}
	return strings.NewReplacer(
		"{lr}", m.st.Sym.LeftRight, "{ud}", m.st.Sym.UpDown, "{l}", m.st.Sym.Back, "{r}", m.st.Sym.Forth, "{d}", m.st.Sym.Down,
		"{space}", m.t("key.space"), "{any}", m.t("key.any"),
	).Replace(label)
}
