package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// voteKey handles dot voting: space or + puts a dot on the selected item,
// - or backspace takes one back.
func (b *boardModel) voteKey(key tea.KeyMsg) tea.Cmd {
	m := b.m
	vv := m.view.Vote
	if vv == nil {
		return nil
	}
	switch key.String() {
	case "up", "k":
		b.sel = max(b.sel-1, 0)
	case "down", "j":
		b.sel = min(b.sel+1, max(len(vv.Items)-1, 0))
	case " ", "+", "=", "enter":
		if b.sel < len(vv.Items) {
			return m.do(sessions.CastVote{Item: vv.Items[b.sel].ID}, "", nil)
		}
	case "-", "backspace", "delete":
		if b.sel < len(vv.Items) {
			return m.do(sessions.RetractVote{Item: vv.Items[b.sel].ID}, "", nil)
		}
	}
	return nil
}

func (b *boardModel) voteView(h int) string {
	m := b.m
	st := m.st
	vv := m.view.Vote
	if vv == nil {
		return ""
	}
	var lines []string
	if vv.Closed {
		lines = append(lines, st.Bold.Render(m.t("vote.results")))
	} else {
		left := m.t("vote.left", vv.Left, vv.Budget)
		if vv.PerItem > 0 {
			left += " " + m.t("vote.per_item", vv.PerItem)
		}
		lines = append(lines, st.Bold.Render(left))
	}
	if len(vv.Items) == 0 {
		lines = append(lines, st.Dim.Render(wrap(m.t("vote.no_items"), m.w-2)))
	}
	w := m.w
	for i, it := range vv.Items {
		dots := strings.Repeat(st.Sym.Online, it.Mine)
		var text string
		if vv.Closed {
			text = fmt.Sprintf("%2d. %s", it.Rank, oneLineText(it.Title)) + st.Dim.Render("  "+m.t("vote.count", it.Votes))
			if it.Mine > 0 {
				text += st.Dim.Render("  (" + m.t("vote.yours", it.Mine) + ")")
			}
		} else {
			text = fmt.Sprintf("%-6s %s", dots, oneLineText(it.Title))
		}
		lines = append(lines, b.row(text, w, i == b.sel, it.ID == m.view.Focus))
	}
	return strings.Join(scrollLines(lines, h, b.sel+1), "\n")
}
