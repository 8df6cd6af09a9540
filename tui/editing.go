package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

func (b *boardModel) openEditor(noteID int, text string) tea.Cmd {
	if b.colIndex() < 0 {
		return nil
	}
	b.mode, b.editing, b.editColumn = modeEditor, noteID, b.col
	ed := newEditor(b.m.st)
	b.editor = &ed
	b.editor.SetWidth(b.editorWidth())
	b.editor.Placeholder = b.m.t("editor.placeholder")
	if b.m.st.Mono {
		b.editor.Placeholder = b.m.t("form.example_mono", b.editor.Placeholder)
	}
	b.editor.SetValue(text)
	return b.editor.Focus()
}

// editorKeyMap holds the keys of the note editor.
type editorKeyMap struct {
	Save, Newline, Cancel *boardBinding
}

var editorKeys = editorKeyMap{
	Save:    boardKey("enter", "ctrl+s").hint("enter", "key.save").does((*boardModel).saveNote),
	Newline: newlineKey,
	Cancel:  boardKey("esc").hint("esc", "key.cancel").does((*boardModel).cancel),
}

// newlineKey starts a new line in a note: the editor itself does it (see
// newEditor).
var newlineKey = boardKey("alt+enter", "ctrl+j").hint("alt+enter", "key.newline")

func (b *boardModel) updateEditor(msg tea.Msg) tea.Cmd {
	if key, ok := msg.(tea.KeyMsg); ok {
		if cmd, ok := modeMaps[modeEditor].handle(b, key); ok {
			return cmd
		}
	}
	var cmd tea.Cmd
	*b.editor, cmd = b.editor.Update(msg)
	return cmd
}

// cancel closes an overlay without doing anything.
func (b *boardModel) cancel(tea.KeyMsg) tea.Cmd {
	b.mode = modeNormal
	b.editor = nil
	b.m.setStatus(b.m.t("status.cancelled"), false)
	return nil
}

// saveNote sends the note being written. A refusal (too fast, too long,
// note gone) gives the text back in the editor, so nothing typed is lost.
func (b *boardModel) saveNote(tea.KeyMsg) tea.Cmd {
	m := b.m
	text := b.editor.Value()
	if strings.TrimSpace(text) == "" {
		m.setStatus(m.refusal(sessions.ErrEmptyText), true)
		return nil
	}
	b.mode = modeNormal
	b.editor = nil
	noteID, column := b.editing, b.editColumn
	reopen := func(m *Model) tea.Cmd {
		if m.board.mode != modeNormal {
			return nil
		}
		m.board.col = column
		if m.board.colIndex() < 0 && len(m.view.Columns) > 0 {
			// The column is gone from view (a café moved on to the
			// next round): write it at the table where you sit now.
			m.board.col, noteID = m.view.Columns[0].ID, 0
		}
		if _, ok := m.view.Note(noteID); !ok {
			noteID = 0 // deleted meanwhile: offer it as a new note
		}
		return m.board.openEditor(noteID, text)
	}
	if noteID == 0 {
		return m.doOr(sessions.AddNote{Column: column, Text: text}, "status.added", func(m *Model) tea.Cmd {
			m.board.selectNewest()
			return nil
		}, reopen)
	}
	return m.doOr(sessions.EditNote{Note: noteID, Text: text}, "status.saved", nil, reopen)
}

// selectNewest selects the last note in the selected column that is the
// viewer's own, which after adding a note is the new one.
func (b *boardModel) selectNewest() {
	b.m.setSnapshot(b.m.room.Snapshot())
	ci := b.colIndex()
	if ci < 0 {
		return
	}
	notes := b.m.view.Columns[ci].Notes
	for i := len(notes) - 1; i >= 0; i-- {
		if notes[i].Mine {
			b.note = notes[i].ID
			return
		}
	}
}

func (b *boardModel) openInput(kind inputKind, value string) tea.Cmd {
	b.mode, b.inputFor = modeInput, kind
	b.input.Reset()
	b.input.SetValue(value)
	b.input.CursorEnd()
	return b.input.Focus()
}

// inputKeyMap holds the keys of the one-line input for titles.
type inputKeyMap struct {
	Save, Cancel *boardBinding
}

var inputKeys = inputKeyMap{
	Save:   boardKey("enter").hint("enter", "key.save").does((*boardModel).saveInput),
	Cancel: boardKey("esc").hint("esc", "key.cancel").does((*boardModel).cancel),
}

func (b *boardModel) updateInput(msg tea.Msg) tea.Cmd {
	if key, ok := msg.(tea.KeyMsg); ok {
		if cmd, ok := modeMaps[modeInput].handle(b, key); ok {
			return cmd
		}
	}
	var cmd tea.Cmd
	b.input, cmd = b.input.Update(msg)
	return cmd
}

// saveInput sends the title typed.
func (b *boardModel) saveInput(tea.KeyMsg) tea.Cmd {
	m := b.m
	b.mode = modeNormal
	title := b.input.Value()
	switch b.inputFor {
	case inputAddColumn:
		return m.do(sessions.AddColumn{Title: title}, "status.column_added", nil)
	case inputAddTheme:
		return m.do(sessions.AddTheme{Title: title}, "status.theme_added", nil)
	case inputRenameTheme:
		return m.do(sessions.RenameTheme{Theme: b.inputTarget, Title: title}, "status.saved", nil)
	}
	return m.do(sessions.RenameColumn{Column: b.col, Title: title}, "status.saved", nil)
}

// confirmKeyMap holds the keys of a yes/no question.
type confirmKeyMap struct {
	Yes, No *boardBinding
}

var confirmKeys = confirmKeyMap{
	Yes: boardKey("j", "y").hint("j/y", "key.yes").does((*boardModel).confirmed),
	No:  boardKey("n", "esc", "q").hint("n/esc", "key.no").does((*boardModel).cancel),
}

// confirmed does what was asked about.
func (b *boardModel) confirmed(tea.KeyMsg) tea.Cmd {
	m := b.m
	b.mode = modeNormal
	switch b.confirm {
	case confirmDeleteNote:
		return m.do(sessions.DeleteNote{Note: b.confirmTarget}, "status.deleted", nil)
	case confirmReveal:
		return m.do(sessions.Reveal{Activity: b.confirmTarget}, "status.revealed", nil)
	case confirmResetTimer:
		return m.do(sessions.TimerCmd{Op: sessions.TimerReset}, "", nil)
	case confirmRemoveTheme:
		return m.do(sessions.RemoveTheme{Theme: b.confirmTarget}, "status.theme_removed", nil)
	case confirmDeleteAction:
		return m.do(sessions.DeleteAction{Action: b.confirmTarget}, "status.deleted", nil)
	case confirmLeave:
		m.exitMsg = m.goodbye()
		return tea.Quit
	}
	return m.do(sessions.RemoveColumn{Column: b.confirmTarget}, "status.column_removed", nil)
}
