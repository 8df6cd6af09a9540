package tui

import (
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// newInput returns a one-line input styled with the session's renderer.
func newInput(st *Styles, limit, width int) textinput.Model {
	in := textinput.New()
	in.CharLimit = limit
	in.Width = width
	in.Prompt = "> "
	in.PromptStyle = st.Key
	in.TextStyle = st.r.NewStyle()
	in.PlaceholderStyle = st.Dim
	in.CompletionStyle = st.Dim
	in.Cursor.Style = st.r.NewStyle()
	in.Cursor.TextStyle = st.r.NewStyle()
	return in
}

// placeholder is how an empty field shows its example ("bijv. …"). On a
// terminal without colour (vt100, monochrome) a dim example looks like a
// filled-in value, so there it also says that the field is empty.
func placeholder(st *Styles, lang sessions.Lang, example string) string {
	if st.Mono {
		return ui.T(lang, "form.example_mono", example)
	}
	return ui.T(lang, "form.example", example)
}

// newEditor returns the multi-line note editor. Enter saves (handled by the
// board); Alt+Enter or Ctrl+J starts a new line.
func newEditor(st *Styles) textarea.Model {
	ed := textarea.New()
	ed.CharLimit = 500
	ed.ShowLineNumbers = false
	ed.Prompt = ""
	ed.KeyMap.InsertNewline.SetKeys(newlineKey.Keys()...)
	plain := st.r.NewStyle()
	style := textarea.Style{
		Base:             plain,
		CursorLine:       plain,
		CursorLineNumber: plain,
		EndOfBuffer:      st.Dim,
		LineNumber:       st.Dim,
		Placeholder:      st.Dim,
		Prompt:           plain,
		Text:             plain,
	}
	ed.FocusedStyle, ed.BlurredStyle = style, style
	ed.Cursor.Style = st.r.NewStyle()
	ed.Cursor.TextStyle = st.r.NewStyle()
	ed.SetHeight(6)
	return ed
}

// center places block in the middle of a w×h area, its lines aligned left.
func center(w, h int, block string) string {
	block = lipgloss.NewStyle().Width(lipgloss.Width(block)).Render(block)
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, block)
}
