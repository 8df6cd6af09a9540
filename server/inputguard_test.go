package server

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// feed passes input through a guard in reads of size n, as the SSH
// channel hands it over.
func feed(input []byte, n int) []byte {
	var g inputGuard
	var out []byte
	for len(input) > 0 {
		k := min(n, len(input))
		chunk := append([]byte(nil), input[:k]...)
		out = append(out, g.filter(chunk)...)
		input = input[k:]
	}
	return out
}

func TestInputGuardPassesWhatPeopleType(t *testing.T) {
	for _, in := range []string{
		"Anna\rleerkracht\r", "nEén idee met ë, é en 😀\r", "\x1b[A\x1b[B\x1b[C\x1bx?q",
		"\x1b[200~geplakt briefje\nmet twee regels\x1b[201~\r", strings.Repeat("abc def ", 400) + "\r",
	} {
		for _, n := range []int{1, 3, 256, 32 << 10} {
			if got := feed([]byte(in), n); string(got) != in {
				t.Errorf("reads of %d: %q became %q", n, in, got)
			}
		}
	}
}

func TestInputGuardCutsALongRun(t *testing.T) {
	for _, unit := range []string{"x", "ë", "😀"} {
		in := []byte(strings.Repeat(unit, (1<<20)/len(unit)) + "\rnext")
		for _, n := range []int{256, 32 << 10} {
			out := feed(in, n)
			run, rest, _ := bytes.Cut(out, []byte("\r"))
			if len(run) > maxRun+4 || len(run) < maxRun-4 {
				t.Errorf("%q ×1 MiB in reads of %d: a run of %d bytes passed, want about %d", unit, n, len(run), maxRun)
			}
			if !utf8.Valid(run) {
				t.Errorf("%q: the cut run is not valid UTF-8", unit)
			}
			if string(rest) != "next" {
				t.Errorf("%q: after the run, %q passed, want the next keys", unit, rest)
			}
		}
	}
}

func TestInputGuardCutsALongPasteButEndsIt(t *testing.T) {
	body := strings.Repeat("lang geplakt ", 100_000)
	in := []byte("\x1b[200~" + body + "\x1b[201~\r")
	for _, n := range []int{1, 7, 256, 32 << 10} {
		out := feed(in, n)
		if !bytes.HasPrefix(out, pasteStart) || !bytes.HasSuffix(out, append(pasteEnd, '\r')) {
			t.Fatalf("reads of %d: the paste lost its markers: %q…%q", n, out[:12], out[len(out)-12:])
		}
		if got := len(out) - len(pasteStart) - len(pasteEnd) - 1; got > maxPaste || got < maxPaste-len(pasteEnd) {
			t.Errorf("reads of %d: %d bytes of the paste passed, want about %d", n, got, maxPaste)
		}
	}
	// A paste that never ends passes no more than the cap, however long.
	never := []byte("\x1b[200~" + strings.Repeat("x", 3<<20))
	if out := feed(never, 256); len(out) > len(pasteStart)+maxPaste {
		t.Errorf("a paste that never ends passed %d bytes", len(out))
	}
}
