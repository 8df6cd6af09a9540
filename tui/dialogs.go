package tui

import (
	"fmt"
	"strings"

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
	for _, p := range m.console().Participation {
		dot := st.Offline.Render(st.Sym.Offline)
		if p.Online {
			dot = st.Online.Render(st.Sym.Online)
		}
		count := "—"
		if p.Count >= 0 && m.view.Activity.Kind.TakesContributions() {
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
	switch {
	case !m.view.Activity.Kind.TakesContributions():
		sb.WriteString(st.Dim.Render(wrap(m.t("overview.nothing"), 56)))
	case m.view.Activity.Anonymous:
		sb.WriteString(st.Dim.Render(wrap(m.t("overview.anonymous"), 56)))
	case len(quiet) > 0:
		sb.WriteString(wrap(m.t("overview.quiet", strings.Join(quiet, ", ")), 56))
	default:
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
	case confirmLeave:
		q = wrap(m.t("confirm.leave"), 50)
		if m.rejoin != "" {
			q += "\n\n" + wrap(m.t("confirm.leave_rejoin"), 50) + " " + m.st.Code.Render(sessions.FormatCode(m.rejoin))
		}
	case confirmDeleteNote:
		text := ""
		if n, ok := m.view.Note(b.confirmTarget); ok {
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
	answer := func(k *boardBinding) string { return m.st.Key.Render(k.Keys()[0]) + " " + m.t(k.bar.Desc) }
	return m.st.Dialog.Render(q + "\n\n" + answer(confirmKeys.Yes) + "   " + answer(confirmKeys.No))
}

func (b *boardModel) rejoinView() string {
	m := b.m
	st := m.st
	return st.Dialog.Render(st.Bold.Render(m.t("rejoin.title")) + "\n\n" +
		st.Code.Render(sessions.FormatCode(m.rejoin)) + "\n\n" + wrap(m.t("rejoin.body"), 50))
}
