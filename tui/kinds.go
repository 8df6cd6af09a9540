package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// kindScreen is what the board needs of one activity kind's screen: its
// keys, and the bindings its key bar shows now.
type kindScreen struct {
	keys keyMap[*boardModel]
	bar  func(*boardModel) []*boardBinding
}

// kindScreens are the activity kinds' screens; a kind without keys of its
// own (info, round, groups) has none.
var kindScreens = map[sessions.ActivityKind]kindScreen{
	sessions.KindBrainstorm: {brainstormMap, (*boardModel).brainstormBar},
	sessions.KindCafe:       {brainstormMap, (*boardModel).brainstormBar},
	sessions.KindQuadrant:   {quadrantMap, (*boardModel).quadrantBar},
	sessions.KindMarket:     {marketMap, (*boardModel).marketBar},
	sessions.KindCluster:    {clusterMap, (*boardModel).clusterBar},
	sessions.KindVote:       {voteMap, (*boardModel).voteBar},
	sessions.KindRank:       {rankMap, (*boardModel).rankBar},
	sessions.KindScale:      {scaleMap, (*boardModel).scaleBar},
	sessions.KindActions:    {actionsMap, (*boardModel).actionsBar},
}

// kindScreen is the current activity's screen.
func (b *boardModel) kindScreen() kindScreen { return kindScreens[b.m.view.Activity.Kind] }

// activityBar is the participant's key bar for the current activity.
func (b *boardModel) activityBar() []*boardBinding {
	c := &commonKeys
	screen := b.kindScreen()
	if b.m.view.Past {
		hints := []*boardBinding{c.Back, c.LookBack}
		for _, k := range screen.keys.hints(b) {
			if k.look {
				hints = append(hints, k)
			}
		}
		return hints
	}
	var hints []*boardBinding
	if screen.bar != nil {
		hints = screen.bar(b)
	}
	if b.m.view.Step > 1 {
		hints = append(hints, c.LookBack)
	}
	return append(hints, c.Help, c.Leave)
}

// selectKeys declares the pair of keys that move the selection of a list
// screen up and down; count is how long the list is.
func selectKeys(count func(*boardModel) int) (up, down *boardBinding) {
	up = boardKey("up", "k").help("{ud} / j k", "help.choose").hint("{ud}", "key.choose").looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.sel = max(b.sel-1, 0)
			return nil
		})
	down = boardKey("down", "j").sharesRow().sharesHint().looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.sel = min(b.sel+1, max(count(b)-1, 0))
			return nil
		})
	return up, down
}
