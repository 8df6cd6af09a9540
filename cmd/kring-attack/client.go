package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"net"
	"strings"
	"time"

	"golang.org/x/crypto/ssh"
)

// handshakeTimeout bounds a client's dial, handshake and authentication.
const handshakeTimeout = 15 * time.Second

// newKey returns a fresh ed25519 signer.
func newKey() (ssh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate key: %w", err)
	}
	return ssh.NewSignerFromKey(priv)
}

// dial connects to addr as user. A nil key connects keyless:
// keyboard-interactive authentication that answers no questions.
func dial(ctx context.Context, addr, user string, key ssh.Signer) (*ssh.Client, error) {
	auth := ssh.KeyboardInteractive(func(_, _ string, q []string, _ []bool) ([]string, error) {
		return make([]string, len(q)), nil
	})
	if key != nil {
		auth = ssh.PublicKeys(key)
	}
	cfg := &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{auth},
		// A throwaway server on loopback that this command started.
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
	d := net.Dialer{Timeout: handshakeTimeout}
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	_ = nc.SetDeadline(time.Now().Add(handshakeTimeout))
	sc, chans, reqs, err := ssh.NewClientConn(nc, addr, cfg)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("handshake: %w", err)
	}
	_ = nc.SetDeadline(time.Time{})
	return ssh.NewClient(sc, chans, reqs), nil
}

// execCmd runs command as `ssh host command` would and returns its
// standard output; a non-zero exit is an error with the standard error.
func execCmd(ctx context.Context, addr string, key ssh.Signer, command string) (string, error) {
	c, err := dial(ctx, addr, "kring", key)
	if err != nil {
		return "", fmt.Errorf("%s: %w", command, err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		return "", fmt.Errorf("%s: session: %w", command, err)
	}
	defer sess.Close()
	var stdout, stderr bytes.Buffer
	sess.Stdout, sess.Stderr = &stdout, &stderr
	done := make(chan error, 1)
	go func() { done <- sess.Run(command) }()
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		err = fmt.Errorf("no answer within 30s")
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err != nil {
		return stdout.String(), fmt.Errorf("%s: %w: %s", command, err, strings.TrimSpace(stderr.String()))
	}
	return stdout.String(), nil
}
