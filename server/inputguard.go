package server

import "bytes"

// Bounds on what bubbletea's input parser is handed in one piece. Its
// reader parses a run of printable characters, or an open bracketed paste,
// again from the start with every 256 bytes that extend it: n bytes cost
// O(n²) before any of kring's budgets sees a key (1 MiB of one letter kept
// a core busy for 46 s). No text field takes more than 500 characters, so
// nothing a person types or pastes is lost by cutting there.
const (
	// maxRun is the most printable bytes passed on in a row outside a
	// paste: more than any field holds, small enough to parse at once.
	maxRun = 4 << 10
	// maxPaste is the most bytes of one bracketed paste passed on; the
	// paste's end marker always is.
	maxPaste = 16 << 10
)

var (
	pasteStart = []byte("\x1b[200~")
	pasteEnd   = []byte("\x1b[201~")
)

// inputGuard cuts over-long runs of printable bytes and over-long
// bracketed pastes out of a connection's input before the parser sees
// them. It keeps its state across reads; it is not safe for concurrent
// use (one program reads its input from one goroutine).
type inputGuard struct {
	run     int  // printable bytes in a row outside a paste
	cutting bool // the current character is being cut
	inPaste bool // between a paste's start and end markers
	pasted  int  // bytes of the current paste passed on
	tail    []byte
}

// filter returns p with what is cut left out, in place.
func (g *inputGuard) filter(p []byte) []byte {
	out := p[:0]
	for _, b := range p {
		g.tail = append(g.tail, b)
		if len(g.tail) > len(pasteStart) {
			g.tail = g.tail[1:]
		}
		if g.inPaste {
			if bytes.Equal(g.tail, pasteEnd) {
				g.inPaste, g.run = false, 0
				if g.pasted >= maxPaste {
					// The marker's first bytes were cut with the
					// paste: pass the whole marker on.
					out = append(out, pasteEnd...)
					continue
				}
			}
			if g.pasted < maxPaste {
				g.pasted++
				out = append(out, b)
			}
			continue
		}
		switch {
		case b < 0x20 || b == 0x7f:
			g.run, g.cutting = 0, false
		case b >= 0x80 && b < 0xc0:
			// A continuation byte goes with its character.
			if g.cutting {
				continue
			}
			g.run++
		case g.run >= maxRun:
			g.cutting = true // a new character past the run's end
			continue
		default:
			g.run++
		}
		out = append(out, b)
		if bytes.Equal(g.tail, pasteStart) {
			g.inPaste, g.pasted = true, 0
		}
	}
	return out
}
