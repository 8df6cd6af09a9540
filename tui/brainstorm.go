package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// brainstormKeyMap holds the keys of the sticky-note board, which the
// café's tables, the quadrant's boxes and the marketplace share.
type brainstormKeyMap struct {
	New, Edit, Delete                     *boardBinding
	ColumnLeft, ColumnRight               *boardBinding
	Up, Down, First, Last, Newest         *boardBinding
	MoveLeft, MoveRight                   *boardBinding
	AddColumn, RenameColumn, RemoveColumn *boardBinding
}

var brainstormKeys = brainstormKeyMap{
	New:    boardKey("n").help("n", "help.new").hint("n", "key.new").does((*boardModel).newNote),
	Edit:   boardKey("e", "enter").help("e / enter", "help.edit").hint("e", "key.edit").does((*boardModel).editNote),
	Delete: boardKey("d", "delete", "backspace").help("d", "help.delete").hint("d", "key.delete").does((*boardModel).deleteNote),
	ColumnLeft: boardKey("left", "h", "shift+tab").help("{lr} / h l / tab", "help.column").hint("{lr}", "key.column").looking().
		does(func(b *boardModel, k tea.KeyMsg) tea.Cmd { b.moveColumn(-1, k.Type == tea.KeyShiftTab); return nil }),
	ColumnRight: boardKey("right", "l", "tab").sharesRow().sharesHint().looking().
		does(func(b *boardModel, k tea.KeyMsg) tea.Cmd { b.moveColumn(1, k.Type == tea.KeyTab); return nil }),
	Up: boardKey("up", "k").help("{ud} / j k", "help.note").hint("{ud}", "key.note").looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { b.moveNote(-1); return nil }),
	Down: boardKey("down", "j").sharesRow().sharesHint().looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { b.moveNote(1); return nil }),
	First: boardKey("home", "g").help("home end / g", "help.first_last").looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { b.moveNote(-sessions.MaxNotes); return nil }),
	Last: boardKey("end").sharesRow().looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { b.moveNote(sessions.MaxNotes); return nil }),
	Newest: boardKey("o").help("o", "help.newest").looking().does((*boardModel).jumpToNew),
	MoveLeft: boardKey("<", "shift+left").help("< >", "help.move").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.moveNoteTo(-1) }),
	MoveRight: boardKey(">", "shift+right").sharesRow().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.moveNoteTo(1) }),
	AddColumn:    boardKey("c").help("c r x", "help.columns").listed(facilitates).does((*boardModel).addColumn),
	RenameColumn: boardKey("r").sharesRow().does((*boardModel).renameColumn),
	RemoveColumn: boardKey("x").sharesRow().does((*boardModel).removeColumn),
}

var brainstormMap = mapOf[*boardModel](brainstormKeys)

// brainstormBar is the board's key bar, the café's tables' too.
func (b *boardModel) brainstormBar() []*boardBinding {
	k := &brainstormKeys
	return []*boardBinding{k.New, k.Edit, k.Delete, k.ColumnLeft, k.ColumnRight, k.Up, k.Down}
}

// facilitates reports whether the viewer facilitates, for the help.
func facilitates(b *boardModel) bool { return b.m.view.Facilitator }

// newNote opens the editor for a new note in the selected column.
func (b *boardModel) newNote(tea.KeyMsg) tea.Cmd {
	// Where no note may be written now, say why at once rather than
	// after the note is typed.
	if ci := b.colIndex(); ci >= 0 {
		if closed := b.m.view.Columns[ci].Closed; closed != "" {
			b.m.setStatus(sessions.Messages.T(b.m.lang, closed), true)
			return nil
		}
	}
	return b.openEditor(0, "")
}

// editNote opens the editor on the selected note, if it is the viewer's.
func (b *boardModel) editNote(tea.KeyMsg) tea.Cmd {
	n, ok := b.changeable()
	if !ok {
		return nil
	}
	return b.openEditor(n.ID, n.Text)
}

// deleteNote asks whether to delete the selected note, if it is the
// viewer's.
func (b *boardModel) deleteNote(tea.KeyMsg) tea.Cmd {
	if n, ok := b.changeable(); ok {
		b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmDeleteNote, n.ID
	}
	return nil
}

// moveNoteTo moves the selected note to the column delta places over.
func (b *boardModel) moveNoteTo(delta int) tea.Cmd {
	n, ok := b.changeable()
	if !ok {
		return nil
	}
	cols := b.m.view.Columns
	ci := b.colIndex() + delta
	if ci < 0 || ci >= len(cols) {
		return nil
	}
	b.col = cols[ci].ID
	return b.m.do(sessions.MoveNote{Note: n.ID, Column: cols[ci].ID}, "status.moved", nil)
}

// addColumn asks a facilitator for a new column's title.
func (b *boardModel) addColumn(tea.KeyMsg) tea.Cmd {
	if !b.facilitating() {
		return nil
	}
	return b.openInput(inputAddColumn, "")
}

// renameColumn asks a facilitator for the selected column's new title.
func (b *boardModel) renameColumn(tea.KeyMsg) tea.Cmd {
	if !b.facilitating() {
		return nil
	}
	if ci := b.colIndex(); ci >= 0 {
		return b.openInput(inputRenameColumn, b.m.view.Columns[ci].Title)
	}
	return nil
}

// removeColumn asks a facilitator whether to remove the selected column.
func (b *boardModel) removeColumn(tea.KeyMsg) tea.Cmd {
	if b.facilitating() && b.colIndex() >= 0 {
		b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmRemoveColumn, b.col
	}
	return nil
}
