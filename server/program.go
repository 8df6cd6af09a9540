package server

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"

	"kring/sessions"
	"kring/tui"
)

// interactive runs one bubbletea program for the connection, with a pump
// that feeds it snapshots and a watchdog that closes the connection when
// the client stops reading.
func (s *Server) interactive(sess ssh.Session) {
	s.active.Add(1)
	defer s.active.Done()
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	pty, _, _ := sess.Pty()
	id := identityOf(sess)
	styles := newStyles(sess, pty.Term)
	code, badCode := codeFromUser(sess.User())
	width, height := tui.ClampSize(pty.Window.Width, pty.Window.Height)
	g := guardOf(sess.Context())

	out := newStallWriter(sess, g)
	wd := newWatchdog(s.cfg.StallTimeout, out, func() {
		s.metrics.refused(limitStalled)
		s.log.Warn("closing a connection that stopped reading", "addr", sess.RemoteAddr().String())
		cancel()
		closeConn(sess)
	})
	go wd.run(ctx)

	var p *pumps
	model := tui.New(tui.Config{
		// The room counts this connection's commands toward the limits
		// of its network address.
		Context:       sessions.WithOrigin(ctx, hostOf(sess.RemoteAddr())),
		Hub:           s.hub,
		ID:            id,
		CanCreate:     s.creators.may(id),
		Templates:     s.templates.Sorted(),
		Code:          code,
		BadCode:       badCode,
		Lang:          s.langOf(sess),
		Styles:        styles,
		Width:         width,
		KeysPerSecond: float64(s.cfg.Limits.KeysPerSecond),
		KeyBurst:      s.cfg.Limits.KeyBurst,
		Height:        height,
		JoinCommand:   s.cfg.JoinCommand,
		ExportCommand: func(code string) string {
			cmd, host := s.cfg.SSH()
			return cmd + host + " export " + sessions.FormatCode(code)
		},
		HostKey: Fingerprint(s.HostKey()),
		Attach:  func(sub *sessions.Subscription) { p.attach(sub) },
		Now:     s.cfg.Hub.Now,
	})
	program := tea.NewProgram(model,
		tea.WithInput(&sessionInput{r: sess, g: g, closed: cancel}),
		tea.WithFilter(tui.Filter),
		tea.WithOutput(out),
		tea.WithAltScreen(),
		tea.WithContext(ctx),
		tea.WithoutSignalHandler(),
	)
	p = newPumps(ctx, program, wd, s.metrics.delivered)
	defer p.stop()
	go forwardWindowSizes(ctx, s.windows.of(sess), program)
	go func() {
		select {
		case <-s.stopping:
			// Tell the participant why the screen closes; if the program
			// cannot take the message, the context ends it anyway.
			go program.Send(tui.StoppingMsg{})
			select {
			case <-time.After(time.Second):
				cancel()
			case <-ctx.Done():
			}
		case <-ctx.Done():
		}
	}()

	if _, err := program.Run(); err != nil && ctx.Err() == nil {
		s.log.Error("program ended with an error", append([]any{"err", err}, s.debugAddr(sess.RemoteAddr().String())...)...)
	}
	program.Kill()
	if msg := model.ExitMessage(); msg != "" {
		fmt.Fprintln(sess, msg)
	}
}

// minResizeInterval is the shortest time between two window sizes handed
// to a program: a flood of window changes costs at most ten redraws a
// second.
const minResizeInterval = 100 * time.Millisecond

// forwardWindowSizes hands the newest window size to the program, at most
// ten times a second, so a flood of window changes costs little. Sizes
// are bounded here, where they enter.
func forwardWindowSizes(ctx context.Context, box *windowBox, program *tea.Program) {
	if box == nil {
		return
	}
	// The renderer learns the window's size from this message only: until
	// it knows, it neither cuts lines to the width nor erases what the
	// previous screen left at the end of a line.
	last := box.get()
	width, height := tui.ClampSize(last.Width, last.Height)
	program.Send(tea.WindowSizeMsg{Width: width, Height: height})
	for {
		select {
		case <-ctx.Done():
			return
		case <-box.fresh:
		}
		if w := box.get(); w != last {
			last = w
			width, height := tui.ClampSize(w.Width, w.Height)
			program.Send(tea.WindowSizeMsg{Width: width, Height: height})
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(minResizeInterval):
		}
	}
}

// closeConn closes the whole SSH connection of sess, not just its channel:
// a client that stopped reading would never answer a channel close.
func closeConn(sess ssh.Session) {
	if c, ok := sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn); ok {
		_ = c.Close()
		return
	}
	_ = sess.Close()
}

// newStyles builds the connection's styles from its own renderer. The
// renderer is made here instead of by bm.MakeRenderer so that no
// background-colour query is sent: a client that never answers cannot
// stall the connection, and a dark background is assumed.
func newStyles(sess ssh.Session, term string) *tui.Styles {
	env := append(sess.Environ(), "TERM="+term)
	r := lipgloss.NewRenderer(sess,
		termenv.WithEnvironment(environ(env)),
		termenv.WithUnsafe(),
		termenv.WithColorCache(true),
	)
	r.SetHasDarkBackground(true)
	mono := r.ColorProfile() == termenv.Ascii
	if mono && term != "dumb" && term != "" {
		// vt100 and friends draw bold and reverse, just no colour.
		r.SetColorProfile(termenv.ANSI)
	}
	ascii := term == "dumb" || term == "" || strings.HasPrefix(term, "vt") || termenvUTF8Unknown(env)
	return tui.NewStyles(r, mono, ascii)
}

// termenvUTF8Unknown reports a client that says its locale is not UTF-8.
func termenvUTF8Unknown(env []string) bool {
	for _, kv := range env {
		for _, name := range []string{"LC_ALL=", "LANG="} {
			if v, ok := strings.CutPrefix(kv, name); ok && v != "" {
				up := strings.ToUpper(v)
				return v == "C" || v == "POSIX" || !(strings.Contains(up, "UTF-8") || strings.Contains(up, "UTF8"))
			}
		}
	}
	return false
}

// codeFromUser reads a room code from the SSH user name. A user name that
// looks like a mistyped code (it has a digit or a dash, as local account
// names rarely do) is returned as bad, so the lobby can say so.
func codeFromUser(user string) (code, bad string) {
	if code, ok := sessions.ParseCode(user); ok {
		return code, ""
	}
	if len(user) <= 12 && strings.ContainsAny(user, "-0123456789") {
		return "", user
	}
	return "", ""
}

// environ adapts a list of KEY=value pairs to termenv.Environ.
type environ []string

func (e environ) Environ() []string { return e }

func (e environ) Getenv(k string) string {
	for _, kv := range e {
		if v, ok := strings.CutPrefix(kv, k+"="); ok {
			return v
		}
	}
	return ""
}
