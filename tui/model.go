package tui

import (
	"context"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"kring/sessions"
)

// Hub is what the screens need of the room hub.
type Hub interface {
	Room(ctx context.Context, code string) (*sessions.Room, error)
	Create(ctx context.Context, owner sessions.ParticipantID, title string, lang sessions.Lang, tpl *sessions.Template) (string, error)
}

// Config is everything one connection's program starts from.
type Config struct {
	// Context ends with the connection.
	Context context.Context
	Hub     Hub
	// ID is the connection's identity: a key fingerprint, or a fresh
	// keyless identity that a rejoin code may replace.
	ID sessions.ParticipantID
	// CanCreate allows starting a new session from the lobby.
	CanCreate bool
	// Templates are offered when starting a new session.
	Templates []*sessions.Template
	// Code is the room code from the SSH user name; empty opens the lobby.
	Code string
	// BadCode is a user name that looked like a code but is not one; the
	// lobby opens with it filled in and an explanation.
	BadCode string
	// Lang is the language before a room is known.
	Lang   sessions.Lang
	Styles *Styles
	Width  int
	Height int
	// JoinCommand returns the ssh command that joins a room, for the
	// instructions on screen. Optional.
	JoinCommand func(code string) string
	// HostKey is the server's host key fingerprint ("SHA256:…"), shown
	// with the join command so a first-time participant can check what
	// their ssh asks them to trust. Optional.
	HostKey string
	// ExportCommand returns the command that exports a room, for the
	// warning before retention removes it. Optional.
	ExportCommand func(code string) string
	// Now is the clock for the timer; time.Now when nil.
	Now func() time.Time
	// KeysPerSecond and KeyBurst bound the key events the connection may
	// send (see inputBudget); zero is the default of 40 a second with
	// bursts of 400. A load harness that types faster than people lifts
	// them.
	KeysPerSecond float64
	KeyBurst      int
	// Attach starts delivering SnapshotMsg and KickedMsg for sub to the
	// program. It replaces an earlier subscription's delivery.
	Attach func(sub *sessions.Subscription)
}

// SnapshotMsg tells the program that a newer snapshot is published.
type SnapshotMsg struct{ Snap *sessions.Snapshot }

// KickedMsg tells the program that its identity connected elsewhere.
type KickedMsg struct{}

// StoppingMsg tells the program that the server is shutting down.
type StoppingMsg struct{}

// GoneMsg tells the program that its room was deleted or its participant
// erased from it; Why is the refusal that says which.
type GoneMsg struct{ Why error }

type screen int

const (
	screenLobby screen = iota
	screenJoin
	screenBoard
)

// maxKeyRunes bounds the runes one key message (a paste, or keys that
// arrived together) carries into the screens: twice the longest text any
// field takes.
const maxKeyRunes = 2 * sessions.MaxNoteLen

// Model is the root model of one connection.
type Model struct {
	cfg    Config
	st     *Styles
	w, h   int
	lang   sessions.Lang
	screen screen

	id   sessions.ParticipantID
	room *sessions.Room
	sub  *sessions.Subscription
	// view is what the screens decide and draw from. The Model keeps no
	// snapshot: setSnapshot turns each into a View at once.
	view sessions.View
	// rejoin is a keyless participant's rejoin code, once known.
	rejoin string

	status    string
	statusErr bool
	// statusGen counts the status lines set; fading is the one whose
	// fade is scheduled. A status line goes at the next key or after a
	// few seconds.
	statusGen, fading int
	exitMsg           string
	// ticking is set while a one-second tick for the timer is pending.
	ticking bool
	// keyBars caches the rendered key hint bars.
	keyBars map[string]string
	// budget bounds the key events this connection may send.
	budget inputBudget
	// fitted remembers the lines known to fit the window.
	fitted fitCache

	lobby lobbyModel
	join  joinModel
	board boardModel
}

// New returns the root model for a connection.
func New(cfg Config) *Model {
	if cfg.Context == nil {
		cfg.Context = context.Background()
	}
	if cfg.Lang == "" {
		cfg.Lang = sessions.Dutch
	}
	m := &Model{cfg: cfg, st: cfg.Styles, lang: cfg.Lang, id: cfg.ID, keyBars: map[string]string{}, budget: newInputBudget(cfg.KeysPerSecond, cfg.KeyBurst)}
	m.w, m.h = ClampSize(cfg.Width, cfg.Height)
	if cfg.Width == 0 && cfg.Height == 0 {
		// No size known yet (tests, or a client that sent none).
		m.w, m.h = 80, 24
	}
	m.lobby = newLobby(m)
	m.join = newJoin(m)
	m.board = newBoard(m)
	return m
}

// now is the model's clock.
func (m *Model) now() time.Time {
	if m.cfg.Now != nil {
		return m.cfg.Now()
	}
	return time.Now()
}

type tickMsg struct{}

// tick keeps a running timer's display moving, one redraw a second, and
// stops by itself when the timer does.
func (m *Model) tick() tea.Cmd {
	if m.ticking || !m.view.Timer.Running() || m.view.Timer.Expired(m.now()) {
		return nil
	}
	m.ticking = true
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return tickMsg{} })
}

// goodbye is what a person reads after leaving; a keyless participant is
// reminded of their rejoin code, without which they cannot come back as
// themselves.
// Once the report is shared, it says how to fetch it.
func (m *Model) goodbye() string {
	out := m.t("exit.bye")
	if m.rejoin != "" {
		out += "\n" + m.t("exit.rejoin", sessions.FormatCode(m.rejoin))
	}
	if m.view.Published && m.view.Joined {
		out += "\n" + m.t("exit.report") + "\n  " + m.reportCommand()
	}
	return out
}

// ExitMessage is what to print after the program ends, if anything.
func (m *Model) ExitMessage() string { return m.exitMsg }

// Init opens the room named in the user name, or shows the lobby.
func (m *Model) Init() tea.Cmd {
	if m.cfg.Code != "" {
		return m.openRoom(m.cfg.Code)
	}
	if m.cfg.BadCode != "" {
		m.lobby.code.SetValue(m.cfg.BadCode)
		m.setStatus(badCodeMessage(m, m.cfg.BadCode), true)
	}
	return m.lobby.focus()
}

func (m *Model) t(key string, args ...any) string { return ui.T(m.lang, key, args...) }

// refusal explains err in the user's language.
func (m *Model) refusal(err error) string {
	key := sessions.RefusalKey(err)
	return sessions.Messages.T(m.lang, key)
}

func (m *Model) setStatus(msg string, isErr bool) {
	m.status, m.statusErr = msg, isErr
	m.statusGen++
}

// How long a status line stays: an error a little longer, to be read.
const (
	statusFade      = 6 * time.Second
	errorStatusFade = 10 * time.Second
)

// fadeMsg clears the status line set as generation gen, unless a newer
// one replaced it.
type fadeMsg struct{ gen int }

// fade schedules the current status line to go, once per status.
func (m *Model) fade() tea.Cmd {
	if m.status == "" || m.fading == m.statusGen {
		return nil
	}
	m.fading = m.statusGen
	d, gen := statusFade, m.statusGen
	if m.statusErr {
		d = errorStatusFade
	}
	return tea.Tick(d, func(time.Time) tea.Msg { return fadeMsg{gen} })
}

type roomOpenedMsg struct {
	room *sessions.Room
	sub  *sessions.Subscription
	err  error
}

type doneMsg struct {
	err error
	// ok is the message key shown on success, if any.
	ok string
	// then runs after a successful command.
	then func(*Model) tea.Cmd
	// failed runs after a refusal, for example to give typed text back.
	failed func(*Model) tea.Cmd
}

// openRoom loads the room and subscribes this connection to it.
func (m *Model) openRoom(code string) tea.Cmd {
	ctx, hub, id := m.cfg.Context, m.cfg.Hub, m.id
	return func() tea.Msg {
		var err error
		// A room unloaded for idleness at the very moment it was looked
		// up is simply loaded again.
		for range 2 {
			var room *sessions.Room
			if room, err = hub.Room(ctx, code); err != nil {
				return roomOpenedMsg{err: err}
			}
			var sub *sessions.Subscription
			if sub, err = room.Subscribe(ctx, id); err == nil {
				return roomOpenedMsg{room: room, sub: sub}
			}
		}
		return roomOpenedMsg{err: err}
	}
}

// do sends cmd to the room in the background and reports the answer.
func (m *Model) do(cmd sessions.Command, ok string, then func(*Model) tea.Cmd) tea.Cmd {
	return m.doOr(cmd, ok, then, nil)
}

// doOr is do with a handler for a refusal.
func (m *Model) doOr(cmd sessions.Command, ok string, then, failed func(*Model) tea.Cmd) tea.Cmd {
	ctx, room, id := m.cfg.Context, m.room, m.id
	return func() tea.Msg {
		return doneMsg{err: room.Do(ctx, id, cmd), ok: ok, then: then, failed: failed}
	}
}

func (m *Model) attach(sub *sessions.Subscription) {
	if m.sub != nil && m.sub != sub {
		m.sub.Close()
	}
	m.sub = sub
	if m.cfg.Attach != nil {
		m.cfg.Attach(sub)
	}
}

// setSnapshot recomputes what this participant sees. It is the one place
// that reads a snapshot; everything else reads the View.
func (m *Model) setSnapshot(s *sessions.Snapshot) {
	if s == nil || (s.State.Seq < m.view.Seq && s.State.Code == m.view.Code) {
		return
	}
	prev, prevRound := m.view.Activity.ID, m.view.Activity.Round
	wasFacilitator, knew, wasPublished := m.view.Facilitator, m.view.Joined, m.view.Published
	m.view = sessions.ViewWith(s, m.id, m.board.lens())
	defer func() {
		// Rights given or taken while on the board: say so.
		if knew && m.view.Joined && wasFacilitator != m.view.Facilitator {
			key := "status.now_facilitator"
			if !m.view.Facilitator {
				key = "status.no_longer_facilitator"
			}
			m.setStatus(m.t(key), false)
		}
		// The report was shared: say how to fetch it.
		if knew && m.view.Joined && !wasPublished && m.view.Published {
			m.setStatus(m.t("status.published", m.reportCommand()), false)
		}
	}()
	if prev != 0 && prev != m.view.Activity.ID && !m.view.Past {
		// The room moved on: start the new activity with a clean slate.
		m.setStatus("", false)
		m.board.sel, m.board.pane, m.board.col, m.board.note = 0, 0, 0, 0
		m.board.opened, m.board.openSel = 0, 0
		m.board.seen.reset()
		m.board.lensGroup, m.board.showMatches, m.board.showCompare = 0, false, false
	} else if prev == m.view.Activity.ID && prevRound != m.view.Activity.Round {
		// A new café round: a new table, a clean status line.
		m.setStatus("", false)
		m.board.clamp()
	}
	if m.view.Joined {
		m.lang = m.view.Lang
	} else if m.screen != screenLobby {
		m.lang = m.view.Lang
		if m.cfg.Lang != "" && m.join.langChosen {
			m.lang = m.join.lang
		}
	}
	m.board.clamp()
}

// refresh recomputes the View from the room's latest snapshot, after the
// viewer chose something else to look at (an earlier activity, a group).
func (m *Model) refresh() {
	if m.room != nil {
		m.setSnapshot(m.room.Snapshot())
	}
}

// Update handles every message. A status line goes at the next key, or by
// itself a few seconds after it was set.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case fadeMsg:
		if msg.gen == m.statusGen {
			m.setStatus("", false)
		}
		return m, nil
	case tea.KeyMsg:
		if m.status != "" {
			m.setStatus("", false)
		}
	}
	model, cmd := m.update(msg)
	if fade := m.fade(); fade != nil {
		cmd = tea.Batch(cmd, fade)
	}
	return model, cmd
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if key, ok := msg.(tea.KeyMsg); ok && len(key.Runes) > 0 {
		// No text field holds more than a note: a pasted megabyte is cut
		// before it costs anything.
		if len(key.Runes) > maxKeyRunes {
			key.Runes = key.Runes[:maxKeyRunes]
		}
		// bubbletea hands every program the same backing array for some
		// keys (the space bar), and the text inputs sanitise runes in
		// place: give this connection its own copy.
		key.Runes = slices.Clone(key.Runes)
		msg = key
		if key.Type == tea.KeyRunes && len(key.Runes) > 1 && !m.typingText() {
			// Keys that arrive together (a fast typist, a slow network)
			// come as one message; outside a text field each is a command.
			var cmds []tea.Cmd
			for _, r := range key.Runes {
				_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: key.Alt})
				cmds = append(cmds, cmd)
			}
			return m, tea.Batch(cmds...)
		}
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = ClampSize(msg.Width, msg.Height)
		m.board.resize()
		return m, nil
	case throttledMsg:
		m.setStatus(m.t("input.too_fast"), true)
		return m, nil
	case SnapshotMsg:
		m.setSnapshot(msg.Snap)
		return m, m.tick()
	case tickMsg:
		m.ticking = false
		return m, m.tick()
	case KickedMsg:
		m.exitMsg = m.t("exit.kicked")
		return m, tea.Quit
	case StoppingMsg:
		m.exitMsg = m.t("exit.stopping")
		return m, tea.Quit
	case GoneMsg:
		m.exitMsg = m.refusal(msg.Why)
		return m, tea.Quit
	case roomOpenedMsg:
		return m, m.roomOpened(msg)
	case doneMsg:
		// The room published before it answered: show our own change now,
		// rather than when the pump's wake-up arrives.
		if m.room != nil {
			m.setSnapshot(m.room.Snapshot())
		}
		if msg.err != nil {
			m.setStatus(m.refusal(msg.err), true)
			if msg.failed != nil {
				return m, msg.failed(m)
			}
			return m, nil
		}
		if msg.ok != "" {
			m.setStatus(m.t(msg.ok), false)
		}
		if msg.then != nil {
			return m, msg.then(m)
		}
		return m, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyCtrlC {
			m.exitMsg = m.goodbye()
			return m, tea.Quit
		}
	}
	switch m.screen {
	case screenLobby:
		return m, m.lobby.update(msg)
	case screenJoin:
		return m, m.join.update(msg)
	default:
		return m, m.board.update(msg)
	}
}

func (m *Model) roomOpened(msg roomOpenedMsg) tea.Cmd {
	if msg.err != nil {
		m.screen = screenLobby
		m.lobby.code.SetValue(m.cfg.Code)
		m.setStatus(m.refusal(msg.err), true)
		return m.lobby.focus()
	}
	m.room = msg.room
	m.attach(msg.sub)
	m.setSnapshot(msg.room.Snapshot())
	m.setStatus("", false)
	if m.view.Joined {
		m.screen = screenBoard
		m.setStatus(m.t("status.welcome_back", m.view.Me.Name), false)
		return nil
	}
	m.screen = screenJoin
	return m.join.focus()
}

// enterBoard switches to the board after joining.
func (m *Model) enterBoard() tea.Cmd {
	m.screen = screenBoard
	m.setSnapshot(m.room.Snapshot())
	if m.rejoin != "" {
		m.board.mode = modeRejoinInfo
	}
	return nil
}

// typingText reports whether keys go into a text field right now.
func (m *Model) typingText() bool {
	if m.screen != screenBoard {
		return true
	}
	switch m.board.mode {
	case modeEditor, modeInput, modeForm:
		return true
	}
	return false
}

// View draws the current screen.
func (m *Model) View() string {
	if m.tooSmall() {
		return m.tooSmallView()
	}
	var view string
	switch m.screen {
	case screenLobby:
		view = m.lobby.view()
	case screenJoin:
		view = m.join.view()
	default:
		view = m.board.view()
	}
	return fitWith(&m.fitted, view, m.w, m.h)
}

// reportCommand is how a participant fetches the room's report, once it
// is published; "" when the server's address is not known.
func (m *Model) reportCommand() string {
	if m.cfg.JoinCommand == nil {
		return "export"
	}
	cmd := m.cfg.JoinCommand(m.view.Code) + " export"
	if m.rejoin != "" {
		// Without a key, the rejoin code says who is asking.
		cmd += " --rejoin " + sessions.FormatCode(m.rejoin)
	}
	return cmd + " > verslag.html"
}
