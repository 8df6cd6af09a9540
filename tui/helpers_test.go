package tui_test

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"kring/sessions"
	"kring/tui"
)

const (
	code        = "K7Q4MX"
	facilitator = sessions.ParticipantID("key:SHA256:facilitator")
	anna        = sessions.ParticipantID("key:SHA256:anna")
	bram        = sessions.ParticipantID("key:SHA256:bram")
)

var epoch = time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)

// fixture is a hub with one room in which the facilitator, Anna and Bram
// have joined and written a few notes.
type fixture struct {
	hub  *sessions.Hub
	room *sessions.Room
}

func newFixture(t *testing.T) *fixture {
	return newFixtureWith(t, sessions.HubOptions{RatePerSecond: 1000, Burst: 1000})
}

func newFixtureWith(t *testing.T, opts sessions.HubOptions) *fixture {
	t.Helper()
	first, err := sessions.NewRoom(code, "Studiedag 12 maart", sessions.Dutch, facilitator, epoch)
	if err != nil {
		t.Fatal(err)
	}
	f := newRoomFixture(t, first, opts)
	f.do(t, facilitator, sessions.Join{Name: "Marieke", Function: "procesbegeleider"})
	f.do(t, anna, sessions.Join{Name: "Anna", Function: "leerkracht"})
	f.do(t, bram, sessions.Join{Name: "Bram", Function: "IB'er"})
	f.do(t, anna, sessions.AddNote{Column: 1, Text: "Eén middag per maand samen leren 😀"})
	f.do(t, bram, sessions.AddNote{Column: 1, Text: "Collega's bij elkaar in de klas laten kijken"})
	f.do(t, bram, sessions.AddNote{Column: 2, Text: "Wie maakt het rooster?"})
	return f
}

// newRoomFixture runs a hub with one room made by the event first.
func newRoomFixture(t *testing.T, first sessions.Event, opts sessions.HubOptions) *fixture {
	t.Helper()
	ctx := context.Background()
	store := sessions.NewMemStore()
	opts.Now = func() time.Time { return epoch }
	hub := sessions.NewHub(store, opts)
	t.Cleanup(hub.Close)
	first.Seq = 1
	if err := store.Create(ctx, sessions.RoomInfo{Code: code, Owner: facilitator}, first); err != nil {
		t.Fatal(err)
	}
	room, err := hub.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{hub: hub, room: room}
}

// fromTemplate is a fixture whose room starts from a built-in template.
func fromTemplate(t *testing.T, name string) *fixture {
	t.Helper()
	ts, errs := sessions.LoadTemplates("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	first, err := sessions.NewRoomFrom(ts[name], code, "Studiedag 12 maart", sessions.Dutch, facilitator, epoch)
	if err != nil {
		t.Fatal(err)
	}
	return newRoomFixture(t, first, sessions.HubOptions{RatePerSecond: 1000, Burst: 1000})
}

func (f *fixture) do(t *testing.T, id sessions.ParticipantID, cmd sessions.Command) {
	t.Helper()
	if err := f.room.Do(context.Background(), id, cmd); err != nil {
		t.Fatalf("%T: %v", cmd, err)
	}
}

// start runs the program of participant id at w×h with plain ASCII output.
func (f *fixture) start(t *testing.T, id sessions.ParticipantID, w, h int) *teatest.TestModel {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii))
	var tm *teatest.TestModel
	ready := make(chan struct{})
	m := tui.New(tui.Config{
		Context:     ctx,
		Hub:         f.hub,
		ID:          id,
		CanCreate:   !id.Keyless(),
		Code:        code,
		Lang:        sessions.Dutch,
		Styles:      tui.NewStyles(r, true, false),
		Width:       w,
		Height:      h,
		JoinCommand: func(c string) string { return "ssh -p 2222 " + sessions.FormatCode(c) + "@kring.school.nl" },
		Attach: func(sub *sessions.Subscription) {
			go func() {
				<-ready
				for {
					select {
					case <-ctx.Done():
						return
					case <-sub.Wake:
						tm.Send(tui.SnapshotMsg{Snap: sub.Room().Snapshot()})
					}
				}
			}()
		},
	})
	tm = teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	close(ready)
	return tm
}

// waitFor waits until the program's output contains every one of texts.
func waitFor(t *testing.T, tm *teatest.TestModel, texts ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		for _, s := range texts {
			if !bytes.Contains(b, []byte(s)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

// finalView quits the program and returns its last screen.
func finalView(t *testing.T, tm *teatest.TestModel) string {
	t.Helper()
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).View()
}
