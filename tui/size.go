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
// the reader's language and the other, wrapped to the width and cut to
// the height.
func (m *Model) tooSmallView() string {
	if m.w <= 0 || m.h <= 0 {
		return "" // nothing fits in no window at all
	}
	text := ui.T(m.lang, "size.too_small") + " · " + ui.T(m.lang.Other(), "size.too_small")
	return fit(wrap(text, max(m.w, 1)), m.w, m.h)
}

// fit cuts a drawn screen to w×h: longer lines are truncated, lines
// below the window dropped. Every screen passes through it, so none can
// draw outside the window it was given, whatever it rendered.
func fit(view string, w, h int) string { return fitWith(nil, view, w, h) }

// fitCache remembers the lines already known to fit the width: most lines
// of a screen are the same from one redraw to the next, and measuring a
// styled line is the dearest part of a redraw.
type fitCache struct {
	w    int
	fits map[string]struct{}
}

// fitWith is fit with a cache (nil for none). The cache holds at most two
// screens of lines, copied, so it keeps no old screen alive.
func fitWith(c *fitCache, view string, w, h int) string {
	w, h = max(w, 1), max(h, 1)
	if c != nil && (c.w != w || len(c.fits) > 2*h) {
		c.w, c.fits = w, make(map[string]struct{}, 2*h)
	}
	lines := strings.SplitN(view, "\n", h+1)
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if len(l) <= w {
			continue // a cell takes at least a byte
		}
		if c != nil {
			if _, ok := c.fits[l]; ok {
				continue
			}
		}
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		} else if c != nil {
			c.fits[strings.Clone(l)] = struct{}{}
		}
	}
	return strings.Join(lines, "\n")
}
