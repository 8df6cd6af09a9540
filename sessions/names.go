package sessions

import (
	"strings"
	"sync"
	"unicode"

	"github.com/mtibben/confusables"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// MaxMarksPerBase is how many combining marks (nonspacing or enclosing)
// CleanName keeps on one base character: enough for every written
// language's names, too few to stack a "Zalgo" name over the lines around
// it on a screen.
const MaxMarksPerBase = 3

// Runes that decide whether an invisible character is part of an emoji and
// therefore kept by CleanName.
const (
	zwj          = '\u200D'     // zero width joiner: 👩‍💻
	vs16         = '\uFE0F'     // variation selector 16: emoji presentation
	keycap       = '\u20E3'     // combining enclosing keycap: 1️⃣
	blackFlag    = '\U0001F3F4' // 🏴, the base of a tag sequence such as Scotland's flag
	tagFirst     = '\U000E0020'
	tagCancel    = '\U000E007F'
	modifierLow  = '\U0001F3FB' // skin tone modifiers 🏻 to 🏿
	modifierHigh = '\U0001F3FF'
)

// IsDefaultIgnorable reports whether r has the Unicode property
// Default_Ignorable_Code_Point: characters a renderer draws as nothing,
// such as zero-width spaces and joiners, word joiners, soft hyphens, tags,
// variation selectors, Hangul fillers and bidi marks. The property is
// derived as Unicode's TR44 does, from the tables in package unicode:
// Other_Default_Ignorable_Code_Point, format characters (Cf) and
// Variation_Selector, less White_Space, the interlinear annotation
// characters, the Egyptian hieroglyph format controls and the
// Prepended_Concatenation_Marks (format characters that are visible).
func IsDefaultIgnorable(r rune) bool {
	switch {
	case r < 0xAD:
		return false // fast path: nothing below the soft hyphen
	case r >= 0xFFF9 && r <= 0xFFFB, r >= 0x13430 && r <= 0x1343F:
		return false
	case unicode.Is(unicode.White_Space, r), unicode.Is(unicode.Prepended_Concatenation_Mark, r):
		return false
	}
	return unicode.In(r, unicode.Other_Default_Ignorable_Code_Point, unicode.Cf, unicode.Variation_Selector)
}

// CleanName cleans a display name or function tag as typed: it does what
// Clean does for one line and also removes default-ignorable characters
// (see IsDefaultIgnorable), except those that hold an emoji together (a
// zero width joiner between two emoji, the emoji variation selector after
// one, the tags of a flag such as Scotland's). The result is in Unicode
// normal form C, and keeps at most MaxMarksPerBase combining marks on a
// base character and none at the start or on a space. Names stay as typed
// otherwise: Zoë, Anne-Fleur, Özlem, Eliška, Ngô, D'Angelo, "Sam 👩‍💻".
func CleanName(s string) string {
	s = removeIgnorables(Clean(s, false), true)
	// Characters that draw as nothing or as a space without being one
	// (braille blank, Hangul fillers) and enclosing marks (a circle drawn
	// round a letter) make look-alikes of names: they go too.
	s = strings.Map(func(r rune) rune {
		if r == 0x2800 || r == 0x3164 || r == 0xFFA0 || (unicode.Is(unicode.Me, r) && r != 0x20E3) { // the keycap of 1️⃣ stays
			return -1
		}
		return r
	}, s)
	s = norm.NFC.String(strings.TrimSpace(s))
	return strings.TrimSpace(capMarks(s))
}

// NameKey returns the key two names are compared by: names with the same
// key look alike and cannot both be used in one room. It is the cleaned
// name (see CleanName) in normal form NFKC (full-width Ａｎｎａ is Anna),
// case folded (ANNA is anna), without default-ignorable characters (not
// even within emoji), mapped to its Unicode TR39 confusable skeleton
// (Cyrillic Аnna is Latin Anna, J0hn is John) and case folded again. Runs
// of white space count as one space.
//
// Nonspacing marks are dropped from the key as well, so names that differ
// only by accents count as the same name in a room: Zoë and Zoe, José and
// Jose, Anna and Anna with a combining acute accent. On a projector or a
// small terminal such names are easy to mistake for each other, and the
// second person can always add an initial.
//
// A key is for comparing only; never show it.
func NameKey(s string) string {
	s = norm.NFKC.String(CleanName(s))
	s = cases.Fold().String(s)
	s = removeIgnorables(s, false)
	s = cases.Fold().String(confusables.Skeleton(s))
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// nameKeys remembers the keys of names seen lately: a join compares the
// new name with every name in the room, and computing a key takes
// microseconds. The cache is emptied when it holds maxCachedKeys names.
var nameKeys = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

const maxCachedKeys = 1 << 14

// cachedNameKey is NameKey(name), remembered.
func cachedNameKey(name string) string {
	nameKeys.Lock()
	k, ok := nameKeys.m[name]
	nameKeys.Unlock()
	if ok {
		return k
	}
	k = NameKey(name)
	nameKeys.Lock()
	if len(nameKeys.m) >= maxCachedKeys {
		clear(nameKeys.m)
	}
	nameKeys.m[name] = k
	nameKeys.Unlock()
	return k
}

// forgetNameKeys drops names from the cache: an erased participant's name
// does not linger in memory either.
func forgetNameKeys(names map[string]bool) {
	nameKeys.Lock()
	defer nameKeys.Unlock()
	for name := range names {
		delete(nameKeys.m, name)
	}
}

// removeIgnorables drops default-ignorable characters from s; when emoji
// is true it keeps those that are part of an emoji sequence.
func removeIgnorables(s string, emoji bool) string {
	rs := []rune(s)
	out := rs[:0]
	for i, r := range rs {
		if !IsDefaultIgnorable(r) || emoji && keepsEmoji(out, r, rs[i+1:]) {
			out = append(out, r)
		}
	}
	return string(out)
}

// keepsEmoji reports whether the ignorable r, after the kept runes before
// and followed by the runes after, belongs to an emoji sequence.
func keepsEmoji(before []rune, r rune, after []rune) bool {
	prev := rune(-1)
	if len(before) > 0 {
		prev = before[len(before)-1]
	}
	switch {
	case r == vs16:
		return isEmojiBase(prev) || len(after) > 0 && after[0] == keycap && (prev >= '0' && prev <= '9' || prev == '#' || prev == '*')
	case r == zwj:
		// Skin tones and the emoji variation selector may stand between
		// an emoji and its joiner: 👩🏽‍💻.
		for i := len(before) - 1; i >= 0 && (before[i] == vs16 || isSkinTone(before[i])); i-- {
			prev = rune(-1)
			if i > 0 {
				prev = before[i-1]
			}
		}
		return isEmojiBase(prev) && len(after) > 0 && isEmojiBase(after[0])
	case r >= tagFirst && r <= tagCancel:
		return prev == blackFlag || prev >= tagFirst && prev < tagCancel
	}
	return false
}

// isEmojiBase approximates Extended_Pictographic, which package unicode
// lacks: the symbols (So) that emoji are.
func isEmojiBase(r rune) bool { return r > 0x7F && unicode.Is(unicode.So, r) }

func isSkinTone(r rune) bool { return r >= modifierLow && r <= modifierHigh }

// capMarks keeps at most MaxMarksPerBase nonspacing or enclosing marks
// after each base character and drops those without a base or on a space.
func capMarks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	marks := MaxMarksPerBase // no base yet
	for _, r := range s {
		switch {
		case IsDefaultIgnorable(r):
			// An emoji's joiner, selector or tag: neither base nor mark.
		case isCappedMark(r):
			if marks >= MaxMarksPerBase {
				continue
			}
			marks++
		case unicode.IsSpace(r):
			marks = MaxMarksPerBase
		default:
			marks = 0
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isCappedMark reports the marks capMarks counts: nonspacing and enclosing
// marks that are visible.
func isCappedMark(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me) && !IsDefaultIgnorable(r)
}
