package tui

import (
	"slices"
	"strings"

	"kring/sessions"
)

// A theme's notes can be opened from the cluster's themes and from the
// vote's list: they are shown in full, wrapped to the window rather than
// cut, one of them selected. This file draws such lists of notes.

// openedNotes are the notes of what is opened, in the activity at hand;
// ok is false when nothing is open or it is gone.
func (b *boardModel) openedNotes() (title string, notes []sessions.NoteView, ok bool) {
	if b.opened == 0 {
		return "", nil, false
	}
	v := &b.m.view
	for _, t := range v.Themes {
		if t.ID == b.opened {
			return t.Title, t.Notes, true
		}
	}
	if v.Vote != nil {
		for _, it := range v.Vote.Items {
			if it.ID == b.opened {
				return it.Title, it.Notes, true
			}
		}
	}
	return "", nil, false
}

// clampOpened closes what is opened once it is gone, and keeps the
// selection among its notes.
func (b *boardModel) clampOpened() {
	if _, notes, ok := b.openedNotes(); !ok {
		b.opened, b.openSel = 0, 0
	} else {
		b.openSel = min(b.openSel, max(len(notes)-1, 0))
	}
}

// closeOpened goes back from opened notes to the list they came from,
// with the theme or item still selected.
func (b *boardModel) closeOpened() {
	if i := b.openedIndex(); i >= 0 {
		b.sel = i
	}
	b.opened, b.openSel = 0, 0
}

// openedIndex is the place of the opened theme among the themes (their
// order follows their counts, so it moves as notes do); -1 for none.
func (b *boardModel) openedIndex() int {
	for i, t := range b.m.view.Themes {
		if t.ID == b.opened && b.opened != 0 {
			return i
		}
	}
	return -1
}

// noteRows draws notes as rows of width w: each note's text wrapped, not
// cut, with its author, the sel-th marked when active. from and to are
// the first and last line of the selection (-1 when none).
func (b *boardModel) noteRows(notes []sessions.NoteView, w, sel int, active bool) (lines []string, from, to int) {
	st := b.m.st
	from, to = -1, -1
	for i, n := range notes {
		text := oneLineText(n.Text)
		author := n.Author
		if n.Mine {
			author = b.m.t("board.you")
		}
		tail := ""
		if author != "" {
			tail = " — " + author
		}
		focused := n.ID == b.m.view.Focus
		if focused {
			tail += " " + b.focusLabel()
		}
		rows := strings.Split(wrap(text+tail, max(w-2, 8)), "\n")
		selected := active && i == sel
		if selected {
			from = len(lines)
		}
		for j, r := range rows {
			// The first line of each note starts with a bullet, so that
			// wrapped notes stay apart.
			mark := "  "
			switch {
			case j == 0 && focused:
				mark = st.Focus.Render(st.Sym.Right + " ")
			case j == 0:
				mark = "· "
			}
			switch {
			case selected:
				r = st.Selected.Render(ansiStripPad(mark+r, w))
			case j == len(rows)-1 && tail != "" && strings.HasSuffix(r, tail):
				r = mark + strings.TrimSuffix(r, tail) + st.Dim.Render(tail)
			default:
				r = mark + r
			}
			lines = append(lines, r)
		}
		if selected {
			to = len(lines) - 1
		}
	}
	return lines, from, to
}

// focusLabel marks what the facilitator put in focus, in words and in
// brackets, so it shows on a terminal without colour or reverse video.
func (b *boardModel) focusLabel() string {
	return b.m.st.Focus.Render("[" + b.m.t("board.focus") + "]")
}

// scrollBlock keeps lines within h, the first head of them always on
// top, scrolled so that lines from..to (the selection) show; markers say
// when there is more above or below.
func (b *boardModel) scrollBlock(lines []string, head, h, from, to int) []string {
	if len(lines) <= h || h <= head+2 {
		return lines
	}
	st := b.m.st
	avail := h - head
	body := lines[head:]
	from, to = max(from-head, 0), max(to-head, 0)
	// The selection stays clear of the markers on the first and last line.
	start := max(0, to-(avail-2))
	if start > 0 && from < start+1 {
		start = max(from-1, 0)
	}
	start = min(start, len(body)-avail)
	out := slices.Clone(lines[:head])
	window := slices.Clone(body[start : start+avail])
	if start > 0 {
		window[0] = st.Dim.Render(b.m.t("board.more_above"))
	}
	if start+avail < len(body) {
		window[len(window)-1] = st.Dim.Render(b.m.t("board.more_below"))
	}
	return append(out, window...)
}

// openedView draws the opened notes at the width of the window: a
// heading, the lines above the notes (what they are, how to go back),
// then the notes.
func (b *boardModel) openedView(heading string, about []string, notes []sessions.NoteView, active bool, h int) string {
	m := b.m
	st := m.st
	w := min(m.w, 100)
	lines := []string{st.ColumnTitleActive.Render(truncate(heading, w))}
	for _, a := range about {
		lines = append(lines, strings.Split(st.Dim.Render(wrap(a, w)), "\n")...)
	}
	lines = append(lines, "")
	head := len(lines)
	rows, from, to := b.noteRows(notes, w, b.openSel, active)
	if len(notes) == 0 {
		rows = []string{st.Dim.Render(m.t("opened.empty"))}
	}
	lines = append(lines, rows...)
	return strings.Join(b.scrollBlock(lines, head, h, from, to), "\n")
}
