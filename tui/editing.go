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
	b.editor.SetValue(text)
	return b.editor.Focus()
}

func (b *boardModel) updateEditor(msg tea.Msg) tea.Cmd {
	m := b.m
	if key, ok := msg.(tea.KeyMsg); ok {
		switch key.String() {
		case "esc":
			b.mode = modeNormal
			b.editor = nil
			m.setStatus(m.t("status.cancelled"), false)
			return nil
		case "enter", "ctrl+s":
			text := b.editor.Value()
			if strings.TrimSpace(text) == "" {
				m.setStatus(m.refusal(sessions.ErrEmptyText), true)
				return nil
			}
			b.mode = modeNormal
			b.editor = nil
			// A refusal (too fast, too long, note gone) gives the text back
			// in the editor, so nothing typed is lost.
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
				if _, ok := m.snap.State.Note(noteID); !ok {
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
	}
	var cmd tea.Cmd
	*b.editor, cmd = b.editor.Update(msg)
	return cmd
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

func (b *boardModel) updateInput(msg tea.Msg) tea.Cmd {
	m := b.m
	if key, ok := msg.(tea.KeyMsg); ok {
		switch key.String() {
		case "esc":
			b.mode = modeNormal
			m.setStatus(m.t("status.cancelled"), false)
			return nil
		case "enter":
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
	}
	var cmd tea.Cmd
	b.input, cmd = b.input.Update(msg)
	return cmd
}

func (b *boardModel) updateConfirm(msg tea.Msg) tea.Cmd {
	key, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	m := b.m
	switch key.String() {
	case "y", "j":
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
		}
		return m.do(sessions.RemoveColumn{Column: b.confirmTarget}, "status.column_removed", nil)
	case "n", "esc", "q":
		b.mode = modeNormal
		m.setStatus(m.t("status.cancelled"), false)
	}
	return nil
}
