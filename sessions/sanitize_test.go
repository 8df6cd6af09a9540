package sessions

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	var lines20 []string
	for i := 1; i <= 20; i++ {
		lines20 = append(lines20, fmt.Sprint("r", i))
	}
	cases := []struct {
		name      string
		in        string
		multiline bool
		want      string
	}{
		// Escape sequences.
		{"CSI clear screen", "a\x1b[2Jb", false, "ab"},
		{"CSI colour", "\x1b[1;31mrood\x1b[0m", true, "rood"},
		{"CSI cursor move", "x\x1b[10;20Hy", false, "xy"},
		{"OSC title with BEL", "\x1b]0;title\x07hallo", false, "hallo"},
		{"OSC title with ST", "\x1b]2;title\x1b\\hallo", false, "hallo"},
		{"OSC 8 hyperlink", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", false, "link"},
		{"OSC 52 clipboard", "a\x1b]52;c;ZXZpbA==\x07b", false, "ab"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", false, "ab"},
		{"bare ESC", "a\x1bb", false, "a"}, // ESC b is a two-byte sequence
		{"trailing ESC", "abc\x1b", false, "abc"},
		{"C1 CSI as rune", "a\u009b2Jb", false, "a2Jb"},
		{"C1 CSI as rune with bracket", "a\u009b[31mb", false, "a[31mb"},
		{"C1 OSC as rune", "a\u009d0;t\u009cb", false, "a0;tb"},
		{"C1 CSI as raw byte", "a\x9b[31mb", false, "a\uFFFD[31mb"},
		// Control characters.
		{"C0", "a\x00b\x01c\x07d\x08e\x0bf\x0cg", false, "abcdefg"},
		{"DEL", "a\x7fb", false, "ab"},
		{"C1 NEL", "a\u0085b", true, "ab"},
		{"tab to space", "a\tb", true, "a b"},
		{"CR LF", "a\r\nb\rc", true, "a\nb\nc"},
		// Bidi and separators.
		{"RLO", "abc\u202Edef", false, "abcdef"},
		{"embeddings", "\u202Aa\u202Bb\u202Cc\u202Dd", false, "abcd"},
		{"isolates", "\u2066a\u2067b\u2068c\u2069d", false, "abcd"},
		{"marks", "a\u200Eb\u200Fc\u061Cd", false, "abcd"},
		{"line separators and BOM", "\uFEFFa\u2028b\u2029c", true, "abc"},
		// Invalid UTF-8.
		{"invalid byte", "a\xffb", false, "a\uFFFDb"},
		{"invalid run", "a\xff\xfe\xfdb", false, "a\uFFFDb"},
		{"truncated rune", "ë\xc3", false, "ë\uFFFD"},
		// What must stay.
		{"Dutch diacritics", "Ideeën, één, ïs, café, Ĳssel", false, "Ideeën, één, ïs, café, Ĳssel"},
		{"emoji", "top 👍🏽 🇳🇱", false, "top 👍🏽 🇳🇱"},
		{"ZWJ sequence", "👩‍🏫 en 👨‍👩‍👧", true, "👩‍🏫 en 👨‍👩‍👧"},
		{"combining mark", "e\u0308", false, "e\u0308"},
		{"CJK", "日本語", false, "日本語"},
		{"markdown stays literal", "# kop [link](x)", false, "# kop [link](x)"},
		// Lines.
		{"single line joins lines", "a\nb\r\nc", false, "a b c"},
		{"single line trims", "  \n x \t\n", false, "x"},
		{"multiline trims ends", "\n\n  x  \n\n\n", true, "x"},
		{"collapses blank lines", "a\n\n\n\nb", true, "a\n\nb"},
		{"collapses whitespace-only lines", "a\n \n\t\n b", true, "a\n\n b"},
		{"trims line ends", "a  \nb\t\nc", true, "a\nb\nc"},
		{"keeps one blank line", "a\n\nb", true, "a\n\nb"},
		{"escape between blank lines", "a\n\x1b[2J\n\nb", true, "a\n\nb"},
		{"12 lines stay", strings.Join(lines20[:MaxNoteLines], "\n"), true, strings.Join(lines20[:MaxNoteLines], "\n")},
		{"caps at MaxNoteLines", strings.Join(lines20, "\n"), true,
			strings.Join(lines20[:MaxNoteLines-1], "\n") + "\n" + strings.Join(lines20[MaxNoteLines-1:], " ")},
		{"empty", "", true, ""},
		{"only escapes", "\x1b[2J\x1b]0;x\x07", true, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Clean(tc.in, tc.multiline)
			if got != tc.want {
				t.Errorf("Clean(%q, %v) = %q, want %q", tc.in, tc.multiline, got, tc.want)
			}
			checkClean(t, tc.in, tc.multiline, got)
		})
	}
}

func TestRuneLen(t *testing.T) {
	for in, want := range map[string]int{"": 0, "abc": 3, "ëéï": 3, "👩‍🏫": 3, "\uFFFD": 1} {
		if got := RuneLen(in); got != want {
			t.Errorf("RuneLen(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestIsUnsafeRune(t *testing.T) {
	unsafe := []rune{0, 0x07, 0x1b, '\n', '\r', 0x7f, 0x80, 0x85, 0x9b, 0x9f, 0x202a, 0x202e, 0x2066, 0x2069, 0x200e, 0x200f, 0x061c, 0x2028, 0x2029, 0xfeff}
	safe := []rune{' ', 'a', '~', 0xa0, 0xeb, 0x200d, 0x2065, 0x206a, 0x1f469, 0xfffd}
	checkRunePredicate(t, "isUnsafeRune", isUnsafeRune, unsafe, safe)
}

// checkRunePredicate asserts that f, called name, holds for every rune of
// yes and for none of no.
func checkRunePredicate(t *testing.T, name string, f func(rune) bool, yes, no []rune) {
	t.Helper()
	for _, r := range yes {
		if !f(r) {
			t.Errorf("%s(%U) = false", name, r)
		}
	}
	for _, r := range no {
		if f(r) {
			t.Errorf("%s(%U) = true", name, r)
		}
	}
}

// checkClean asserts the properties every output of Clean has.
func checkClean(t *testing.T, in string, multiline bool, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Clean(%q, %v) = %q: invalid UTF-8", in, multiline, out)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Fatalf("Clean(%q, %v) = %q: contains ESC", in, multiline, out)
	}
	for _, r := range out {
		if r == '\n' && multiline {
			continue
		}
		if isUnsafeRune(r) {
			t.Fatalf("Clean(%q, %v) = %q: contains unsafe %U", in, multiline, out, r)
		}
	}
	if out != strings.TrimSpace(out) {
		t.Fatalf("Clean(%q, %v) = %q: not trimmed", in, multiline, out)
	}
	if multiline {
		if n := strings.Count(out, "\n") + 1; n > MaxNoteLines {
			t.Fatalf("Clean(%q, %v) = %q: %d lines", in, multiline, out, n)
		}
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("Clean(%q, %v) = %q: blank lines not collapsed", in, multiline, out)
		}
	}
	if again := Clean(out, multiline); again != out {
		t.Fatalf("Clean not idempotent for %q, %v:\nonce  %q\ntwice %q", in, multiline, out, again)
	}
}

func FuzzClean(f *testing.F) {
	seeds := []string{
		"", "a\x1b[2Jb", "\x1b]0;title\x07", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
		"a\u009b[31mb", "\x9b31m", "abc\u202Edef\u2066x\u2069", "Ideeën één ïs", "👩‍🏫 👍🏽 🇳🇱",
		"a\n\n\n\nb", "a\r\n \r\n\tb", strings.Repeat("x\n", 30), "\x1bP\x1b\\", "\x1b\xc3\xab",
		"\x1b[\xc2\x9b", "e\u0308\u200d", "\xff\xfe", "\t\n\v\f\r ",
	}
	for _, s := range seeds {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, multiline bool) {
		checkClean(t, s, multiline, Clean(s, multiline))
	})
}

// TestCleanPieces checks the properties of Clean on many random strings
// built from the pieces escape sequences and line handling are made of;
// it is a deterministic complement to FuzzClean.
func TestCleanPieces(t *testing.T) {
	pieces := []string{
		"\x1b", "[", "]", "\\", "\x07", "\n", " ", "\u009b", "\xc2", "\x9b", "\x9c", "P", "é", "\u202e",
		"\r", "\t", "a", "0", ";", "\x18", "\x1a", "X", "^", "_", "\u00a0", "\u0085", "\xe2\x80", "👩‍🏫", "\n\n", "m",
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 30000 {
		var b strings.Builder
		for range r.IntN(24) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		checkClean(t, s, true, Clean(s, true))
		checkClean(t, s, false, Clean(s, false))
	}
}

func TestCleanLeadingBlankLineKeepsLineBreaks(t *testing.T) {
	var lines []string
	for i := 1; i <= MaxNoteLines; i++ {
		lines = append(lines, fmt.Sprintf("r%d", i))
	}
	got := Clean("\n"+strings.Join(lines, "\n"), true)
	if want := strings.Join(lines, "\n"); got != want {
		t.Errorf("Clean with a leading blank line = %q, want %q", got, want)
	}
}
