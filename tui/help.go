package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// helpKeyMap holds the keys of the help page.
type helpKeyMap struct {
	Page, Close *boardBinding
}

var helpKeys = helpKeyMap{
	Page: boardKey("tab", "right", "left", "l", "h").hint("tab", "key.page").
		only(func(b *boardModel) bool { return b.helpPages > 1 }).
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.helpPage = (b.helpPage + 1) % b.helpPages
			return nil
		}),
	Close: anyKeyCloses(),
}

// infoKeyMap holds the keys of an overlay that only informs: the rejoin
// code, the overview of who takes part.
type infoKeyMap struct {
	Close *boardBinding
}

var infoKeys = infoKeyMap{Close: anyKeyCloses()}

// rejoinKeys close the rejoin code's notice with any key and let that key
// do what it does on the board: the notice must not eat the first key of
// someone who starts writing at once.
var rejoinKeys = infoKeyMap{Close: boardKey().hint("{any}", "key.close").
	does(func(b *boardModel, key tea.KeyMsg) tea.Cmd {
		b.mode = modeNormal
		switch key.Type {
		case tea.KeyEnter, tea.KeyEsc, tea.KeySpace:
			return nil // the keys people press to close a notice
		}
		return func() tea.Msg { return key } // handled again, now on the board
	})}

// anyKeyCloses declares "any key closes the overlay".
func anyKeyCloses() *boardBinding {
	return boardKey().hint("{any}", "key.close").
		does(func(b *boardModel, _ tea.KeyMsg) tea.Cmd {
			b.mode = modeNormal
			return nil
		})
}

// modeMaps are the keys of the board's overlays.
var modeMaps = map[mode]keyMap[*boardModel]{
	modeEditor:     mapOf[*boardModel](editorKeys),
	modeInput:      mapOf[*boardModel](inputKeys),
	modeForm:       mapOf[*boardModel](formKeys),
	modePicker:     mapOf[*boardModel](pickerKeys),
	modeConfirm:    mapOf[*boardModel](confirmKeys),
	modeHelp:       mapOf[*boardModel](helpKeys),
	modeRejoinInfo: mapOf[*boardModel](rejoinKeys),
	modeOverview:   mapOf[*boardModel](infoKeys),
}

// helpRows are the help page's rows for the bindings of km that it lists
// now: the keys as shown and the text, in the viewer's language.
func helpRows[T any](m *Model, t T, km keyMap[T]) [][2]string {
	var rows [][2]string
	for _, b := range km {
		if h := b.Help(); h.Key != "" && (b.shown == nil || b.shown(t)) {
			rows = append(rows, [2]string{m.keyLabel(h.Key), m.t(h.Desc)})
		}
	}
	return rows
}

// helpView lists the keys of the current activity and those of every
// activity, and for facilitators the console's, in pages that fit h.
func (b *boardModel) helpView(h int) string {
	m := b.m
	st := m.st
	rows := append(helpRows(m, b, b.kindScreen().keys), helpRows(m, b, commonMap)...)
	if !m.view.Facilitator {
		legend := st.Dim.Render(m.t("help.footer", st.Sym.Facilitator, st.Sym.Online))
		pages := b.helpPagesOf(m.t("help.title"), rows, h-5)
		for i := range pages {
			pages[i] += "\n" + legend
		}
		return b.helpPageView(pages)
	}
	console := helpRows(m, b, consoleMap)
	if max(len(rows), len(console))+3 <= h {
		// Side by side when both columns fit the window, border included.
		both := st.Dialog.Render(lipgloss.JoinHorizontal(lipgloss.Top,
			b.helpColumn(m.t("help.title"), rows), "   ", b.helpColumn(m.t("help.console"), console)))
		if lipgloss.Width(both) <= m.w {
			b.helpPages = 1
			return both
		}
	}
	// Pages: the activity's keys, then the console's, in chunks that fit
	// the screen.
	pages := append(b.helpPagesOf(m.t("help.title"), rows, h-4), b.helpPagesOf(m.t("help.console"), console, h-4)...)
	return b.helpPageView(pages)
}

// helpPagesOf cuts rows into columns of at most per rows under title.
func (b *boardModel) helpPagesOf(title string, rows [][2]string, per int) []string {
	per = max(4, per)
	var pages []string
	for i := 0; i < len(rows); i += per {
		pages = append(pages, b.helpColumn(title, rows[i:min(i+per, len(rows))]))
	}
	return pages
}

// helpPageView shows the page of pages the viewer turned to.
func (b *boardModel) helpPageView(pages []string) string {
	b.helpPages = len(pages)
	if len(pages) == 0 {
		return ""
	}
	return b.m.st.Dialog.Render(pages[b.helpPage%len(pages)])
}

func (b *boardModel) helpColumn(title string, rows [][2]string) string {
	st := b.m.st
	var sb strings.Builder
	sb.WriteString(st.Bold.Render(title) + "\n")
	// A window narrower than the page cuts descriptions, not the
	// dialog's border: 15 for the key, 4 for border and padding.
	desc := max(10, b.m.w-19)
	for _, r := range rows {
		sb.WriteString(st.Key.Render(fmt.Sprintf("%-14s", r[0])) + " " + truncate(r[1], desc) + "\n")
	}
	return sb.String()
}
