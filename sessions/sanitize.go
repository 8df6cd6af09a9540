package sessions

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Length caps, in runes, for everything a participant can type and every
// text of a template.
const (
	MaxNoteLen     = 500
	MaxNoteLines   = 12
	MaxNameLen     = 40
	MaxFunctionLen = 40
	MaxTitleLen    = 80
	MaxColumnLen   = 60
	// MaxDescriptionLen caps a template's one-line description.
	MaxDescriptionLen = 200
)

// Clean makes untrusted text safe to store and show on anyone's terminal:
// invalid UTF-8 is replaced, terminal escape sequences are removed, as are
// control characters (C0 and C1) and bidirectional overrides. When
// multiline is false, line breaks become spaces; otherwise they are kept,
// blank runs are collapsed and at most MaxNoteLines lines remain. Leading
// and trailing space is trimmed.
func Clean(s string, multiline bool) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			if multiline {
				b.WriteRune('\n')
			} else {
				b.WriteRune(' ')
			}
		case r == '\t':
			b.WriteRune(' ')
		case isUnsafeRune(r):
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	out := b.String()
	if !multiline {
		return strings.TrimSpace(out)
	}
	lines := strings.Split(strings.TrimLeft(out, " \n"), "\n")
	kept := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		kept = append(kept, l)
	}
	if len(kept) > MaxNoteLines {
		kept = append(kept[:MaxNoteLines-1], strings.Join(kept[MaxNoteLines-1:], " "))
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// isUnsafeRune reports runes that could change how a terminal draws what
// follows: control characters, bidi embeddings, overrides and isolates, and
// the Unicode line and paragraph separators.
func isUnsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0x2028, r == 0x2029, r == 0xfeff:
		return true
	}
	return false
}

// RuneLen is the length of s in runes, the unit of every cap.
func RuneLen(s string) int { return len([]rune(s)) }
