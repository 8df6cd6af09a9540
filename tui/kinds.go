package tui

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// kindScreen is one activity kind's screen, all in one place: how its body
// is drawn, its participants' keys and the bindings its key bar shows now,
// the facilitator's keys that belong to it, and what the facilitator's
// focus (F) points at. Outside kindScreens, the tui does not ask what kind
// an activity is.
type kindScreen struct {
	// view draws the activity's body in h lines; nil draws the board.
	view func(b *boardModel, h int) string
	// keys are the participants' keys; bar picks those the key bar
	// shows now.
	keys keyMap[*boardModel]
	bar  func(*boardModel) []*boardBinding
	// console are the facilitator's keys of this kind (from consoleKeys):
	// they work only in it. consoleBar picks those the console bar shows
	// now; nil shows them all.
	console    []*boardBinding
	consoleBar func(*boardModel) []*boardBinding
	// focus is the note, theme or item under the selection that F puts
	// in everyone's focus; nil or 0 is nothing.
	focus func(*boardModel) int
	// hint is the i18n key of the line under the header when the
	// activity has no prompt of its own; "" is none.
	hint string
}

// kindScreens are the activity kinds' screens. The table is filled once,
// before main runs (its screens' keys refer back to it), and only read
// after.
var kindScreens map[sessions.ActivityKind]kindScreen

// init fills kindScreens, and makes each facilitator's key that belongs to
// kinds work only in an activity of one of them, on top of its own
// condition.
func init() {
	kindScreens = map[sessions.ActivityKind]kindScreen{
		sessions.KindInfo:       {view: (*boardModel).infoView},
		sessions.KindBrainstorm: {keys: brainstormMap, bar: (*boardModel).brainstormBar, consoleBar: (*boardModel).boardConsoleBar, focus: (*boardModel).selectedNote, hint: "board.hint"},
		sessions.KindQuadrant:   {view: (*boardModel).quadrantView, keys: quadrantMap, bar: (*boardModel).quadrantBar, consoleBar: (*boardModel).boardConsoleBar, focus: (*boardModel).selectedNote},
		sessions.KindCafe: {view: (*boardModel).cafeView, keys: brainstormMap, bar: (*boardModel).brainstormBar, focus: (*boardModel).selectedNote,
			console: []*boardBinding{consoleKeys.Host, consoleKeys.Rounds, consoleKeys.StartCafe, consoleKeys.NextRound}, consoleBar: (*boardModel).cafeConsoleBar},
		sessions.KindMarket:  {view: (*boardModel).marketView, keys: marketMap, bar: (*boardModel).marketBar, focus: (*boardModel).selectedNote},
		sessions.KindCluster: {view: (*boardModel).clusterView, keys: clusterMap, bar: (*boardModel).clusterBar, focus: (*boardModel).clusterFocus},
		sessions.KindVote: {view: (*boardModel).voteView, keys: voteMap, bar: (*boardModel).voteBar, focus: (*boardModel).voteFocus,
			console: []*boardBinding{consoleKeys.CloseVote}},
		sessions.KindRank: {view: (*boardModel).rankView, keys: rankMap, bar: (*boardModel).rankBar,
			console: []*boardBinding{consoleKeys.Compare}},
		sessions.KindScale:   {view: (*boardModel).scaleView, keys: scaleMap, bar: (*boardModel).scaleBar},
		sessions.KindActions: {view: (*boardModel).actionsView, keys: actionsMap, bar: (*boardModel).actionsBar},
		sessions.KindRound: {view: (*boardModel).roundView,
			console: []*boardBinding{consoleKeys.StartRound, consoleKeys.NextTurn, consoleKeys.PrevTurn}, consoleBar: (*boardModel).roundConsoleBar},
		sessions.KindGroups: {view: (*boardModel).groupsView,
			console: []*boardBinding{consoleKeys.MoveMember, consoleKeys.FormGroups}, consoleBar: (*boardModel).groupsConsoleBar},
	}
	owned := map[*boardBinding]bool{}
	for _, screen := range kindScreens {
		for _, k := range screen.console {
			owned[k] = true
		}
	}
	for k := range owned {
		own, also := k, k.when
		k.when = func(b *boardModel) bool {
			return slices.Contains(b.kindScreen().console, own) && (also == nil || also(b))
		}
	}
}

// kindScreen is the current activity's screen.
func (b *boardModel) kindScreen() kindScreen { return kindScreens[b.m.view.Activity.Kind] }

// activityView draws the body of the current activity.
func (b *boardModel) activityView(h int) string {
	if view := b.kindScreen().view; view != nil {
		return view(b, h)
	}
	return b.boardView(h)
}

// kindConsoleBar is the current kind's part of the facilitator's key bar.
func (b *boardModel) kindConsoleBar() []*boardBinding {
	screen := b.kindScreen()
	if screen.consoleBar != nil {
		return screen.consoleBar(b)
	}
	return screen.console
}

// focusTarget is the note or theme under the facilitator's selection.
func (b *boardModel) focusTarget() int {
	if focus := b.kindScreen().focus; focus != nil {
		return focus(b)
	}
	return 0
}

// infoView draws an info card's text.
func (b *boardModel) infoView(int) string {
	w := min(b.m.w-2, 76)
	return lipgloss.NewStyle().Width(w).MarginLeft(1).Render(b.m.view.Activity.Text)
}

// selectedNote is the note under the selection of a board.
func (b *boardModel) selectedNote() int {
	if n, ok := b.selected(); ok {
		return n.ID
	}
	return 0
}

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
// screen up and down — among a theme's opened notes while one is open;
// count is how long the list is.
func selectKeys(count func(*boardModel) int) (up, down *boardBinding) {
	sel := func(b *boardModel) *int {
		if b.opened != 0 {
			return &b.openSel
		}
		return &b.sel
	}
	up = boardKey("up", "k").help("{ud} / j k", "help.choose").hint("{ud}", "key.choose").looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			p := sel(b)
			*p = max(*p-1, 0)
			return nil
		})
	down = boardKey("down", "j").sharesRow().sharesHint().looking().
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			p := sel(b)
			*p = min(*p+1, max(count(b)-1, 0))
			return nil
		})
	return up, down
}
