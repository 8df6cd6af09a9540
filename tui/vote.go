package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// voteKeyMap holds the keys of dot voting: space or + puts a dot on the
// selected item, - or backspace takes one back; o opens a theme to read
// its notes.
type voteKeyMap struct {
	Vote, Unvote, Open, Close, Up, Down *boardBinding
}

var voteKeys = func() voteKeyMap {
	up, down := selectKeys(func(b *boardModel) int {
		if _, notes, ok := b.openedNotes(); ok {
			return len(notes)
		}
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
		Open: boardKey("o", "right", "l").help("o / {r}", "help.open_item").hint("o", "key.read").looking().
			only(func(b *boardModel) bool { return b.opened == 0 }).does((*boardModel).openVoteItem),
		Close: boardKey("left", "h").help("{l} / esc", "help.close_theme").hint("{l}", "key.back").looking().
			only(func(b *boardModel) bool { return b.opened != 0 }).
			does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { b.closeOpened(); return nil }),
		Up:   up,
		Down: down,
	}
}()

var voteMap = mapOf[*boardModel](voteKeys)

// voteBar is the vote's key bar.
func (b *boardModel) voteBar() []*boardBinding {
	k := &voteKeys
	if b.opened != 0 {
		return []*boardBinding{k.Vote, k.Unvote, k.Up, k.Down, k.Close}
	}
	return []*boardBinding{k.Vote, k.Unvote, k.Open, k.Up, k.Down}
}

// openVoteItem shows the selected item in full: a theme's notes, or a
// note with the column (the café's table) it was written at.
func (b *boardModel) openVoteItem(tea.KeyMsg) tea.Cmd {
	if vv := b.m.view.Vote; vv != nil && b.sel < len(vv.Items) {
		b.opened, b.openSel = vv.Items[b.sel].ID, 0
	}
	return nil
}

// votedItem is the item the vote keys act on: the opened one, else the
// selected one.
func (b *boardModel) votedItem() (sessions.VoteItemView, bool) {
	vv := b.m.view.Vote
	if vv == nil {
		return sessions.VoteItemView{}, false
	}
	for i, it := range vv.Items {
		if (b.opened != 0 && it.ID == b.opened) || (b.opened == 0 && i == b.sel) {
			return it, true
		}
	}
	return sessions.VoteItemView{}, false
}

// onVoteItem sends the command cmd makes for the item voted on, if any.
func (b *boardModel) onVoteItem(cmd func(item int) sessions.Command) tea.Cmd {
	if it, ok := b.votedItem(); ok {
		return b.m.do(cmd(it.ID), "", nil)
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
	var head string
	if vv.Closed {
		head = st.Bold.Render(m.t("vote.results"))
	} else {
		left := m.t("vote.left", vv.Left, vv.Budget)
		if vv.PerItem > 0 {
			left += " " + m.t("vote.per_item", vv.PerItem)
		}
		head = st.Bold.Render(left)
	}
	if it, ok := b.votedItem(); ok && b.opened != 0 {
		return b.openedVoteItem(vv, it, head, h)
	}
	lines := []string{head}
	if len(vv.Items) == 0 {
		lines = append(lines, st.Dim.Render(wrap(m.t("vote.no_items"), m.w-2)))
	}
	w := m.w
	from, to := 0, 0
	for i, it := range vv.Items {
		var text string
		if vv.Closed {
			text = fmt.Sprintf("%2d. %s", it.Rank, oneLineText(it.Title)) + st.Dim.Render("  "+m.t("vote.count", it.Votes))
			if it.Mine > 0 {
				text += st.Dim.Render("  (" + m.t("vote.yours", it.Mine) + ")")
			}
		} else {
			text = fmt.Sprintf("%-6s %s", strings.Repeat(st.Sym.Online, it.Mine), oneLineText(it.Title))
		}
		if it.Column == "" {
			text += st.Dim.Render("  · " + m.t("cluster.count_notes", len(it.Notes)))
		}
		if i == b.sel {
			from = len(lines)
		}
		lines = append(lines, b.row(text, w, i == b.sel, it.ID == m.view.Focus))
		if it.Column != "" {
			lines = append(lines, st.Dim.Render(truncate("         "+b.itemColumn(vv, it), w)))
		}
		if i == b.sel {
			to = len(lines) - 1
		}
	}
	return strings.Join(b.scrollBlock(lines, 1, h, from, to), "\n")
}

// itemColumn says where a note on the ballot was written: at which table
// of a café (its question), or in which column.
func (b *boardModel) itemColumn(vv *sessions.VoteView, it sessions.VoteItemView) string {
	if vv.Tables {
		return b.m.t("vote.at_table", it.Column)
	}
	return b.m.t("vote.in_column", it.Column)
}

// openedVoteItem draws one item of the ballot in full: a theme with the
// notes in it that the viewer may read, or a note with where it was
// written; the viewer's dots on it, and how to go back.
func (b *boardModel) openedVoteItem(vv *sessions.VoteView, it sessions.VoteItemView, head string, h int) string {
	m := b.m
	about := []string{head}
	switch {
	case vv.Closed:
	case it.Mine == 0:
		about = append(about, m.t("vote.none_here"))
	default:
		about = append(about, m.t("vote.yours_here", it.Mine, strings.Repeat(m.st.Sym.Online, it.Mine)))
	}
	if it.Column != "" {
		note := sessions.NoteView{ID: it.ID, Text: it.Title}
		return b.openedView(m.t("vote.opened_note"), append(about, b.itemColumn(vv, it)), []sessions.NoteView{note}, false, h)
	}
	return b.openedView(m.t("cluster.opened", it.Title), append(about, m.t("cluster.count_notes", len(it.Notes))), it.Notes, true, h)
}

// voteFocus is the item under the selection.
func (b *boardModel) voteFocus() int {
	if vv := b.m.view.Vote; vv != nil && b.sel < len(vv.Items) {
		return vv.Items[b.sel].ID
	}
	return 0
}
