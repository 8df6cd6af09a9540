package main

import (
	"fmt"
	"strconv"
)

// stripper turns a terminal output stream into plain text. Escape sequences
// are dropped, except that any sequence other than SGR (colours, bold) and
// any control character becomes a '\n': text that lands in different places
// on the screen is never glued together, while a styled run of text on one
// line stays whole. It keeps its state between calls, so a sequence split
// across two reads is handled.
type stripper struct{ state int }

const (
	stGround   = iota
	stEsc      // after ESC
	stEscInter // ESC followed by intermediates, such as ESC ( B
	stCSI      // ESC [ parameters, until a final byte
	stString   // OSC, DCS, APC, PM, SOS: until BEL or ESC \
	stStrEsc   // ESC inside a string
)

func (s *stripper) feed(dst, src []byte) []byte {
	sep := func() {
		if len(dst) == 0 || dst[len(dst)-1] != '\n' {
			dst = append(dst, '\n')
		}
	}
	for _, b := range src {
		switch s.state {
		case stGround:
			switch {
			case b == 0x1b:
				s.state = stEsc
			case b < 0x20 || b == 0x7f:
				sep()
			default:
				dst = append(dst, b)
			}
		case stEsc:
			switch {
			case b == '[':
				s.state = stCSI
			case b == ']' || b == 'P' || b == '_' || b == '^' || b == 'X':
				s.state = stString
			case b >= 0x20 && b <= 0x2f:
				s.state = stEscInter
			default:
				s.state = stGround
				sep()
			}
		case stEscInter:
			if b < 0x20 || b > 0x2f {
				s.state = stGround
				sep()
			}
		case stCSI:
			if b >= 0x40 && b <= 0x7e {
				s.state = stGround
				if b != 'm' {
					sep()
				}
			}
		case stString:
			switch b {
			case 0x07:
				s.state = stGround
				sep()
			case 0x1b:
				s.state = stStrEsc
			}
		case stStrEsc:
			if b == '\\' {
				s.state = stGround
				sep()
			} else {
				s.state = stString
			}
		}
	}
	return dst
}

// Note tokens are "L", four digits and "x": short enough that a note box
// always shows them whole, and unlike anything else on the screen.
const tokenLen = 6

func token(id int) string { return fmt.Sprintf("L%04dx", id) }

// typedToken is what an author types for note id: the token with a
// left-to-right mark (U+200E) inside. The editor echoes it with the mark,
// so the echo never matches; the server strips bidi marks before storing
// (sessions.Clean), so the note on the board shows the plain token.
func typedToken(id int) string { return fmt.Sprintf("L%04d\u200ex", id) }

// tokenScanner finds tokens in a stream of plain text delivered in pieces.
type tokenScanner struct {
	carry []byte // the last tokenLen-1 bytes seen
	buf   []byte
}

// scan calls found for every token that ends inside text.
func (t *tokenScanner) scan(text []byte, found func(id int)) {
	w := append(append(t.buf[:0], t.carry...), text...)
	t.buf = w
	for i := 0; i+tokenLen <= len(w); i++ {
		if w[i] != 'L' || w[i+tokenLen-1] != 'x' || i+tokenLen <= len(t.carry) {
			continue
		}
		if id, err := strconv.Atoi(string(w[i+1 : i+tokenLen-1])); err == nil && id >= 0 && isDigits(w[i+1:i+tokenLen-1]) {
			found(id)
		}
	}
	keep := min(len(w), tokenLen-1)
	t.carry = append(t.carry[:0], w[len(w)-keep:]...)
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
