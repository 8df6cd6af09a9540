package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// cafeShown reports whether the View holds the café's tables.
func cafeShown(b *boardModel) bool { return b.m.view.Cafe != nil }

// cafeConsoleBar is a café's part of the console bar: seating before it
// starts, the next round until the harvest.
func (b *boardModel) cafeConsoleBar() []*boardBinding {
	k, cv := &consoleKeys, b.m.view.Cafe
	switch {
	case cv == nil:
		return nil
	case !cv.Started:
		return []*boardBinding{k.Host, k.Rounds, k.StartCafe}
	case !cv.Harvest:
		return []*boardBinding{k.NextRound}
	}
	return nil
}

// pickHost offers the participants to host the selected table, before
// the café starts.
func (b *boardModel) pickHost(tea.KeyMsg) tea.Cmd {
	m := b.m
	ci := b.colIndex()
	if m.view.Cafe.Started || ci < 0 {
		return nil
	}
	items := []pickItem{{label: m.t("cafe.no_host"), key: ""}}
	for _, p := range m.console().People {
		if p.Facilitator {
			continue // facilitators lead the café and are not seated
		}
		items = append(items, pickItem{label: p.Name, key: string(p.ID)})
	}
	b.openPicker(m.t("cafe.pick_host", ci+1), items, func(m *Model, it pickItem) tea.Cmd {
		return m.do(sessions.SetHost{Table: ci, Participant: sessions.ParticipantID(it.key)}, "", nil)
	})
	return nil
}

// pickRounds offers how many rounds of how long, before the café starts.
func (b *boardModel) pickRounds(tea.KeyMsg) tea.Cmd {
	m := b.m
	if m.view.Cafe.Started {
		return nil
	}
	var items []pickItem
	for _, o := range [][2]int{{2, 15}, {2, 20}, {3, 10}, {3, 15}, {3, 20}, {4, 15}, {4, 20}} {
		items = append(items, pickItem{label: m.t("cafe.rounds_of", o[0], o[1]), id: o[0]*1000 + o[1]})
	}
	b.openPicker(m.t("cafe.pick_rounds"), items, func(m *Model, it pickItem) tea.Cmd {
		return m.do(sessions.ConfigureCafe{Rounds: it.id / 1000, Minutes: it.id % 1000}, "", nil)
	})
	return nil
}

// present lists the participants connected now, facilitators left out:
// they lead the café, the groups and the round rather than take part.
func (b *boardModel) present() []sessions.ParticipantID { return b.m.console().Present }

// cafeView shows where to sit and the table's board.
func (b *boardModel) cafeView(h int) string {
	m := b.m
	st := m.st
	cv := m.view.Cafe
	if cv == nil {
		return b.boardView(h)
	}
	var banner []string
	switch {
	case !cv.Started:
		banner = append(banner, st.Bold.Render(m.t("cafe.soon", cv.Rounds, cv.Minutes)))
		for i, t := range cv.Tables {
			host := t.Host
			if host == "" {
				host = m.t("cafe.no_host")
			}
			banner = append(banner, truncate(fmt.Sprintf("  %s %d. %s — %s", m.t("cafe.table"), i+1, t.Topic, host), m.w))
		}
		if !m.view.Facilitator {
			return strings.Join(banner, "\n")
		}
		// The facilitator sees the tables as columns to choose hosts.
		banner = append(banner, st.Dim.Render(truncate(m.t("cafe.fac_start"), m.w)))
	case cv.Harvest:
		banner = append(banner, st.Bold.Render(m.t("cafe.harvest")))
	case cv.Table >= 0:
		where := m.t("cafe.go_to", cv.Round+1, cv.Rounds, cv.Table+1, cv.Topic)
		if cv.IsHost {
			where = m.t("cafe.you_host", cv.Round+1, cv.Rounds, cv.Table+1, cv.Topic)
		} else if cv.Host != "" {
			where += " — " + m.t("cafe.host", cv.Host)
		}
		for _, l := range strings.Split(wrap(where, m.w-2), "\n") {
			banner = append(banner, st.Selected.Render(" "+l+" "))
		}
		if len(cv.Added) > 0 {
			var texts []string
			for _, n := range cv.Added {
				texts = append(texts, oneLineText(n.Text))
			}
			banner = append(banner, st.Dim.Render(truncate(m.t("cafe.added", len(cv.Added), strings.Join(texts, " · ")), m.w)))
		}
	default:
		banner = append(banner, st.Bold.Render(m.t("cafe.round_fac", cv.Round+1, cv.Rounds)))
		if !m.view.Facilitator {
			banner = append(banner, st.Dim.Render(m.t("cafe.wait")))
			return strings.Join(banner, "\n")
		}
	}
	top := strings.Join(banner, "\n")
	rest := max(1, h-lipgloss.Height(top))
	return top + "\n" + b.boardView(rest)
}
