package tui

import (
	"fmt"
	"strings"

	"kring/sessions"
)

const (
	minColumnWidth = 24
	peopleWidth    = 22
)

func (b *boardModel) boardView(h int) string {
	m := b.m
	v := &m.view
	boardW := m.w
	showPeople := !b.hidePeople && !b.projector && m.w >= 60
	if showPeople {
		boardW -= peopleWidth
	}
	cols := v.Columns
	fit := max(1, boardW/minColumnWidth)
	first, last := b.visibleColumns(len(cols), fit)
	shown := max(1, last-first)
	colW := boardW / shown
	titles := make([][]string, 0, shown)
	titleH := 1
	for i := first; i < last; i++ {
		t := b.columnTitle(cols[i], colW, i == first && first > 0, i == last-1 && last < len(cols), first, len(cols)-last)
		titles = append(titles, t)
		titleH = max(titleH, len(t))
	}
	parts := make([]string, 0, shown)
	for i := first; i < last; i++ {
		parts = append(parts, b.columnView(cols[i], colW, h, titles[i-first], titleH))
	}
	// The columns are padded to their widths already: joining them is
	// plain concatenation, with no second measuring pass.
	if rest := boardW - colW*len(parts); rest > 0 {
		parts = append(parts, padBlock("", rest, 0))
	}
	if showPeople {
		parts = append(parts, b.peopleView(h))
	}
	return joinPadded(parts, h)
}

// visibleColumns picks the window of at most fit columns that holds the
// selected one.
func (b *boardModel) visibleColumns(n, fit int) (int, int) {
	if n <= fit {
		return 0, n
	}
	ci := max(b.colIndex(), 0)
	first := min(max(ci-fit/2, 0), n-fit)
	return first, first + fit
}

// columnTitle is a column's heading wrapped to at most two lines of w-2
// cells: its title, the number of notes, whether it is closed, and markers
// for columns scrolled out of view.
func (b *boardModel) columnTitle(c sessions.ColumnView, w int, moreLeft, moreRight bool, hiddenLeft, hiddenRight int) []string {
	m := b.m
	st := m.st
	title := fmt.Sprintf("%s (%d)", c.Title, len(c.Notes)+c.Hidden)
	if c.Locked {
		title += " " + m.t("board.locked")
	}
	if moreLeft {
		title = fmt.Sprintf("%s%d ", st.Sym.Left, hiddenLeft) + title
	}
	if moreRight {
		title += fmt.Sprintf(" %d%s", hiddenRight, st.Sym.Right)
	}
	lines := strings.Split(wrap(title, w-2), "\n")
	if len(lines) > 2 {
		lines = []string{lines[0], truncate(strings.Join(lines[1:], " "), w-2)}
	}
	return lines
}

func (b *boardModel) columnView(c sessions.ColumnView, w, h int, titleLines []string, titleH int) string {
	m := b.m
	st := m.st
	active := c.ID == b.col
	style := st.ColumnTitle
	if active {
		style = st.ColumnTitleActive
	}
	rendered := make([]string, titleH)
	for i := range rendered {
		if i < len(titleLines) {
			rendered[i] = style.Render(titleLines[i])
		}
	}
	title := strings.Join(rendered, "\n")
	inner := w - 1
	var lines []string
	// exact marks lines that are padded to w already (the cached boxes),
	// so only the others are measured.
	var exact []bool
	selTop, selBottom := -1, -1
	tops := make([]int, len(c.Notes))
	for i, n := range c.Notes {
		tops[i] = len(lines)
		boxLines := b.noteView(n, inner, active && n.ID == b.note)
		if active && n.ID == b.note {
			selTop, selBottom = len(lines), len(lines)+len(boxLines)
		}
		lines = append(lines, boxLines...)
		for range boxLines {
			exact = append(exact, true)
		}
	}
	for len(exact) < len(lines) {
		exact = append(exact, false)
	}
	if c.Hidden > 0 {
		lines = append(lines, strings.Split(st.Dim.Render(wrap(m.t("board.hidden", c.Hidden), inner)), "\n")...)
	}
	if len(c.Notes) == 0 && c.Hidden == 0 {
		empty := m.t("board.empty")
		if active {
			empty = m.t("board.empty_active")
		}
		lines = append(lines, strings.Split(st.Dim.Render(wrap(empty, inner)), "\n")...)
	}
	for len(exact) < len(lines) {
		exact = append(exact, false)
	}
	avail := h - titleH
	start := 0
	if selBottom > avail {
		start = selBottom - avail + 1
	}
	if selTop >= 0 && selTop < start {
		start = selTop
	}
	end := min(len(lines), start+avail)
	visible, fixed := lines[start:end], exact[start:end]
	// A note counts as seen when the first line of its text shows: not
	// under a marker that takes the window's first or last line.
	shownFrom, shownTo := start, end
	if start > 0 {
		shownFrom++
	}
	if end < len(lines) {
		shownTo--
	}
	above, below := b.seen.notice(c, tops, shownFrom-1, shownTo-1)
	// Notes out of sight that the viewer has not seen yet are counted on
	// the edge they are behind, in reverse video: noticed without colour.
	edge := func(more string, unseen int, key string) string {
		if unseen > 0 {
			return st.Selected.Render(truncate(m.t(key, unseen), inner))
		}
		return st.Dim.Render(truncate(m.t(more), inner))
	}
	if start > 0 && len(visible) > 0 {
		visible[0], fixed[0] = edge("board.more_above", above, "board.new_above"), false
	}
	if end < len(lines) && len(visible) > 0 {
		visible[len(visible)-1], fixed[len(visible)-1] = edge("board.more_below", below, "board.new_below"), false
	}
	out := []string{padBlock(title, w, 0)}
	for i, l := range visible {
		if !fixed[i] {
			l = padBlock(l, w, 0)
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// noteKey is everything a note's box depends on, so a box drawn once is
// reused until one of them changes: most notes do not change between two
// snapshots, and drawing boxes is most of a redraw's cost.
type noteKey struct {
	n                 sessions.NoteView
	w                 int
	selected, focused bool
	lang              sessions.Lang
}

// noteView returns the lines of a note's box of width w, each padded with
// one space to the column's width w+1.
func (b *boardModel) noteView(n sessions.NoteView, w int, selected bool) []string {
	key := noteKey{n: n, w: w, selected: selected, focused: n.ID == b.m.view.Focus, lang: b.m.lang}
	if box, ok := b.boxes[key]; ok {
		return box
	}
	if len(b.boxes) > 4096 {
		clear(b.boxes)
	}
	box := strings.Split(padBlock(b.drawNote(n, w, selected), w+1, 0), "\n")
	b.boxes[key] = box
	return box
}

func (b *boardModel) drawNote(n sessions.NoteView, w int, selected bool) string {
	st := b.m.st
	style := st.Note
	if n.Mine {
		style = st.NoteMine
	}
	if selected {
		style = st.NoteSelected
	}
	textW := max(4, w-4)
	author := n.Author
	if n.Mine {
		author = b.m.t("board.you")
	}
	if author == "" {
		author = b.m.t("board.anonymous")
	}
	label := ""
	if n.ID == b.m.view.Focus {
		if !selected {
			style = st.NoteFocus
		}
		label = st.Selected.Render(truncate(" "+st.Sym.Right+" "+strings.ToUpper(b.m.t("board.focus"))+" ", textW)) + "\n"
	}
	if n.Edited {
		author += " · " + b.m.t("board.edited")
	}
	body := label + wrap(n.Text, textW) + "\n" + st.Dim.Render(truncate("— "+author, textW))
	return style.Width(w - 2).Render(body)
}

func (b *boardModel) peopleView(h int) string {
	m := b.m
	st := m.st
	v := &m.view
	online := 0
	for _, p := range v.People {
		if p.Online {
			online++
		}
	}
	lines := []string{st.Bold.Render(m.t("board.people", online, len(v.People)))}
	for i, p := range v.People {
		if len(lines) >= h {
			// Only what fits is drawn; a room of hundreds stays cheap.
			lines = append(lines[:h-1], st.Dim.Render(m.t("board.more_people", len(v.People)-i+1)))
			break
		}
		lines = append(lines, b.personLines(p)...)
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	edge := st.PanelEdge.Render(st.PanelBorder)
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = edge + " " + l
	}
	return padBlock(strings.Join(lines, "\n"), peopleWidth, h)
}

// personLines draws one person of the participants list, cached: the list
// is redrawn on every change, the people on it rarely change.
func (b *boardModel) personLines(p sessions.PersonView) []string {
	key := personKey{p: p, lang: b.m.lang}
	if l, ok := b.people[key]; ok {
		return l
	}
	if len(b.people) > 4096 {
		clear(b.people)
	}
	st := b.m.st
	dot := st.Offline.Render(st.Sym.Offline)
	if p.Online {
		dot = st.Online.Render(st.Sym.Online)
	}
	name := p.Name
	if p.Facilitator {
		name += " " + st.Sym.Facilitator
	}
	if p.Me {
		name += " (" + b.m.t("board.you") + ")"
	}
	lines := []string{dot + " " + truncate(name, peopleWidth-5)}
	if p.Function != "" {
		lines = append(lines, "  "+st.Dim.Render(truncate(p.Function, peopleWidth-5)))
	}
	b.people[key] = lines
	return lines
}

type personKey struct {
	p    sessions.PersonView
	lang sessions.Lang
}
