package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// seenNotes remembers which notes a viewer has had on screen, so that a
// column with more notes than fit can tell them how many arrived out of
// sight since they last looked: with 30 or 300 people writing, the notes
// below the fold are otherwise read by their authors alone. It is the
// viewer's own memory, kept in their program, never in the room.
type seenNotes struct {
	// notes are the notes seen; columns the columns drawn at least once,
	// whose notes at that moment count as seen (a late joiner is not told
	// that everything is new).
	notes, columns map[int]bool
}

// reset forgets everything seen, for a new activity.
func (s *seenNotes) reset() { s.notes, s.columns = nil, nil }

// notice records what a drawn column shows: its notes whose box begins
// at line tops[i] within start to end (its text on the line after) are
// seen, as are the viewer's own.
// It returns how many unseen notes are above and below that window.
func (s *seenNotes) notice(c sessions.ColumnView, tops []int, start, end int) (above, below int) {
	if s.notes == nil {
		s.notes, s.columns = map[int]bool{}, map[int]bool{}
	}
	first := !s.columns[c.ID]
	s.columns[c.ID] = true
	for i, n := range c.Notes {
		if first || n.Mine || (tops[i] >= start && tops[i] < end) {
			s.notes[n.ID] = true
		}
		switch {
		case s.notes[n.ID]:
		case tops[i] < start:
			above++
		default:
			below++
		}
	}
	return above, below
}

// unseen reports whether the viewer has not had note n on screen yet.
func (s *seenNotes) unseen(n sessions.NoteView) bool {
	return s.columns != nil && !n.Mine && !s.notes[n.ID]
}

// jumpToNew selects the first note not seen yet: in the selected column,
// else in the next one that has one. In an anonymous activity the notes
// stand in the order of their text, so the first unseen one tells
// nothing about when it was written.
func (b *boardModel) jumpToNew(tea.KeyMsg) tea.Cmd {
	cols := b.m.view.Columns
	ci := max(b.colIndex(), 0)
	for k := range cols {
		c := cols[(ci+k)%len(cols)]
		if !b.seen.columns[c.ID] {
			continue // never drawn: nothing in it is known to be new
		}
		for _, n := range c.Notes {
			if b.seen.unseen(n) {
				b.col, b.note = c.ID, n.ID
				return nil
			}
		}
	}
	b.m.setStatus(b.m.t("board.no_new"), false)
	return nil
}
