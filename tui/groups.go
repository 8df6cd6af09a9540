package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// groupsShown reports whether the View holds the groups being formed.
func groupsShown(b *boardModel) bool { return b.m.view.Groups != nil }

// groupsConsoleBar is a groups activity's part of the console bar.
func (b *boardModel) groupsConsoleBar() []*boardBinding {
	return []*boardBinding{consoleKeys.FormGroups, consoleKeys.MoveMember}
}

// moveMember asks whom to move to which group, once groups are formed.
func (b *boardModel) moveMember(tea.KeyMsg) tea.Cmd {
	m := b.m
	if !m.view.Groups.Formed {
		return nil
	}
	var people []pickItem
	for _, p := range m.console().People {
		people = append(people, pickItem{label: p.Name, key: string(p.ID)})
	}
	b.openPicker(m.t("groups.pick_person"), people, func(m *Model, who pickItem) tea.Cmd {
		var groups []pickItem
		for i, g := range m.view.Groups.Groups {
			groups = append(groups, pickItem{label: sessions.GroupName(m.lang, i) + ": " + strings.Join(g.Members, ", "), id: g.ID})
		}
		m.board.openPicker(m.t("groups.pick_group", who.label), groups, func(m *Model, g pickItem) tea.Cmd {
			return m.do(sessions.MoveMember{Participant: sessions.ParticipantID(who.key), Group: g.id}, "", nil)
		})
		return nil
	})
	return nil
}

// nextLens lets a facilitator look at one group's work at a time, or at
// all of it together (the plenary view), in an activity that works per
// group.
func (b *boardModel) nextLens(tea.KeyMsg) tea.Cmd {
	m := b.m
	groups := b.lensGroups()
	if len(groups) == 0 {
		return nil
	}
	next := 0
	for i, g := range groups {
		if g.ID == b.lensGroup && i+1 < len(groups) {
			next = groups[i+1].ID
		}
	}
	if b.lensGroup == 0 {
		next = groups[0].ID
	}
	b.lensGroup = next
	m.refresh()
	return nil
}

// lensGroups are the groups the current activity works in, for a
// facilitator.
func (b *boardModel) lensGroups() []sessions.GroupRef { return b.m.console().Groups }

// lensLabel names what the facilitator is looking at.
func (b *boardModel) lensLabel() string {
	m := b.m
	if b.lensGroup == 0 {
		return m.t("groups.plenary")
	}
	for _, g := range b.lensGroups() {
		if g.ID == b.lensGroup {
			return g.Name
		}
	}
	return ""
}

func (b *boardModel) groupsView(h int) string {
	m := b.m
	st := m.st
	gv := m.view.Groups
	if gv == nil || !gv.Formed {
		msg := m.t("groups.soon", gv.Min, gv.Max)
		if m.view.Facilitator {
			msg = m.t("groups.fac_form", gv.Min, gv.Max)
		}
		return st.Dim.Render(wrap(msg, m.w-2))
	}
	var lines []string
	if gv.Mine >= 0 {
		var others []string
		for _, name := range gv.Groups[gv.Mine].Members {
			if name != m.view.Me.Name {
				others = append(others, name)
			}
		}
		lines = append(lines, st.Selected.Render(" "+truncate(m.t("groups.yours", sessions.GroupName(m.lang, gv.Mine), strings.Join(others, ", ")), m.w-2)+" "), "")
	}
	for i, g := range gv.Groups {
		line := fmt.Sprintf("%s (%d): %s", sessions.GroupName(m.lang, i), len(g.Members), strings.Join(g.Members, ", "))
		if i == gv.Mine {
			line = st.Bold.Render(line)
		}
		lines = append(lines, truncate(line, m.w))
	}
	return strings.Join(scrollLines(append([]string{""}, lines...), h, 0)[1:], "\n")
}
