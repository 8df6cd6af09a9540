package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// marketKeyMap holds the marketplace's keys: the board's, plus m, which
// switches between the board and the matching view.
type marketKeyMap struct {
	brainstormKeyMap
	Matches *boardBinding
}

var marketKeys = marketKeyMap{
	brainstormKeyMap: brainstormKeys,
	Matches: boardKey("m").help("m", "help.matches").hint("m", "key.matches").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.showMatches = !b.showMatches
			return nil
		}),
}

var marketMap = mapOf[*boardModel](marketKeys)

// marketBar is the marketplace's key bar.
func (b *boardModel) marketBar() []*boardBinding {
	k := &marketKeys
	return []*boardBinding{k.New, k.Edit, k.Delete, k.ColumnLeft, k.ColumnRight, k.Matches}
}

// marketView shows the offers and requests, or who can help whom.
func (b *boardModel) marketView(h int) string {
	m := b.m
	st := m.st
	mk := m.view.Market
	if !b.showMatches || mk == nil {
		return b.boardView(h)
	}
	var lines []string
	lines = append(lines, st.Bold.Render(m.t("market.matches", len(mk.Matches))))
	for _, x := range mk.Matches {
		lines = append(lines, truncate("  "+x.Offer.Author+" → "+x.Request.Author+": "+oneLineText(x.Request.Text), m.w))
	}
	if len(mk.Matches) == 0 {
		lines = append(lines, st.Dim.Render("  "+m.t("market.none")))
	}
	lines = append(lines, "", st.Bold.Render(m.t("market.shared", len(mk.Shared))))
	for _, g := range mk.Shared {
		var parts []string
		for _, n := range g {
			parts = append(parts, n.Author)
		}
		lines = append(lines, truncate("  "+oneLineText(g[0].Text)+" — "+strings.Join(parts, ", "), m.w))
	}
	lines = append(lines, "", st.Bold.Render(m.t("market.unmet", len(mk.Unmet))))
	for _, n := range mk.Unmet {
		lines = append(lines, truncate("  "+oneLineText(n.Text)+" — "+n.Author, m.w))
	}
	return strings.Join(scrollLines(append([]string{""}, lines...), h, 0)[1:], "\n")
}
