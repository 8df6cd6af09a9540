package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
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
	if v.GroupName != "" && !v.Facilitator {
		left += st.Code.Render(" · " + v.GroupName)
	}
	if v.Activity.PerGroup && v.Facilitator {
		left += st.Code.Render(" · " + b.lensLabel())
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

// fitKeys shows as many key hints as fit on one line.
// The bars are cached by their keys and width: they rarely change, and
// every redraw needs them.
func fitKeys(m *Model, keys [][2]string) string {
	var id strings.Builder
	fmt.Fprintf(&id, "%d", m.w)
	for _, k := range keys {
		id.WriteString("\x00" + k[0] + "\x01" + k[1])
	}
	if bar, ok := m.keyBars[id.String()]; ok {
		return bar
	}
	if len(m.keyBars) > 256 {
		clear(m.keyBars)
	}
	bar := ""
	for n := len(keys); n > 0; n-- {
		if b := helpBar(m, keys[:n]); lipgloss.Width(b) <= m.w {
			bar = b
			break
		}
	}
	m.keyBars[id.String()] = bar
	return bar
}
