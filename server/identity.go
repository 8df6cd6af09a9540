package server

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"fmt"
	"os"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"kring/sessions"
)

// identityOf returns the identity of the session's client: its key
// fingerprint, or a fresh keyless identity.
func identityOf(sess ssh.Session) sessions.ParticipantID {
	if key := sess.PublicKey(); key != nil {
		return keyID(key)
	}
	return newKeylessID()
}

func keyID(key gossh.PublicKey) sessions.ParticipantID {
	return sessions.ParticipantID("key:" + gossh.FingerprintSHA256(key))
}

func newKeylessID() sessions.ParticipantID {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		panic("crypto/rand failed: " + err.Error())
	}
	return sessions.ParticipantID(fmt.Sprintf("anon:%x", b))
}

// keySet is a set of allowed keys, read from an authorized_keys file.
type keySet struct {
	// allowed is nil when any key may create.
	allowed map[sessions.ParticipantID]bool
}

// loadKeys reads an authorized_keys file; an empty path allows every key.
func loadKeys(path string) (keySet, error) {
	if path == "" {
		return keySet{}, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return keySet{}, fmt.Errorf("read keys file: %w", err)
	}
	c := keySet{allowed: map[sessions.ParticipantID]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		key, _, _, _, err := gossh.ParseAuthorizedKey(text)
		if err != nil {
			return keySet{}, fmt.Errorf("keys file %s line %d: %w", path, line, err)
		}
		c.allowed[keyID(key)] = true
	}
	return c, nil
}

// may reports whether id is in the set (any key, for an open set).
func (c keySet) may(id sessions.ParticipantID) bool {
	if id.Keyless() || id == "" {
		return false
	}
	return c.allowed == nil || c.allowed[id]
}
