package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"golang.org/x/crypto/ssh"

	"kring/sessions"
)

// Texts the screens show, in Dutch: the server's default language.
const (
	lobbyText    = "Doe mee"
	joinForm     = "Je naam"
	boardText    = "Deelnemers"
	rejoinDialog = "Jouw terugkeercode"
	joinsTooFast = "heel veel mensen" // err.joins_too_fast
	addrFull     = "zoveel mensen"    // err.addr_full
	nameTaken    = "al in gebruik"    // err.name_taken and join.name_taken_rejoin
	badRejoin    = "klopt niet"       // err.bad_rejoin
	rejoinWait   = "Te veel verkeerde terugkeercodes"
	noteEditor   = "Nieuw briefje in"
	noteAdded    = "Briefje geplakt."
	slowDown     = "Rustig aan"
	helpTitle    = "Toetsen"
)

// wait bounds a single wait for a screen to show something.
const wait = 20 * time.Second

// env is what every attack works with: the server and a facilitator.
type env struct {
	srv *server
	fac ssh.Signer // creates the rooms and reads their exports
}

// addr is the server's address.
func (e *env) addr() string { return e.srv.addr }

// newRoom creates a room as the facilitator and returns its code.
func (e *env) newRoom(ctx context.Context, title string) (string, error) {
	out, err := execCmd(ctx, e.addr(), e.fac, "new --title "+title)
	if err != nil {
		return "", err
	}
	code, ok := sessions.ParseCode(strings.TrimSpace(out))
	if !ok {
		return "", fmt.Errorf("new: no room code in %q", out)
	}
	return code, nil
}

// export reads room code's JSON export as the facilitator.
func (e *env) export(ctx context.Context, code string) (sessions.Export, error) {
	var x sessions.Export
	out, err := execCmd(ctx, e.addr(), e.fac, "export "+code+" --format json")
	if err != nil {
		return x, err
	}
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		return x, fmt.Errorf("export %s: %w", code, err)
	}
	return x, nil
}

// notes returns the texts of every note in an export.
func notes(x sessions.Export) []string {
	var texts []string
	for _, a := range x.Activities {
		for _, c := range a.Columns {
			for _, n := range c.Notes {
				texts = append(texts, n.Text)
			}
		}
	}
	return texts
}

// lobby checks that a new keyless client gets the lobby, and says how
// long it took.
func (e *env) lobby(ctx context.Context) (time.Duration, error) {
	start := time.Now()
	s, err := openScreen(ctx, e.addr(), "lobby", nil, 80, 24)
	if err != nil {
		return 0, fmt.Errorf("lobby: %w", err)
	}
	defer s.close()
	if err := s.waitFor(ctx, wait, lobbyText); err != nil {
		return 0, fmt.Errorf("lobby: %w", err)
	}
	return time.Since(start), nil
}

// join connects to room code with key (nil: keyless) and types name into
// the join form with Enter twice. It returns the screen and which of
// outcomes appeared.
func (e *env) join(ctx context.Context, code, name string, key ssh.Signer, outcomes ...string) (*screen, int, error) {
	s, err := openScreen(ctx, e.addr(), code, key, 80, 24)
	if err != nil {
		return nil, -1, err
	}
	if err := s.waitFor(ctx, wait, joinForm); err != nil {
		s.close()
		return nil, -1, err
	}
	if err := s.send(name + "\r\r"); err != nil {
		s.close()
		return nil, -1, fmt.Errorf("type name: %w", err)
	}
	i, err := s.waitAny(ctx, wait, outcomes...)
	if err != nil {
		s.close()
		return nil, -1, err
	}
	return s, i, nil
}

// joinKeyless joins room code keyless as name and returns the board, with
// the rejoin code's dialog closed.
func (e *env) joinKeyless(ctx context.Context, code, name string) (*screen, error) {
	s, i, err := e.join(ctx, code, name, nil, rejoinDialog, joinsTooFast, addrFull, nameTaken)
	if err != nil {
		return nil, fmt.Errorf("join %s: %w", name, err)
	}
	if i != 0 {
		s.close()
		return nil, fmt.Errorf("join %s: refused: %s", name, refusalLine(s.text()))
	}
	if err := s.send("x"); err != nil { // any key closes the dialog
		s.close()
		return nil, err
	}
	if _, err := s.until(ctx, wait, "the board", func(t string) bool {
		return strings.Contains(t, boardText) && !strings.Contains(t, rejoinDialog)
	}); err != nil {
		s.close()
		return nil, fmt.Errorf("join %s: %w", name, err)
	}
	return s, nil
}

// refusalLine is the status message on screen that holds a known
// refusal, its wrapped lines joined, for the report.
func refusalLine(screen string) string {
	lines := strings.Split(screen, "\n")
	for i, line := range lines {
		for _, t := range []string{joinsTooFast, addrFull, nameTaken, badRejoin, rejoinWait, slowDown} {
			if !strings.Contains(line, t) {
				continue
			}
			var words []string
			for _, l := range lines[i:min(i+4, len(lines))] {
				f := strings.Fields(l)
				if len(f) == 0 {
					break
				}
				words = append(words, f...)
			}
			return strings.TrimPrefix(strings.Join(words, " "), "! ")
		}
	}
	return "(no refusal on screen)"
}

// participantNames lists the participants of an export, quoted so that
// invisible characters show.
func participantNames(ps []sessions.ExportPerson) string {
	var names []string
	for _, p := range ps {
		names = append(names, fmt.Sprintf("%+q", p.Name))
	}
	return strings.Join(names, ", ")
}
