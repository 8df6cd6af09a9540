package tui

import (
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"

	"kring/sessions"
)

type mode int

const (
	modeNormal mode = iota
	modeEditor
	modeConfirm
	modeInput
	modeHelp
	modeRejoinInfo
	modePicker
	modeForm
	modeOverview
)

type confirmKind int

const (
	confirmDeleteNote confirmKind = iota
	confirmRemoveColumn
	confirmReveal
	confirmResetTimer
	confirmRemoveTheme
	confirmDeleteAction
	confirmLeave
)

type inputKind int

const (
	inputAddColumn inputKind = iota
	inputRenameColumn
	inputAddTheme
	inputRenameTheme
)

// boardModel is the live board: columns of notes, a participants panel,
// and the overlays for editing, confirming and help.
type boardModel struct {
	m    *Model
	mode mode
	// col is the ID of the selected column, note the ID of the selected
	// note (0 when the column is empty).
	col, note int

	// editor exists only while a note is being written: a textarea holds
	// about 265 kB, which most connections never need at once.
	editor     *textarea.Model
	editing    int // note ID being edited; 0 for a new note
	editColumn int

	input       textinput.Model
	inputFor    inputKind
	inputTarget int

	confirm       confirmKind
	confirmTarget int

	hidePeople bool
	// projector hides the controls and shows the board large.
	projector bool
	// helpPage is the page of the help shown: 0 for the activity's keys,
	// then the console's; helpPages is how many there are.
	helpPage, helpPages int
	// lookBack is an earlier activity shown read-only; 0 follows the room.
	lookBack int
	// scaleMoved is set while the viewer moves their scale cursor away
	// from their marker.
	scaleMoved bool
	// showMatches shows a marketplace's matching instead of its board.
	showMatches bool
	// lensGroup is the group a facilitator looks at in an activity that
	// works per group; 0 is the plenary view of all groups.
	lensGroup int
	// showCompare shows the facilitator the rankings compared.
	showCompare bool
	// boxes caches drawn note boxes, people the lines of the participants
	// list.
	boxes  map[noteKey][]string
	people map[personKey][]string

	// sel is the selected row in list-like activities (cluster, vote,
	// actions); pane is the cluster's side (0 notes, 1 themes).
	sel, pane int
	// opened is the theme or vote item whose notes are shown in full,
	// opened from the cluster's themes or the vote's list; 0 shows the
	// list. openSel is the row selected among those notes.
	opened, openSel int
	// seen remembers the notes the viewer has had on screen.
	seen   seenNotes
	picker picker
	form   actionForm
}

func newBoard(m *Model) boardModel {
	return boardModel{m: m, input: newInput(m.st, sessions.MaxColumnLen, 30), boxes: map[noteKey][]string{}, people: map[personKey][]string{}}
}

// lens is what the viewer chose to look at, for their View.
func (b *boardModel) lens() sessions.Lens {
	return sessions.Lens{Activity: b.lookBack, Group: b.lensGroup, Participation: b.mode == modeOverview}
}

// clamp keeps the selection on something that still exists.
func (b *boardModel) clamp() {
	b.clampOpened()
	v := &b.m.view
	if len(v.Columns) == 0 {
		b.col, b.note = 0, 0
		return
	}
	ci := b.colIndex()
	if ci < 0 {
		ci = 0
		b.col = v.Columns[0].ID
	}
	notes := v.Columns[ci].Notes
	for _, n := range notes {
		if n.ID == b.note {
			return
		}
	}
	if len(notes) == 0 {
		b.note = 0
		return
	}
	b.note = notes[len(notes)-1].ID
}

func (b *boardModel) resize() {
	if b.editor != nil {
		b.editor.SetWidth(b.editorWidth())
	}
}

func (b *boardModel) editorWidth() int {
	return max(20, min(60, b.m.w-8))
}

func (b *boardModel) colIndex() int {
	for i, c := range b.m.view.Columns {
		if c.ID == b.col {
			return i
		}
	}
	return -1
}

func (b *boardModel) noteIndex() int {
	ci := b.colIndex()
	if ci < 0 {
		return -1
	}
	for i, n := range b.m.view.Columns[ci].Notes {
		if n.ID == b.note {
			return i
		}
	}
	return -1
}

func (b *boardModel) selected() (sessions.NoteView, bool) {
	ci, ni := b.colIndex(), b.noteIndex()
	if ci < 0 || ni < 0 {
		return sessions.NoteView{}, false
	}
	return b.m.view.Columns[ci].Notes[ni], true
}

// moveColumn selects the column delta away. The arrows stop at the first
// and last column — a note moved on from the first column must not land
// in the last one — while Tab goes round.
func (b *boardModel) moveColumn(delta int, wrap bool) {
	cols := b.m.view.Columns
	if len(cols) == 0 {
		return
	}
	ci := b.colIndex() + delta
	if wrap {
		ci = (ci + len(cols)) % len(cols)
	} else {
		ci = min(max(ci, 0), len(cols)-1)
	}
	b.col = cols[ci].ID
	b.note = 0
	if notes := cols[ci].Notes; len(notes) > 0 {
		b.note = notes[0].ID
	}
}

func (b *boardModel) moveNote(delta int) {
	ci := b.colIndex()
	if ci < 0 {
		return
	}
	notes := b.m.view.Columns[ci].Notes
	if len(notes) == 0 {
		return
	}
	ni := min(max(b.noteIndex()+delta, 0), len(notes)-1)
	b.note = notes[ni].ID
}
