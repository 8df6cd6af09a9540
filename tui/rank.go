package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// rankKey selects a card (↑↓) and moves it up (+) or down (-) in the
// group's order.
func (b *boardModel) rankKey(key tea.KeyMsg) tea.Cmd {
	rv := b.m.view.Rank
	if rv == nil || len(rv.Order) == 0 {
		return nil
	}
	b.sel = min(b.sel, len(rv.Order)-1)
	delta := 0
	switch key.String() {
	case "up", "k":
		b.sel = max(b.sel-1, 0)
	case "down", "j":
		b.sel = min(b.sel+1, len(rv.Order)-1)
	case "+", "=", "shift+up", "K":
		delta = -1
	case "-", "shift+down", "J":
		delta = 1
	}
	if delta == 0 {
		return nil
	}
	item := rv.Order[b.sel].ID
	b.sel = min(max(b.sel+delta, 0), len(rv.Order)-1) // the selection follows the card
	return b.m.do(sessions.MoveCard{Item: item, Delta: delta}, "", nil)
}

func (b *boardModel) rankView(h int) string {
	m := b.m
	st := m.st
	rv := m.view.Rank
	if rv == nil {
		return ""
	}
	if rv.Shown && rv.Comparison != nil && (b.showCompare || !m.view.Facilitator) {
		return b.comparisonView(h, rv.Comparison)
	}
	var lines []string
	who := m.t("rank.yours")
	if rv.GroupIndex > 0 {
		who = m.t("rank.group", sessions.GroupName(m.lang, rv.GroupIndex-1))
	}
	lines = append(lines, st.Bold.Render(who))
	for i, c := range rv.Order {
		lines = append(lines, b.row(fmt.Sprintf("%d. %s", i+1, c.Title), min(m.w, 60), i == b.sel, false))
	}
	if len(rv.Order) == 0 {
		lines = append(lines, st.Dim.Render(m.t("rank.no_cards")))
	}
	if m.view.Facilitator && rv.Comparison != nil {
		lines = append(lines, "", st.Dim.Render(m.t("rank.fac_hint")))
	}
	return strings.Join(scrollLines(lines, h, b.sel+1), "\n")
}

// comparisonView sets the rankings side by side with the aggregate.
func (b *boardModel) comparisonView(h int, c *sessions.Comparison) string {
	m := b.m
	st := m.st
	colW := max(18, min(30, m.w/max(len(c.Rankings), 1)))
	var cols []string
	for _, r := range c.Rankings {
		lines := []string{st.Bold.Render(truncate(r.Name, colW-1))}
		for i, t := range r.Titles {
			lines = append(lines, truncate(fmt.Sprintf("%d. %s", i+1, t), colW-1))
		}
		cols = append(cols, lipgloss.NewStyle().Width(colW).Render(strings.Join(lines, "\n")))
	}
	side := lipgloss.JoinHorizontal(lipgloss.Top, cols...)
	var agg []string
	agg = append(agg, st.Bold.Render(m.t("rank.aggregate")))
	for _, r := range c.Aggregate {
		agg = append(agg, truncate(fmt.Sprintf("%d. %s  %s", r.Rank, r.Title, st.Dim.Render(m.t("rank.points", r.Points, r.Firsts))), m.w))
	}
	agg = append(agg, "", m.t("rank.agreement", c.W))
	if c.Top != "" {
		agg = append(agg, st.Focus.Render(m.t("rank.top", c.Top)))
	} else {
		agg = append(agg, st.Dim.Render(m.t("rank.no_top")))
	}
	return lipgloss.NewStyle().MaxWidth(m.w).Render(side) + "\n\n" + strings.Join(agg, "\n")
}
