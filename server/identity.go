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

// creators decides who may create sessions.
type creators struct {
	// allowed is nil when any key may create.
	allowed map[sessions.ParticipantID]bool
}

// loadCreators reads an authorized_keys file; an empty path allows every
// key.
func loadCreators(path string) (creators, error) {
	if path == "" {
		return creators{}, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return creators{}, fmt.Errorf("read facilitators file: %w", err)
	}
	c := creators{allowed: map[sessions.ParticipantID]bool{}}
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
			return creators{}, fmt.Errorf("facilitators file %s line %d: %w", path, line, err)
		}
		c.allowed[keyID(key)] = true
	}
	return c, nil
}

// may reports whether id may create sessions.
func (c creators) may(id sessions.ParticipantID) bool {
	if id.Keyless() || id == "" {
		return false
	}
	return c.allowed == nil || c.allowed[id]
}
