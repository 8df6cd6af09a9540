package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"kring/server"
)

// hostkey prints the server's host key fingerprint and the known_hosts
// line that lets ssh trust it without asking, for the host and port
// participants use; it reads the data directory and works with the
// server running or not.
func hostkey(args []string, stdout, stderr io.Writer) error {
	lang := envLang()
	fs := flag.NewFlagSet("hostkey", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := dataFlag(fs)
	var cfg server.Config
	fs.StringVar(&cfg.Listen, "listen", env("LISTEN", ":2222"), "address the server listens on (env KRING_LISTEN)")
	fs.StringVar(&cfg.Host, "host", env("HOST", ""), "host name participants use, optionally with :PORT (env KRING_HOST)")
	if err := fs.Parse(args); err != nil {
		return errUsageShown
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("hostkey: unexpected argument %q", fs.Arg(0))
	}
	key, err := server.ReadHostKey(*dir)
	if err != nil {
		return fmt.Errorf("hostkey: %w (%s)", err, text.T(lang, "hostkey.none", *dir))
	}
	if cfg.Host == "" {
		cfg.Host, _ = os.Hostname()
	}
	host, port := cfg.Reach()
	fmt.Fprint(stderr, text.T(lang, "hostkey.fingerprint", server.Fingerprint(key)))
	fmt.Fprintln(stdout, server.KnownHostsLine(host, port, key))
	return nil
}
