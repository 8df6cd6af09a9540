package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// scaleKeyMap holds the keys of a continuum: move the viewer's cursor
// along it and place the marker there.
type scaleKeyMap struct {
	Left, Right, Place *boardBinding
}

var scaleKeys = scaleKeyMap{
	Left: boardKey("left", "h").help("{lr}", "help.move_marker").hint("{lr}", "key.move_marker").looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.moveScaleCursor(-1) }),
	Right: boardKey("right", "l").sharesRow().sharesHint().looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.moveScaleCursor(1) }),
	Place: boardKey(" ", "enter").help("{space} / enter", "help.place").hint("{space}", "key.place").does((*boardModel).placeMark),
}

var scaleMap = mapOf[*boardModel](scaleKeys)

// scaleBar is the continuum's key bar.
func (b *boardModel) scaleBar() []*boardBinding {
	k := &scaleKeys
	return []*boardBinding{k.Left, k.Right, k.Place}
}

// moveScaleCursor moves the viewer's cursor delta steps along the scale.
func (b *boardModel) moveScaleCursor(delta int) tea.Cmd {
	if b.m.view.Scale == nil {
		return nil
	}
	b.sel = min(max(b.scaleCursor()+delta, 0), sessions.ScaleSteps)
	b.scaleMoved = true
	return nil
}

// placeMark places the viewer's marker at the cursor.
func (b *boardModel) placeMark(tea.KeyMsg) tea.Cmd {
	if b.m.view.Scale == nil {
		return nil
	}
	value := b.scaleCursor()
	b.scaleMoved = false
	return b.m.do(sessions.PlaceMark{Value: value}, "status.marked", nil)
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
