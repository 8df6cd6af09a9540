package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// joinModel asks a first-time participant for a name and an optional
// function; a keyless participant may instead give a rejoin code.
type joinModel struct {
	m          *Model
	inputs     []textinput.Model
	focused    int
	lang       sessions.Lang
	langChosen bool
}

const (
	fieldName = iota
	fieldFunction
	fieldRejoin
)

func newJoin(m *Model) joinModel {
	j := joinModel{m: m}
	name := newInput(m.st, sessions.MaxNameLen, 46)
	function := newInput(m.st, sessions.MaxFunctionLen, 46)
	j.inputs = []textinput.Model{name, function}
	if m.id.Keyless() {
		rejoin := newInput(m.st, 12, 34)
		rejoin.Placeholder = placeholder(m.st, m.lang, "ACDE-3467")
		j.inputs = append(j.inputs, rejoin)
	}
	return j
}

func (j *joinModel) focus() tea.Cmd {
	j.inputs[fieldFunction].Placeholder = placeholder(j.m.st, j.m.lang, j.m.t("join.function_placeholder"))
	if len(j.inputs) > fieldRejoin {
		j.inputs[fieldRejoin].Placeholder = placeholder(j.m.st, j.m.lang, "ACDE-3467")
	}
	var cmd tea.Cmd
	for i := range j.inputs {
		if i == j.focused {
			cmd = j.inputs[i].Focus()
		} else {
			j.inputs[i].Blur()
		}
	}
	return cmd
}

// joinBinding is a key of the join form.
type joinBinding = binding[*joinModel]

// joinKeyMap holds the keys of the join form.
type joinKeyMap struct {
	Next, NextField, PrevField, Lang, Quit *joinBinding
}

var joinKeys = joinKeyMap{
	Next: newKey[*joinModel]("enter").hint("enter", "key.next").does((*joinModel).next),
	NextField: newKey[*joinModel]("tab", "down").hint("tab", "key.field").
		does(func(j *joinModel, _ tea.KeyMsg) tea.Cmd { return j.moveField(1) }),
	PrevField: newKey[*joinModel]("shift+tab", "up").sharesHint().
		does(func(j *joinModel, _ tea.KeyMsg) tea.Cmd { return j.moveField(-1) }),
	Lang: newKey[*joinModel]("ctrl+t").hint("ctrl+t", "key.other_lang").
		does(func(j *joinModel, _ tea.KeyMsg) tea.Cmd {
			j.m.lang = j.m.lang.Other()
			j.lang, j.langChosen = j.m.lang, true
			return j.focus()
		}),
	Quit: newKey[*joinModel]("esc").hint("esc", "key.quit").
		does(func(j *joinModel, _ tea.KeyMsg) tea.Cmd {
			j.m.exitMsg = j.m.goodbye()
			return tea.Quit
		}),
}

var joinMap = mapOf[*joinModel](joinKeys)

func (j *joinModel) update(msg tea.Msg) tea.Cmd {
	if key, ok := msg.(tea.KeyMsg); ok {
		if cmd, ok := joinMap.handle(j, key); ok {
			return cmd
		}
	}
	var cmd tea.Cmd
	j.inputs[j.focused], cmd = j.inputs[j.focused].Update(msg)
	return cmd
}

// moveField focuses the field delta places on, round the end.
func (j *joinModel) moveField(delta int) tea.Cmd {
	j.focused = (j.focused + delta + len(j.inputs)) % len(j.inputs)
	return j.focus()
}

// next reclaims with a rejoin code, goes on from the name to the
// function, or joins.
func (j *joinModel) next(tea.KeyMsg) tea.Cmd {
	if j.focused == fieldRejoin && strings.TrimSpace(j.inputs[fieldRejoin].Value()) != "" {
		return j.reclaim()
	}
	if j.focused == fieldName && strings.TrimSpace(j.inputs[fieldName].Value()) != "" {
		j.focused = fieldFunction
		return j.focus()
	}
	return j.submit()
}

func (j *joinModel) submit() tea.Cmd {
	m := j.m
	name := j.inputs[fieldName].Value()
	if strings.TrimSpace(name) == "" {
		j.focused = fieldName
		m.setStatus(m.t("join.need_name"), true)
		return j.focus()
	}
	cmd := sessions.Join{Name: name, Function: j.inputs[fieldFunction].Value()}
	var code string
	if m.id.Keyless() {
		code = sessions.NewRejoinCode()
		cmd.RejoinHash = sessions.HashRejoin(code)
	}
	chosen, lang := j.langChosen, j.lang
	return m.doOr(cmd, "", func(m *Model) tea.Cmd {
		m.rejoin = code
		if chosen && lang != m.view.Lang {
			return tea.Batch(m.enterBoard(), m.do(sessions.ChooseLang{Lang: lang}, "", nil))
		}
		return m.enterBoard()
	}, func(m *Model) tea.Cmd {
		if m.status != m.refusal(sessions.ErrNameTaken) {
			return nil
		}
		// Back to the name, so that a retyped name is not taken for the
		// function. A keyless participant whose name is taken may be
		// that person after a dropped connection: point to the rejoin
		// code too.
		if m.id.Keyless() {
			m.setStatus(m.t("join.name_taken_rejoin"), true)
		}
		m.join.focused = fieldName
		return m.join.focus()
	})
}

// reclaim takes over the keyless identity that the rejoin code belongs to.
// Wrong codes are limited per network address by the room, across
// connections.
func (j *joinModel) reclaim() tea.Cmd {
	m := j.m
	ctx, room := m.cfg.Context, m.room
	code, _ := sessions.ParseRejoinCode(j.inputs[fieldRejoin].Value())
	id, err := room.Reclaim(ctx, j.inputs[fieldRejoin].Value())
	if err != nil {
		m.setStatus(m.refusal(err), true)
		return nil
	}
	m.id, m.rejoin = id, code
	return func() tea.Msg {
		sub, err := room.Subscribe(ctx, id)
		return roomOpenedMsg{room: room, sub: sub, err: err}
	}
}

func (j *joinModel) view() string {
	m := j.m
	st := m.st
	var b strings.Builder
	b.WriteString(st.Title.Render("kring") + st.Dim.Render(" · ") + st.Bold.Render(m.view.Title) + "\n\n")
	b.WriteString(m.t("join.welcome") + "\n\n")
	labels := []string{m.t("join.name"), m.t("join.function")}
	if len(j.inputs) > fieldRejoin {
		labels = append(labels, m.t("join.rejoin"))
	}
	for i, in := range j.inputs {
		label := labels[i]
		if i == j.focused {
			label = st.Focus.Render(label)
		} else {
			label = st.Dim.Render(label)
		}
		b.WriteString(label + "\n" + in.View() + "\n\n")
	}
	b.WriteString(statusLine(m, min(60, m.w-4)) + "\n\n")
	b.WriteString(keyBar(m, j, joinMap.hints(j)))
	return center(m.w, m.h, b.String())
}
