package tui

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// consoleKeyMap holds the facilitator's keys: one key per action. The
// help lists them all; the console bar those that fit the activity.
type consoleKeyMap struct {
	Next, Prev, Agenda, Timer, Presets, Minute, Reset, CloseAtZero, Lock *boardBinding
	Reveal, OpenColumn, Focus, CloseVote, Compare                        *boardBinding
	StartRound, NextTurn, PrevTurn                                       *boardBinding
	Host, Rounds, StartCafe, NextRound                                   *boardBinding
	MoveMember, FormGroups, Lens                                         *boardBinding
	Confidential, Who, Beamer, Rights, Publish                           *boardBinding
}

var consoleKeys = consoleKeyMap{
	Next: boardKey("]").help("] [", "help.con.step").hint("]", "con.next").
		does((*boardModel).nextStep),
	Prev: boardKey("[").sharesRow().hint("[", "con.prev").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.m.do(sessions.Step{Delta: -1}, "", nil) }),
	Agenda:  boardKey("A").help("A", "help.con.agenda").does((*boardModel).openAgenda),
	Timer:   boardKey("S").help("S", "help.con.timer").hint("S", "con.timer").does((*boardModel).startPauseTimer),
	Presets: boardKey("1", "2", "3", "4").help("1 2 3 4", "help.con.presets").hint("1-4", "con.presets").does((*boardModel).presetTimer),
	Minute: boardKey("+").help("+", "help.con.minute").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			return b.m.do(sessions.TimerCmd{Op: sessions.TimerAdd, D: time.Minute}, "", nil)
		}),
	Reset: boardKey("Z").help("Z", "help.con.reset").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.mode, b.confirm = modeConfirm, confirmResetTimer
			return nil
		}),
	CloseAtZero: boardKey("E").help("E", "help.con.close_at_zero").does((*boardModel).closeAtZero),
	Lock: boardKey("I").help("I", "help.con.lock").hint("I", "con.lock").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			return b.m.do(sessions.LockInput{Locked: !b.m.view.InputLocked}, "", nil)
		}),
	Reveal:     boardKey("R").help("R", "help.con.reveal").hint("R", "con.reveal").does((*boardModel).reveal),
	OpenColumn: boardKey("O").help("O", "help.con.open_column").hint("O", "con.open_column").does((*boardModel).openColumn),
	Focus:      boardKey("F").help("F", "help.con.focus").hint("F", "con.focus").does((*boardModel).focus),
	CloseVote: boardKey("C").help("C", "help.con.close_vote").hint("C", "con.close_vote").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			return b.m.do(sessions.CloseVote{Reopen: b.m.view.Activity.Closed}, "", nil)
		}),
	Compare:    boardKey("C").help("C", "help.con.compare").hint("C", "con.compare").does((*boardModel).compare),
	StartRound: boardKey("G").help("G N P", "help.con.round").hint("G", "con.start_round").does((*boardModel).startRound),
	NextTurn: boardKey("N", " ").sharesRow().hint("N", "con.next_turn").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.m.do(sessions.NextTurn{Delta: 1}, "", nil) }),
	PrevTurn: boardKey("P").sharesRow().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd { return b.m.do(sessions.NextTurn{Delta: -1}, "", nil) }),
	Host:   boardKey("H").help("H", "help.con.host").hint("H", "con.host").only(cafeShown).does((*boardModel).pickHost),
	Rounds: boardKey("Y").sharesRow().hint("Y", "con.rounds").only(cafeShown).does((*boardModel).pickRounds),
	StartCafe: boardKey("G").sharesRow().hint("G", "con.start_cafe").only(cafeShown).
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			return b.m.do(sessions.StartCafe{Present: b.present(), Seed: randomSeed()}, "", nil)
		}),
	NextRound: boardKey("N").sharesRow().hint("N", "con.next_round").only(cafeShown).
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			return b.m.do(sessions.NextCafeRound{Present: b.present(), Seed: randomSeed()}, "", nil)
		}),
	MoveMember: boardKey("M").help("M", "help.con.move").hint("M", "con.move_member").only(groupsShown).does((*boardModel).moveMember),
	FormGroups: boardKey("G").sharesRow().hint("G", "con.form_groups").only(groupsShown).
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			return b.m.do(sessions.FormGroups{Present: b.present(), Seed: randomSeed()}, "status.groups_formed", nil)
		}),
	Lens: boardKey("L").help("L", "help.con.lens").hint("L", "con.lens").hintArg((*boardModel).lensLabel).
		only(perGroup).does((*boardModel).nextLens),
	Confidential: boardKey("V").help("V", "help.con.confidential").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			act := b.m.view.Activity
			return b.m.do(sessions.SetConfidential{Activity: act.ID, Confidential: !act.Confidential}, "", nil)
		}),
	Publish: boardKey("D").help("D", "help.con.publish").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			publish := !b.m.view.Published
			return b.m.do(sessions.Publish{Published: publish}, "", func(m *Model) tea.Cmd {
				if publish {
					m.setStatus(m.t("status.published_by_me", m.reportCommand()), false)
				} else {
					m.setStatus(m.t("status.withdrawn"), false)
				}
				return nil
			})
		}),
	Who: boardKey("W").help("W", "help.con.who").hint("W", "con.who").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.mode = modeOverview
			b.m.refresh() // everyone's share is counted while it is open
			return nil
		}),
	Beamer: boardKey("B").help("B", "help.con.beamer").hint("B", "con.beamer").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.projector = !b.projector
			return nil
		}),
	Rights: boardKey("K").help("K", "help.con.rights").does((*boardModel).pickRights),
}

var consoleMap = mapOf[*boardModel](consoleKeys)

// consoleMore names the help key again at the end of the console bar, as
// the way to all of the console's keys.
var consoleMore = func() *boardBinding {
	more := *commonKeys.Help
	more.bar.Desc, more.id = "con.more", nextBindingID()
	return &more
}()

// perGroup reports whether the current activity works per group.
func perGroup(b *boardModel) bool { return b.m.view.Activity.PerGroup }

// consoleBar is the facilitator's key bar: the keys that fit the current
// activity.
func (b *boardModel) consoleBar() []*boardBinding {
	k := &consoleKeys
	v := &b.m.view
	bar := []*boardBinding{k.Next, k.Prev}
	bar = append(bar, b.kindConsoleBar()...)
	if v.Activity.PerGroup {
		bar = append(bar, k.Lens)
	}
	return append(bar, k.Timer, k.Presets, k.Lock, k.Focus, k.Who, k.Beamer, consoleMore)
}

// boardConsoleBar is a board's part of the console bar: revealing hidden
// notes, and opening or closing the selected column.
func (b *boardModel) boardConsoleBar() []*boardBinding {
	k, act := &consoleKeys, b.m.view.Activity
	if act.Hidden && !act.Revealed {
		return []*boardBinding{k.Reveal, k.OpenColumn}
	}
	return []*boardBinding{k.OpenColumn}
}

// roundConsoleBar is a go-around's part of the console bar.
func (b *boardModel) roundConsoleBar() []*boardBinding {
	return []*boardBinding{consoleKeys.StartRound, consoleKeys.NextTurn}
}

// openAgenda offers the activities to jump to.
func (b *boardModel) openAgenda(tea.KeyMsg) tea.Cmd {
	m := b.m
	var items []pickItem
	for i, a := range m.console().Agenda {
		items = append(items, pickItem{label: fmt.Sprintf("%d. %s (%s)", i+1, a.Title, m.t("kind."+string(a.Kind))), id: a.ID})
	}
	b.openPicker(m.t("picker.agenda"), items, func(m *Model, it pickItem) tea.Cmd {
		return m.do(sessions.GoTo{Activity: it.id}, "", nil)
	})
	return nil
}

// startPauseTimer starts the timer (five minutes when none is set), or
// pauses it.
func (b *boardModel) startPauseTimer(tea.KeyMsg) tea.Cmd {
	m := b.m
	t := m.view.Timer
	if t.Total == 0 {
		return m.do(sessions.TimerCmd{Op: sessions.TimerSet, D: 5 * time.Minute}, "", startTimer)
	}
	if t.Running() {
		return m.do(sessions.TimerCmd{Op: sessions.TimerPause}, "", nil)
	}
	return m.do(sessions.TimerCmd{Op: sessions.TimerStart}, "", nil)
}

// presetTimer sets the timer to the preset of the digit pressed and
// starts it.
func (b *boardModel) presetTimer(k tea.KeyMsg) tea.Cmd {
	d := sessions.Presets[k.String()[0]-'1']
	return b.m.do(sessions.TimerCmd{Op: sessions.TimerSet, D: d}, "", startTimer)
}

// startTimer starts the timer after it was set.
func startTimer(m *Model) tea.Cmd { return m.do(sessions.TimerCmd{Op: sessions.TimerStart}, "", nil) }

// closeAtZero switches whether input closes when the timer runs out.
func (b *boardModel) closeAtZero(tea.KeyMsg) tea.Cmd {
	op := sessions.TimerCloseAtEnd
	if b.m.view.Timer.CloseAtZero {
		op = sessions.TimerKeepOpen
	}
	return b.m.do(sessions.TimerCmd{Op: op}, "", nil)
}

// reveal asks whether to reveal the hidden notes, if there are any.
func (b *boardModel) reveal(tea.KeyMsg) tea.Cmd {
	act := b.m.view.Activity
	if !act.Kind.HasBoard() || !act.Hidden || act.Revealed {
		b.m.setStatus(b.m.t("console.nothing_hidden"), true)
		return nil
	}
	b.mode, b.confirm, b.confirmTarget = modeConfirm, confirmReveal, act.ID
	return nil
}

// openColumn opens or closes the selected column.
func (b *boardModel) openColumn(tea.KeyMsg) tea.Cmd {
	v := &b.m.view
	ci := b.colIndex()
	if !v.Activity.Kind.HasBoard() || ci < 0 {
		return nil
	}
	col := v.Columns[ci]
	return b.m.do(sessions.LockColumn{Column: col.ID, Locked: !col.Locked}, "", nil)
}

// focus puts the selection in focus for everyone, or takes it out.
func (b *boardModel) focus(tea.KeyMsg) tea.Cmd {
	id := b.focusTarget()
	if id == b.m.view.Focus {
		id = 0
	}
	return b.m.do(sessions.SetFocus{ID: id}, "", nil)
}

// compare shows everyone the rankings compared, or the facilitator their
// own view again.
func (b *boardModel) compare(tea.KeyMsg) tea.Cmd {
	m := b.m
	if !m.view.Activity.Closed {
		b.showCompare = true
		return m.do(sessions.Compare{Show: true}, "", nil)
	}
	if b.showCompare {
		b.showCompare = false
		return m.do(sessions.Compare{Show: false}, "", nil)
	}
	b.showCompare = true
	return nil
}

// startRound asks in which order the round goes, then starts it.
func (b *boardModel) startRound(tea.KeyMsg) tea.Cmd {
	m := b.m
	items := []pickItem{{label: m.t("round.joined_order"), id: 0}, {label: m.t("round.shuffled"), id: 1}}
	b.openPicker(m.t("round.start"), items, func(m *Model, it pickItem) tea.Cmd {
		return m.do(sessions.StartRound{Present: m.board.present(), Shuffle: it.id == 1, Seed: randomSeed()}, "", nil)
	})
	return nil
}

// pickRights offers the keyed participants to give or take facilitator
// rights.
func (b *boardModel) pickRights(tea.KeyMsg) tea.Cmd {
	m := b.m
	var items []pickItem
	for _, p := range m.console().People {
		if !p.Keyed {
			continue
		}
		mark := "  "
		if p.Facilitator {
			mark = m.st.Sym.Facilitator + " "
		}
		items = append(items, pickItem{label: mark + p.Name, key: string(p.ID)})
	}
	b.openPicker(m.t("picker.rights"), items, func(m *Model, it pickItem) tea.Cmd {
		id := sessions.ParticipantID(it.key)
		if m.facilitates(id) {
			return m.do(sessions.Revoke{Participant: id}, "status.revoked", nil)
		}
		return m.do(sessions.Grant{Participant: id}, "status.granted", nil)
	})
	return nil
}

// console is the facilitator's part of the View, empty for anyone else:
// a picker or overview still open when rights are taken away shows
// nothing rather than fail.
func (m *Model) console() sessions.ConsoleView {
	if c := m.view.Console; c != nil {
		return *c
	}
	return sessions.ConsoleView{}
}

// facilitates reports whether the person with id facilitates, as far as
// the viewer's console knows.
func (m *Model) facilitates(id sessions.ParticipantID) bool {
	for _, p := range m.console().People {
		if p.ID == id {
			return p.Facilitator
		}
	}
	return false
}

func randomSeed() uint64 {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return binary.LittleEndian.Uint64(b[:])
}

// nextStep moves everyone on to the next activity, or says that this is
// the last one.
func (b *boardModel) nextStep(tea.KeyMsg) tea.Cmd {
	if v := b.m.view; v.Step >= v.Steps {
		b.m.setStatus(b.m.t("con.last_step"), true)
		return nil
	}
	return b.m.do(sessions.Step{Delta: 1}, "", nil)
}
