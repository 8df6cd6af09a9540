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
