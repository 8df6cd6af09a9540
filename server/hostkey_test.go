package server

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"

	"kring/server/internal/sshtest"
)

// The known_hosts line `ssh host hostkey` prints lets a client trust the
// server without asking: checked with the known_hosts parser ssh clients
// use, against the key the server really presents.
func TestExecHostKeyLineIsTrusted(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir(), func(c *Config) { c.Host = "127.0.0.1" })
	res := sshtest.Exec(t, ts.addr, nil, "hostkey")
	if res.Status != 0 {
		t.Fatalf("hostkey: status %d, stderr %q", res.Status, res.Stderr)
	}
	if !strings.Contains(res.Stderr, Fingerprint(ts.srv.HostKey())) {
		t.Errorf("hostkey does not name the fingerprint: %q", res.Stderr)
	}
	file := filepath.Join(t.TempDir(), "known_hosts")
	if err := os.WriteFile(file, []byte(res.Stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	check, err := knownhosts.New(file)
	if err != nil {
		t.Fatalf("the line does not parse as known_hosts: %v (%q)", err, res.Stdout)
	}
	addr, _ := net.ResolveTCPAddr("tcp", ts.addr)
	var presented ssh.PublicKey
	client, err := ssh.Dial("tcp", ts.addr, &ssh.ClientConfig{
		User: "lobby",
		Auth: []ssh.AuthMethod{ssh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })},
		HostKeyCallback: func(host string, remote net.Addr, key ssh.PublicKey) error {
			presented = key
			return check(host, addr, key)
		},
	})
	if err != nil {
		t.Fatalf("a client with the line in known_hosts did not trust the server: %v", err)
	}
	client.Close()
	if Fingerprint(presented) != Fingerprint(ts.srv.HostKey()) {
		t.Errorf("HostKey() %s is not the key presented, %s", Fingerprint(ts.srv.HostKey()), Fingerprint(presented))
	}
	key, err := ReadHostKey(ts.dir)
	if err != nil || Fingerprint(key) != Fingerprint(presented) {
		t.Errorf("ReadHostKey = %v, %v", key, err)
	}
}

// Help and the messages that say what to type name the host and port
// people really use, not a default.
func TestMessagesNameTheRealHostAndPort(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir(), func(c *Config) { c.Host = "kring.school.nl" })
	_, port, _ := net.SplitHostPort(ts.addr)
	want := "ssh -p " + port + " "
	help := sshtest.Exec(t, ts.addr, nil, "help")
	if !strings.Contains(help.Stdout, want+"CODE@kring.school.nl") || !strings.Contains(help.Stdout, want+"kring.school.nl") || strings.Contains(help.Stdout, "2222") {
		t.Errorf("help does not name %s…kring.school.nl:\n%s", want, help.Stdout)
	}
	bad := sshtest.Exec(t, ts.addr, nil, "export")
	if bad.Status != 1 || !strings.Contains(bad.Stderr, want+"kring.school.nl help") {
		t.Errorf("a usage error does not point to the real help command: %q", bad.Stderr)
	}
}
