package tui

import (
	"strings"
)

func (b *boardModel) roundView(h int) string {
	m := b.m
	st := m.st
	rv := m.view.Round
	if rv == nil || !rv.Started {
		msg := m.t("round.not_started")
		if m.view.Facilitator {
			msg = m.t("round.not_started_fac")
		}
		return st.Dim.Render(wrap(msg, m.w-2))
	}
	var lines []string
	switch {
	case rv.Speaking == "":
		lines = append(lines, st.Bold.Render(m.t("round.done")))
	case rv.Next != "":
		lines = append(lines, st.Bold.Render(m.t("round.now_next", rv.Speaking, rv.Next)))
	default:
		lines = append(lines, st.Bold.Render(m.t("round.now_last", rv.Speaking)))
	}
	lines = append(lines, "")
	now := 0
	for i, t := range rv.Turns {
		mark := "  "
		name := t.Name
		if t.Me {
			name += " (" + m.t("board.you") + ")"
		}
		switch {
		case t.Now:
			mark = st.Focus.Render(st.Sym.Right + " ")
			name = st.Focus.Render(name + " — " + m.t("round.speaking"))
			now = i
		case t.Done:
			name = st.Dim.Render(name + " ✓")
		}
		lines = append(lines, mark+name)
	}
	return strings.Join(scrollLines(lines, h, now+2), "\n")
}
