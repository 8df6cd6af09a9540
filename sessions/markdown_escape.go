package sessions

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Markdown report goes out by mail and is read as plain text as often as
// it is rendered, so it escapes a character only where Markdown would
// take it for markup; everywhere else a dash, an ampersand or an equals
// sign stays as typed. Four places differ:
//
//   - mdText: inside a line, where only inline markup can start;
//   - mdLine: at the start of a line or of a list item or quote, where a
//     block (heading, list, quote, table, code) can start too;
//   - mdCell: in a cell of a table kring writes, where a pipe ends the cell;
//   - mdHeading: the text of a heading, where closing hashes vanish.

// mdEntity is an HTML character reference, which Markdown decodes.
var mdEntity = regexp.MustCompile(`^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// mdText escapes what would start inline markup in s: a backslash before
// punctuation, backticks (code), *, _ and ~ where they can open or close
// emphasis or strike-through, [ when a ] follows (a link), < before a tag
// or autolink, and & before a character reference.
func mdText(s string) string {
	var b strings.Builder
	ticks := strings.Count(s, "`") > 1
	for i, r := range s {
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		if i == 0 {
			prev = ' '
		}
		if i+utf8.RuneLen(r) == len(s) {
			next = ' '
		}
		escape := false
		switch r {
		case '\\':
			escape = next < utf8.RuneSelf && (unicode.IsPunct(next) || unicode.IsSymbol(next))
		case '`':
			escape = ticks
		case '*', '~':
			escape = !unicode.IsSpace(prev) || !unicode.IsSpace(next)
		case '_':
			// Inside a word (snake_case) an underscore never emphasises.
			escape = !isWordRune(prev) && !unicode.IsSpace(next) || !isWordRune(next) && !unicode.IsSpace(prev)
		case '[':
			escape = strings.Contains(s[i:], "]")
		case '<':
			// A tag name starts with an ASCII letter.
			escape = next < utf8.RuneSelf && unicode.IsLetter(next) || strings.ContainsRune("/!?", next)
		case '&':
			escape = mdEntity.MatchString(s[i:])
		}
		if escape {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// mdIndent turns indentation into no-break spaces: they look the same but
// Markdown does not count them, so they start no nested list or code block.
var mdIndent = strings.NewReplacer(" ", "\u00a0", "\t", "\u00a0\u00a0\u00a0\u00a0")

// mdLine escapes s, one line, as mdText does, and what would make it a
// block of its own where a line starts: indentation (a code block), a
// heading, quote, list or numbered list, a table row or a table's
// delimiter row, a thematic break or setext underline. Fences, HTML
// blocks and link definitions already lose their first character to
// mdText.
func mdLine(s string) string {
	body := strings.TrimLeft(s, " \t")
	lead := mdIndent.Replace(s[:len(s)-len(body)])
	text := mdText(body)
	if body == "" || strings.HasPrefix(text, `\`) {
		return lead + text
	}
	if digits := len(body) - len(strings.TrimLeft(body, "0123456789")); digits > 0 && digits < len(body) && strings.ContainsRune(".)", rune(body[digits])) {
		return lead + text[:digits] + `\` + text[digits:]
	}
	if mdBlockStart(body) {
		text = `\` + text
	}
	return lead + text
}

// mdBlockStart reports whether line (without its indentation) starts a
// block by its first character: "# " a heading, ">" a quote, "- " "+ " "* "
// a list, "---" "===" a thematic break or setext underline, "|" a table
// row, "--|:--" a table's delimiter row.
func mdBlockStart(line string) bool {
	c := line[0]
	after := strings.TrimLeft(line, string(c))
	bare := strings.Join(strings.Fields(line), "")
	switch {
	case c == '>' || c == '|':
		return true
	case c == '#':
		return len(line)-len(after) <= 6 && (after == "" || after[0] == ' ' || after[0] == '\t')
	case c == '-' || c == '+' || c == '*':
		return len(line) == 1 || line[1] == ' ' || line[1] == '\t' || strings.Trim(bare, string(c)) == "" && len(bare) >= 2
	case c == '=':
		return strings.Trim(bare, "=") == ""
	}
	return strings.Trim(bare, "|-:") == "" && strings.Contains(bare, "-") && strings.ContainsAny(bare, "|:")
}

// mdCell escapes s for a cell of a table: as mdText, and its pipes.
func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }

// mdHeading escapes s for the text of a heading: as mdText, and a hash at
// its end, which would be taken for a closing sequence and vanish.
func mdHeading(s string) string {
	t := mdText(s)
	if strings.HasSuffix(t, "#") {
		t = t[:len(t)-1] + `\#`
	}
	return t
}

// mdBlock escapes each line of a multi-line text as a line and prefixes it.
func mdBlock(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = prefix + mdLine(l)
	}
	return strings.Join(lines, "\n")
}

// mdProse escapes a text of several lines like mdBlock but keeps lines
// that start with "- " as a list.
func mdProse(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if rest, ok := strings.CutPrefix(l, "- "); ok {
			lines[i] = "- " + mdLine(rest)
		} else {
			lines[i] = mdLine(l)
		}
	}
	return strings.Join(lines, "\n")
}
