package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// actionForm edits the six fields of an action item.
type actionForm struct {
	inputs  []textinput.Model
	focused int
	// editing is the action being edited; 0 for a new one.
	editing int
	// shares makes this the form for a quadrant's four time shares.
	shares bool
}

// actionLabels are the short labels of the fields after What, for lists.
var actionLabels = []string{"action.l.owner", "action.l.theme", "action.l.until", "action.l.result", "action.l.account"}

var actionFields = []string{"action.what", "action.owner", "action.theme", "action.until", "action.result", "action.account"}

func (b *boardModel) openForm(id int, item sessions.ActionItem) tea.Cmd {
	values := []string{item.What, item.Owner, item.Theme, item.Until, item.Result, item.Account}
	f := actionForm{editing: id}
	for i := range actionFields {
		in := newInput(b.m.st, sessions.MaxActionLen, min(50, b.m.w-12))
		in.SetValue(values[i])
		f.inputs = append(f.inputs, in)
	}
	// The owner is free text, with the participants' names offered as
	// you type (→ takes the suggestion).
	var names []string
	for _, p := range b.m.view.People {
		names = append(names, p.Name)
	}
	owner := &f.inputs[1]
	owner.SetSuggestions(names)
	owner.ShowSuggestions = true
	owner.KeyMap.AcceptSuggestion = key.NewBinding(key.WithKeys("right"))
	owner.KeyMap.NextSuggestion = key.NewBinding(key.WithKeys("ctrl+n"))
	owner.KeyMap.PrevSuggestion = key.NewBinding(key.WithKeys("ctrl+p"))
	// The theme too, from the themes of the room's clusters; ↓ lists them.
	theme := &f.inputs[2]
	theme.SetSuggestions(b.m.view.ActionThemes)
	theme.ShowSuggestions = true
	theme.KeyMap = owner.KeyMap
	b.form = f
	b.mode = modeForm
	return b.form.inputs[0].Focus()
}

func (f *actionForm) item() sessions.ActionItem {
	v := func(i int) string { return f.inputs[i].Value() }
	return sessions.ActionItem{What: v(0), Owner: v(1), Theme: v(2), Until: v(3), Result: v(4), Account: v(5)}
}

// formKeyMap holds the keys of the action form and the time shares form.
type formKeyMap struct {
	PickTheme, Next, Prev, Save, Enter, Cancel *boardBinding
}

// onThemeField reports whether an action's theme is being filled in and
// the room has themes to offer.
func (b *boardModel) onThemeField() bool {
	f := &b.form
	return !f.shares && f.focused == 2 && len(f.inputs) > 2 && len(b.m.view.ActionThemes) > 0
}

// pickActionTheme offers the themes of the room's clusters for the
// action's theme; the form comes back with the choice filled in, or as it
// was after Esc.
func (b *boardModel) pickActionTheme(tea.KeyMsg) tea.Cmd {
	var items []pickItem
	for i, title := range b.m.view.ActionThemes {
		items = append(items, pickItem{label: title, id: i})
	}
	b.openPicker(b.m.t("action.pick_theme"), items, func(m *Model, it pickItem) tea.Cmd {
		in := &m.board.form.inputs[2]
		in.SetValue(m.view.ActionThemes[it.id])
		in.CursorEnd()
		return nil
	})
	b.picker.back = modeForm
	return nil
}

var formKeys = formKeyMap{
	PickTheme: boardKey("down").hint("{d}", "key.pick_theme").
		only(func(b *boardModel) bool { return b.onThemeField() }).does((*boardModel).pickActionTheme),
	Next: boardKey("tab", "down").hint("tab", "key.field").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.form.move(1) }),
	Prev: boardKey("shift+tab", "up").sharesHint().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.form.move(-1) }),
	Save: boardKey("ctrl+s").hint("ctrl+s", "key.save").does((*boardModel).saveForm),
	// Enter goes to the next field, and saves on the last.
	Enter: boardKey("enter").sharesHint().
		does(func(b *boardModel, k tea.KeyMsg) tea.Cmd {
			if b.form.focused < len(b.form.inputs)-1 {
				return b.form.move(1)
			}
			return b.saveForm(k)
		}),
	Cancel: boardKey("esc").hint("esc", "key.cancel").does((*boardModel).cancel),
}

func (b *boardModel) updateForm(msg tea.Msg) tea.Cmd {
	if key, ok := msg.(tea.KeyMsg); ok {
		if cmd, ok := modeMaps[modeForm].handle(b, key); ok {
			return cmd
		}
	}
	f := &b.form
	var cmd tea.Cmd
	f.inputs[f.focused], cmd = f.inputs[f.focused].Update(msg)
	return cmd
}

// move focuses the field delta places on, round the end.
func (f *actionForm) move(delta int) tea.Cmd {
	f.inputs[f.focused].Blur()
	f.focused = (f.focused + delta + len(f.inputs)) % len(f.inputs)
	return f.inputs[f.focused].Focus()
}

// saveForm sends the form; a refusal gives it back as it was.
func (b *boardModel) saveForm(tea.KeyMsg) tea.Cmd {
	m := b.m
	f := &b.form
	b.mode = modeNormal
	if f.shares {
		return b.submitShares()
	}
	item, id := f.item(), f.editing
	reopen := func(m *Model) tea.Cmd { return m.board.openForm(id, item) }
	if id == 0 {
		return m.doOr(sessions.AddAction{Item: item}, "status.added_action", nil, reopen)
	}
	return m.doOr(sessions.EditAction{Action: id, Item: item}, "status.saved", nil, reopen)
}

func (b *boardModel) formView() string {
	m := b.m
	st := m.st
	f := &b.form
	var sb strings.Builder
	title := m.t("action.new")
	if f.editing != 0 {
		title = m.t("action.edit")
	}
	labels := actionFields
	if f.shares {
		title = m.t("shares.title")
		labels = nil
		for _, c := range m.view.Columns {
			labels = append(labels, c.Title)
		}
	}
	sb.WriteString(st.Bold.Render(title) + "\n")
	for i, in := range f.inputs {
		label := m.t(labels[i])
		if i == 2 && !f.shares && len(m.view.ActionThemes) > 0 {
			label = m.t("action.theme_pick", m.keyLabel("{d}"), len(m.view.ActionThemes))
		}
		if f.shares {
			label = labels[i] + " (%)"
		}
		if i == f.focused {
			label = st.Focus.Render(label)
		} else {
			label = st.Dim.Render(label)
		}
		sb.WriteString(label + "\n" + in.View() + "\n")
	}
	// The hint wraps to the form, so the dialog fits 80 columns.
	sb.WriteString(st.Dim.Render(wrap(m.t("action.hint"), max(20, min(60, m.w-8)))))
	return st.Dialog.Render(sb.String())
}

// submitShares sends the four percentages; a refusal (not 100 in all)
// gives the form back.
func (b *boardModel) submitShares() tea.Cmd {
	var pct [4]int
	values := make([]string, 4)
	for i, in := range b.form.inputs {
		values[i] = in.Value()
		if _, err := fmt.Sscan(strings.TrimSpace(in.Value()), &pct[i]); err != nil && strings.TrimSpace(in.Value()) != "" {
			b.m.setStatus(b.m.t("shares.numbers"), true)
			b.mode = modeForm
			return nil
		}
	}
	reopen := func(m *Model) tea.Cmd {
		cmd := m.board.openShares()
		for i, v := range values {
			m.board.form.inputs[i].SetValue(v)
		}
		return cmd
	}
	return b.m.doOr(sessions.SetShares{Pct: pct}, "status.saved", nil, reopen)
}

// actionsKeyMap holds the keys of the list of action items.
type actionsKeyMap struct {
	New, Edit, Delete, Up, Down *boardBinding
}

var actionsKeys = func() actionsKeyMap {
	up, down := selectKeys(func(b *boardModel) int { return len(b.m.view.Actions) })
	return actionsKeyMap{
		New:    boardKey("n").help("n", "help.new_action").hint("n", "key.new").does((*boardModel).newAction),
		Edit:   boardKey("e", "enter").help("e / enter", "help.edit_action").hint("e", "key.edit").does((*boardModel).editAction),
		Delete: boardKey("d", "delete").help("d", "help.delete_action").hint("d", "key.delete").does((*boardModel).deleteAction),
		Up:     up,
		Down:   down,
	}
}()

var actionsMap = mapOf[*boardModel](actionsKeys)

// actionsBar shows the keys that change the list to whoever may.
func (b *boardModel) actionsBar() []*boardBinding {
	k := &actionsKeys
	if b.m.view.Facilitator || b.m.view.Activity.Open {
		return []*boardBinding{k.New, k.Edit, k.Delete}
	}
	return nil
}

// newAction opens the form for a new action, for whoever may add one.
func (b *boardModel) newAction(tea.KeyMsg) tea.Cmd {
	m := b.m
	if !m.view.Facilitator && !m.view.Activity.Open {
		m.setStatus(m.refusal(sessions.ErrNotFacilitator), true)
		return nil
	}
	return b.openForm(0, sessions.ActionItem{})
}

// editAction opens the form on the selected action, if the viewer may
// change it.
func (b *boardModel) editAction(tea.KeyMsg) tea.Cmd {
	m := b.m
	if b.sel >= len(m.view.Actions) {
		return nil
	}
	a := m.view.Actions[b.sel]
	if !a.CanChange {
		m.setStatus(m.refusal(sessions.ErrNotYours), true)
		return nil
	}
	return b.openForm(a.ID, a.ActionItem)
}

// deleteAction asks whether to delete the selected action, if the viewer
// may.
func (b *boardModel) deleteAction(tea.KeyMsg) tea.Cmd {
	v := &b.m.view
	if b.sel < len(v.Actions) && v.Actions[b.sel].CanChange {
		b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmDeleteAction, v.Actions[b.sel].ID
	}
	return nil
}

func (b *boardModel) actionsView(h int) string {
	m := b.m
	st := m.st
	v := &m.view
	if len(v.Actions) == 0 {
		msg := m.t("action.none")
		if v.Facilitator || v.Activity.Open {
			msg = m.t("action.none_may")
		}
		return st.Dim.Render(wrap(msg, m.w-2))
	}
	var lines []string
	selLine := 0
	for i, a := range v.Actions {
		if i == b.sel {
			selLine = len(lines)
		}
		lines = append(lines, b.row(a.What, m.w, i == b.sel, false))
		var parts []string
		for j, val := range []string{a.Owner, a.Theme, a.Until, a.Result, a.Account} {
			if val != "" {
				parts = append(parts, m.t(actionLabels[j])+": "+val)
			}
		}
		if len(parts) > 0 {
			for _, l := range strings.Split(wrap(strings.Join(parts, " · "), m.w-4), "\n") {
				lines = append(lines, st.Dim.Render("    "+l))
			}
		}
	}
	return strings.Join(scrollLines(append([]string{""}, lines...), h, selLine+1)[1:], "\n")
}
