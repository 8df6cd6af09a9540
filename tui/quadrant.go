package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// quadrantKeyMap holds the keys of the four boxes: the board's, with the
// columns as boxes, plus s for the time shares.
type quadrantKeyMap struct {
	New, Edit, Delete                     *boardBinding
	BoxLeft, BoxRight                     *boardBinding
	Up, Down, First, Last, Newest         *boardBinding
	MoveLeft, MoveRight                   *boardBinding
	AddColumn, RenameColumn, RemoveColumn *boardBinding
	Shares                                *boardBinding
}

var quadrantKeys = quadrantKeyMap{
	New:    brainstormKeys.New,
	Edit:   brainstormKeys.Edit,
	Delete: brainstormKeys.Delete,
	BoxLeft: boardKey("left", "h", "shift+tab").help("{lr} / tab", "help.box").hint("{lr}", "key.box").looking().
		does(brainstormKeys.ColumnLeft.do),
	BoxRight:     boardKey("right", "l", "tab").sharesRow().sharesHint().looking().does(brainstormKeys.ColumnRight.do),
	Up:           brainstormKeys.Up,
	Down:         brainstormKeys.Down,
	First:        brainstormKeys.First,
	Last:         brainstormKeys.Last,
	Newest:       brainstormKeys.Newest,
	MoveLeft:     brainstormKeys.MoveLeft,
	MoveRight:    brainstormKeys.MoveRight,
	AddColumn:    brainstormKeys.AddColumn,
	RenameColumn: brainstormKeys.RenameColumn,
	RemoveColumn: brainstormKeys.RemoveColumn,
	Shares: boardKey("s").help("s", "help.shares").hint("s", "key.shares").only(hasShares).
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.openShares() }),
}

var quadrantMap = mapOf[*boardModel](quadrantKeys)

// quadrantBar is the quadrant's key bar.
func (b *boardModel) quadrantBar() []*boardBinding {
	k := &quadrantKeys
	bar := []*boardBinding{k.New, k.Edit, k.Delete, k.BoxLeft, k.BoxRight}
	if hasShares(b) {
		bar = append(bar, k.Shares)
	}
	return bar
}

// hasShares reports whether the quadrant asks for time shares.
func hasShares(b *boardModel) bool {
	q := b.m.view.Quadrant
	return q != nil && q.Shares
}

func (b *boardModel) quadrantView(h int) string {
	m := b.m
	st := m.st
	v := &m.view
	q := v.Quadrant
	if q == nil || len(v.Columns) != 4 {
		return b.boardView(h)
	}
	labelW := max(6, min(14, m.w/8))
	boxW := (m.w - labelW - 1) / 2
	header := strings.Repeat(" ", labelW) + st.Bold.Render(fmt.Sprintf("%-*s", boxW, truncate(q.Left, boxW-1))) +
		st.Bold.Render(truncate(q.Right, boxW-1))
	extra := 0
	var footer string
	if q.Shares {
		footer = b.sharesLine()
		extra = lipgloss.Height(footer)
	}
	boxH := max(3, (h-1-extra)/2)
	row := func(label string, cols []sessions.ColumnView) string {
		boxes := make([]string, 2)
		for i, c := range cols {
			boxes[i] = b.quadrantBox(c, boxW, boxH)
		}
		lab := lipgloss.NewStyle().Width(labelW).Height(boxH).Render(st.Bold.Render(wrap(label, labelW-1)))
		return lipgloss.JoinHorizontal(lipgloss.Top, lab, boxes[0], boxes[1])
	}
	out := header + "\n" + row(q.Top, v.Columns[:2]) + "\n" + row(q.Bottom, v.Columns[2:])
	if footer != "" {
		out += "\n" + footer
	}
	return out
}

// quadrantBox draws one box: a framed list of its notes, the selected one
// marked.
func (b *boardModel) quadrantBox(c sessions.ColumnView, w, h int) string {
	m := b.m
	st := m.st
	active := c.ID == b.col
	style := st.Note
	if active {
		style = st.NoteSelected
	}
	inner := w - 4
	var lines []string
	sel := 0
	for _, n := range c.Notes {
		text := "· " + oneLineText(n.Text)
		if n.Mine {
			text += st.Dim.Render(" (" + m.t("board.you") + ")")
		}
		if active && n.ID == b.note {
			sel = len(lines)
			lines = append(lines, st.Selected.Render(ansiStripPad(truncate(text, inner), inner)))
			continue
		}
		lines = append(lines, truncate(text, inner))
	}
	if c.Hidden > 0 {
		lines = append(lines, st.Dim.Render(truncate(m.t("board.hidden", c.Hidden), inner)))
	}
	if len(lines) == 0 {
		lines = append(lines, st.Dim.Render(truncate(m.t("board.empty"), inner)))
	}
	lines = scrollLines(append([]string{""}, lines...), h-2, sel+1)[1:]
	return style.Width(w - 2).Height(h - 2).MaxHeight(h).Render(strings.Join(lines, "\n"))
}

// sharesLine shows the viewer's time shares and the group's average.
func (b *boardModel) sharesLine() string {
	m := b.m
	q := m.view.Quadrant
	pct := func(p [4]int) string { return fmt.Sprintf("%d%% · %d%% · %d%% · %d%%", p[0], p[1], p[2], p[3]) }
	mine := m.t("shares.none")
	if q.Mine != nil {
		mine = pct(*q.Mine)
	}
	line := m.t("shares.mine", mine)
	if q.Givers > 0 {
		line += "   " + m.t("shares.group", q.Givers, pct(q.Average))
	}
	return m.st.Dim.Render(truncate(line, m.w))
}

// openShares asks for the four percentages, in box order.
func (b *boardModel) openShares() tea.Cmd {
	m := b.m
	q := m.view.Quadrant
	f := actionForm{shares: true}
	for i := range 4 {
		in := newInput(m.st, 3, 5)
		if q.Mine != nil {
			in.SetValue(fmt.Sprint(q.Mine[i]))
		}
		f.inputs = append(f.inputs, in)
	}
	b.form = f
	b.mode = modeForm
	return b.form.inputs[0].Focus()
}
