package tui

import (
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"kring/sessions"
)

// BenchmarkBoardRender measures what one connection spends on redrawing
// the board after a change: 200 people, 30 notes, 120×40, colours on.
func BenchmarkBoardRender(b *testing.B) {
	ctx := context.Background()
	store := sessions.NewMemStore()
	hub := sessions.NewHub(store, sessions.HubOptions{RatePerSecond: 1e6, Burst: 1e6})
	defer hub.Close()
	owner := sessions.ParticipantID("key:owner")
	code, err := hub.Create(ctx, owner, "Load", sessions.Dutch, nil)
	if err != nil {
		b.Fatal(err)
	}
	room, _ := hub.Room(ctx, code)
	_ = room.Do(ctx, owner, sessions.Join{Name: "Owner"})
	for i := range 200 {
		id := sessions.ParticipantID(fmt.Sprintf("key:p%d", i))
		_ = room.Do(ctx, id, sessions.Join{Name: fmt.Sprintf("Deelnemer %d", i), Function: "leerkracht"})
		if i < 30 {
			_ = room.Do(ctx, id, sessions.AddNote{Column: 1 + i%2, Text: fmt.Sprintf("Een briefje met wat tekst erop, nummer %d, over samen leren", i)})
		}
	}
	r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.ANSI256))
	m := New(Config{Hub: hub, ID: "key:p7", Code: code, Styles: NewStyles(r, false, false), Width: 120, Height: 40, Now: time.Now})
	m.room = room
	m.screen = screenBoard
	m.setSnapshot(room.Snapshot())
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		// A new snapshot (someone else's change) and a redraw.
		m.setSnapshot(room.Snapshot())
		_ = m.View()
	}
}
