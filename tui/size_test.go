package tui

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"kring/sessions"
)

// internalRoom is a live room with a facilitator and two participants who
// wrote a few notes, for tests inside the package.
func internalRoom(t testing.TB) (*sessions.Hub, *sessions.Room) {
	t.Helper()
	ctx := context.Background()
	hub := sessions.NewHub(sessions.NewMemStore(), sessions.HubOptions{RatePerSecond: 1e6, Burst: 1e6})
	t.Cleanup(hub.Close)
	owner := sessions.ParticipantID("key:owner")
	code, err := hub.Create(ctx, owner, "Studiedag", sessions.Dutch, nil)
	if err != nil {
		t.Fatal(err)
	}
	room, err := hub.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"Marieke", "Anna", "Bram"} {
		id := sessions.ParticipantID(fmt.Sprintf("key:p%d", i))
		if i == 0 {
			id = owner
		}
		if err := room.Do(ctx, id, sessions.Join{Name: name, Function: "leerkracht"}); err != nil {
			t.Fatal(err)
		}
		if err := room.Do(ctx, id, sessions.AddNote{Column: 1 + i%2, Text: "Eén briefje van " + name + " 😀 met ë en é"}); err != nil {
			t.Fatal(err)
		}
	}
	return hub, room
}

// screenModel returns a model on the given screen, with colours on, as a
// client whose PTY request claimed w×h.
func screenModel(t testing.TB, hub *sessions.Hub, room *sessions.Room, id sessions.ParticipantID, s screen, w, h int) *Model {
	t.Helper()
	r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.ANSI256))
	m := New(Config{Hub: hub, ID: id, Code: room.Code(), Styles: NewStyles(r, false, false), Width: w, Height: h, Now: time.Now})
	if s != screenLobby {
		m.room = room
		m.screen = s
		m.setSnapshot(room.Snapshot())
	}
	return m
}

func TestAbsurdWindowSizesStayBounded(t *testing.T) {
	hub, room := internalRoom(t)
	sizes := []struct{ w, h int }{
		{2147483647, 1}, {1, 2147483647}, {2147483647, 2147483647},
		{4294967295, 4294967295}, {10000, 10000}, {0, 0}, {-3, -7},
		{1, 1}, {MinWidth - 1, 24}, {80, MinHeight - 1}, {MinWidth, MinHeight}, {80, 24}, {MaxWidth + 1, MaxHeight + 1},
	}
	screens := []struct {
		name string
		s    screen
		id   sessions.ParticipantID
	}{
		{"lobby", screenLobby, "anon:x"},
		{"join", screenJoin, "anon:new"},
		{"board", screenBoard, "key:owner"},
	}
	for _, sc := range screens {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s/%dx%d", sc.name, sz.w, sz.h), func(t *testing.T) {
				m := screenModel(t, hub, room, sc.id, sc.s, 80, 24)
				m.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				view := m.View()
				w, h := ClampSize(sz.w, sz.h)
				if len(view) > 16*MaxWidth*MaxHeight {
					t.Fatalf("view is %d bytes", len(view))
				}
				if w < MinWidth || h < MinHeight {
					flat := strings.NewReplacer("\n", "", " ", "").Replace(view)
					if want := "Vensterteklein"; w > 0 && h > 0 && !strings.HasPrefix(want, flat) && !strings.Contains(flat, want) {
						t.Errorf("a %d×%d window does not say it is too small: %q", sz.w, sz.h, view)
					}
					assertWithin(t, view, max(w, 1), max(h, 1))
					return
				}
				assertWithin(t, view, w, h)
			})
		}
	}
}

// assertWithin checks that view has at most h lines of at most w cells.
func assertWithin(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("view has %d lines for a window of %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("line %d is %d wide for a window of %d", i, lw, w)
			return
		}
	}
}

func TestClampSize(t *testing.T) {
	for _, tc := range []struct{ w, h, ww, wh int }{
		{80, 24, 80, 24}, {-1, -1, 0, 0}, {1 << 40, 1 << 40, MaxWidth, MaxHeight}, {MaxWidth, MaxHeight, MaxWidth, MaxHeight},
	} {
		if w, h := ClampSize(tc.w, tc.h); w != tc.ww || h != tc.wh {
			t.Errorf("ClampSize(%d, %d) = %d, %d; want %d, %d", tc.w, tc.h, w, h, tc.ww, tc.wh)
		}
	}
}
