package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

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

	editor     textarea.Model
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
	// boxes caches drawn note boxes.
	boxes map[noteKey][]string

	// sel is the selected row in list-like activities (cluster, vote,
	// actions); pane is the cluster's side (0 notes, 1 themes).
	sel, pane int
	picker    picker
	form      actionForm
}

func newBoard(m *Model) boardModel {
	return boardModel{m: m, editor: newEditor(m.st), input: newInput(m.st, sessions.MaxColumnLen, 30), boxes: map[noteKey][]string{}}
}

// clamp keeps the selection on something that still exists.
func (b *boardModel) clamp() {
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
	b.editor.SetWidth(b.editorWidth())
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

func (b *boardModel) moveColumn(delta int) {
	cols := b.m.view.Columns
	if len(cols) == 0 {
		return
	}
	ci := (b.colIndex() + delta + len(cols)) % len(cols)
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

func (b *boardModel) update(msg tea.Msg) tea.Cmd {
	switch b.mode {
	case modeEditor:
		return b.updateEditor(msg)
	case modeInput:
		return b.updateInput(msg)
	case modeConfirm:
		return b.updateConfirm(msg)
	case modePicker:
		return b.updatePicker(msg)
	case modeForm:
		return b.updateForm(msg)
	case modeHelp:
		if key, ok := msg.(tea.KeyMsg); ok {
			if s := key.String(); b.m.view.Facilitator && (s == "tab" || s == "right" || s == "left" || s == "l" || s == "h") {
				b.helpPage = (b.helpPage + 1) % max(b.helpPages, 1)
				return nil
			}
			b.mode = modeNormal
		}
		return nil
	case modeRejoinInfo, modeOverview:
		if _, ok := msg.(tea.KeyMsg); ok {
			b.mode = modeNormal
		}
		return nil
	}
	key, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	if cmd, handled := b.commonKey(key); handled {
		return cmd
	}
	if b.m.view.Past {
		return b.pastKey(key)
	}
	if b.m.view.Facilitator {
		if cmd, handled := b.consoleKey(key); handled {
			return cmd
		}
	}
	switch b.m.view.Activity.Kind {
	case sessions.KindBrainstorm:
		return b.brainstormKey(key)
	case sessions.KindCluster:
		return b.clusterKey(key)
	case sessions.KindVote:
		return b.voteKey(key)
	case sessions.KindActions:
		return b.actionsKey(key)
	case sessions.KindScale:
		return b.scaleKey(key)
	case sessions.KindQuadrant:
		return b.quadrantKey(key)
	case sessions.KindCafe:
		return b.cafeKey(key)
	case sessions.KindMarket:
		return b.marketKey(key)
	case sessions.KindRank:
		return b.rankKey(key)
	}
	return nil
}

// commonKey handles the keys that work in every activity.
func (b *boardModel) commonKey(key tea.KeyMsg) (tea.Cmd, bool) {
	m := b.m
	switch key.String() {
	case "q":
		m.exitMsg = m.t("exit.bye")
		return tea.Quit, true
	case "?":
		b.mode, b.helpPage = modeHelp, 0
	case "t":
		return m.do(sessions.ChooseLang{Lang: m.lang.Other()}, "", nil), true
	case "p":
		b.hidePeople = !b.hidePeople
	case "v":
		return b.openLookBack(), true
	case "esc":
		if b.lookBack != 0 {
			b.showActivity(0)
			return nil, true
		}
		if b.projector {
			b.projector = false
		}
		m.setStatus("", false)
	default:
		return nil, false
	}
	return nil, true
}

// brainstormKey handles the keys of the sticky-note board.
func (b *boardModel) brainstormKey(key tea.KeyMsg) tea.Cmd {
	m := b.m
	v := &m.view
	switch key.String() {
	case "left", "h", "shift+tab":
		b.moveColumn(-1)
	case "right", "l", "tab":
		b.moveColumn(1)
	case "up", "k":
		b.moveNote(-1)
	case "down", "j":
		b.moveNote(1)
	case "home", "g":
		b.moveNote(-sessions.MaxNotes)
	case "end":
		b.moveNote(sessions.MaxNotes)
	case "n":
		return b.openEditor(0, "")
	case "e", "enter":
		n, ok := b.selected()
		if !ok {
			return nil
		}
		if !n.CanChange {
			m.setStatus(m.refusal(sessions.ErrNotYours), true)
			return nil
		}
		return b.openEditor(n.ID, n.Text)
	case "d", "delete", "backspace":
		n, ok := b.selected()
		if !ok {
			return nil
		}
		if !n.CanChange {
			m.setStatus(m.refusal(sessions.ErrNotYours), true)
			return nil
		}
		b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmDeleteNote, n.ID
	case "<", ">", "shift+left", "shift+right":
		n, ok := b.selected()
		if !ok {
			return nil
		}
		if !n.CanChange {
			m.setStatus(m.refusal(sessions.ErrNotYours), true)
			return nil
		}
		delta := 1
		if s := key.String(); s == "<" || s == "shift+left" {
			delta = -1
		}
		ci := b.colIndex() + delta
		if ci < 0 || ci >= len(v.Columns) {
			return nil
		}
		b.col = v.Columns[ci].ID
		return m.do(sessions.MoveNote{Note: n.ID, Column: v.Columns[ci].ID}, "status.moved", nil)
	case "c":
		if !v.Facilitator {
			m.setStatus(m.refusal(sessions.ErrNotFacilitator), true)
			return nil
		}
		return b.openInput(inputAddColumn, "")
	case "r":
		if !v.Facilitator {
			m.setStatus(m.refusal(sessions.ErrNotFacilitator), true)
			return nil
		}
		if ci := b.colIndex(); ci >= 0 {
			return b.openInput(inputRenameColumn, v.Columns[ci].Title)
		}
	case "x":
		if !v.Facilitator {
			m.setStatus(m.refusal(sessions.ErrNotFacilitator), true)
			return nil
		}
		if b.colIndex() >= 0 {
			b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmRemoveColumn, b.col
		}
	}
	return nil
}

func (b *boardModel) openEditor(noteID int, text string) tea.Cmd {
	if b.colIndex() < 0 {
		return nil
	}
	b.mode, b.editing, b.editColumn = modeEditor, noteID, b.col
	b.editor.Reset()
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
			b.editor.Blur()
			m.setStatus(m.t("status.cancelled"), false)
			return nil
		case "enter", "ctrl+s":
			text := b.editor.Value()
			if strings.TrimSpace(text) == "" {
				m.setStatus(m.refusal(sessions.ErrEmptyText), true)
				return nil
			}
			b.mode = modeNormal
			b.editor.Blur()
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
	b.editor, cmd = b.editor.Update(msg)
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

// openLookBack offers the earlier activities to look back at.
func (b *boardModel) openLookBack() tea.Cmd {
	m := b.m
	var items []pickItem
	for i, a := range m.snap.State.Agenda[:m.snap.State.Current] {
		items = append(items, pickItem{label: fmt.Sprintf("%d. %s", i+1, a.Title), id: a.ID})
	}
	if b.lookBack != 0 {
		items = append(items, pickItem{label: m.t("lookback.live"), id: 0})
	}
	if len(items) == 0 {
		m.setStatus(m.t("lookback.none"), false)
		return nil
	}
	b.openPicker(m.t("lookback.title"), items, func(m *Model, it pickItem) tea.Cmd {
		m.board.showActivity(it.id)
		return nil
	})
	return nil
}

// showActivity looks back at activity id, or follows the room again for 0.
func (b *boardModel) showActivity(id int) {
	b.lookBack, b.sel, b.pane, b.col, b.note = id, 0, 0, 0, 0
	b.m.setSnapshot(b.m.snap)
}

// pastKey allows only looking around in an earlier activity.
func (b *boardModel) pastKey(key tea.KeyMsg) tea.Cmd {
	switch key.String() {
	case "left", "h", "right", "l", "tab", "shift+tab", "up", "k", "down", "j", "home", "g", "end":
		switch b.m.view.Activity.Kind {
		case sessions.KindBrainstorm:
			return b.brainstormKey(key)
		case sessions.KindCluster:
			return b.clusterKey(key)
		case sessions.KindVote:
			return b.voteKey(key)
		case sessions.KindActions:
			return b.actionsKey(key)
		case sessions.KindQuadrant, sessions.KindCafe, sessions.KindMarket:
			return b.brainstormKey(key)
		}
	default:
		b.m.setStatus(b.m.t("lookback.read_only"), true)
	}
	return nil
}
