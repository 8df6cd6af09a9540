package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The configuration file sets what neither a flag nor the environment
// sets: flags > env > file > defaults.
func TestConfigFilePrecedence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kring.yaml")
	if err := os.WriteFile(path, []byte("listen: \":2300\"\nmax-conns: 500\nidle-timeout: 1h\nretention: 90d\nhost: file.example\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("KRING_MAX_CONNS", "700")
	t.Setenv("KRING_HOST", "env.example")
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	listen := fs.String("listen", env("LISTEN", ":2222"), "")
	host := fs.String("host", env("HOST", ""), "")
	conns := fs.Int("max-conns", envInt("MAX_CONNS", 2000), "")
	idle := fs.Duration("idle-timeout", envDuration("IDLE_TIMEOUT", 2*time.Hour), "")
	keep := fs.Duration("keepalive", 15*time.Second, "")
	retention := defaultRetention
	fs.Var(retentionValue{&retention}, "retention", "")
	fs.String(configFlag, "", "")
	args := []string{"--config", path, "--idle-timeout", "30m"}
	if got := configPath(args); got != path {
		t.Fatalf("configPath = %q", got)
	}
	if err := applyConfigFile(fs, path); err != nil {
		t.Fatal(err)
	}
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ what, got, want string }{
		{"listen (file)", *listen, ":2300"},
		{"host (env over file)", *host, "env.example"},
		{"max-conns (env over file)", strconv.Itoa(*conns), "700"},
		{"idle-timeout (flag over file)", idle.String(), "30m0s"},
		{"keepalive (default)", keep.String(), "15s"},
		{"retention (file)", retentionValue{&retention}.String(), "90d"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
}

func TestConfigFileRefusesUnknownKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kring.yaml")
	if err := os.WriteFile(path, []byte("listne: \":2300\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := run(t.Context(), []string{"serve", "--config", path, "--data", t.TempDir()}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), `unknown key "listne"`) {
		t.Errorf("serve with a misspelt key: %v", err)
	}
}
