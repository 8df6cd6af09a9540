package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"kring/server/internal/sshtest"
	"kring/sessions"
)

// End-to-end tests: the real server on a loopback port, real SSH clients
// with a PTY, keys typed and screens read as a participant would.

func TestE2ENoteReachesEveryone(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	facKey, keyA, keyB := sshtest.NewKey(t), sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, facKey, "--title Studiedag")

	a := ts.join(t, code, keyA, "Anne", "leerkracht")
	b := ts.join(t, code, keyB, "Bram", "IB'er")
	f := ts.join(t, code, facKey, "Fleur", "")
	f.WaitFor("Fleur ★", wait)
	f.WaitFor("Anderen doen mee met: ssh", wait)

	const text = "Samen leren werkt ë é 😀"
	addNote(a, text, 1)
	a.WaitFor(text, wait)
	a.WaitFor("— jij", wait)

	for name, c := range map[string]*sshtest.Term{"participant B": b, "facilitator": f} {
		screen := c.WaitFor(text, wait)
		if !strings.Contains(screen, "— Anne") {
			t.Errorf("%s: the note does not name its author Anne:\n%s", name, screen)
		}
		if strings.Contains(screen, "— jij") {
			t.Errorf("%s: Anne's note is shown as their own:\n%s", name, screen)
		}
		c.WaitFor("Deelnemers 3/3", wait)
	}
}

func TestE2ERestartKeepsBoardAndIdentity(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ts := startServer(t, dir)
	facKey, keyA := sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, facKey, "--title Herstart")

	a := ts.join(t, code, keyA, "Anne", "leerkracht")
	addNote(a, "Eerste briefje", 1)
	addNote(a, "Tweede briefje", 2)
	hostKey := a.HostKey().Marshal()

	// Stop with Anne still connected: her session ends, Serve returns and
	// closes the store.
	ts.stop()
	a.WaitDone(wait)

	ts2 := startServer(t, dir)
	a2 := ts2.connect(t, code, keyA)
	screen := a2.WaitFor("Welkom terug, Anne.", wait)
	for _, want := range []string{"Eerste briefje", "Tweede briefje", ideas(2), "Anne (jij)"} {
		if !strings.Contains(screen, want) {
			t.Errorf("after the restart the board lacks %q:\n%s", want, screen)
		}
	}
	if strings.Contains(a2.Text(), "Je naam") {
		t.Errorf("after the restart a known key was shown the join form")
	}
	if !bytes.Equal(a2.HostKey().Marshal(), hostKey) {
		t.Errorf("the host key changed across the restart")
	}

	md := ts2.export(t, facKey, code, "md")
	for _, want := range []string{"Eerste briefje", "Tweede briefje", "Anne"} {
		if !strings.Contains(md, want) {
			t.Errorf("export after the restart lacks %q:\n%s", want, md)
		}
	}
}

func TestE2EStuckClientDoesNotBlockOthers(t *testing.T) {
	t.Parallel()
	// The watchdog must not free the stuck client during the test.
	ts := startServer(t, t.TempDir(), func(c *Config) { c.StallTimeout = time.Minute })
	code := ts.newRoom(t, sshtest.NewKey(t), "")

	stuckKey := sshtest.NewKey(t)
	stuck := sshtest.Start(t, ts.addr, sshtest.Options{User: code, Key: stuckKey, Cols: 300, Rows: 90})
	fillJoinForm(stuck, "Stijn", "")
	stuck.WaitFor("Deelnemers", wait)
	writer := ts.join(t, code, sshtest.NewKey(t), "Wim", "")
	observer := ts.join(t, code, sshtest.NewKey(t), "Olga", "")

	// The stuck client stops reading and makes the server write to it
	// until its program is blocked on output: toggling the participants
	// panel redraws its whole big screen, and the language key that comes
	// last is a room command that shows whether the program still takes
	// keys. It was read after the toggles, so a program that is merely
	// slow gets to it well within the limit.
	stuck.StopReading()
	lang := stuckLang(t, ts, code, sessions.ParticipantID("key:"+ssh.FingerprintSHA256(stuckKey.PublicKey())))
	blockedAt := time.Now()
	for {
		if time.Since(blockedAt) > 30*time.Second {
			t.Fatalf("the server's output to a client that stopped reading did not block within 30s")
		}
		before := lang()
		stuck.Type(strings.Repeat(" p", 7) + " t") // the spaces keep each key a message of its own
		if !eventually(3*time.Second, func() bool { return lang() != before }) {
			break
		}
	}
	stuckLangThen := lang()
	t.Logf("the stuck client's program blocked after %v", time.Since(blockedAt).Round(time.Millisecond))

	// 50 notes in bursts of ten: "n" opens the editor, the space that
	// follows keeps the next word from joining the "n" in one key message,
	// Enter saves. The notes of one burst are stored in any order.
	const n, burst = 50, 10
	start := time.Now()
	for i := 0; i < n; i += burst {
		var keys strings.Builder
		for j := i + 1; j <= i+burst; j++ {
			fmt.Fprintf(&keys, "n briefje %02d\r", j)
		}
		func() {
			writer.Type(keys.String())
			writer.WaitFor(ideas(i+burst), wait)
		}()
	}
	observer.WaitFor(ideas(n), wait)
	state, err := ts.srv.Hub().State(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	notes := state.NotesIn(1)
	if len(notes) != n {
		t.Fatalf("the room holds %d notes in the first column, want %d", len(notes), n)
	}
	observer.Type("\x1b[F") // End: to the last note
	observer.WaitFor(notes[n-1].Text, wait)
	t.Logf("%d notes written and seen with a stuck client in the room in %v", n, time.Since(start).Round(time.Millisecond))
	if lang() != stuckLangThen {
		t.Errorf("the stuck client's program got going again during the test: the test did not test a stuck client")
	}
}

// stuckLang returns a function reporting the language participant id chose
// in room code.
func stuckLang(t *testing.T, ts *testServer, code string, id sessions.ParticipantID) func() sessions.Lang {
	return func() sessions.Lang {
		t.Helper()
		st, err := ts.srv.Hub().State(context.Background(), code)
		if err != nil {
			t.Fatalf("room state: %v", err)
		}
		p, ok := st.Participant(id)
		if !ok {
			t.Fatalf("%s is not a participant", id)
		}
		return p.Lang
	}
}

// eventually polls cond until it holds or limit has passed.
func eventually(limit time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(limit)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		<-tick.C
	}
	return true
}

// togglePeople shows and hides the participants panel of c's board, which
// redraws every line of it, until stop is closed or limit has passed: it
// makes the server write a lot to c. Keystrokes, not window changes: a
// window change has to be handed to the program by the SSH request loop.
func togglePeople(t *testing.T, c *sshtest.Term, stop <-chan struct{}, limit time.Duration) bool {
	t.Helper()
	// Two keys every 75 ms stay within a connection's key budget (40 a
	// second), as a fast typist does.
	tick := time.NewTicker(75 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(limit)
	for {
		select {
		case <-stop:
			return true
		case <-deadline:
			return false
		case <-tick.C:
			// The space keeps the p a key of its own when the server reads
			// several at once ("pp" would be one unknown key).
			if err := c.TryType(" p"); err != nil {
				// The server closed the connection: wait for stop.
				tick.Stop()
			}
		}
	}
}

func TestE2EClientThatStopsReadingIsDisconnected(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir(), func(c *Config) { c.StallTimeout = time.Second })
	code := ts.newRoom(t, sshtest.NewKey(t), "")
	observer := ts.join(t, code, sshtest.NewKey(t), "Olga", "")

	// A big screen that stops reading: its output fills the 2 MiB SSH
	// window, then the server's writes block.
	stuck := sshtest.Start(t, ts.addr, sshtest.Options{User: code, Key: sshtest.NewKey(t), Cols: 300, Rows: 90})
	fillJoinForm(stuck, "Stijn", "")
	stuck.WaitFor("Deelnemers", wait)
	observer.WaitFor("Deelnemers 2/2", wait)
	stuck.StopReading()

	start := time.Now()
	if !togglePeople(t, stuck, stuck.Exited(), 20*time.Second) {
		t.Fatalf("the session of a client that stopped reading was not closed within 20s")
	}
	t.Logf("closed %v after the client stopped reading", time.Since(start).Round(time.Millisecond))

	observer.WaitFor("Deelnemers 1/2", wait)
}

func TestE2EStalledNetworkIsDisconnected(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir(), func(c *Config) { c.StallTimeout = time.Second })
	code := ts.newRoom(t, sshtest.NewKey(t), "")
	observer := ts.join(t, code, sshtest.NewKey(t), "Olga", "")
	stuck := sshtest.Start(t, ts.addr, sshtest.Options{User: code, Key: sshtest.NewKey(t), Cols: 300, Rows: 90})
	fillJoinForm(stuck, "Stijn", "")
	stuck.WaitFor("Deelnemers", wait)
	observer.WaitFor("Deelnemers 2/2", wait)

	// The client stops reading the network altogether (a suspended ssh, a
	// laptop gone to sleep): it does not even answer the channel close.
	stuck.PauseNetwork()
	released, testDone := make(chan struct{}), make(chan struct{})
	t.Cleanup(func() { close(testDone) })
	go func() {
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for open, _ := ts.srv.admission.counts("127.0.0.1"); open > 1; open, _ = ts.srv.admission.counts("127.0.0.1") { // the observer's own
			select {
			case <-tick.C:
			case <-testDone:
				return
			}
		}
		close(released)
	}()
	if !togglePeople(t, stuck, released, 20*time.Second) {
		t.Fatalf("the connection of a client that stopped reading was not closed within 20s")
	}
	observer.WaitFor("Deelnemers 1/2", wait)
}

func TestE2EEscapeSequencesAreNeutralised(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	facKey := sshtest.NewKey(t)
	code := ts.newRoom(t, facKey, "")
	const payload = "\x1b[2J\x1b]0;pwned\x07 hallo \u202e evil"

	typist := ts.join(t, code, sshtest.NewKey(t), "Tom", "")
	observer := ts.join(t, code, sshtest.NewKey(t), "Olga", "")

	// Through the keyboard: the input parser eats the escape sequences,
	// the room must still drop the bidi override.
	addNote(typist, payload, 1)

	// Through the domain, raw: a participant whose name and note carry
	// escape sequences.
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	room, err := ts.srv.Hub().Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	id := sessions.ParticipantID("key:SHA256:injector")
	if err := room.Do(ctx, id, sessions.Join{Name: "Mal\x1b]0;pwned\x07lory\u202e\x1b[31m"}); err != nil {
		t.Fatalf("join: %v", err)
	}
	if err := room.Do(ctx, id, sessions.AddNote{Column: 1, Text: payload}); err != nil {
		t.Fatalf("add note: %v", err)
	}

	screen := observer.WaitFor(ideas(2), wait)
	observer.WaitFor("Mallory", wait)
	if got := strings.Count(screen, "hallo"); got != 2 {
		t.Errorf("the observer sees %d notes saying hallo, want 2:\n%s", got, screen)
	}
	raw := observer.Raw()
	for _, bad := range []string{"\x1b]0;pwned", "\u202e"} {
		if bytes.Contains(raw, []byte(bad)) {
			t.Errorf("the observer's terminal received %q", bad)
		}
	}

	for _, format := range []string{"md", "json"} {
		out := ts.export(t, facKey, code, format)
		checkClean(t, format+" export", out)
		if !strings.Contains(out, "hallo") {
			t.Errorf("%s export lacks the notes' text:\n%s", format, out)
		}
		if format == "json" {
			var doc any
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("json export does not parse: %v", err)
			}
			// The encoder may have escaped what the bytes do not show.
			walkStrings(doc, func(s string) { checkClean(t, "json export value", s) })
		}
	}
}

// checkClean fails the test when s holds an escape character or a bidi
// override.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if strings.ContainsRune(s, 0x1b) || strings.ContainsRune(s, '\u202e') || strings.Contains(s, `\u001b`) || strings.Contains(s, `\u202e`) {
		t.Errorf("%s holds an escape or a bidi override: %q", what, s)
	}
}

func walkStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case []any:
		for _, e := range v {
			walkStrings(e, f)
		}
	case map[string]any:
		for k, e := range v {
			f(k)
			walkStrings(e, f)
		}
	}
}

func TestE2EKeylessRejoin(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	code := ts.newRoom(t, sshtest.NewKey(t), "")

	first, rejoin := ts.joinKeyless(t, code, "Sjoerd")
	first.WaitFor("terugkeercode "+rejoin, wait) // also in the header
	addNote(first, "Mijn eigen briefje", 1)
	first.Type("q")
	// Leaving asks first, and reminds a keyless participant of the code.
	first.WaitFor("De sessie verlaten?", wait)
	first.WaitFor("Schrijf je terugkeercode op: "+rejoin, wait)
	first.Type("j")
	first.WaitText("Je terugkeercode is "+rejoin, wait)
	first.WaitDone(wait)

	second := ts.connect(t, code, nil)
	second.WaitFor("Je naam", wait)
	second.WaitFor("terugkeercode", wait)
	second.Type("\t\t") // from the name to the rejoin code field

	wrong := "ACDE-3467"
	if wrong == rejoin {
		wrong = "ACDE-3469"
	}
	second.Type(wrong + "\r")
	second.WaitFor("Deze terugkeercode klopt niet", wait)

	second.Type("\x15") // ctrl+u empties the field
	second.Type(strings.ToLower(rejoin) + "\r")
	second.WaitFor("Welkom terug, Sjoerd.", wait)
	second.WaitFor("Mijn eigen briefje", wait)
	// Presence is published a moment after a connect (PresenceDelay).
	screen := second.WaitFor("Deelnemers 1/1", wait)
	for _, want := range []string{"— jij", "Deelnemers 1/1", "terugkeercode " + rejoin} {
		if !strings.Contains(screen, want) {
			t.Errorf("after the rejoin the board lacks %q:\n%s", want, screen)
		}
	}
	if n := strings.Count(screen, "Sjoerd (jij)"); n != 1 {
		t.Errorf("the participants list shows Sjoerd %d times:\n%s", n, screen)
	}
}

func TestE2ESameKeyReplacesOldConnection(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	code := ts.newRoom(t, sshtest.NewKey(t), "")
	key := sshtest.NewKey(t)

	first := ts.join(t, code, key, "Pieter", "")
	second := ts.connect(t, code, key)
	second.WaitFor("Welkom terug, Pieter.", wait)

	first.WaitDone(wait)
	if !strings.Contains(first.Text(), "opnieuw verbonden") {
		t.Errorf("the replaced connection was not told why it closed:\n%s", first.Text())
	}
	screen := second.WaitFor("Deelnemers 1/1", wait)
	if n := strings.Count(screen, "Pieter (jij)"); n != 1 {
		t.Errorf("the participants list shows Pieter %d times:\n%s", n, screen)
	}
}

func TestE2EUnknownCodeShowsLobby(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	code := ts.newRoom(t, sshtest.NewKey(t), "")
	unknown := "ACDEFG"
	if c, _ := sessions.ParseCode(code); c == unknown {
		unknown = "ACDEFH"
	}

	c := ts.connect(t, unknown, sshtest.NewKey(t))
	c.WaitFor("Deze sessie bestaat niet", wait)
	c.WaitFor("Doe mee aan een sessie", wait)

	// The connection stays: the right code from the lobby gets in.
	c.Type("\x15" + code + "\r")
	c.WaitFor("Je naam", wait)
}

func TestE2EConcurrentSpaces(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	code := ts.newRoom(t, sshtest.NewKey(t), "")
	a := ts.join(t, code, sshtest.NewKey(t), "Anne", "")
	b := ts.join(t, code, sshtest.NewKey(t), "Bram", "")
	for _, c := range []*sshtest.Term{a, b} {
		c.Type("n")
		c.WaitFor("Nieuw briefje in", wait)
	}
	// Both type spaces at the same time; under -race the race detector
	// fails the test if the programs share memory for them.
	const n = 100
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = b.TryType(strings.Repeat(" ", n))
	}()
	a.Type(strings.Repeat(" ", n))
	<-done
	for _, c := range []*sshtest.Term{a, b} {
		c.WaitFor(fmt.Sprintf("%d/%d", n, sessions.MaxNoteLen), wait)
	}
}

func TestE2EShutdownTellsParticipants(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	code := ts.newRoom(t, sshtest.NewKey(t), "")
	a := ts.join(t, code, sshtest.NewKey(t), "Anne", "")
	start := time.Now()
	ts.stop()
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("shutdown with a participant connected took %v", d)
	}
	a.WaitDone(wait)
	if !strings.Contains(a.Text(), "De server stopt even") {
		t.Errorf("participant was not told the server stops; last output:\n%s", a.Text()[max(0, len(a.Text())-300):])
	}
}
