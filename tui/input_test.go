package tui

import (
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// runCmd executes cmd as the program would and feeds what it returns back
// into m, to a bounded depth; commands that wait longer than patience
// (timers, the cursor's blink) are left out.
func runCmd(m *Model, cmd tea.Cmd, patience time.Duration, depth int) {
	if cmd == nil || depth > 8 {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(patience):
		return // a tick
	}
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			runCmd(m, c, patience, depth+1)
		}
	case tea.QuitMsg:
	default:
		_, next := m.Update(msg)
		runCmd(m, next, patience, depth+1)
	}
}

// press sends msg through the program's filter and, if it passes, Update,
// and runs the commands that follow.
func press(m *Model, msg tea.Msg) { pressWith(m, msg, 200*time.Millisecond) }

func pressWith(m *Model, msg tea.Msg, patience time.Duration) {
	if msg = Filter(m, msg); msg == nil {
		return
	}
	_, cmd := m.Update(msg)
	runCmd(m, cmd, patience, 0)
}

func TestKeyBudgetDropsAFlood(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	at := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	m.cfg.Now = func() time.Time { return at }
	passed, notices := 0, 0
	for range 1000 {
		switch Filter(m, tea.KeyMsg{Type: tea.KeyDown}).(type) {
		case tea.KeyMsg:
			passed++
		case throttledMsg:
			notices++
		}
	}
	if passed != keyEventBurst {
		t.Errorf("%d of 1000 keys at one instant passed, want the burst of %d", passed, keyEventBurst)
	}
	if notices != 1 {
		t.Errorf("%d notices for one flood, want 1", notices)
	}
	m.Update(throttledMsg{})
	if !strings.Contains(m.View(), "Rustig aan") {
		t.Errorf("the screen does not say input was ignored:\n%s", m.View())
	}
	// A second later, a person's keys pass again.
	at = at.Add(time.Second)
	if _, ok := Filter(m, tea.KeyMsg{Type: tea.KeyDown}).(tea.KeyMsg); !ok {
		t.Error("a key a second after the flood was dropped")
	}
}

// The budget is the connection's configuration: one set higher (a load
// harness that types a note in one write) lets a flood through.
func TestKeyBudgetFollowsTheConfig(t *testing.T) {
	hub, room := internalRoom(t)
	m := New(Config{Hub: hub, ID: "key:p1", Code: room.Code(), Styles: NewStyles(lipgloss.NewRenderer(io.Discard), false, false), Width: 80, Height: 24, KeysPerSecond: 5000, KeyBurst: 5000})
	at := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	m.cfg.Now = func() time.Time { return at }
	passed := 0
	for range 1000 {
		if _, ok := Filter(m, tea.KeyMsg{Type: tea.KeyDown}).(tea.KeyMsg); ok {
			passed++
		}
	}
	if passed != 1000 {
		t.Errorf("%d of 1000 keys passed a budget of 5000", passed)
	}
}

func TestKeysOutsideATextFieldCostOneEach(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	at := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	m.cfg.Now = func() time.Time { return at }
	chunk := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("jk", 128))}
	if _, ok := Filter(m, chunk).(tea.KeyMsg); !ok {
		t.Fatal("one read of 256 keys was dropped at once")
	}
	if _, ok := Filter(m, chunk).(tea.KeyMsg); ok {
		t.Error("a second read of 256 commands passed: each key outside a text field must count")
	}
}

func TestPastedMegabyteBecomesOneCappedNote(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	before := len(room.Snapshot().State.Notes)
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")})
	if m.board.mode != modeEditor {
		t.Fatalf("n did not open the editor (mode %v)", m.board.mode)
	}
	paste := []rune(strings.Repeat("abcdefghij", 100_000))
	start := time.Now()
	press(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: paste, Paste: true})
	press(m, tea.KeyMsg{Type: tea.KeyEnter})
	t.Logf("a pasted megabyte took %v to become a note", time.Since(start).Round(time.Millisecond))
	notes := room.Snapshot().State.Notes
	if len(notes) != before+1 {
		t.Fatalf("%d notes after the paste, want %d", len(notes), before+1)
	}
	if got := sessions.RuneLen(notes[len(notes)-1].Text); got != sessions.MaxNoteLen {
		t.Errorf("the pasted note has %d characters, want the cap of %d", got, sessions.MaxNoteLen)
	}
}

// Input no screen uses — invalid bytes, unknown sequences, mouse reports,
// focus changes — is dropped before it costs an Update and a redraw,
// however much of it a client sends. Fed through bubbletea's own parser.
func TestUnusedInputIsDropped(t *testing.T) {
	hub, room := internalRoom(t)
	m := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
	updates := 0
	counting := &countingModel{Model: m, updates: &updates}
	// 600 inputs no screen uses, then Ctrl+C to end the program.
	input := strings.Repeat("\xff\xfe", 200) + strings.Repeat("\x1b[I\x1b[O", 50) + strings.Repeat("\x1b[M !!", 100) + "\x03"
	p := tea.NewProgram(counting, tea.WithInput(strings.NewReader(input)), tea.WithOutput(io.Discard),
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg { return Filter(m, msg) }), tea.WithoutRenderer())
	done := make(chan struct{})
	go func() { _, _ = p.Run(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		p.Kill()
		<-done
		t.Fatal("the Ctrl+C at the end never arrived")
	}
	if updates > 8 {
		t.Errorf("%d messages reached Update for 600 unused inputs and one key", updates)
	}
}

// countingModel counts the messages that reach Update.
type countingModel struct {
	*Model
	updates *int
}

func (c *countingModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	*c.updates++
	_, cmd := c.Model.Update(msg)
	return c, cmd
}
