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
		pages := b.helpPages
		body = center(m.w, bodyH, b.helpView(bodyH))
		if b.helpPages != pages {
			// The bar offers to turn the page only when there is one.
			footer = b.footer()
		}
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
		if b.projector {
			body = b.projectorView(bodyH)
		} else {
			body = b.activityView(bodyH)
		}
	}
	body = fitLines(body, bodyH)
	if footer == "" {
		return header + "\n" + body
	}
	return header + "\n" + body + "\n" + footer
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
	hint := strings.TrimSpace(v.Activity.Prompt + " " + v.Activity.Screen)
	if key := b.kindScreen().hint; hint == "" && key != "" {
		hint = m.t(key)
	}
	firstTime := ""
	if v.Facilitator && m.cfg.JoinCommand != nil && (v.Steps <= 1 || hint == "") {
		hint = m.t("board.join_hint", m.cfg.JoinCommand(v.Code))
		if m.cfg.HostKey != "" {
			firstTime = m.t("board.first_time", m.cfg.HostKey)
		}
	}
	out := line
	if v.Steps > 1 || v.InputLocked || v.Activity.Confidential || v.Past {
		out += "\n" + b.activityLine()
	}
	if banner := b.focusBanner(); banner != "" {
		out += "\n" + banner
	}
	if hint != "" {
		lines := strings.Split(wrap(oneLineText(hint), m.w), "\n")
		if len(lines) > 2 {
			lines = []string{lines[0], truncate(strings.Join(lines[1:], " "), m.w)}
		}
		out += "\n" + st.Dim.Render(strings.Join(lines, "\n"))
	}
	if w := b.expiryWarning(); w != "" {
		out += "\n" + st.Error.Render(twoLines(w, m.w))
	}
	if firstTime != "" {
		out += "\n" + st.Dim.Render(twoLines(firstTime, m.w))
	}
	return out
}

// twoLines wraps text to width in at most two lines, the second cut.
func twoLines(text string, width int) string {
	lines := strings.Split(wrap(text, width), "\n")
	if len(lines) > 2 {
		lines = []string{lines[0], truncate(strings.Join(lines[1:], " "), width)}
	}
	return strings.Join(lines, "\n")
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
		// The projector shows the room how to join, every moment.
		if m.cfg.JoinCommand == nil {
			return ""
		}
		join := m.st.Bold.Render(truncate(m.t("board.join_projector", m.cfg.JoinCommand(m.view.Code)), m.w))
		if m.cfg.HostKey != "" {
			// Wrapped, never cut: the fingerprint is there to be compared
			// whole.
			join += "\n" + m.st.Dim.Render(wrap(m.t("board.first_time", m.cfg.HostKey), m.w))
		}
		return join
	}
	var keys string
	if b.mode == modeNormal {
		keys = keyBar(m, b, b.activityBar())
	} else {
		keys = keyBar(m, b, modeMaps[b.mode].hints(b))
	}
	out := statusLine(m, m.w) + "\n" + keys
	if m.view.Facilitator && b.mode == modeNormal && !m.view.Past {
		out += "\n" + keyBar(m, b, b.consoleBar())
	}
	return out
}
