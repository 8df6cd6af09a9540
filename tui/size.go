package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Window sizes are untrusted: an SSH client may claim any size up to
// 4294967295 × 4294967295. Every screen draws within these bounds, so no
// allocation ever follows a client's number.
const (
	// MaxWidth and MaxHeight bound the size a screen is drawn at; a larger
	// window gets a screen of this size in its top-left corner.
	MaxWidth  = 400
	MaxHeight = 200
	// MinWidth and MinHeight are the smallest size the screens are drawn
	// for; below it only a short "window too small" line is shown.
	MinWidth  = 30
	MinHeight = 8
)

// ClampSize bounds a window size a client reported to what the screens
// draw: negative becomes zero, large becomes MaxWidth × MaxHeight.
func ClampSize(w, h int) (int, int) {
	return min(max(w, 0), MaxWidth), min(max(h, 0), MaxHeight)
}

// tooSmall reports whether the window is below the smallest usable size.
func (m *Model) tooSmall() bool { return m.w < MinWidth || m.h < MinHeight }

// tooSmallView is all a window below the minimum shows: a short line in
// both languages, cut to the width, at most as many lines as fit.
func (m *Model) tooSmallView() string {
	lines := []string{ui.T(m.lang, "size.too_small"), ui.T(m.lang.Other(), "size.too_small")}
	if m.h <= 1 || m.w < 2*MinWidth {
		lines = lines[:1]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, max(m.w, 0), "")
	}
	return strings.Join(lines, "\n")
}
