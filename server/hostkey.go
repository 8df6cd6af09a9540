package server

import (
	"fmt"
	"net"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

// HostKey is the server's public host key: what a participant's ssh asks
// them to trust the first time.
func (s *Server) HostKey() gossh.PublicKey {
	if len(s.ssh.HostSigners) == 0 {
		return nil
	}
	return s.ssh.HostSigners[0].PublicKey()
}

// ReadHostKey reads the public host key kept in data directory dir, for
// the offline `kring hostkey`.
func ReadHostKey(dir string) (gossh.PublicKey, error) {
	pem, err := os.ReadFile(filepath.Join(dir, HostKeyFile))
	if err != nil {
		return nil, fmt.Errorf("read host key: %w", err)
	}
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		return nil, fmt.Errorf("parse host key: %w", err)
	}
	return signer.PublicKey(), nil
}

// SSH is how people reach this server from a shell: the ssh command with
// its port option, and the host (see Config.SSH).
func (s *Server) SSH() (cmd, host string) { return s.cfg.SSH() }

// Fingerprint is how ssh and PuTTY show key: "SHA256:…".
func Fingerprint(key gossh.PublicKey) string { return gossh.FingerprintSHA256(key) }

// KnownHostsLine is the line of a known_hosts file that lets ssh trust
// key at host and port without asking: what a school's ICT can hand out.
func KnownHostsLine(host, port string, key gossh.PublicKey) string {
	return knownhosts.Line([]string{knownhosts.Normalize(net.JoinHostPort(host, port))}, key)
}
