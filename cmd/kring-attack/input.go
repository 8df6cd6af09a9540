package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// megabyte is the size of each flood of input.
const megabyte = 1 << 20

// repeatTo repeats unit as often as it fits whole in n bytes.
func repeatTo(unit string, n int) string { return strings.Repeat(unit, n/len(unit)) }

// typedFloods are the floods of raw keys: on the board, and into the note
// editor as words and as one run of letters without a space.
var typedFloods = []struct {
	label, name string
	editor      bool
	keys        string
}{
	{"(a) board, j ↓ k ↑", "Pijltjes", false, repeatTo("j\x1b[Bk\x1b[A", megabyte)},
	{"(b) editor, words", "Woorden", true, repeatTo("lorem ipsum dolor sit amet, ", megabyte)},
	{"(c) editor, 256 KiB of x", "Letters", true, strings.Repeat("x", megabyte/4)},
	{"(d) editor, 1 MB of x", "Nog meer letters", true, strings.Repeat("x", megabyte)},
}

// busyLimit is how long one flood may keep the server busy and still count
// as survived.
const busyLimit = 10 * time.Second

// attackInput types a megabyte of keys on the board and into the note
// editor, and pastes one into the editor, each from a new participant,
// while another participant presses keys.
func attackInput(ctx context.Context, e *env) (result, error) {
	r := result{
		name: "6. A megabyte of input",
		tried: "1 MB typed as raw keys (no bracketed paste), each from a new keyless participant while another presses ? and Esc: " +
			"(a) on the board j, ↓, k, ↑ over and over, (b) into the note editor “lorem ipsum dolor sit amet, ” over and over, " +
			"(c) 256 KiB and (d) 1 MB of x without a space into the editor; (e) 1 MB pasted (bracketed) into the editor, then Enter; " +
			"(f) a bracketed paste into the editor that never ends",
	}
	code, err := e.newRoom(ctx, "Input")
	if err != nil {
		return r, err
	}
	probe, err := e.joinKeyless(ctx, code, "Meekijker")
	if err != nil {
		return r, err
	}
	defer probe.close()
	for _, t := range typedFloods {
		s, err := e.joinKeyless(ctx, code, t.name)
		if err != nil {
			return r, err
		}
		defer s.close()
		if t.editor {
			if err := openEditor(ctx, s); err != nil {
				return r, err
			}
		}
		answer := func(ctx context.Context) error { return answersAgain(ctx, s, "?", helpTitle) }
		if t.editor {
			answer = func(ctx context.Context) error { return closesEditor(ctx, s) }
		}
		f, err := flood(ctx, e, s, probe, t.keys, answer)
		if err != nil {
			return r, fmt.Errorf("%s: %w", t.label, err)
		}
		r.add("%s: %s", t.label, f)
		if f.answered > busyLimit && r.broken == "" {
			r.broken = fmt.Sprintf("%s kept its connection unanswered %s and the server busy (%s CPU)", t.label, seconds(f.answered), seconds(f.cpu))
		}
	}
	if err := pasteNote(ctx, e, code, &r); err != nil {
		return r, err
	}
	if err := endlessNote(ctx, e, code, probe, &r); err != nil {
		return r, err
	}
	r.held = "other participants' keys kept being answered; the key-event budget drops what no person types; a pasted megabyte became one note of 500 characters"
	return r, nil
}

// openEditor opens the note editor on s.
func openEditor(ctx context.Context, s *screen) error {
	if err := s.send("n"); err != nil {
		return err
	}
	return s.waitFor(ctx, wait, noteEditor)
}

// answersAgain presses key on s every half second until the screen shows
// text, then closes what it opened with Esc: after a flood the
// connection's key budget must fill up again first.
func answersAgain(ctx context.Context, s *screen, key, text string) error {
	err := retry(ctx, maxBusy, func() error {
		if strings.Contains(s.text(), text) {
			return nil // a late answer to the press before
		}
		if err := s.send(key); err != nil {
			return err
		}
		return s.waitFor(ctx, 500*time.Millisecond, text)
	})
	if err != nil {
		return err
	}
	return s.send("\x1b")
}

// closesEditor presses Esc on s every half second until the editor is
// gone.
func closesEditor(ctx context.Context, s *screen) error {
	return retry(ctx, maxBusy, func() error {
		if err := s.send("\x1b"); err != nil {
			return err
		}
		_, err := s.until(ctx, 500*time.Millisecond, "the editor to close", func(t string) bool {
			return !strings.Contains(t, noteEditor)
		})
		return err
	})
}
