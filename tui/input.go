package tui

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/time/rate"
)

// The key-event budget of one connection. A person types at most about
// ten keys a second and a held key repeats some thirty times a second;
// keys that arrive together in one read count as one event in a text
// field, but as one event per key outside it, where each key is a command.
// The budget is far above any person and far below what keeps a core busy.
const (
	keyEventsPerSecond = 40
	keyEventBurst      = 400
	// throttleNotice is how often a dropped key may say so on screen.
	throttleNotice = 2 * time.Second
)

// inputBudget bounds the key events one connection makes the program
// handle. It lives in the program's event loop: no locking.
type inputBudget struct {
	lim     *rate.Limiter
	noticed time.Time
	// dropped counts the key events refused, for tests and the curious.
	dropped int
}

// newInputBudget is a budget of perSecond key events with bursts of
// burst; zero for either is the default.
func newInputBudget(perSecond float64, burst int) inputBudget {
	if perSecond <= 0 {
		perSecond = keyEventsPerSecond
	}
	if burst <= 0 {
		burst = keyEventBurst
	}
	return inputBudget{lim: rate.NewLimiter(rate.Limit(perSecond), burst)}
}

// throttledMsg tells the model that keys were dropped for going too fast.
type throttledMsg struct{}

// Filter is the program's message filter (tea.WithFilter): it drops key
// events beyond the connection's budget before they cost an Update and a
// redraw, and now and then tells the screen that it did.
func Filter(model tea.Model, msg tea.Msg) tea.Msg {
	m, ok := model.(*Model)
	if !ok {
		return msg
	}
	if fromInputUnused(msg) {
		return nil // costs neither an Update nor a redraw
	}
	key, isKey := msg.(tea.KeyMsg)
	if !isKey {
		return msg
	}
	now := m.now()
	if m.budget.lim.AllowN(now, m.keyCost(key)) {
		return msg
	}
	m.budget.dropped++
	if now.Sub(m.budget.noticed) < throttleNotice {
		return nil
	}
	m.budget.noticed = now
	return throttledMsg{}
}

// keyCost is how many events key counts for.
func (m *Model) keyCost(key tea.KeyMsg) int {
	if key.Type == tea.KeyRunes && len(key.Runes) > 1 && !m.typingText() {
		return len(key.Runes)
	}
	return 1
}

// fromInputUnused reports messages the input parser makes that no screen
// uses: mouse reports (the mouse is never enabled), focus changes and the
// parser's own messages for bytes and sequences it does not know (one per
// invalid byte). A client can send them by the thousand; each would cost
// a redraw.
func fromInputUnused(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.MouseMsg, tea.FocusMsg, tea.BlurMsg:
		return true
	}
	// bubbletea's unknownInputByteMsg and unknownCSISequenceMsg are not
	// exported: known by their type's name.
	return strings.HasPrefix(fmt.Sprintf("%T", msg), "tea.unknown")
}
