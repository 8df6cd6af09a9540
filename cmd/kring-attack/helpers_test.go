package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kring/sessions"
)

// wellFormed reports whether the server would take c for a rejoin code.
func wellFormed(c string) bool {
	_, ok := sessions.ParseRejoinCode(c)
	return ok
}

func TestCompleteRunes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"ab\xc3", 2},        // é cut after its first byte
		{"ab\xc3\xa9", 4},    // é whole
		{"a\xe2\x80", 1},     // a three-byte rune cut after two
		{"a\xf0\x9f\x98", 1}, // an emoji cut after three
		{"\xf0\x9f\x98\x80", 4},
	} {
		if got := completeRunes([]byte(c.in)); got != c.want {
			t.Errorf("completeRunes(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestRefusalLineJoinsTheWrappedMessage(t *testing.T) {
	screen := "kring · Joins\n\n  ! Er melden zich vanaf jullie netwerk nu heel veel mensen\n  tegelijk aan. Wacht.\n\n  enter verder"
	want := "Er melden zich vanaf jullie netwerk nu heel veel mensen tegelijk aan. Wacht."
	if got := refusalLine(screen); got != want {
		t.Errorf("refusalLine = %q, want %q", got, want)
	}
	if got := refusalLine("nothing here"); got != "(no refusal on screen)" {
		t.Errorf("refusalLine without a refusal = %q", got)
	}
}

func TestRepeatToFillsWholeUnits(t *testing.T) {
	got := repeatTo("j\x1b[B", 10)
	if got != "j\x1b[Bj\x1b[B" {
		t.Errorf("repeatTo = %q, want two whole units", got)
	}
	if n := len(repeatTo("ab", megabyte)); n != megabyte {
		t.Errorf("repeatTo filled %d bytes, want %d", n, megabyte)
	}
}

func TestLogMessagesCountsByLevelAndMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "server.log")
	log := strings.Join([]string{
		`time=2026-12-01T07:00:00Z level=INFO msg=connect addr=127.0.0.1:1`,
		`time=2026-12-01T07:00:00Z level=WARN msg="connection closed: too many connections from this address" addr=127.0.0.1`,
		`time=2026-12-01T07:00:01Z level=WARN msg="connection closed: too many connections from this address" addr=127.0.0.1`,
		`time=2026-12-01T07:00:02Z level=WARN msg="session refused: too many on one connection" addr=127.0.0.1`,
		`time=2026-12-01T07:00:03Z level=INFO msg=disconnect addr=127.0.0.1:1`,
	}, "\n")
	if err := os.WriteFile(path, []byte(log), 0o600); err != nil {
		t.Fatal(err)
	}
	s := &server{logPath: path}
	got := logDelta(nil, s.logMessages())
	want := "2× WARN connection closed: too many connections from this address; 1× WARN session refused: too many on one connection"
	if got != want {
		t.Errorf("logDelta = %q, want %q", got, want)
	}
	if got := logDelta(s.logMessages(), s.logMessages()); got != "nothing" {
		t.Errorf("logDelta of the same counts = %q", got)
	}
}

func TestGuessCodeIsWellFormed(t *testing.T) {
	for range 100 {
		if c := guessCode(); !wellFormed(c) {
			t.Fatalf("guessCode() = %q, not a rejoin code", c)
		}
	}
}
