package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// The projector (B) is read from the back of a room: the countdown is
// drawn in big digits, and what the facilitator put in focus fills the
// screen. Both are made of plain characters and reverse video, so they
// read the same on a vt100 without colour.

// bigGlyphs are the digits and the colon, five rows high; each # is drawn
// two cells wide.
var bigGlyphs = map[rune][5]string{
	'0': {"###", "# #", "# #", "# #", "###"},
	'1': {" # ", "## ", " # ", " # ", "###"},
	'2': {"###", "  #", "###", "#  ", "###"},
	'3': {"###", "  #", " ##", "  #", "###"},
	'4': {"# #", "# #", "###", "  #", "  #"},
	'5': {"###", "#  ", "###", "  #", "###"},
	'6': {"###", "#  ", "###", "# #", "###"},
	'7': {"###", "  #", "  #", " # ", " # "},
	'8': {"###", "# #", "###", "# #", "###"},
	'9': {"###", "# #", "###", "  #", "###"},
	':': {" ", "#", " ", "#", " "},
}

// bigText draws s (digits and colons) in big glyphs, five lines high:
// blocks on terminals that have them, # on ASCII ones.
func bigText(s string, ascii bool) []string {
	cell := "██"
	if ascii {
		cell = "##"
	}
	rows := make([]string, 5)
	for i, r := range s {
		g, ok := bigGlyphs[r]
		if !ok {
			continue
		}
		for row := range rows {
			if i > 0 {
				rows[row] += "  "
			}
			line := strings.ReplaceAll(g[row], " ", "  ")
			rows[row] += strings.ReplaceAll(line, "#", cell)
		}
	}
	return rows
}

// projectorView is the body of the projector layout: the countdown in big
// digits over the board, or over what is in focus.
func (b *boardModel) projectorView(h int) string {
	m := b.m
	var top []string
	if t := m.view.Timer; t.Total > 0 {
		top = b.bigTimer(t)
	}
	rest := h - len(top)
	if rest < 4 {
		top, rest = nil, h // a window too low for both keeps the board
	}
	body := ""
	if panel, ok := b.focusPanel(rest); ok {
		body = lipgloss.PlaceHorizontal(m.w, lipgloss.Center, panel)
	} else {
		body = b.activityView(rest)
	}
	if len(top) == 0 {
		return body
	}
	return strings.Join(top, "\n") + "\n" + fitLines(body, rest)
}

// bigTimer is the countdown in big digits, centred, with a line that says
// whether it runs, is paused or is up.
func (b *boardModel) bigTimer(t sessions.Timer) []string {
	m := b.m
	st := m.st
	now := m.now()
	left := t.Remaining(now).Round(time.Second)
	digits := bigText(fmt.Sprintf("%02d:%02d", int(left.Minutes()), int(left.Seconds())%60), st.ASCII)
	var state string
	switch {
	case t.Expired(now):
		state = st.Selected.Render(" " + m.t("timer.up") + " ")
	case t.Running():
		state = st.Dim.Render(m.t("timer.running"))
	default:
		state = st.Selected.Render(" " + m.t("timer.paused") + " ")
	}
	lines := make([]string, 0, len(digits)+2)
	for _, d := range digits {
		lines = append(lines, lipgloss.PlaceHorizontal(m.w, lipgloss.Center, st.Bold.Render(d)))
	}
	return append(lines, lipgloss.PlaceHorizontal(m.w, lipgloss.Center, state), "")
}

// focused is what the facilitator put in focus, as the viewer may read
// it: a note with its author, or a theme (a vote's item) with its notes.
func (b *boardModel) focused() (text, by string, notes []sessions.NoteView, ok bool) {
	v := &b.m.view
	if v.Focus == 0 {
		return "", "", nil, false
	}
	if n, ok := v.Note(v.Focus); ok {
		return n.Text, n.Author, nil, true
	}
	for _, t := range v.Themes {
		if t.ID == v.Focus {
			return t.Title, "", t.Notes, true
		}
	}
	if v.Vote != nil {
		for _, it := range v.Vote.Items {
			if it.ID == v.Focus {
				return it.Title, "", it.Notes, true
			}
		}
	}
	return "", "", nil, false
}

// focusPanel draws what is in focus large for the projector, within h
// lines: a double border, the label in reverse video, the text in bold.
func (b *boardModel) focusPanel(h int) (string, bool) {
	m := b.m
	st := m.st
	text, by, notes, ok := b.focused()
	if !ok || h < 6 {
		return "", false
	}
	w := max(20, min(m.w-6, 72))
	lines := []string{st.Selected.Render(" " + st.Sym.Right + " " + strings.ToUpper(m.t("board.focus")) + " "), ""}
	lines = append(lines, strings.Split(st.Bold.Render(wrap(text, w)), "\n")...)
	if by != "" {
		lines = append(lines, st.Dim.Render("— "+by))
	}
	if len(notes) > 0 {
		lines = append(lines, "")
		rows, _, _ := b.noteRows(notes, w, -1, false)
		lines = append(lines, rows...)
	}
	if room := h - 2; len(lines) > room {
		lines = append(lines[:room-1], st.Dim.Render(m.t("board.more_below")))
	}
	return st.FocusPanel.Width(w + 2).Render(strings.Join(lines, "\n")), true
}

// focusBanner is the line under the header that tells everyone what is
// under discussion, in reverse video; empty when nothing is in focus.
func (b *boardModel) focusBanner() string {
	text, _, _, ok := b.focused()
	if !ok {
		return ""
	}
	st := b.m.st
	label := st.Selected.Render(" " + st.Sym.Right + " " + strings.ToUpper(b.m.t("board.focus")) + " ")
	return label + " " + st.Bold.Render(truncate(oneLineText(text), max(b.m.w-lipgloss.Width(label)-1, 1)))
}
