package tui

import "github.com/charmbracelet/lipgloss"

// Styles are built per connection from that session's renderer, never from
// lipgloss' global state.
type Styles struct {
	r *lipgloss.Renderer

	Title, Code, Dim, Bold, Error, Info, Key, Header lipgloss.Style
	ColumnTitle, ColumnTitleActive                   lipgloss.Style
	Note, NoteMine, NoteSelected                     lipgloss.Style
	// NoteFocus and FocusPanel mark what the facilitator put in focus
	// with a border of its own (double lines, or stars in ASCII), which
	// shows without colour.
	NoteFocus, FocusPanel                 lipgloss.Style
	Panel, Online, Offline, Dialog, Focus lipgloss.Style
	Selected, PanelEdge                   lipgloss.Style
	// PanelBorder is the character of the participants panel's edge.
	PanelBorder string
	// Mono is set for terminals without colour (TERM=vt100): attributes
	// such as bold and reverse carry all emphasis.
	Mono bool
	// ASCII borders and symbols replace box-drawing and other non-ASCII
	// characters of kring's own (participants' text stays as typed).
	ASCII bool
	Sym   Symbols
}

// Symbols are the marks kring draws itself.
type Symbols struct {
	Online, Offline, Facilitator, LeftRight, UpDown, Left, Right, Ellipsis string
	// Back, Forth and Down are the arrow keys ←, → and ↓.
	Back, Forth, Down string
}

var (
	unicodeSymbols = Symbols{Online: "●", Offline: "○", Facilitator: "★", LeftRight: "←→", UpDown: "↑↓", Left: "◀", Right: "▶", Ellipsis: "…", Back: "←", Forth: "→", Down: "↓"}
	asciiSymbols   = Symbols{Online: "*", Offline: "-", Facilitator: "(*)", LeftRight: "<-->", UpDown: "up/dn", Left: "<", Right: ">", Ellipsis: "...", Back: "<-", Forth: "->", Down: "dn"}
)

// NewStyles builds the styles for one renderer. mono drops colours; ascii
// swaps box-drawing borders for plain ASCII.
func NewStyles(r *lipgloss.Renderer, mono, ascii bool) *Styles {
	s := &Styles{r: r, Mono: mono, ASCII: ascii, Sym: unicodeSymbols}
	if ascii {
		s.Sym = asciiSymbols
	}
	c := func(st lipgloss.Style, color string) lipgloss.Style {
		if mono {
			return st
		}
		return st.Foreground(lipgloss.Color(color))
	}
	normal, thick, rounded, double := lipgloss.NormalBorder(), lipgloss.ThickBorder(), lipgloss.RoundedBorder(), lipgloss.DoubleBorder()
	if ascii {
		normal, rounded = lipgloss.ASCIIBorder(), lipgloss.ASCIIBorder()
		thick = lipgloss.Border{Top: "=", Bottom: "=", Left: "#", Right: "#", TopLeft: "#", TopRight: "#", BottomLeft: "#", BottomRight: "#"}
		double = lipgloss.Border{Top: "*", Bottom: "*", Left: "*", Right: "*", TopLeft: "*", TopRight: "*", BottomLeft: "*", BottomRight: "*"}
	}
	s.Title = c(r.NewStyle().Bold(true), "214")
	s.Code = c(r.NewStyle().Bold(true), "86")
	s.Dim = c(r.NewStyle(), "245")
	s.Bold = r.NewStyle().Bold(true)
	s.Error = c(r.NewStyle().Bold(true), "203")
	s.Info = c(r.NewStyle(), "114")
	s.Key = c(r.NewStyle().Bold(true), "86")
	s.Header = r.NewStyle().Padding(0, 1)
	s.ColumnTitle = c(r.NewStyle().Bold(true), "252")
	s.ColumnTitleActive = c(r.NewStyle().Bold(true).Underline(true), "214")
	s.Note = c(r.NewStyle().Border(rounded).Padding(0, 1), "252").BorderForeground(color(mono, "240"))
	s.NoteMine = s.Note.BorderForeground(color(mono, "67"))
	s.NoteSelected = c(r.NewStyle().Border(thick).Padding(0, 1), "255").BorderForeground(color(mono, "214"))
	s.NoteFocus = c(r.NewStyle().Border(double).Padding(0, 1), "255").BorderForeground(color(mono, "203"))
	s.FocusPanel = r.NewStyle().Border(double).Padding(1, 2).BorderForeground(color(mono, "203"))
	s.Panel = r.NewStyle().PaddingLeft(1).Border(normal, false, false, false, true).BorderForeground(color(mono, "240"))
	s.PanelEdge = r.NewStyle().Foreground(color(mono, "240"))
	s.PanelBorder = normal.Left
	s.Online = c(r.NewStyle(), "114")
	s.Offline = c(r.NewStyle(), "242")
	s.Dialog = r.NewStyle().Border(rounded).Padding(0, 1).BorderForeground(color(mono, "214"))
	s.Focus = c(r.NewStyle().Bold(true), "214")
	s.Selected = r.NewStyle().Reverse(true)
	return s
}

func color(mono bool, c string) lipgloss.TerminalColor {
	if mono {
		return lipgloss.NoColor{}
	}
	return lipgloss.Color(c)
}
