package sessions

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// mdStructure reports the block a line of Markdown starts, once its
// container's prefix is taken off ("- " of a list item, "  " of its next
// lines), or "" when it is a paragraph's text.
func mdStructure(l string) string {
	if strings.HasPrefix(l, "\t") || strings.HasPrefix(l, "    ") {
		return "code block"
	}
	l = strings.TrimLeft(l, " ")
	if l == "" {
		return ""
	}
	marks := strings.TrimLeft(strings.ReplaceAll(l, " ", ""), string(l[0]))
	digits := len(l) - len(strings.TrimLeft(l, "0123456789"))
	switch {
	case l[0] == '#' && len(l)-len(strings.TrimLeft(l, "#")) <= 6 && (strings.TrimLeft(l, "#") == "" || strings.ContainsRune(" \t", rune(strings.TrimLeft(l, "#")[0]))):
		return "heading"
	case l[0] == '>':
		return "quote"
	case strings.HasPrefix(l, "```"), strings.HasPrefix(l, "~~~"):
		return "fence"
	case strings.ContainsRune("-*_", rune(l[0])) && marks == "" && len(strings.ReplaceAll(l, " ", "")) >= 3:
		return "thematic break"
	case strings.ContainsRune("-+*", rune(l[0])) && (len(l) == 1 || l[1] == ' ' || l[1] == '\t'):
		return "list"
	case digits > 0 && digits <= 9 && digits < len(l) && (l[digits] == '.' || l[digits] == ')'):
		return "numbered list"
	case l[0] == '=' && marks == "":
		return "setext heading"
	case l[0] == '|':
		return "table"
	case l[0] == '<' && len(l) > 1 && (l[1] < utf8.RuneSelf && unicode.IsLetter(rune(l[1])) || strings.ContainsRune("/!?", rune(l[1]))):
		return "html"
	case l[0] == '[' && strings.Contains(l, "]:"):
		return "link definition"
	}
	return ""
}

// checkNoteMarkdown writes text as a note and fails when one of its lines
// starts Markdown structure of its own.
func checkNoteMarkdown(t *testing.T, text string) {
	t.Helper()
	var b strings.Builder
	writeNotes(&b, []ExportNote{{Text: text}}, "", nil)
	out := strings.TrimSuffix(b.String(), "\n\n")
	for i, l := range strings.Split(out, "\n") {
		prefix := "  "
		if i == 0 {
			prefix = "- "
		}
		rest, ok := strings.CutPrefix(l, prefix)
		if !ok {
			t.Fatalf("note %q: line %d %q lacks its prefix %q in\n%s", text, i, l, prefix, out)
		}
		if s := mdStructure(rest); s != "" {
			t.Fatalf("note %q: line %d %q starts a %s in\n%s", text, i, l, s, out)
		}
	}
}

func TestMdStructure(t *testing.T) {
	for l, want := range map[string]string{
		"# kop": "heading", "  - item": "list", "    code": "code block", "\tcode": "code block",
		"> citaat": "quote", "```go": "fence", "1. een": "numbered list", "12) punt": "numbered list",
		"---": "thematic break", "* * *": "thematic break", "===": "setext heading", "| a | b |": "table",
		"<div>": "html", "[x]: http://y": "link definition", "-": "list", "+ x": "list",
		"tekst": "", `\# kop`: "", "<3": "", "[niet af": "", "#00": "", "#": "heading", "###### h": "heading", "####### h": "", "\u00a0\u00a0- item": "", "2026": "", "-x": "", "=a": "",
	} {
		if got := mdStructure(l); got != want {
			t.Errorf("mdStructure(%q) = %q, want %q", l, got, want)
		}
	}
}

// TestExportMarkdownEscapesIndentedLines writes notes whose later lines
// are indented: none may become a nested list, a code block, a heading or
// other structure, and the indentation still shows.
func TestExportMarkdownEscapesIndentedLines(t *testing.T) {
	nb := "\u00a0"
	cases := []struct {
		text string
		want string // the list item as written
	}{
		{"regel\n  - genest", "- regel  \n  " + nb + nb + `\- genest — _Anna_`},
		{"regel\n  * ster", "- regel  \n  " + nb + nb + `\* ster — _Anna_`},
		{"regel\n   + plus", "- regel  \n  " + nb + nb + nb + `\+ plus — _Anna_`},
		{"regel\n  1. punt", "- regel  \n  " + nb + nb + `1\. punt — _Anna_`},
		{"regel\n    code", "- regel  \n  " + nb + nb + nb + nb + "code — _Anna_"},
		{"regel\n        diep", "- regel  \n  " + strings.Repeat(nb, 8) + "diep — _Anna_"},
		{"regel\n  # kop", "- regel  \n  " + nb + nb + `\# kop — _Anna_`},
		{"regel\n > citaat", "- regel  \n  " + nb + `\> citaat — _Anna_`},
		{"regel\n  ```\n  code\n  ```", "- regel  \n  " + nb + nb + "\\`\\`\\`  \n  " + nb + nb + "code  \n  " + nb + nb + "\\`\\`\\` — _Anna_"},
		{"regel\n  | a | b |", "- regel  \n  " + nb + nb + `\| a | b | — _Anna_`},
		{"regel\n:--|--", "- regel  \n  " + `\:--|-- — _Anna_`},
		{"regel\n  ---", "- regel  \n  " + nb + nb + `\--- — _Anna_`},
		{"regel\n\tinspringen", "- regel  \n  " + nb + "inspringen — _Anna_"}, // Clean made the tab a space
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			if out := annasNoteMarkdown(t, tc.text); !strings.Contains(out, "\n"+tc.want+"\n") {
				t.Errorf("markdown lacks\n%q\nin\n%s", tc.want, out)
			}
			checkNoteMarkdown(t, Clean(tc.text, true))
		})
	}
}

func TestMdBlockEscapesIndentedLines(t *testing.T) {
	got := mdBlock("vraag\n  - deel\n    code", "> ")
	want := "> vraag\n> \u00a0\u00a0\\- deel\n> \u00a0\u00a0\u00a0\u00a0code"
	if got != want {
		t.Errorf("mdBlock = %q, want %q", got, want)
	}
	if got, want := mdProse("- punt\n  - genest"), "- punt\n\u00a0\u00a0\\- genest"; got != want {
		t.Errorf("mdProse = %q, want %q", got, want)
	}
}

// annasNoteMarkdown is the Markdown export of a room in which Anna added a
// note with text.
func annasNoteMarkdown(t *testing.T, text string) string {
	t.Helper()
	s := newState(t, Dutch)
	s, _ = step(t, s, alice, Join{Name: "Anna"})
	s, _ = step(t, s, alice, AddNote{Column: 1, Text: text})
	var buf bytes.Buffer
	if err := NewExport(s, exportedAt, false).WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
