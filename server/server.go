package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"path/filepath"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	gossh "golang.org/x/crypto/ssh"

	"kring/data"
	"kring/sessions"
)

// HostKeyFile is the name of the host key inside the data directory.
const HostKeyFile = "host_ed25519"

// Server is a running kring SSH server.
type Server struct {
	cfg       Config
	log       *slog.Logger
	store     *data.Store
	hub       *sessions.Hub
	ssh       *ssh.Server
	admission *admission
	creators  keySet
	// templates are the session templates, built in and from TemplatesDir.
	templates sessions.Templates
	// operators may take backups; nobody when no operators file is set.
	operators keySet
	// stopping is closed when the server begins to shut down; active
	// counts the interactive programs still running.
	stopping chan struct{}
	active   sync.WaitGroup
	// windows keeps each PTY's newest window size (see windows.go).
	windows windows
	ln      net.Listener
	// metrics are this server's instruments; metricsLn serves them when
	// Config.Metrics is set.
	metrics   *metrics
	metricsLn net.Listener
}

// New opens the data directory and prepares the SSH server. It fails when
// another process holds the data directory.
func New(cfg Config) (*Server, error) {
	cfg.defaults()
	cr, err := loadKeys(cfg.FacilitatorsFile)
	if err != nil {
		return nil, err
	}
	ops := keySet{allowed: map[sessions.ParticipantID]bool{}}
	if cfg.OperatorsFile != "" {
		if ops, err = loadKeys(cfg.OperatorsFile); err != nil {
			return nil, err
		}
	}
	templates, terrs := sessions.LoadTemplates(cfg.TemplatesDir)
	for _, err := range terrs {
		// A template whose text had to be cleaned loads cleaned; a broken
		// one is skipped and the server runs with the others.
		if w, ok := errors.AsType[*sessions.TemplateWarning](err); ok {
			cfg.Logger.Warn("template text cleaned", "file", w.File, "field", w.Field, "reason", w.Reason)
			continue
		}
		cfg.Logger.Error("template not loaded", "err", err)
	}
	store, err := data.Open(cfg.DataDir, 2*time.Second)
	if err != nil {
		return nil, err
	}
	var hub *sessions.Hub
	m := newMetrics(func() sessions.Stats { return hub.Stats() })
	if cfg.Hub.Observer == nil {
		cfg.Hub.Observer = m
	}
	hub = sessions.NewHub(store, cfg.Hub)
	s := &Server{
		cfg:       cfg,
		log:       cfg.Logger,
		store:     store,
		hub:       hub,
		metrics:   m,
		creators:  cr,
		operators: ops,
		templates: templates,
		stopping:  make(chan struct{}),
	}
	s.admission = newAdmission(cfg.Limits, func(addr, reason string) {
		s.metrics.refused(limitOf[reason])
		s.log.Warn("connection closed: "+reason, "addr", addr)
	})
	s.ssh, err = wish.NewServer(
		wish.WithAddress(cfg.Listen),
		wish.WithHostKeyPath(filepath.Join(cfg.DataDir, HostKeyFile)),
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		wish.WithVersion("kring"),
		func(srv *ssh.Server) error {
			// Admission, the handshake deadline, the input budget and
			// the idle timeout live on the guarded connection; the
			// session cap and keep-alives on its session channels.
			srv.ConnCallback = func(ctx ssh.Context, conn net.Conn) net.Conn {
				g := s.admission.admit(conn)
				if g == nil {
					return nil
				}
				ctx.SetValue(guardKey{}, g)
				return g
			}
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.sessionChannel}
			srv.PtyHandler = s.windows.ptyHandler(emulatePty())
			return nil
		},
		wish.WithMiddleware(s.route, s.recover, s.logConnections),
	)
	if err != nil {
		store.Close()
		return nil, fmt.Errorf("ssh server: %w", err)
	}
	return s, nil
}

// MetricsAddr is the address the metrics endpoint listens on; nil when
// Config.Metrics is not set or Listen has not run.
func (s *Server) MetricsAddr() net.Addr {
	if s.metricsLn == nil {
		return nil
	}
	return s.metricsLn.Addr()
}

// Hub is the server's room hub.
func (s *Server) Hub() *sessions.Hub { return s.hub }

// Listen binds the listening socket and returns its address.
func (s *Server) Listen() (net.Addr, error) {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	s.ln = ln
	if s.cfg.Metrics != "" {
		if s.metricsLn, err = net.Listen("tcp", s.cfg.Metrics); err != nil {
			ln.Close()
			return nil, fmt.Errorf("listen for metrics: %w", err)
		}
	}
	// Join instructions name the port actually bound (":0" in tests).
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok {
		if host, _, err := net.SplitHostPort(s.cfg.Listen); err == nil {
			s.cfg.Listen = net.JoinHostPort(host, fmt.Sprint(tcp.Port))
		}
	}
	return ln.Addr(), nil
}

// Serve accepts connections until ctx ends, then shuts down gracefully:
// open connections get a few seconds, rooms stop, the store is closed.
func (s *Server) Serve(ctx context.Context) error {
	if s.ln == nil {
		if _, err := s.Listen(); err != nil {
			return err
		}
	}
	errc := make(chan error, 1)
	go func() { errc <- s.ssh.Serve(s.ln) }()
	sweepCtx, stopSweep := context.WithCancel(ctx)
	swept := make(chan struct{})
	go func() { defer close(swept); s.sweep(sweepCtx) }()
	defer func() { stopSweep(); <-swept }()
	if s.metricsLn != nil {
		served := make(chan struct{})
		go func() {
			defer close(served)
			if err := s.metrics.serve(sweepCtx, s.metricsLn); err != nil {
				s.log.Error("metrics endpoint failed", "err", err)
			}
		}()
		defer func() { stopSweep(); <-served }()
	}
	var err error
	select {
	case err = <-errc:
	case <-ctx.Done():
		// Tell every screen the server is stopping, give the programs a
		// moment to say so, then close what is left.
		close(s.stopping)
		done := make(chan struct{})
		go func() { s.active.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
		}
		shutdown, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		if serr := s.ssh.Shutdown(shutdown); serr != nil {
			s.ssh.Close()
		}
		cancel()
		// Shutdown closes only the listeners Serve has registered; if the
		// stop came before Serve got that far, closing ours ends it.
		_ = s.ln.Close()
		<-errc
	}
	s.hub.Close()
	if cerr := s.store.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close store: %w", cerr)
	}
	if errors.Is(err, ssh.ErrServerClosed) {
		err = nil
	}
	return err
}

// recover keeps one connection's panic from taking the server down.
func (s *Server) recover(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		defer func() {
			if r := recover(); r != nil {
				s.log.Error("panic in connection", "panic", r)
				_ = sess.Exit(1)
			}
		}()
		next(sess)
	}
}

// logConnections logs each connection's start and end.
func (s *Server) logConnections(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		start := time.Now()
		attrs := s.connAttrs(sess)
		s.log.Info("connect", attrs...)
		next(sess)
		s.log.Info("disconnect", append(attrs, "duration", time.Since(start).Round(time.Millisecond))...)
	}
}

// route sends exec commands to the command handler and everything else
// to the interactive program.
func (s *Server) route(ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if len(sess.Command()) > 0 {
			s.exec(sess)
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			lang := s.langOf(sess)
			cmd, host := s.cfg.SSH()
			fmt.Fprintln(sess.Stderr(), msgs.T(lang, "exec.need_tty", cmd, host))
			_ = sess.Exit(1)
			return
		}
		s.interactive(sess)
	}
}

// langOf picks the language for messages to this client: its LANG when
// it sent one we speak, else the server default.
func (s *Server) langOf(sess ssh.Session) sessions.Lang {
	env := sess.Environ()
	for _, name := range []string{"KRING_LANG=", "LC_ALL=", "LANG="} {
		for _, kv := range env {
			if len(kv) > len(name) && kv[:len(name)] == name {
				if l, ok := sessions.ParseLang(kv[len(name):]); ok {
					return l
				}
			}
		}
	}
	return s.cfg.Lang
}

// logUser is a user name as the log shows it: a client may send up to
// 256 KiB, which would fill the log at every connect, so only the start
// is kept.
func logUser(user string) string {
	const max = 32
	if len(user) <= max {
		return user
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(user[cut]) {
		cut--
	}
	return user[:cut] + "…"
}
