package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// scaleKey moves the viewer's cursor along the continuum and places the
// marker there.
func (b *boardModel) scaleKey(key tea.KeyMsg) tea.Cmd {
	sv := b.m.view.Scale
	if sv == nil {
		return nil
	}
	switch key.String() {
	case "left", "h":
		b.sel = max(b.scaleCursor()-1, 0)
		b.scaleMoved = true
	case "right", "l":
		b.sel = min(b.scaleCursor()+1, sessions.ScaleSteps)
		b.scaleMoved = true
	case " ", "enter":
		value := b.scaleCursor()
		b.scaleMoved = false
		return b.m.do(sessions.PlaceMark{Value: value}, "status.marked", nil)
	}
	return nil
}

// scaleCursor is where the viewer's cursor is: where they moved it, else
// their marker, else the middle.
func (b *boardModel) scaleCursor() int {
	if b.scaleMoved {
		return b.sel
	}
	if sv := b.m.view.Scale; sv != nil && sv.Mine >= 0 {
		return sv.Mine
	}
	return sessions.ScaleSteps / 2
}

func (b *boardModel) scaleView(h int) string {
	m := b.m
	st := m.st
	sv := m.view.Scale
	if sv == nil {
		return ""
	}
	cell := max(3, min(7, (m.w-2)/(sessions.ScaleSteps+1)))
	cursor := b.scaleCursor()
	var axis, counts, you strings.Builder
	for i := 0; i <= sessions.ScaleSteps; i++ {
		axis.WriteString(fmt.Sprintf("%-*d", cell, i))
		c := st.Dim.Render(fmt.Sprintf("%-*s", cell, "·"))
		if n := sv.Counts[i]; n > 0 {
			c = st.Bold.Render(fmt.Sprintf("%-*s", cell, strings.Repeat(st.Sym.Online, min(n, cell-1))))
		}
		counts.WriteString(c)
		mark := strings.Repeat(" ", cell)
		switch {
		case i == cursor:
			mark = st.Focus.Render(fmt.Sprintf("%-*s", cell, "^"))
		case i == sv.Mine:
			mark = fmt.Sprintf("%-*s", cell, "|")
		}
		you.WriteString(mark)
	}
	width := cell * (sessions.ScaleSteps + 1)
	lines := []string{
		spread(width, st.Bold.Render(sv.Left), st.Bold.Render(sv.Right)),
		"",
		counts.String(),
		axis.String(),
		you.String(),
		"",
	}
	if sv.Mine >= 0 {
		lines = append(lines, m.t("scale.yours", sv.Mine))
	} else {
		lines = append(lines, st.Focus.Render(m.t("scale.place")))
	}
	if sv.Names != nil {
		lines = append(lines, "")
		for i := sessions.ScaleSteps; i >= 0; i-- {
			if len(sv.Names[i]) > 0 {
				lines = append(lines, truncate(fmt.Sprintf("%2d  %s", i, strings.Join(sv.Names[i], ", ")), m.w-2))
			}
		}
	}
	return strings.Join(scrollLines(append([]string{""}, lines...), h, 0)[1:], "\n")
}
