package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The systemd unit in docs/ keeps its sandbox, and systemd accepts it
// where systemd-analyze is at hand.
func TestSystemdUnit(t *testing.T) {
	unit, err := os.ReadFile("../../docs/kring.service")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"DynamicUser=yes", "StateDirectory=kring", "ProtectSystem=strict", "ProtectHome=yes",
		"NoNewPrivileges=yes", "PrivateTmp=yes", "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
		"CapabilityBoundingSet=\n", "SystemCallFilter=@system-service", "Environment=KRING_DATA=/var/lib/kring",
	} {
		if !strings.Contains(string(unit), "\n"+line) {
			t.Errorf("docs/kring.service lacks %q", strings.TrimSpace(line))
		}
	}
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("no systemd-analyze here")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// verify wants the binary to exist: point it at this test binary.
	path := filepath.Join(t.TempDir(), "kring.service")
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(string(unit), "/usr/local/bin/kring", self)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(analyze, "verify", path).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}
