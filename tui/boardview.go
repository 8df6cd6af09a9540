package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

const (
	minColumnWidth = 24
	peopleWidth    = 22
)

func (b *boardModel) view() string {
	m := b.m
	header := b.header()
	footer := b.footer()
	bodyH := max(1, m.h-lipgloss.Height(header)-lipgloss.Height(footer))
	var body string
	switch b.mode {
	case modeHelp:
		body = center(m.w, bodyH, b.helpView())
	case modeEditor:
		body = center(m.w, bodyH, b.editorView())
	case modeInput:
		body = center(m.w, bodyH, b.inputView())
	case modeConfirm:
		body = center(m.w, bodyH, b.confirmView())
	case modeRejoinInfo:
		body = center(m.w, bodyH, b.rejoinView())
	default:
		body = b.boardView(bodyH)
	}
	body = lipgloss.NewStyle().Height(bodyH).MaxHeight(bodyH).Render(body)
	return header + "\n" + body + "\n" + footer
}

func (b *boardModel) header() string {
	m := b.m
	st := m.st
	v := &m.view
	left := st.Title.Render("kring") + st.Dim.Render(" · ") + st.Bold.Render(v.Title)
	right := st.Dim.Render(m.t("board.code")+" ") + st.Code.Render(sessions.FormatCode(v.Code))
	who := v.Me.Name
	if v.Facilitator {
		who += " " + st.Sym.Facilitator
	}
	right += st.Dim.Render(" · ") + who
	if m.rejoin != "" {
		right += st.Dim.Render(" · "+m.t("board.rejoin")+" ") + st.Code.Render(sessions.FormatCode(m.rejoin))
	}
	line := spread(m.w, left, right)
	hint := m.t("board.hint")
	if v.Facilitator && m.cfg.JoinCommand != nil {
		hint = m.t("board.join_hint", m.cfg.JoinCommand(v.Code))
	}
	hint = st.Dim.Render(truncate(hint, m.w))
	return line + "\n" + hint
}

func (b *boardModel) footer() string {
	m := b.m
	keys := [][2]string{
		{"n", m.t("key.new")}, {"e", m.t("key.edit")}, {"d", m.t("key.delete")},
		{m.st.Sym.LeftRight, m.t("key.column")}, {m.st.Sym.UpDown, m.t("key.note")}, {"?", m.t("key.help")}, {"q", m.t("key.leave")},
	}
	switch b.mode {
	case modeEditor:
		keys = [][2]string{{"enter", m.t("key.save")}, {"alt+enter", m.t("key.newline")}, {"esc", m.t("key.cancel")}}
	case modeInput:
		keys = [][2]string{{"enter", m.t("key.save")}, {"esc", m.t("key.cancel")}}
	case modeConfirm:
		keys = [][2]string{{"j/y", m.t("key.yes")}, {"n/esc", m.t("key.no")}}
	case modeHelp, modeRejoinInfo:
		keys = [][2]string{{m.t("key.any"), m.t("key.close")}}
	}
	return truncate(statusLine(m), m.w) + "\n" + fitKeys(m, keys)
}

// fitKeys shows as many key hints as fit on one line.
func fitKeys(m *Model, keys [][2]string) string {
	for n := len(keys); n > 0; n-- {
		bar := helpBar(m, keys[:n])
		if lipgloss.Width(bar) <= m.w {
			return bar
		}
	}
	return ""
}

func (b *boardModel) boardView(h int) string {
	m := b.m
	v := &m.view
	boardW := m.w
	showPeople := !b.hidePeople && m.w >= 60
	if showPeople {
		boardW -= peopleWidth
	}
	cols := v.Columns
	fit := max(1, boardW/minColumnWidth)
	first, last := b.visibleColumns(len(cols), fit)
	shown := max(1, last-first)
	colW := boardW / shown
	parts := make([]string, 0, shown)
	for i := first; i < last; i++ {
		parts = append(parts, b.columnView(cols[i], colW, h, i == first && first > 0, i == last-1 && last < len(cols), first, len(cols)-last))
	}
	board := lipgloss.JoinHorizontal(lipgloss.Top, parts...)
	board = lipgloss.NewStyle().Width(boardW).MaxWidth(boardW).Render(board)
	if !showPeople {
		return board
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, board, b.peopleView(h))
}

// visibleColumns picks the window of at most fit columns that holds the
// selected one.
func (b *boardModel) visibleColumns(n, fit int) (int, int) {
	if n <= fit {
		return 0, n
	}
	ci := max(b.colIndex(), 0)
	first := min(max(ci-fit/2, 0), n-fit)
	return first, first + fit
}

func (b *boardModel) columnView(c sessions.ColumnView, w, h int, moreLeft, moreRight bool, hiddenLeft, hiddenRight int) string {
	m := b.m
	st := m.st
	active := c.ID == b.col
	title := fmt.Sprintf("%s (%d)", c.Title, len(c.Notes))
	if moreLeft {
		title = fmt.Sprintf("%s%d ", st.Sym.Left, hiddenLeft) + title
	}
	if moreRight {
		title += fmt.Sprintf(" %d%s", hiddenRight, st.Sym.Right)
	}
	title = truncate(title, w-2)
	if active {
		title = st.ColumnTitleActive.Render(title)
	} else {
		title = st.ColumnTitle.Render(title)
	}
	inner := w - 1
	var lines []string
	selTop, selBottom := -1, -1
	for _, n := range c.Notes {
		box := b.noteView(n, inner, active && n.ID == b.note)
		boxLines := strings.Split(box, "\n")
		if active && n.ID == b.note {
			selTop, selBottom = len(lines), len(lines)+len(boxLines)
		}
		lines = append(lines, boxLines...)
	}
	if len(c.Notes) == 0 {
		empty := m.t("board.empty")
		if active {
			empty = m.t("board.empty_active")
		}
		lines = append(lines, st.Dim.Render(wrap(empty, inner)))
	}
	avail := h - 1
	start := 0
	if selBottom > avail {
		start = selBottom - avail + 1
	}
	if selTop >= 0 && selTop < start {
		start = selTop
	}
	end := min(len(lines), start+avail)
	visible := lines[start:end]
	if start > 0 && len(visible) > 0 {
		visible[0] = st.Dim.Render(truncate(m.t("board.more_above"), inner))
	}
	if end < len(lines) && len(visible) > 0 {
		visible[len(visible)-1] = st.Dim.Render(truncate(m.t("board.more_below"), inner))
	}
	return lipgloss.NewStyle().Width(w).Render(title + "\n" + strings.Join(visible, "\n"))
}

func (b *boardModel) noteView(n sessions.NoteView, w int, selected bool) string {
	st := b.m.st
	style := st.Note
	if n.Mine {
		style = st.NoteMine
	}
	if selected {
		style = st.NoteSelected
	}
	textW := max(4, w-4)
	author := n.Author
	if n.Mine {
		author = b.m.t("board.you")
	}
	if n.Edited {
		author += " · " + b.m.t("board.edited")
	}
	body := wrap(n.Text, textW) + "\n" + st.Dim.Render(truncate("— "+author, textW))
	return style.Width(w - 2).Render(body)
}

func (b *boardModel) peopleView(h int) string {
	m := b.m
	st := m.st
	v := &m.view
	online := 0
	for _, p := range v.People {
		if p.Online {
			online++
		}
	}
	lines := []string{st.Bold.Render(m.t("board.people", online, len(v.People)))}
	for _, p := range v.People {
		dot := st.Offline.Render(st.Sym.Offline)
		if p.Online {
			dot = st.Online.Render(st.Sym.Online)
		}
		name := p.Name
		if p.Facilitator {
			name += " " + st.Sym.Facilitator
		}
		if p.Me {
			name += " (" + m.t("board.you") + ")"
		}
		line := dot + " " + truncate(name, peopleWidth-5)
		lines = append(lines, line)
		if p.Function != "" {
			lines = append(lines, "  "+st.Dim.Render(truncate(p.Function, peopleWidth-5)))
		}
	}
	if len(lines) > h {
		lines = append(lines[:h-1], st.Dim.Render(m.t("board.more_people", len(lines)-h+1)))
	}
	return st.Panel.Height(h).MaxHeight(h).Width(peopleWidth - 1).Render(strings.Join(lines, "\n"))
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
	if b.inputFor == inputRenameColumn {
		title = m.t("input.rename_column")
	}
	return m.st.Dialog.Render(m.st.Bold.Render(title) + "\n\n" + b.input.View())
}

func (b *boardModel) confirmView() string {
	m := b.m
	var q string
	if b.confirm == confirmDeleteNote {
		text := ""
		if n, ok := m.snap.State.Note(b.confirmTarget); ok {
			text = n.Text
		}
		q = m.t("confirm.delete_note") + "\n\n" + m.st.Dim.Render(wrap(truncate(strings.ReplaceAll(text, "\n", " "), 120), 40))
	} else {
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

func (b *boardModel) helpView() string {
	m := b.m
	st := m.st
	rows := [][2]string{
		{"n", m.t("help.new")}, {"e / enter", m.t("help.edit")}, {"d", m.t("help.delete")},
		{st.Sym.LeftRight + " / h l / tab", m.t("help.column")}, {st.Sym.UpDown + " / j k", m.t("help.note")},
		{"< >", m.t("help.move")}, {"p", m.t("help.people")}, {"t", m.t("help.lang")},
		{"?", m.t("help.help")}, {"q", m.t("help.leave")},
	}
	if m.view.Facilitator {
		rows = append(rows, [2]string{"c", m.t("help.add_column")}, [2]string{"r", m.t("help.rename_column")}, [2]string{"x", m.t("help.remove_column")})
	}
	var sb strings.Builder
	sb.WriteString(st.Bold.Render(m.t("help.title")) + "\n\n")
	for _, r := range rows {
		sb.WriteString(st.Key.Render(fmt.Sprintf("%-16s", r[0])) + " " + r[1] + "\n")
	}
	sb.WriteString("\n" + st.Dim.Render(m.t("help.footer", st.Sym.Facilitator, st.Sym.Online)))
	return st.Dialog.Render(sb.String())
}
