package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// wrap breaks text into lines of at most w cells, on word boundaries where
// possible and hard inside long words.
func wrap(text string, w int) string {
	if w <= 0 {
		return text
	}
	return ansi.Wrap(text, w, "")
}

// truncate cuts s to w cells, ending in an ellipsis when cut.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// spread puts left and right on one line of width w.
func spread(w int, left, right string) string {
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		left = truncate(left, max(0, w-lipgloss.Width(right)-1))
		gap = max(1, w-lipgloss.Width(left)-lipgloss.Width(right))
	}
	return left + strings.Repeat(" ", gap) + right
}

// oneLineText joins a note's lines for a one-line listing.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

// ansiStripPad returns s without styling, padded to w cells, so that a
// selection style covers the whole row.
func ansiStripPad(s string, w int) string {
	s = ansi.Strip(s)
	if pad := w - lipgloss.Width(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}
