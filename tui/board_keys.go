package tui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// commonKeyMap holds the keys that work in every activity, read-only ones
// included.
type commonKeyMap struct {
	LookBack, People, Lang, Back, Help, Leave *boardBinding
}

var commonKeys = commonKeyMap{
	LookBack: boardKey("v").help("v", "help.look_back").hint("v", "key.look_back").does((*boardModel).openLookBack),
	People:   boardKey("p").help("p", "help.people").does((*boardModel).togglePeople),
	Lang:     boardKey("t").help("t", "help.lang").does((*boardModel).switchLang),
	Back:     boardKey("esc").help("esc", "help.back").hint("esc", "key.back_live").does((*boardModel).back),
	Help:     boardKey("?").help("?", "help.help").hint("?", "key.help").does((*boardModel).openHelp),
	Leave:    boardKey("q").help("q", "help.leave").hint("q", "key.leave").does((*boardModel).leave),
}

var commonMap = mapOf[*boardModel](commonKeys)

func (b *boardModel) update(msg tea.Msg) tea.Cmd {
	switch b.mode {
	case modeEditor:
		return b.updateEditor(msg)
	case modeInput:
		return b.updateInput(msg)
	case modeForm:
		return b.updateForm(msg)
	case modeNormal:
	default:
		// The overlays without a text field take keys only.
		if key, ok := msg.(tea.KeyMsg); ok {
			cmd, _ := modeMaps[b.mode].handle(b, key)
			return cmd
		}
		return nil
	}
	key, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	if cmd, handled := commonMap.handle(b, key); handled {
		return cmd
	}
	keys := b.kindScreen().keys
	if b.m.view.Past {
		// Looking back, only the keys that look around work.
		if k := keys.find(b, key); k != nil && k.look {
			return k.do(b, key)
		}
		b.m.setStatus(b.m.t("lookback.read_only"), true)
		return nil
	}
	if b.m.view.Facilitator {
		if cmd, handled := consoleMap.handle(b, key); handled {
			return cmd
		}
	}
	cmd, _ := keys.handle(b, key)
	return cmd
}

// leave asks first whether to leave: q is next to keys people press all
// the time, and leaving by accident loses one's place in a live session.
func (b *boardModel) leave(tea.KeyMsg) tea.Cmd {
	b.mode, b.confirm = modeConfirm, confirmLeave
	return nil
}

// openHelp shows the help from its first page.
func (b *boardModel) openHelp(tea.KeyMsg) tea.Cmd {
	b.mode, b.helpPage = modeHelp, 0
	return nil
}

// switchLang switches the viewer's language.
func (b *boardModel) switchLang(tea.KeyMsg) tea.Cmd {
	return b.m.do(sessions.ChooseLang{Lang: b.m.lang.Other()}, "", nil)
}

// togglePeople shows or hides the participants panel.
func (b *boardModel) togglePeople(tea.KeyMsg) tea.Cmd {
	b.hidePeople = !b.hidePeople
	return nil
}

// back closes a theme's opened notes, returns from looking back, or from
// the projector layout, and clears the status line.
func (b *boardModel) back(tea.KeyMsg) tea.Cmd {
	if b.opened != 0 {
		b.closeOpened()
		return nil
	}
	if b.lookBack != 0 {
		b.showActivity(0)
		return nil
	}
	b.projector = false
	b.m.setStatus("", false)
	return nil
}

// openLookBack offers the earlier activities to look back at.
func (b *boardModel) openLookBack(tea.KeyMsg) tea.Cmd {
	m := b.m
	var items []pickItem
	for i, a := range m.view.Earlier {
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
	b.opened, b.openSel = 0, 0
	b.seen.reset()
	b.m.refresh()
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
