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

// fitLines gives s exactly h lines, cutting or adding empty ones. Unlike a
// lipgloss Height it measures nothing: the terminal clears the rest of each
// line itself.
func fitLines(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// padBlock pads (or cuts) every line of s to exactly w cells, and to h
// lines when h > 0, measuring each line once.
func padBlock(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if h > 0 {
		if len(lines) > h {
			lines = lines[:h]
		}
		for len(lines) < h {
			lines = append(lines, "")
		}
	}
	for i, l := range lines {
		lw := ansi.StringWidth(l)
		switch {
		case lw > w:
			lines[i] = ansi.Truncate(l, w, "")
		case lw < w:
			lines[i] = l + strings.Repeat(" ", w-lw)
		}
	}
	return strings.Join(lines, "\n")
}

// joinPadded puts blocks side by side, each already padded to one width;
// a block with fewer lines is extended with blanks of its width.
func joinPadded(blocks []string, h int) string {
	split := make([][]string, len(blocks))
	widths := make([]int, len(blocks))
	rows := h
	for i, b := range blocks {
		split[i] = strings.Split(b, "\n")
		if len(split[i]) > 0 {
			widths[i] = ansi.StringWidth(split[i][0])
		}
		rows = max(rows, len(split[i]))
	}
	var sb strings.Builder
	for r := range rows {
		if r > 0 {
			sb.WriteByte('\n')
		}
		for i, lines := range split {
			if r < len(lines) {
				sb.WriteString(lines[r])
			} else {
				sb.WriteString(strings.Repeat(" ", widths[i]))
			}
		}
	}
	return sb.String()
}
