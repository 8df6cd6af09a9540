package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// overviewView shows the facilitator who has contributed to the current
// activity and who has not yet.
func (b *boardModel) overviewView(h int) string {
	m := b.m
	st := m.st
	var sb strings.Builder
	sb.WriteString(st.Bold.Render(m.t("overview.title", m.view.Activity.Title)) + "\n\n")
	var quiet []string
	rows := 0
	for _, p := range sessions.ParticipationIn(m.snap) {
		dot := st.Offline.Render(st.Sym.Offline)
		if p.Online {
			dot = st.Online.Render(st.Sym.Online)
		}
		count := "—"
		if p.Count >= 0 {
			count = fmt.Sprint(p.Count)
			if p.Count == 0 && p.Online && !p.Facilitator {
				quiet = append(quiet, p.Name)
			}
		}
		name := p.Name
		if p.Facilitator {
			name += " " + st.Sym.Facilitator
		}
		if rows < h-8 {
			sb.WriteString(fmt.Sprintf("%s %-24s %s\n", dot, truncate(name, 24), count))
			rows++
		}
	}
	sb.WriteString("\n")
	if len(quiet) > 0 {
		sb.WriteString(wrap(m.t("overview.quiet", strings.Join(quiet, ", ")), 56))
	} else {
		sb.WriteString(st.Dim.Render(m.t("overview.everyone")))
	}
	return st.Dialog.Render(sb.String())
}

func (b *boardModel) editorView() string {
	m := b.m
	st := m.st
	title := m.t("editor.new")
	if b.editing != 0 {
		title = m.t("editor.edit")
	}
	colTitle := ""
	for _, c := range m.view.Columns {
		if c.ID == b.editColumn {
			colTitle = c.Title
		}
	}
	count := fmt.Sprintf("%d/%d", sessions.RuneLen(b.editor.Value()), sessions.MaxNoteLen)
	body := spread(b.editorWidth(), st.Bold.Render(fmt.Sprintf(title, colTitle)), st.Dim.Render(count)) + "\n\n" +
		b.editor.View() + "\n" + st.Dim.Render(truncate(m.t("editor.hint"), b.editorWidth()))
	return st.Dialog.Render(body)
}

func (b *boardModel) inputView() string {
	m := b.m
	title := m.t("input.add_column")
	switch b.inputFor {
	case inputRenameColumn:
		title = m.t("input.rename_column")
	case inputAddTheme:
		title = m.t("input.add_theme")
	case inputRenameTheme:
		title = m.t("input.rename_theme")
	}
	return m.st.Dialog.Render(m.st.Bold.Render(title) + "\n\n" + b.input.View())
}

func (b *boardModel) confirmView() string {
	m := b.m
	var q string
	switch b.confirm {
	case confirmReveal:
		q = m.t("confirm.reveal")
	case confirmResetTimer:
		q = m.t("confirm.reset_timer")
	case confirmRemoveTheme:
		q = m.t("confirm.remove_theme")
	case confirmDeleteAction:
		q = m.t("confirm.delete_action")
	case confirmDeleteNote:
		text := ""
		if n, ok := m.snap.State.Note(b.confirmTarget); ok {
			text = n.Text
		}
		q = m.t("confirm.delete_note") + "\n\n" + m.st.Dim.Render(wrap(truncate(strings.ReplaceAll(text, "\n", " "), 120), 40))
	default:
		title := ""
		count := 0
		for _, c := range m.view.Columns {
			if c.ID == b.confirmTarget {
				title, count = c.Title, len(c.Notes)
			}
		}
		q = m.t("confirm.remove_column", title, count)
	}
	return m.st.Dialog.Render(q + "\n\n" + m.st.Key.Render("j") + " " + m.t("key.yes") + "   " + m.st.Key.Render("n") + " " + m.t("key.no"))
}

func (b *boardModel) rejoinView() string {
	m := b.m
	st := m.st
	return st.Dialog.Render(st.Bold.Render(m.t("rejoin.title")) + "\n\n" +
		st.Code.Render(sessions.FormatCode(m.rejoin)) + "\n\n" + wrap(m.t("rejoin.body"), 50))
}

func (b *boardModel) helpView(h int) string {
	m := b.m
	st := m.st
	rows := [][2]string{}
	switch m.view.Activity.Kind {
	case sessions.KindBrainstorm:
		rows = append(rows, [2]string{"n", m.t("help.new")}, [2]string{"e / enter", m.t("help.edit")}, [2]string{"d", m.t("help.delete")},
			[2]string{st.Sym.LeftRight + " / h l / tab", m.t("help.column")}, [2]string{st.Sym.UpDown + " / j k", m.t("help.note")},
			[2]string{"< >", m.t("help.move")})
		if m.view.Facilitator {
			rows = append(rows, [2]string{"c r x", m.t("help.columns")})
		}
	case sessions.KindCluster:
		rows = append(rows, [2]string{st.Sym.LeftRight + " / tab", m.t("help.pane")}, [2]string{st.Sym.UpDown, m.t("help.choose")})
		if m.view.Facilitator || m.view.Activity.Open {
			rows = append(rows, [2]string{"n", m.t("help.new_theme")}, [2]string{"a / enter", m.t("help.assign")}, [2]string{"u", m.t("help.ungroup")},
				[2]string{"r", m.t("help.rename_theme")}, [2]string{"m", m.t("help.merge")}, [2]string{"x", m.t("help.remove_theme")})
		}
	case sessions.KindVote:
		rows = append(rows, [2]string{m.t("key.space") + " / +", m.t("help.vote")}, [2]string{"- / backspace", m.t("help.unvote")}, [2]string{st.Sym.UpDown, m.t("help.choose")})
	case sessions.KindRank:
		rows = append(rows, [2]string{st.Sym.UpDown + " / j k", m.t("help.choose")}, [2]string{"+ / K", m.t("help.card_up")}, [2]string{"- / J", m.t("help.card_down")})
	case sessions.KindMarket:
		rows = append(rows, [2]string{"n", m.t("help.new")}, [2]string{"e / enter", m.t("help.edit")}, [2]string{"d", m.t("help.delete")},
			[2]string{st.Sym.LeftRight, m.t("help.column")}, [2]string{"m", m.t("help.matches")})
	case sessions.KindScale:
		rows = append(rows, [2]string{st.Sym.LeftRight, m.t("help.move_marker")}, [2]string{m.t("key.space") + " / enter", m.t("help.place")})
	case sessions.KindQuadrant:
		rows = append(rows, [2]string{"n", m.t("help.new")}, [2]string{"e / enter", m.t("help.edit")}, [2]string{"d", m.t("help.delete")},
			[2]string{st.Sym.LeftRight + " / tab", m.t("help.box")}, [2]string{st.Sym.UpDown, m.t("help.note")}, [2]string{"s", m.t("help.shares")})
	case sessions.KindActions:
		rows = append(rows, [2]string{"n", m.t("help.new_action")}, [2]string{"e / enter", m.t("help.edit_action")}, [2]string{"d", m.t("help.delete_action")})
	}
	rows = append(rows, [2]string{"v", m.t("help.look_back")}, [2]string{"p", m.t("help.people")}, [2]string{"t", m.t("help.lang")}, [2]string{"q", m.t("help.leave")})
	left := b.helpColumn(m.t("help.title"), rows)
	if !m.view.Facilitator {
		return st.Dialog.Render(left + "\n" + st.Dim.Render(m.t("help.footer", st.Sym.Facilitator, st.Sym.Online)))
	}
	console := [][2]string{
		{"] [", m.t("help.con.step")}, {"A", m.t("help.con.agenda")}, {"S", m.t("help.con.timer")}, {"1 2 3 4", m.t("help.con.presets")},
		{"+", m.t("help.con.minute")}, {"Z", m.t("help.con.reset")}, {"E", m.t("help.con.close_at_zero")}, {"I", m.t("help.con.lock")},
		{"R", m.t("help.con.reveal")}, {"O", m.t("help.con.open_column")}, {"F", m.t("help.con.focus")}, {"C", m.t("help.con.close_vote")},
		{"G N P", m.t("help.con.round")}, {"H", m.t("help.con.host")}, {"M", m.t("help.con.move")}, {"L", m.t("help.con.lens")}, {"V", m.t("help.con.confidential")}, {"W", m.t("help.con.who")}, {"B", m.t("help.con.beamer")},
		{"K", m.t("help.con.rights")},
	}
	if m.w >= 110 && len(console)+3 <= h {
		return st.Dialog.Render(lipgloss.JoinHorizontal(lipgloss.Top, left, "   ", b.helpColumn(m.t("help.console"), console)))
	}
	// Pages: the participant's keys, then the console's in chunks that
	// fit the screen.
	pages := []string{left}
	per := max(4, h-4)
	for i := 0; i < len(console); i += per {
		pages = append(pages, b.helpColumn(m.t("help.console"), console[i:min(i+per, len(console))]))
	}
	b.helpPages = len(pages)
	return st.Dialog.Render(pages[b.helpPage%len(pages)])
}

func (b *boardModel) helpColumn(title string, rows [][2]string) string {
	st := b.m.st
	var sb strings.Builder
	sb.WriteString(st.Bold.Render(title) + "\n")
	for _, r := range rows {
		sb.WriteString(st.Key.Render(fmt.Sprintf("%-14s", r[0])) + " " + r[1] + "\n")
	}
	return sb.String()
}
