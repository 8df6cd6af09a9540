package tui

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// consoleKey handles the facilitator's keys: one key per action, listed in
// the console bar and the help.
func (b *boardModel) consoleKey(key tea.KeyMsg) (tea.Cmd, bool) {
	m := b.m
	v := &m.view
	act := v.Activity
	if act.Kind == sessions.KindCafe {
		if cmd, ok := b.cafeConsole(key.String()); ok {
			return cmd, true
		}
	}
	if act.Kind == sessions.KindGroups {
		if cmd, ok := b.groupsConsole(key.String()); ok {
			return cmd, true
		}
	}
	if act.PerGroup && key.String() == "L" {
		return b.lensKey(), true
	}
	if act.Kind == sessions.KindRank && key.String() == "C" {
		if !act.Closed {
			b.showCompare = true
			return m.do(sessions.Compare{Show: true}, "", nil), true
		}
		if b.showCompare {
			b.showCompare = false
			return m.do(sessions.Compare{Show: false}, "", nil), true
		}
		b.showCompare = true
		return nil, true
	}
	switch key.String() {
	case "]":
		return m.do(sessions.Step{Delta: 1}, "", nil), true
	case "[":
		return m.do(sessions.Step{Delta: -1}, "", nil), true
	case "A":
		var items []pickItem
		for i, a := range m.snap.State.Agenda {
			items = append(items, pickItem{label: fmt.Sprintf("%d. %s (%s)", i+1, a.Title, m.t("kind."+string(a.Kind))), id: a.ID})
		}
		b.openPicker(m.t("picker.agenda"), items, func(m *Model, it pickItem) tea.Cmd {
			return m.do(sessions.GoTo{Activity: it.id}, "", nil)
		})
	case "S":
		if v.Timer.Total == 0 {
			return m.do(sessions.TimerCmd{Op: sessions.TimerSet, D: 5 * time.Minute}, "", func(m *Model) tea.Cmd {
				return m.do(sessions.TimerCmd{Op: sessions.TimerStart}, "", nil)
			}), true
		}
		if v.Timer.Running() {
			return m.do(sessions.TimerCmd{Op: sessions.TimerPause}, "", nil), true
		}
		return m.do(sessions.TimerCmd{Op: sessions.TimerStart}, "", nil), true
	case "1", "2", "3", "4":
		d := sessions.Presets[key.String()[0]-'1']
		return m.do(sessions.TimerCmd{Op: sessions.TimerSet, D: d}, "", func(m *Model) tea.Cmd {
			return m.do(sessions.TimerCmd{Op: sessions.TimerStart}, "", nil)
		}), true
	case "+":
		return m.do(sessions.TimerCmd{Op: sessions.TimerAdd, D: time.Minute}, "", nil), true
	case "Z":
		b.mode, b.confirm = modeConfirm, confirmResetTimer
	case "E":
		op := sessions.TimerCloseAtEnd
		if v.Timer.CloseAtZero {
			op = sessions.TimerKeepOpen
		}
		return m.do(sessions.TimerCmd{Op: op}, "", nil), true
	case "I":
		return m.do(sessions.LockInput{Locked: !v.InputLocked}, "", nil), true
	case "R":
		if !act.Kind.HasBoard() || !act.Hidden || act.Revealed {
			m.setStatus(m.t("console.nothing_hidden"), true)
			return nil, true
		}
		b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmReveal, act.ID
	case "O":
		ci := b.colIndex()
		if !act.Kind.HasBoard() || ci < 0 {
			return nil, true
		}
		col := v.Columns[ci]
		return m.do(sessions.LockColumn{Column: col.ID, Locked: !col.Locked}, "", nil), true
	case "F":
		id := b.focusTarget()
		if id == v.Focus {
			id = 0
		}
		return m.do(sessions.SetFocus{ID: id}, "", nil), true
	case "C":
		if act.Kind != sessions.KindVote {
			return nil, true
		}
		return m.do(sessions.CloseVote{Reopen: act.Closed}, "", nil), true
	case "G":
		if act.Kind != sessions.KindRound {
			return nil, true
		}
		items := []pickItem{{label: m.t("round.joined_order"), id: 0}, {label: m.t("round.shuffled"), id: 1}}
		b.openPicker(m.t("round.start"), items, func(m *Model, it pickItem) tea.Cmd {
			return m.do(sessions.StartRound{Present: m.board.present(), Shuffle: it.id == 1, Seed: randomSeed()}, "", nil)
		})
	case "N", " ":
		if act.Kind != sessions.KindRound {
			return nil, key.String() == "N"
		}
		return m.do(sessions.NextTurn{Delta: 1}, "", nil), true
	case "P":
		if act.Kind != sessions.KindRound {
			return nil, true
		}
		return m.do(sessions.NextTurn{Delta: -1}, "", nil), true
	case "V":
		return m.do(sessions.SetConfidential{Activity: act.ID, Confidential: !act.Confidential}, "", nil), true
	case "W":
		b.mode = modeOverview
	case "B":
		b.projector = !b.projector
	case "K":
		var items []pickItem
		for _, p := range m.snap.State.Participants {
			if p.ID.Keyless() {
				continue
			}
			mark := "  "
			if m.snap.State.IsFacilitator(p.ID) {
				mark = m.st.Sym.Facilitator + " "
			}
			items = append(items, pickItem{label: mark + p.Name, key: string(p.ID)})
		}
		b.openPicker(m.t("picker.rights"), items, func(m *Model, it pickItem) tea.Cmd {
			id := sessions.ParticipantID(it.key)
			if m.snap.State.IsFacilitator(id) {
				return m.do(sessions.Revoke{Participant: id}, "status.revoked", nil)
			}
			return m.do(sessions.Grant{Participant: id}, "status.granted", nil)
		})
	default:
		return nil, false
	}
	return nil, true
}

// focusTarget is the note or theme under the facilitator's selection.
func (b *boardModel) focusTarget() int {
	v := &b.m.view
	switch v.Activity.Kind {
	case sessions.KindBrainstorm, sessions.KindQuadrant, sessions.KindCafe, sessions.KindMarket:
		if n, ok := b.selected(); ok {
			return n.ID
		}
	case sessions.KindCluster:
		if b.pane == 1 && b.sel < len(v.Themes) {
			return v.Themes[b.sel].ID
		}
		if b.pane == 0 && b.sel < len(v.Ungrouped) {
			return v.Ungrouped[b.sel].ID
		}
	case sessions.KindVote:
		if v.Vote != nil && b.sel < len(v.Vote.Items) {
			return v.Vote.Items[b.sel].ID
		}
	}
	return 0
}

func randomSeed() uint64 {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return binary.LittleEndian.Uint64(b[:])
}
