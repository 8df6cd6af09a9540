package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// voteKeyMap holds the keys of dot voting: space or + puts a dot on the
// selected item, - or backspace takes one back.
type voteKeyMap struct {
	Vote, Unvote, Up, Down *boardBinding
}

var voteKeys = func() voteKeyMap {
	up, down := selectKeys(func(b *boardModel) int {
		if vv := b.m.view.Vote; vv != nil {
			return len(vv.Items)
		}
		return 0
	})
	return voteKeyMap{
		Vote: boardKey(" ", "+", "=", "enter").help("{space} / +", "help.vote").hint("{space}/+", "key.vote").
			does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
				return b.onVoteItem(func(id int) sessions.Command { return sessions.CastVote{Item: id} })
			}),
		Unvote: boardKey("-", "backspace", "delete").help("- / backspace", "help.unvote").hint("-", "key.unvote").
			does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
				return b.onVoteItem(func(id int) sessions.Command { return sessions.RetractVote{Item: id} })
			}),
		Up:   up,
		Down: down,
	}
}()

var voteMap = mapOf[*boardModel](voteKeys)

// voteBar is the vote's key bar.
func (b *boardModel) voteBar() []*boardBinding {
	k := &voteKeys
	return []*boardBinding{k.Vote, k.Unvote, k.Up, k.Down}
}

// onVoteItem sends the command cmd makes for the selected item, if any.
func (b *boardModel) onVoteItem(cmd func(item int) sessions.Command) tea.Cmd {
	vv := b.m.view.Vote
	if vv == nil || b.sel >= len(vv.Items) {
		return nil
	}
	return b.m.do(cmd(vv.Items[b.sel].ID), "", nil)
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

// voteFocus is the item under the selection.
func (b *boardModel) voteFocus() int {
	if vv := b.m.view.Vote; vv != nil && b.sel < len(vv.Items) {
		return vv.Items[b.sel].ID
	}
	return 0
}
