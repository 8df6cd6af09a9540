package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// rankKeyMap holds the keys of a card sort: select a card (up, down) and
// move it up (+) or down (-) in the group's order.
type rankKeyMap struct {
	Up, Down, CardUp, CardDown *boardBinding
}

var rankKeys = func() rankKeyMap {
	up, down := selectKeys(func(b *boardModel) int {
		if rv := b.m.view.Rank; rv != nil {
			return len(rv.Order)
		}
		return 0
	})
	return rankKeyMap{
		Up:   up,
		Down: down,
		CardUp: boardKey("+", "=", "shift+up", "K").help("+ / K", "help.card_up").hint("+", "key.card_up").
			does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.moveCard(-1) }),
		CardDown: boardKey("-", "shift+down", "J").help("- / J", "help.card_down").hint("-", "key.card_down").
			does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.moveCard(1) }),
	}
}()

var rankMap = mapOf[*boardModel](rankKeys)

// rankBar is the card sort's key bar.
func (b *boardModel) rankBar() []*boardBinding {
	k := &rankKeys
	return []*boardBinding{k.Up, k.Down, k.CardUp, k.CardDown}
}

// moveCard moves the selected card delta places down the order; the
// selection follows the card.
func (b *boardModel) moveCard(delta int) tea.Cmd {
	rv := b.m.view.Rank
	if rv == nil || len(rv.Order) == 0 {
		return nil
	}
	b.sel = min(b.sel, len(rv.Order)-1)
	item := rv.Order[b.sel].ID
	b.sel = min(max(b.sel+delta, 0), len(rv.Order)-1)
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
	agg = append(agg, "")
	if c.Compared() {
		agg = append(agg, m.t("rank.agreement", sessions.Agreement(m.lang, c.W)))
	}
	if c.Top != "" {
		agg = append(agg, st.Focus.Render(m.t("rank.top", c.Top)))
	} else {
		agg = append(agg, st.Dim.Render(m.t("rank.no_top")))
	}
	return lipgloss.NewStyle().MaxWidth(m.w).Render(side) + "\n\n" + strings.Join(agg, "\n")
}
