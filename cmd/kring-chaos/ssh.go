package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"time"

	"golang.org/x/crypto/ssh"
)

// newKey returns a fresh ed25519 signer.
func newKey() (ssh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate key: %w", err)
	}
	return ssh.NewSignerFromKey(priv)
}

// clientConfig authenticates as user with key, or keyless (keyboard
// interactive, no questions) when key is nil.
func clientConfig(user string, key ssh.Signer, hostKey ssh.HostKeyCallback) *ssh.ClientConfig {
	auth := ssh.KeyboardInteractive(func(_, _ string, q []string, _ []bool) ([]string, error) {
		return make([]string, len(q)), nil
	})
	if key != nil {
		auth = ssh.PublicKeys(key)
	}
	return &ssh.ClientConfig{User: user, Auth: []ssh.AuthMethod{auth}, HostKeyCallback: hostKey}
}

// connect dials addr and runs the SSH handshake and authentication, all
// within timeout.
func connect(ctx context.Context, addr string, cfg *ssh.ClientConfig, timeout time.Duration) (*ssh.Client, error) {
	d := net.Dialer{Timeout: timeout}
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	_ = nc.SetDeadline(time.Now().Add(timeout))
	sc, chans, reqs, err := ssh.NewClientConn(nc, addr, cfg)
	if err != nil {
		nc.Close()
		return nil, err
	}
	_ = nc.SetDeadline(time.Time{})
	return ssh.NewClient(sc, chans, reqs), nil
}

// execCommand runs a command such as "new --title Chaos" and returns its
// standard output.
func execCommand(ctx context.Context, addr string, key ssh.Signer, hostKey ssh.PublicKey, cmd string) ([]byte, error) {
	conn, err := connect(ctx, addr, clientConfig("kring", key, ssh.FixedHostKey(hostKey)), 10*time.Second)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cmd, err)
	}
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cmd, err)
	}
	defer sess.Close()
	var stderr bytes.Buffer
	sess.Stderr = &stderr
	out, err := sess.Output(cmd)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %s", cmd, err, bytes.TrimSpace(stderr.Bytes()))
	}
	return out, nil
}

// awaitSSH dials addr until an SSH handshake and authentication succeed,
// and returns the host key the server presented. It gives up when the
// server exits or after 30 seconds.
func awaitSSH(ctx context.Context, addr string, exited <-chan struct{}) (ssh.PublicKey, error) {
	deadline := time.Now().Add(30 * time.Second)
	for {
		var key ssh.PublicKey
		cfg := clientConfig("probe", nil, func(_ string, _ net.Addr, k ssh.PublicKey) error {
			key = k
			return nil
		})
		conn, err := connect(ctx, addr, cfg, time.Second)
		if err == nil {
			conn.Close()
			return key, nil
		}
		select {
		case <-exited:
			return nil, errors.New("server exited before it accepted SSH")
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("server did not accept SSH within 30s: %w", err)
		}
	}
}
