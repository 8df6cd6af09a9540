package sessions

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// TemplateWarning says that cleaning removed something from a text field
// of a template file: the template loaded, without what was removed.
type TemplateWarning struct {
	File, Field, Reason string
}

func (w *TemplateWarning) Error() string {
	return fmt.Sprintf("%s: %s: %s", w.File, w.Field, w.Reason)
}

// templateText is one text field of a template: where it is in the file,
// whether it may have several lines, and its cap in runes.
type templateText struct {
	path      string
	text      *Text
	multiline bool
	max       int
}

// texts lists every text field of t, so that each is cleaned on one path.
func (t *Template) texts() []templateText {
	fields := []templateText{
		{"title", &t.Title, false, MaxTitleLen},
		{"description", &t.Description, false, MaxDescriptionLen},
	}
	for i := range t.Activities {
		a := &t.Activities[i]
		at := func(f string) string { return fmt.Sprintf("activities[%d].%s", i, f) }
		fields = append(fields,
			templateText{at("title"), &a.Title, false, MaxTitleLen},
			templateText{at("prompt"), &a.Prompt, true, MaxNoteLen},
			templateText{at("screen"), &a.Screen, true, MaxNoteLen},
			templateText{at("text"), &a.Text, true, MaxNoteLen},
			templateText{at("left"), &a.Left, false, MaxColumnLen},
			templateText{at("right"), &a.Right, false, MaxColumnLen},
			templateText{at("top"), &a.Top, false, MaxColumnLen},
			templateText{at("bottom"), &a.Bottom, false, MaxColumnLen},
		)
		for j := range a.Columns {
			fields = append(fields, templateText{at(fmt.Sprintf("columns[%d]", j)), &a.Columns[j], false, MaxColumnLen})
		}
		for j := range a.Items {
			fields = append(fields, templateText{at(fmt.Sprintf("items[%d]", j)), &a.Items[j], false, MaxTitleLen})
		}
	}
	return fields
}

// cleanTexts cleans every text of t in place, as a participant's text is
// cleaned, and returns a warning for each field cleaning removed
// something from. A text longer than its cap is an error. A field written
// as one plain string (the same in both languages) is named without a
// language.
func (t *Template) cleanTexts() ([]*TemplateWarning, error) {
	var warns []*TemplateWarning
	for _, f := range t.texts() {
		plain := len(*f.text) == len(Langs) && (*f.text)[Dutch] == (*f.text)[English]
		for i, l := range Langs {
			raw, ok := (*f.text)[l]
			if !ok {
				continue
			}
			field := f.path
			if !plain {
				field += "." + string(l)
			}
			v := Clean(raw, f.multiline)
			if reason := removed(raw, v); reason != "" && (!plain || i == 0) {
				warns = append(warns, &TemplateWarning{File: t.File, Field: field, Reason: reason})
			}
			if RuneLen(v) > f.max {
				return warns, &TemplateError{File: t.File, Field: field, Reason: fmt.Sprintf("longer than %d characters", f.max)}
			}
			(*f.text)[l] = v
		}
	}
	return warns, nil
}

// removed says what Clean removed from raw to make clean, or "" when it
// changed only white space.
func removed(raw, clean string) string {
	if !utf8.ValidString(raw) {
		return "replaced invalid UTF-8"
	}
	if withoutSpace(raw) == withoutSpace(clean) {
		return ""
	}
	var what []string
	// What is left once the escape sequences are gone tells the rest.
	left := ansi.Strip(raw)
	esc := left != raw
	var ctl, format bool
	for _, r := range left {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
		case r < 0xa0 && isUnsafeRune(r):
			ctl = true
		case isUnsafeRune(r):
			format = true
		}
	}
	for _, w := range []struct {
		found bool
		what  string
	}{{esc, "escape sequences"}, {ctl, "control characters"}, {format, "bidi and formatting characters"}} {
		if w.found {
			what = append(what, w.what)
		}
	}
	if len(what) == 0 {
		return "removed characters that are not safe on a terminal"
	}
	return "removed " + strings.Join(what, ", ")
}

func withoutSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
