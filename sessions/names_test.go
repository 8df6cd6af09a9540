package sessions

import (
	"errors"
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"
)

// scotland is the flag of Scotland: a black flag and its tags.
const scotland = "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"

func TestIsDefaultIgnorable(t *testing.T) {
	ignorable := []rune{
		0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x180B, 0x180E, 0x200B, 0x200C, 0x200D,
		0x200E, 0x200F, 0x202A, 0x202E, 0x2060, 0x2061, 0x2064, 0x2066, 0x2069, 0x3164, 0xFE00,
		0xFE0E, 0xFE0F, 0xFEFF, 0xFFA0, 0x1D173, 0xE0001, 0xE0020, 0xE007F, 0xE0100, 0xE01EF,
	}
	visible := []rune{
		'a', ' ', 0x00A0, 0x0301, 0x0600, 0x06DD, 0x2000, 0x3000, 0xFFF9, 0xFFFB, 0x13430, 0x110BD,
		0x1F469, 0x1F3FB, 0x20E3, 0x0410, 'ë',
	}
	checkRunePredicate(t, "IsDefaultIgnorable", IsDefaultIgnorable, ignorable, visible)
	if unicode.Version != "15.0.0" {
		return
	}
	n := 0
	for r := range rune(unicode.MaxRune + 1) {
		if IsDefaultIgnorable(r) {
			n++
		}
	}
	// The total that DerivedCoreProperties.txt of Unicode 15.0 gives.
	if n != 4174 {
		t.Errorf("%d default-ignorable code points, Unicode 15.0 has 4174", n)
	}
}

func TestCleanName(t *testing.T) {
	cases := []struct{ name, in, want string }{
		// Real names stay exactly as typed.
		{"Zoë", "Zoë", "Zoë"},
		{"Anne-Fleur", "Anne-Fleur", "Anne-Fleur"},
		{"Özlem", "Özlem", "Özlem"},
		{"Eliška", "Eliška", "Eliška"},
		{"Ngô", "Ngô", "Ngô"},
		{"D'Angelo", "D'Angelo", "D'Angelo"},
		{"José", "José", "José"},
		{"Ärzte", "Ärzte", "Ärzte"},
		{"Vietnamese with two marks", "Nguyễn", "Nguyễn"},
		{"Devanagari", "अनुष्का", "अनुष्का"},
		{"Thai", "สมชาย", "สมชาย"},
		{"CJK", "山田", "山田"},
		{"full width stays", "Ａｎｎａ", "Ａｎｎａ"},
		// Emoji keep what holds them together.
		{"ZWJ emoji", "Sam 👩‍💻", "Sam 👩‍💻"},
		{"ZWJ emoji with skin tone", "Sam 👩🏽‍💻", "Sam 👩🏽‍💻"},
		{"family", "👨‍👩‍👧", "👨‍👩‍👧"},
		{"emoji presentation", "Lot ❤️", "Lot ❤️"},
		{"keycap", "Team 1️⃣", "Team 1️⃣"},
		{"flag", "Lot 🇳🇱", "Lot 🇳🇱"},
		{"tag sequence flag", "Iain " + scotland, "Iain " + scotland},
		// Invisible characters go.
		{"zero width space", "Anna\u200B", "Anna"},
		{"ZWJ between letters", "An\u200Dna", "Anna"},
		{"ZWJ after emoji before a letter", "👩\u200Da", "👩a"},
		{"ZWNJ", "An\u200Cna", "Anna"},
		{"word joiner", "Anna\u2060", "Anna"},
		{"invisible operators", "A\u2061n\u2062n\u2063a\u2064", "Anna"},
		{"soft hyphen", "An\u00ADna", "Anna"},
		{"combining grapheme joiner", "An\u034Fna", "Anna"},
		{"Hangul fillers", "\u3164An\u115Fn\u1160a\uFFA0", "Anna"},
		{"variation selectors", "An\uFE00na\uFE0E\U000E0100", "Anna"},
		{"VS16 after a letter", "Anna\uFE0F", "Anna"},
		{"tags outside a flag", "Anna\U000E0041\U000E007F", "Anna"},
		{"language tag", "\U000E0001Anna", "Anna"},
		{"bidi marks", "\u200EAnna\u200F\u061C", "Anna"},
		{"ignorable exposes spaces", "\u200B Anna \u200B", "Anna"},
		// And what Clean removes.
		{"escape", "An\x1b[2Jna", "Anna"},
		{"override", "\u202Eanna", "anna"},
		// Normal form C.
		{"composed", "Zoe\u0308", "Zoë"},
		{"composed Ngô", "Ngo\u0302", "Ngô"},
		// At most three marks per base.
		{"Zalgo", "Z\u0300\u0301\u0302\u0303\u0304\u0305o", "Z\u0300\u0301\u0302o"},
		{"marks without a base", "\u0301\u0302Anna", "Anna"},
		{"marks on a space", "Anna \u0301\u0301", "Anna"},
		{"blank", "\u200B\u2060\u00AD", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := CleanName(tc.in)
			if got != tc.want {
				t.Errorf("CleanName(%q) = %q, want %q", tc.in, got, tc.want)
			}
			checkName(t, tc.in)
		})
	}
}

func TestNameKey(t *testing.T) {
	same := [][2]string{
		{"Anna", "Anna\u200B"},
		{"Anna", "An\u200Dna"},
		{"Anna", "Anna\u2060"},
		{"Anna", "\u0410nna"}, // Cyrillic А
		{"Anna", "Anna\u0301"},
		{"Anna", "ANNA"},
		{"Anna", "Ａｎｎａ"},
		{"Anna", "An\u00ADna"},
		{"Anna", "  anna  "},
		{"Zoë", "Zoe"},
		{"Zoë", "Zoe\u0308"},
		{"José", "JOSE"},
		{"John", "J0hn"},
		{"Fiona", "ﬁona"},
		{"Anna B", "Anna  B"},
		{"Anna B", "Anna\u00A0B"},
		{"Sam 👩‍💻", "sam 👩💻"},
	}
	different := [][2]string{
		{"Anna", "Anne"},
		{"Anna", "Anna B"},
		{"Anne-Fleur", "Anne"},
		{"Özlem", "Ozan"},
		{"Eliška", "Eliza"},
		{"Sam 👩‍💻", "Sam 👩‍🏫"},
		{"Sam", "Sam 1"},
		{"Sara", "Sarah"},
	}
	for want, pairs := range map[bool][][2]string{true: same, false: different} {
		for _, p := range pairs {
			if a, b := NameKey(p[0]), NameKey(p[1]); (a == b) != want {
				t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q: want equal %v", p[0], a, p[1], b, want)
			}
		}
	}
}

// TestJoinNames joins Carol next to Anna: every kind of look-alike of
// Anna's name is refused like a copy of it, and real names are accepted
// and stored as typed (in normal form C).
func TestJoinNames(t *testing.T) {
	s := board(t)
	for typed, stored := range map[string]string{ // "": refused
		"Anna\u200B":    "", // zero width space
		"An\u200Dna":    "", // zero width joiner
		"Anna\u2060":    "", // word joiner
		"\u0410nna":     "", // Cyrillic A
		"Anna\u0301":    "", // combining accent
		"Anná":          "",
		"ANNA":          "",
		"Ａｎｎａ":          "", // full width
		"An\u00ADna":    "", // soft hyphen
		"Zoë":           "Zoë",
		"Zoe\u0308":     "Zoë",
		"Anne-Fleur":    "Anne-Fleur",
		"Özlem":         "Özlem",
		"Eliška":        "Eliška",
		"Ngô":           "Ngô",
		"D'Angelo":      "D'Angelo",
		"José":          "José",
		"Ärzte":         "Ärzte",
		"Sam 👩‍💻":       "Sam 👩‍💻",
		"Sam\u200B 👩‍💻": "Sam 👩‍💻",
		"Anna K.":       "Anna K.",
	} {
		t.Run(typed, func(t *testing.T) {
			evs, err := Decide(s, carol, t0, Join{Name: typed, Function: "leer\u200Bkracht"})
			if stored == "" {
				if !errors.Is(err, ErrNameTaken) || evs != nil {
					t.Errorf("Join %q next to Anna = %v, %v; want ErrNameTaken", typed, evs, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Join %q: %v", typed, err)
			}
			p := mustParticipant(t, applyAll(s, evs), carol)
			if p.Name != stored || p.Function != "leerkracht" {
				t.Errorf("Join %q stored name %q function %q, want %q and leerkracht", typed, p.Name, p.Function, stored)
			}
		})
	}
}

// TestJoinRenameToOwnLookalike lets a participant change the way their own
// name is written.
func TestJoinRenameToOwnLookalike(t *testing.T) {
	evs, err := Decide(board(t), alice, t0, Join{Name: "ANNA", Function: "leerkracht"})
	if err != nil || len(evs) != 1 || payload[ParticipantEdited](t, evs[0]).Name != "ANNA" {
		t.Errorf("Anna renaming herself ANNA = %+v, %v", evs, err)
	}
}

// checkName asserts the properties of CleanName and NameKey for in.
func checkName(t *testing.T, in string) {
	t.Helper()
	out := CleanName(in)
	if !utf8.ValidString(out) {
		t.Fatalf("CleanName(%q) = %q: invalid UTF-8", in, out)
	}
	if Clean(out, false) != out {
		t.Fatalf("CleanName(%q) = %q: Clean would change it to %q", in, out, Clean(out, false))
	}
	if again := CleanName(out); again != out {
		t.Fatalf("CleanName not idempotent for %q:\nonce  %q\ntwice %q", in, out, again)
	}
	marks := 0
	for _, r := range out {
		if isCappedMark(r) {
			if marks++; marks > MaxMarksPerBase {
				t.Fatalf("CleanName(%q) = %q: more than %d marks on one base", in, out, MaxMarksPerBase)
			}
		} else if !IsDefaultIgnorable(r) {
			marks = 0
		}
	}
	if k, kc := NameKey(in), NameKey(out); k != kc {
		t.Fatalf("NameKey(%q) = %q but NameKey(CleanName(…)) = %q", in, k, kc)
	}
}

func FuzzNames(f *testing.F) {
	for _, s := range []string{
		"", "Anna", "Anna\u200B", "An\u200Dna", "\u0410nna", "Ａｎｎａ", "Zoe\u0308", "Sam 👩🏽‍💻",
		"👨‍👩‍👧", "1️⃣", scotland, "Z\u0300\u0301\u0302\u0303\u0304", "\u0301 \u0301Anna", "👩\u0301\u200D💻",
		"\u3164\u1160", "a\x1b[2Jb", "\xff\u200D", "ᄀ\u1160ᆨ", "e\u0301\u0327\u0302\u0323\u0304",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkName(t, s) })
}

func TestCachedNameKey(t *testing.T) {
	for _, name := range []string{"Anna", "\u0410nna", "Anna", "Zoë"} {
		if got, want := cachedNameKey(name), NameKey(name); got != want {
			t.Errorf("cachedNameKey(%q) = %q, want %q", name, got, want)
		}
	}
	for i := range maxCachedKeys + 1 {
		cachedNameKey(fmt.Sprint("naam ", i))
	}
	nameKeys.Lock()
	n := len(nameKeys.m)
	nameKeys.Unlock()
	if n > maxCachedKeys {
		t.Errorf("cache holds %d keys, want at most %d", n, maxCachedKeys)
	}
}
