package tui

import (
	"fmt"
	"strings"
	"time"

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
		body = center(m.w, bodyH, b.helpView(bodyH))
	case modeEditor:
		body = center(m.w, bodyH, b.editorView())
	case modeInput:
		body = center(m.w, bodyH, b.inputView())
	case modeConfirm:
		body = center(m.w, bodyH, b.confirmView())
	case modeRejoinInfo:
		body = center(m.w, bodyH, b.rejoinView())
	case modePicker:
		body = center(m.w, bodyH, b.pickerView(bodyH))
	case modeForm:
		body = center(m.w, bodyH, b.formView())
	case modeOverview:
		body = center(m.w, bodyH, b.overviewView(bodyH))
	default:
		body = b.activityView(bodyH)
	}
	body = fitLines(body, bodyH)
	if footer == "" {
		return header + "\n" + body
	}
	return header + "\n" + body + "\n" + footer
}

// activityView draws the body of the current activity.
func (b *boardModel) activityView(h int) string {
	m := b.m
	switch m.view.Activity.Kind {
	case sessions.KindInfo:
		w := min(m.w-2, 76)
		return lipgloss.NewStyle().Width(w).MarginLeft(1).Render(m.view.Activity.Text)
	case sessions.KindCluster:
		return b.clusterView(h)
	case sessions.KindVote:
		return b.voteView(h)
	case sessions.KindRound:
		return b.roundView(h)
	case sessions.KindActions:
		return b.actionsView(h)
	case sessions.KindScale:
		return b.scaleView(h)
	case sessions.KindQuadrant:
		return b.quadrantView(h)
	case sessions.KindCafe:
		return b.cafeView(h)
	case sessions.KindMarket:
		return b.marketView(h)
	case sessions.KindGroups:
		return b.groupsView(h)
	case sessions.KindRank:
		return b.rankView(h)
	}
	return b.boardView(h)
}

func (b *boardModel) header() string {
	m := b.m
	st := m.st
	v := &m.view
	left := st.Title.Render("kring") + st.Dim.Render(" · ") + st.Bold.Render(v.Title)
	right := ""
	if t := b.timerView(); t != "" {
		right = t + st.Dim.Render(" · ")
	}
	if b.projector {
		right += st.Dim.Render(m.t("board.code")+" ") + st.Code.Render(sessions.FormatCode(v.Code))
		return spread(m.w, left, right) + "\n" + b.activityLine()
	}
	right += st.Dim.Render(m.t("board.code")+" ") + st.Code.Render(sessions.FormatCode(v.Code))
	who := v.Me.Name
	if v.Facilitator {
		who += " " + st.Sym.Facilitator
	}
	right += st.Dim.Render(" · ") + who
	if m.rejoin != "" {
		right += st.Dim.Render(" · "+m.t("board.rejoin")+" ") + st.Code.Render(sessions.FormatCode(m.rejoin))
	}
	line := spread(m.w, left, right)
	hint := v.Activity.Prompt
	if hint == "" && v.Activity.Kind == sessions.KindBrainstorm {
		hint = m.t("board.hint")
	}
	if v.Facilitator && m.cfg.JoinCommand != nil && (v.Steps <= 1 || hint == "") {
		hint = m.t("board.join_hint", m.cfg.JoinCommand(v.Code))
	}
	out := line
	if v.Steps > 1 || v.InputLocked || v.Activity.Confidential || v.Past {
		out += "\n" + b.activityLine()
	}
	if hint != "" {
		lines := strings.Split(wrap(oneLineText(hint), m.w), "\n")
		if len(lines) > 2 {
			lines = []string{lines[0], truncate(strings.Join(lines[1:], " "), m.w)}
		}
		out += "\n" + st.Dim.Render(strings.Join(lines, "\n"))
	}
	return out
}

// activityLine names the current activity, its place on the agenda and
// its state; facilitators also see what comes next.
func (b *boardModel) activityLine() string {
	m := b.m
	st := m.st
	v := &m.view
	left := st.Focus.Render(fmt.Sprintf("%d/%d ", v.Step, v.Steps)) + st.Bold.Render(v.Activity.Title)
	if v.Past {
		left = st.Selected.Render(" "+m.t("lookback.banner")+" ") + " " + left
	}
	var flags []string
	if v.InputLocked {
		flags = append(flags, m.t("flag.input_locked"))
	}
	if v.Activity.Confidential {
		flags = append(flags, m.t("flag.confidential"))
	}
	if v.Activity.Hidden && !v.Activity.Revealed {
		flags = append(flags, m.t("flag.hidden"))
	}
	if v.Activity.Anonymous {
		flags = append(flags, m.t("flag.anonymous"))
	}
	if len(flags) > 0 {
		left += " " + st.Error.Render("["+strings.Join(flags, ", ")+"]")
	}
	right := ""
	if room := m.w - lipgloss.Width(left) - 3; v.Next != nil && !b.projector && room >= 16 {
		// The current activity comes first; what comes next gets the rest.
		right = st.Dim.Render(truncate(m.t("board.next", v.Next.Title), room))
	}
	return spread(m.w, left, right)
}

// timerView shows the countdown: running, paused, or a clear "time is up"
// at zero (no bell).
func (b *boardModel) timerView() string {
	m := b.m
	st := m.st
	t := m.view.Timer
	if t.Total == 0 {
		return ""
	}
	now := m.now()
	if t.Expired(now) {
		return st.Selected.Render(" " + m.t("timer.up") + " ")
	}
	left := t.Remaining(now).Round(time.Second)
	text := fmt.Sprintf("%02d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	if t.Running() {
		return st.Code.Render(m.t("timer.running") + " " + text)
	}
	return st.Dim.Render(m.t("timer.paused") + " " + text)
}

func (b *boardModel) footer() string {
	m := b.m
	if b.projector {
		return ""
	}
	keys := b.activityKeys()
	switch b.mode {
	case modeEditor:
		keys = [][2]string{{"enter", m.t("key.save")}, {"alt+enter", m.t("key.newline")}, {"esc", m.t("key.cancel")}}
	case modeInput:
		keys = [][2]string{{"enter", m.t("key.save")}, {"esc", m.t("key.cancel")}}
	case modeForm:
		keys = [][2]string{{"tab", m.t("key.field")}, {"ctrl+s", m.t("key.save")}, {"esc", m.t("key.cancel")}}
	case modePicker:
		keys = [][2]string{{m.st.Sym.UpDown, m.t("key.choose")}, {"enter", m.t("key.ok")}, {"esc", m.t("key.cancel")}}
	case modeConfirm:
		keys = [][2]string{{"j/y", m.t("key.yes")}, {"n/esc", m.t("key.no")}}
	case modeHelp:
		keys = [][2]string{{m.t("key.any"), m.t("key.close")}}
		if m.view.Facilitator {
			keys = append([][2]string{{"tab", m.t("key.page")}}, keys...)
		}
	case modeRejoinInfo, modeOverview:
		keys = [][2]string{{m.t("key.any"), m.t("key.close")}}
	}
	out := statusLine(m, m.w) + "\n" + fitKeys(m, keys)
	if m.view.Facilitator && b.mode == modeNormal && !m.view.Past {
		out += "\n" + fitKeys(m, b.consoleKeys())
	}
	return out
}

// activityKeys are the participant's key hints for the current activity.
func (b *boardModel) activityKeys() [][2]string {
	m := b.m
	sym := m.st.Sym
	tail := [][2]string{{"?", m.t("key.help")}, {"q", m.t("key.leave")}}
	if m.view.Past {
		return [][2]string{{"esc", m.t("key.back_live")}, {"v", m.t("key.look_back")}, {sym.LeftRight + sym.UpDown, m.t("key.choose")}}
	}
	if m.snap != nil && m.snap.State.Current > 0 {
		tail = append([][2]string{{"v", m.t("key.look_back")}}, tail...)
	}
	switch m.view.Activity.Kind {
	case sessions.KindCluster:
		if m.view.Facilitator || m.view.Activity.Open {
			return append([][2]string{{"n", m.t("key.new_theme")}, {"a", m.t("key.assign")}, {"m", m.t("key.merge")}, {sym.LeftRight, m.t("key.pane")}}, tail...)
		}
		return append([][2]string{{sym.LeftRight, m.t("key.pane")}, {sym.UpDown, m.t("key.choose")}}, tail...)
	case sessions.KindVote:
		return append([][2]string{{m.t("key.space") + "/+", m.t("key.vote")}, {"-", m.t("key.unvote")}, {sym.UpDown, m.t("key.choose")}}, tail...)
	case sessions.KindActions:
		if m.view.Facilitator || m.view.Activity.Open {
			return append([][2]string{{"n", m.t("key.new")}, {"e", m.t("key.edit")}, {"d", m.t("key.delete")}}, tail...)
		}
		return tail
	case sessions.KindInfo, sessions.KindRound:
		return tail
	case sessions.KindScale:
		return append([][2]string{{sym.LeftRight, m.t("key.move_marker")}, {m.t("key.space"), m.t("key.place")}}, tail...)
	case sessions.KindGroups:
		return tail
	case sessions.KindRank:
		return append([][2]string{{sym.UpDown, m.t("key.choose")}, {"+", m.t("key.card_up")}, {"-", m.t("key.card_down")}}, tail...)
	case sessions.KindMarket:
		return append([][2]string{{"n", m.t("key.new")}, {"e", m.t("key.edit")}, {"d", m.t("key.delete")}, {sym.LeftRight, m.t("key.column")}, {"m", m.t("key.matches")}}, tail...)
	case sessions.KindQuadrant:
		keys := [][2]string{{"n", m.t("key.new")}, {"e", m.t("key.edit")}, {"d", m.t("key.delete")}, {sym.LeftRight, m.t("key.box")}}
		if m.view.Quadrant != nil && m.view.Quadrant.Shares {
			keys = append(keys, [2]string{"s", m.t("key.shares")})
		}
		return append(keys, tail...)
	}
	return append([][2]string{
		{"n", m.t("key.new")}, {"e", m.t("key.edit")}, {"d", m.t("key.delete")},
		{sym.LeftRight, m.t("key.column")}, {sym.UpDown, m.t("key.note")},
	}, tail...)
}

// consoleKeys are the facilitator's keys that fit the current activity.
func (b *boardModel) consoleKeys() [][2]string {
	m := b.m
	v := &m.view
	keys := [][2]string{{"]", m.t("con.next")}, {"[", m.t("con.prev")}}
	switch v.Activity.Kind {
	case sessions.KindRound:
		keys = append(keys, [2]string{"G", m.t("con.start_round")}, [2]string{"N", m.t("con.next_turn")})
	case sessions.KindVote:
		keys = append(keys, [2]string{"C", m.t("con.close_vote")})
	case sessions.KindGroups:
		keys = append(keys, [2]string{"G", m.t("con.form_groups")}, [2]string{"M", m.t("con.move_member")})
	case sessions.KindRank:
		keys = append(keys, [2]string{"C", m.t("con.compare")})
	case sessions.KindCafe:
		if cv := v.Cafe; cv != nil && !cv.Started {
			keys = append(keys, [2]string{"H", m.t("con.host")}, [2]string{"Y", m.t("con.rounds")}, [2]string{"G", m.t("con.start_cafe")})
		} else if cv != nil && !cv.Harvest {
			keys = append(keys, [2]string{"N", m.t("con.next_round")})
		}
	case sessions.KindBrainstorm, sessions.KindQuadrant:
		if v.Activity.Hidden && !v.Activity.Revealed {
			keys = append(keys, [2]string{"R", m.t("con.reveal")})
		}
		keys = append(keys, [2]string{"O", m.t("con.open_column")})
	}
	if v.Activity.PerGroup {
		keys = append(keys, [2]string{"L", m.t("con.lens", b.lensLabel())})
	}
	return append(keys, [2]string{"S", m.t("con.timer")}, [2]string{"1-4", m.t("con.presets")}, [2]string{"I", m.t("con.lock")},
		[2]string{"F", m.t("con.focus")}, [2]string{"W", m.t("con.who")}, [2]string{"B", m.t("con.beamer")}, [2]string{"?", m.t("con.more")})
}

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
			if p.Count == 0 && p.Online {
				quiet = append(quiet, p.Name)
			}
		}
		if rows < h-8 {
			sb.WriteString(fmt.Sprintf("%s %-24s %s\n", dot, truncate(p.Name, 24), count))
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
	showPeople := !b.hidePeople && !b.projector && m.w >= 60
	if showPeople {
		boardW -= peopleWidth
	}
	cols := v.Columns
	fit := max(1, boardW/minColumnWidth)
	first, last := b.visibleColumns(len(cols), fit)
	shown := max(1, last-first)
	colW := boardW / shown
	titles := make([][]string, 0, shown)
	titleH := 1
	for i := first; i < last; i++ {
		t := b.columnTitle(cols[i], colW, i == first && first > 0, i == last-1 && last < len(cols), first, len(cols)-last)
		titles = append(titles, t)
		titleH = max(titleH, len(t))
	}
	parts := make([]string, 0, shown)
	for i := first; i < last; i++ {
		parts = append(parts, b.columnView(cols[i], colW, h, titles[i-first], titleH))
	}
	// The columns are padded to their widths already: joining them is
	// plain concatenation, with no second measuring pass.
	if rest := boardW - colW*len(parts); rest > 0 {
		parts = append(parts, padBlock("", rest, 0))
	}
	if showPeople {
		parts = append(parts, b.peopleView(h))
	}
	return joinPadded(parts, h)
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

// columnTitle is a column's heading wrapped to at most two lines of w-2
// cells: its title, the number of notes, whether it is closed, and markers
// for columns scrolled out of view.
func (b *boardModel) columnTitle(c sessions.ColumnView, w int, moreLeft, moreRight bool, hiddenLeft, hiddenRight int) []string {
	m := b.m
	st := m.st
	title := fmt.Sprintf("%s (%d)", c.Title, len(c.Notes)+c.Hidden)
	if c.Locked {
		title += " " + m.t("board.locked")
	}
	if moreLeft {
		title = fmt.Sprintf("%s%d ", st.Sym.Left, hiddenLeft) + title
	}
	if moreRight {
		title += fmt.Sprintf(" %d%s", hiddenRight, st.Sym.Right)
	}
	lines := strings.Split(wrap(title, w-2), "\n")
	if len(lines) > 2 {
		lines = []string{lines[0], truncate(strings.Join(lines[1:], " "), w-2)}
	}
	return lines
}

func (b *boardModel) columnView(c sessions.ColumnView, w, h int, titleLines []string, titleH int) string {
	m := b.m
	st := m.st
	active := c.ID == b.col
	style := st.ColumnTitle
	if active {
		style = st.ColumnTitleActive
	}
	rendered := make([]string, titleH)
	for i := range rendered {
		if i < len(titleLines) {
			rendered[i] = style.Render(titleLines[i])
		}
	}
	title := strings.Join(rendered, "\n")
	inner := w - 1
	var lines []string
	// exact marks lines that are padded to w already (the cached boxes),
	// so only the others are measured.
	var exact []bool
	selTop, selBottom := -1, -1
	for _, n := range c.Notes {
		boxLines := b.noteView(n, inner, active && n.ID == b.note)
		if active && n.ID == b.note {
			selTop, selBottom = len(lines), len(lines)+len(boxLines)
		}
		lines = append(lines, boxLines...)
		for range boxLines {
			exact = append(exact, true)
		}
	}
	for len(exact) < len(lines) {
		exact = append(exact, false)
	}
	if c.Hidden > 0 {
		lines = append(lines, strings.Split(st.Dim.Render(wrap(m.t("board.hidden", c.Hidden), inner)), "\n")...)
	}
	if len(c.Notes) == 0 && c.Hidden == 0 {
		empty := m.t("board.empty")
		if active {
			empty = m.t("board.empty_active")
		}
		lines = append(lines, strings.Split(st.Dim.Render(wrap(empty, inner)), "\n")...)
	}
	for len(exact) < len(lines) {
		exact = append(exact, false)
	}
	avail := h - titleH
	start := 0
	if selBottom > avail {
		start = selBottom - avail + 1
	}
	if selTop >= 0 && selTop < start {
		start = selTop
	}
	end := min(len(lines), start+avail)
	visible, fixed := lines[start:end], exact[start:end]
	if start > 0 && len(visible) > 0 {
		visible[0], fixed[0] = st.Dim.Render(truncate(m.t("board.more_above"), inner)), false
	}
	if end < len(lines) && len(visible) > 0 {
		visible[len(visible)-1], fixed[len(visible)-1] = st.Dim.Render(truncate(m.t("board.more_below"), inner)), false
	}
	out := []string{padBlock(title, w, 0)}
	for i, l := range visible {
		if !fixed[i] {
			l = padBlock(l, w, 0)
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// noteKey is everything a note's box depends on, so a box drawn once is
// reused until one of them changes: most notes do not change between two
// snapshots, and drawing boxes is most of a redraw's cost.
type noteKey struct {
	n                 sessions.NoteView
	w                 int
	selected, focused bool
	lang              sessions.Lang
}

// noteView returns the lines of a note's box of width w, each padded with
// one space to the column's width w+1.
func (b *boardModel) noteView(n sessions.NoteView, w int, selected bool) []string {
	key := noteKey{n: n, w: w, selected: selected, focused: n.ID == b.m.view.Focus, lang: b.m.lang}
	if box, ok := b.boxes[key]; ok {
		return box
	}
	if len(b.boxes) > 4096 {
		clear(b.boxes)
	}
	box := strings.Split(padBlock(b.drawNote(n, w, selected), w+1, 0), "\n")
	b.boxes[key] = box
	return box
}

func (b *boardModel) drawNote(n sessions.NoteView, w int, selected bool) string {
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
	if author == "" {
		author = b.m.t("board.anonymous")
	}
	if n.ID == b.m.view.Focus {
		style = style.BorderForeground(color(st.Mono, "203"))
		author = st.Sym.Right + " " + b.m.t("board.focus") + " · " + author
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
	for i, p := range v.People {
		if len(lines) >= h {
			// Only what fits is drawn; a room of hundreds stays cheap.
			lines = append(lines[:h-1], st.Dim.Render(m.t("board.more_people", len(v.People)-i+1)))
			break
		}
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
		lines = lines[:h]
	}
	edge := st.PanelEdge.Render(st.PanelBorder)
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = edge + " " + l
	}
	return padBlock(strings.Join(lines, "\n"), peopleWidth, h)
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
