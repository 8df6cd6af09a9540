package tui

import (
	"encoding/binary"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"kring/sessions"
)

// fuzzKeys are the special keys a fuzzed client may press.
var fuzzKeys = []tea.KeyType{
	tea.KeyEnter, tea.KeyEsc, tea.KeyTab, tea.KeyShiftTab, tea.KeyUp, tea.KeyDown,
	tea.KeyLeft, tea.KeyRight, tea.KeyBackspace, tea.KeyDelete, tea.KeySpace,
	tea.KeyCtrlS, tea.KeyCtrlJ, tea.KeyCtrlT, tea.KeyHome, tea.KeyEnd, tea.KeyPgUp, tea.KeyPgDown,
}

// FuzzScreenUpdate feeds a screen random keys, pastes and window sizes, as
// a hostile client can, and checks that it never panics and never draws
// outside its (bounded) window. The commands the screen returns are run,
// so keys reach the room as they would for real.
func FuzzScreenUpdate(f *testing.F) {
	f.Add([]byte("nHallo ëé 😀\r"), uint8(2))
	f.Add([]byte("?\x1b\tq"), uint8(0))
	f.Add([]byte("\xff\xff\xff\x7f\x01\x00\x00\x00"), uint8(1))
	f.Add([]byte("\xfe\x00\x00\x00\x00\xff\xff\xff\xff"), uint8(2))
	f.Add([]byte("K7Q4MX\r"), uint8(0))
	f.Add([]byte("Anna\rleerkracht\r"), uint8(1))
	f.Add([]byte("pWdxmcr]]][[[ARGVKFBI"), uint8(2))
	hub, room := internalRoom(f)
	f.Fuzz(func(t *testing.T, input []byte, start uint8) {
		if len(input) > 4096 {
			return
		}
		s := screen(start % 3)
		id := sessions.ParticipantID("key:owner")
		if s == screenJoin {
			id = "anon:fuzz"
		}
		m := screenModel(t, hub, room, id, s, 80, 24)
		m.cfg.Now = func() time.Time { return time.Unix(0, 0) }
		for len(input) > 0 {
			var msg tea.Msg
			switch b := input[0]; {
			case b == 0xff && len(input) >= 9:
				// A window size, as a client may claim any.
				w := int(binary.LittleEndian.Uint32(input[1:5]))
				h := int(binary.LittleEndian.Uint32(input[5:9]))
				msg, input = tea.WindowSizeMsg{Width: w, Height: h}, input[9:]
			case b == 0xfe && len(input) >= 5:
				// A paste of n bytes.
				n := int(binary.LittleEndian.Uint32(input[1:5])) % 2_000_000
				msg, input = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("x", n)), Paste: true}, input[5:]
			case b >= 0xe0:
				msg, input = tea.KeyMsg{Type: fuzzKeys[int(b-0xe0)%len(fuzzKeys)]}, input[1:]
			default:
				r := []rune(string(input[:1]))
				msg, input = tea.KeyMsg{Type: tea.KeyRunes, Runes: r, Alt: b == 0x1b}, input[1:]
			}
			pressWith(m, msg, 5*time.Millisecond)
			view := m.View()
			if len(view) > 16*MaxWidth*MaxHeight {
				t.Fatalf("view is %d bytes", len(view))
			}
			lines := strings.Split(view, "\n")
			if len(lines) > max(m.h, 1) {
				t.Fatalf("view has %d lines in a window of %d", len(lines), m.h)
			}
			for _, l := range lines {
				if lipgloss.Width(l) > max(m.w, 1) {
					t.Fatalf("a line is %d wide in a window of %d", lipgloss.Width(l), m.w)
				}
			}
		}
	})
}
