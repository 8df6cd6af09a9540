package server

import (
	"context"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/muesli/termenv"

	"kring/sessions"
	"kring/tui"
)

// interactive runs one bubbletea program for the connection, with a pump
// that feeds it snapshots and a watchdog that closes it when the client
// stops reading.
func (s *Server) interactive(sess ssh.Session) {
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	pty, _, _ := sess.Pty()
	id := identityOf(sess)
	styles := newStyles(sess, pty.Term)
	code, badCode := codeFromUser(sess.User())

	out := newStallWriter(sess)
	wd := newWatchdog(s.cfg.StallTimeout, out, func() {
		s.log.Warn("closing a connection that stopped reading", "addr", sess.RemoteAddr().String())
		_ = sess.Close()
	})
	go wd.run(ctx)

	var p *pumps
	model := tui.New(tui.Config{
		Context:     ctx,
		Hub:         s.hub,
		ID:          id,
		CanCreate:   s.creators.may(id),
		Templates:   s.templates.Sorted(),
		Code:        code,
		BadCode:     badCode,
		Lang:        s.langOf(sess),
		Styles:      styles,
		Width:       pty.Window.Width,
		Height:      pty.Window.Height,
		JoinCommand: s.cfg.JoinCommand,
		Attach:      func(sub *sessions.Subscription) { p.attach(sub) },
	})
	program := tea.NewProgram(model,
		tea.WithInput(sess),
		tea.WithOutput(out),
		tea.WithAltScreen(),
		tea.WithContext(ctx),
		tea.WithoutSignalHandler(),
	)
	p = newPumps(ctx, program, wd)
	defer p.stop()

	mw := bm.MiddlewareWithProgramHandler(func(ssh.Session) *tea.Program { return program }, termenv.Ascii)
	mw(func(sess ssh.Session) {
		if msg := model.ExitMessage(); msg != "" {
			fmt.Fprintln(sess, msg)
		}
	})(sess)
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
