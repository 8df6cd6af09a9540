package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"kring/server"
	"kring/sessions"
)

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	lang := envLang()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg server.Config
	fs.StringVar(&cfg.Listen, "listen", env("LISTEN", ":2222"), "address to listen on (env KRING_LISTEN)")
	data := dataFlag(fs)
	fs.StringVar(&cfg.Host, "host", env("HOST", ""), "host name shown in join instructions (env KRING_HOST)")
	fs.StringVar(&cfg.FacilitatorsFile, "facilitators", env("FACILITATORS", ""), "authorized_keys file of keys that may create sessions; empty: any key (env KRING_FACILITATORS)")
	fs.StringVar(&cfg.TemplatesDir, "templates", env("TEMPLATES", ""), "directory with extra session templates (*.yaml) (env KRING_TEMPLATES)")
	fs.StringVar(&cfg.OperatorsFile, "operators", env("OPERATORS", ""), "authorized_keys file of keys that may take hot backups (env KRING_OPERATORS)")
	roomLang := fs.String("lang", env("LANG_DEFAULT", "nl"), "default language of new sessions: nl or en (env KRING_LANG_DEFAULT)")
	fs.IntVar(&cfg.Limits.MaxConns, "max-conns", envInt("MAX_CONNS", 2000), "open connections allowed in all (env KRING_MAX_CONNS)")
	fs.IntVar(&cfg.Limits.MaxConnsPerAddr, "max-conns-per-addr", envInt("MAX_CONNS_PER_ADDR", 300), "open connections allowed from one IP address (env KRING_MAX_CONNS_PER_ADDR)")
	fs.DurationVar(&cfg.Limits.HandshakeTimeout, "handshake-timeout", envDuration("HANDSHAKE_TIMEOUT", 30*time.Second), "time a connection has for handshake and authentication (env KRING_HANDSHAKE_TIMEOUT)")
	fs.DurationVar(&cfg.Limits.KeepAliveInterval, "keepalive", envDuration("KEEPALIVE", 15*time.Second), "ask each client for a sign of life this often; 3 unanswered close it (env KRING_KEEPALIVE)")
	fs.DurationVar(&cfg.IdleTimeout, "idle-timeout", envDuration("IDLE_TIMEOUT", 2*time.Hour), "close connections without activity for this long (env KRING_IDLE_TIMEOUT)")
	cfg.Hub.Retention = defaultRetention
	if v, ok := os.LookupEnv("KRING_RETENTION"); ok {
		d, err := parseRetention(v)
		if err != nil {
			return fmt.Errorf("serve: KRING_RETENTION: %w", err)
		}
		cfg.Hub.Retention = d
	}
	fs.Var(retentionValue{&cfg.Hub.Retention}, "retention", "remove sessions this long after their last change: 180d, 26w or off (env KRING_RETENTION)")
	fs.StringVar(&cfg.Metrics, "metrics", env("METRICS", ""), "serve Prometheus metrics over HTTP at ADDR/metrics, such as 127.0.0.1:9222; empty: none (env KRING_METRICS)")
	logFormat := fs.String("log-format", env("LOG_FORMAT", "text"), "log as text or json (env KRING_LOG_FORMAT)")
	logLevel := fs.String("log-level", env("LOG_LEVEL", "info"), "log from this level up: debug, info, warn or error; debug adds addresses and user names (env KRING_LOG_LEVEL)")
	fs.String(configFlag, "", "YAML file with the same keys as these flags; flags > env > file (env KRING_CONFIG)")
	if err := applyConfigFile(fs, configPath(args)); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if err := fs.Parse(args); err != nil {
		return errUsageShown
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))
	}
	l, ok := sessions.ParseLang(*roomLang)
	if !ok {
		return fmt.Errorf("serve: --lang %q: %s", *roomLang, sessions.Messages.T(lang, "err.bad_lang"))
	}
	cfg.Lang = l
	cfg.DataDir = *data
	logger, err := newLogger(stderr, *logFormat, *logLevel)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	cfg.Logger = logger

	srv, err := server.New(cfg)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	addr, err := srv.Listen()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	sshCmd, host := srv.SSH()
	fmt.Fprint(stdout, text.T(lang, "started", addr, *data, sshCmd, host))
	fmt.Fprint(stdout, text.T(lang, "started.hostkey", server.Fingerprint(srv.HostKey())))
	if err := srv.Serve(ctx); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprint(stdout, text.T(lang, "stopped"))
	return nil
}
