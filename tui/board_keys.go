package tui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

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
	return b.kindKey(key)
}

// kindKey hands a key to the current activity's own keys.
func (b *boardModel) kindKey(key tea.KeyMsg) tea.Cmd {
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
		n, ok := b.changeable()
		if !ok {
			return nil
		}
		return b.openEditor(n.ID, n.Text)
	case "d", "delete", "backspace":
		n, ok := b.changeable()
		if !ok {
			return nil
		}
		b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmDeleteNote, n.ID
	case "<", ">", "shift+left", "shift+right":
		n, ok := b.changeable()
		if !ok {
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
		if !b.facilitating() {
			return nil
		}
		return b.openInput(inputAddColumn, "")
	case "r":
		if !b.facilitating() {
			return nil
		}
		if ci := b.colIndex(); ci >= 0 {
			return b.openInput(inputRenameColumn, v.Columns[ci].Title)
		}
	case "x":
		if !b.facilitating() {
			return nil
		}
		if b.colIndex() >= 0 {
			b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmRemoveColumn, b.col
		}
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
		return b.kindKey(key)
	}
	b.m.setStatus(b.m.t("lookback.read_only"), true)
	return nil
}

// changeable returns the selected note when the viewer may change it; it
// explains on the status line when not.
func (b *boardModel) changeable() (sessions.NoteView, bool) {
	n, ok := b.selected()
	if ok && !n.CanChange {
		b.m.setStatus(b.m.refusal(sessions.ErrNotYours), true)
		return n, false
	}
	return n, ok
}

// facilitating reports whether the viewer facilitates; it explains on the
// status line when not. The rule itself is enforced in sessions.
func (b *boardModel) facilitating() bool {
	if !b.m.view.Facilitator {
		b.m.setStatus(b.m.refusal(sessions.ErrNotFacilitator), true)
		return false
	}
	return true
}
