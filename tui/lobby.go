package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// lobbyModel is the screen for `ssh host` without a room code: join by
// code, or start a new session when this key may.
type lobbyModel struct {
	m      *Model
	code   textinput.Model
	title  textinput.Model
	create bool
	// tpl indexes the chosen template; 0 is a plain board.
	tpl int
}

func newLobby(m *Model) lobbyModel {
	l := lobbyModel{m: m, code: newInput(m.st, 12, 34), title: newInput(m.st, sessions.MaxTitleLen, 40)}
	l.code.Placeholder = placeholder(m.st, m.lang, "K7Q-4MX")
	return l
}

func (l *lobbyModel) focus() tea.Cmd {
	if l.create {
		l.code.Blur()
		return l.title.Focus()
	}
	l.title.Blur()
	return l.code.Focus()
}

type createdMsg struct {
	code string
	err  error
}

// lobbyBinding is a key of the lobby.
type lobbyBinding = binding[*lobbyModel]

// lobbyKeyMap holds the lobby's keys: joining by code, and starting a new
// session.
type lobbyKeyMap struct {
	Join, Create, TemplateUp, TemplateDown, Switch, Quit, Back, Lang *lobbyBinding
}

var lobbyKeys = lobbyKeyMap{
	Join:   newKey[*lobbyModel]("enter").hint("enter", "key.join").only(joining).does((*lobbyModel).submit),
	Create: newKey[*lobbyModel]("enter").hint("enter", "key.create").only(creating).does((*lobbyModel).submit),
	TemplateUp: newKey[*lobbyModel]("up").hint("{ud}", "key.template").only(creating).
		does(func(l *lobbyModel, _ tea.KeyMsg) tea.Cmd { return l.moveTemplate(-1) }),
	TemplateDown: newKey[*lobbyModel]("down").sharesHint().only(creating).
		does(func(l *lobbyModel, _ tea.KeyMsg) tea.Cmd { return l.moveTemplate(1) }),
	Switch: newKey[*lobbyModel]("tab", "shift+tab").hint("tab", "key.new_session").does((*lobbyModel).switchForm),
	Quit: newKey[*lobbyModel]("esc").hint("esc", "key.quit").only(joining).
		does(func(l *lobbyModel, _ tea.KeyMsg) tea.Cmd {
			l.m.exitMsg = l.m.goodbye()
			return tea.Quit
		}),
	Back: newKey[*lobbyModel]("esc").hint("esc", "key.back").only(creating).
		does(func(l *lobbyModel, _ tea.KeyMsg) tea.Cmd {
			l.create = false
			l.m.setStatus("", false)
			return l.focus()
		}),
	Lang: newKey[*lobbyModel]("ctrl+t").hint("ctrl+t", "key.other_lang").
		does(func(l *lobbyModel, _ tea.KeyMsg) tea.Cmd {
			l.m.lang = l.m.lang.Other()
			return nil
		}),
}

var lobbyMap = mapOf[*lobbyModel](lobbyKeys)

// joining and creating report which form of the lobby is open.
func joining(l *lobbyModel) bool  { return !l.create }
func creating(l *lobbyModel) bool { return l.create }

// bar is the lobby's key bar: starting a session is offered to those
// who may.
func (l *lobbyModel) bar() []*lobbyBinding {
	var bar []*lobbyBinding
	for _, k := range lobbyMap.hints(l) {
		if k != lobbyKeys.Switch || l.m.cfg.CanCreate && !l.create {
			bar = append(bar, k)
		}
	}
	return bar
}

func (l *lobbyModel) update(msg tea.Msg) tea.Cmd {
	m := l.m
	switch msg := msg.(type) {
	case createdMsg:
		if msg.err != nil {
			m.setStatus(m.refusal(msg.err), true)
			return nil
		}
		m.cfg.Code = msg.code
		return m.openRoom(msg.code)
	case tea.KeyMsg:
		if cmd, ok := lobbyMap.handle(l, msg); ok {
			return cmd
		}
	}
	var cmd tea.Cmd
	if l.create {
		l.title, cmd = l.title.Update(msg)
	} else {
		l.code, cmd = l.code.Update(msg)
	}
	return cmd
}

// switchForm switches between joining and starting a session, for those
// who may start one.
func (l *lobbyModel) switchForm(tea.KeyMsg) tea.Cmd {
	m := l.m
	if !m.cfg.CanCreate {
		m.setStatus(m.t("lobby.no_create"), true)
		return nil
	}
	l.create = !l.create
	m.setStatus("", false)
	return l.focus()
}

// moveTemplate chooses the template delta places on, round the end.
func (l *lobbyModel) moveTemplate(delta int) tea.Cmd {
	n := len(l.m.cfg.Templates) + 1
	l.tpl = (l.tpl + delta + n) % n
	return nil
}

// submit joins the session of the code typed, or starts the new one.
func (l *lobbyModel) submit(tea.KeyMsg) tea.Cmd {
	m := l.m
	if l.create {
		ctx, hub, id, title, lang := m.cfg.Context, m.cfg.Hub, m.id, l.title.Value(), m.lang
		var tpl *sessions.Template
		if l.tpl > 0 {
			tpl = m.cfg.Templates[l.tpl-1]
		}
		m.setStatus(m.t("lobby.creating"), false)
		return func() tea.Msg {
			code, err := hub.Create(ctx, id, title, lang, tpl)
			return createdMsg{code: code, err: err}
		}
	}
	code, ok := sessions.ParseCode(l.code.Value())
	if !ok {
		m.setStatus(badCodeMessage(m, l.code.Value()), true)
		return nil
	}
	m.cfg.Code = code
	m.setStatus(m.t("lobby.opening"), false)
	return m.openRoom(code)
}

func (l *lobbyModel) view() string {
	m := l.m
	st := m.st
	var b strings.Builder
	b.WriteString(st.Title.Render("kring") + st.Dim.Render(" — "+m.t("app.tagline")) + "\n\n")
	if l.create {
		b.WriteString(st.Bold.Render(m.t("lobby.new_title")) + "\n")
		b.WriteString(st.Dim.Render(m.t("lobby.new_hint")) + "\n\n")
		b.WriteString(l.title.View() + "\n\n")
		b.WriteString(st.Bold.Render(m.t("lobby.template")) + st.Dim.Render("  "+m.t("lobby.template_hint")) + "\n")
		b.WriteString(l.templateList() + "\n")
		b.WriteString(st.Dim.Render(m.t("lobby.new_lang", langName(m.lang))) + "\n")
	} else {
		b.WriteString(st.Bold.Render(m.t("lobby.join_title")) + "\n")
		b.WriteString(st.Dim.Render(m.t("lobby.join_hint")) + "\n\n")
		b.WriteString(l.code.View() + "\n")
	}
	b.WriteString("\n" + statusLine(m, min(60, m.w-4)) + "\n\n")
	b.WriteString(keyBar(m, l, l.bar()))
	return center(m.w, m.h, b.String())
}

// templateList shows the template choice with its neighbours.
func (l *lobbyModel) templateList() string {
	m := l.m
	w := min(70, m.w-4)
	names := []string{m.t("lobby.plain_board")}
	for _, t := range m.cfg.Templates {
		names = append(names, t.Title.In(m.lang)+" — "+t.Describe(m.lang))
	}
	var lines []string
	first := max(0, min(l.tpl-2, len(names)-5))
	for i := first; i < min(len(names), first+5); i++ {
		if i == l.tpl {
			lines = append(lines, m.st.Selected.Render(truncate("> "+names[i], w)))
		} else {
			lines = append(lines, truncate("  "+names[i], w))
		}
	}
	return strings.Join(lines, "\n")
}

func langName(l sessions.Lang) string {
	if l == sessions.English {
		return "English"
	}
	return "Nederlands"
}

// statusLine renders the latest status or error, wrapped to w cells and
// at most two lines.
func statusLine(m *Model, w int) string {
	if m.status == "" {
		return ""
	}
	text, style := m.status, m.st.Info
	if m.statusErr {
		text, style = "! "+m.status, m.st.Error
	}
	// A refusal ends with what to do: keep up to four lines, so that the
	// longest of them is read to the end at 80 columns.
	lines := strings.Split(wrap(text, w), "\n")
	if len(lines) > maxStatusLines {
		lines = append(lines[:maxStatusLines-1], truncate(strings.Join(lines[maxStatusLines-1:], " "), w))
	}
	return style.Render(strings.Join(lines, "\n"))
}

// maxStatusLines is how many lines a form's status message may take.
const maxStatusLines = 4

// badCodeMessage explains why typed is no code: six characters with one
// that no code has (a 0 for an O, say) is a code no session has; anything
// else does not look like a code at all.
func badCodeMessage(m *Model, typed string) string {
	plain := []rune(strings.ToUpper(strings.NewReplacer("-", "", " ", "", "_", "").Replace(strings.TrimSpace(typed))))
	if len(plain) == sessions.CodeLen {
		return m.t("lobby.no_such", string(plain[:3])+"-"+string(plain[3:]))
	}
	return m.t("lobby.bad_code")
}
