package tui_test

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"kring/sessions"
)

// phase3 is a room made from the phase-3 template at its brainstorm, with
// the facilitator, Anna and Bram joined and two positive notes.
func phase3(t *testing.T) *fixture {
	t.Helper()
	f := fromTemplate(t, "leren-loont-het-langst-fase-3")
	room := f.room
	f.do(t, facilitator, sessions.Join{Name: "Marieke", Function: "procesbegeleider"})
	f.do(t, anna, sessions.Join{Name: "Anna", Function: "leerkracht"})
	f.do(t, bram, sessions.Join{Name: "Bram", Function: "IB'er"})
	f.do(t, facilitator, sessions.Step{Delta: 1})
	pos := room.Snapshot().State.ColumnsOf(2)[0].ID
	f.do(t, anna, sessions.AddNote{Column: pos, Text: "Collegiale consultatie"})
	f.do(t, bram, sessions.AddNote{Column: pos, Text: "Samen lessen voorbereiden"})
	f.do(t, facilitator, sessions.TimerCmd{Op: sessions.TimerSet, D: 5 * time.Minute})
	return f
}

func TestFacilitatorConsoleViews(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"160x48", 160, 48}} {
		t.Run(size.name, func(t *testing.T) {
			f := phase3(t)
			tm := f.start(t, facilitator, size.w, size.h)
			waitFor(t, tm, "Collegiale consultatie", "volgende: Kernthema")
			view := finalView(t, tm)
			assertFits(t, view, size.w, size.h)
			for _, want := range []string{"2/5", "volgende: Kernthema's", "(dicht)", "] volgende", "S timer", "gepauzeerd 05:00"} {
				if !strings.Contains(view, want) {
					t.Errorf("console lacks %q:\n%s", want, view)
				}
			}
			golden.RequireEqual(t, []byte(view))
		})
	}
}

func TestProjectorLayout(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"160x48", 160, 48}} {
		t.Run(size.name, func(t *testing.T) {
			f := phase3(t)
			tm := f.start(t, facilitator, size.w, size.h)
			waitFor(t, tm, "Collegiale consultatie")
			tm.Type("B")
			waitFor(t, tm, "Collegiale consultatie")
			view := finalView(t, tm)
			assertFits(t, view, size.w, size.h)
			for _, hidden := range []string{"] volgende", "Deelnemers", "q stoppen", "Marieke ★"} {
				if strings.Contains(view, hidden) {
					t.Errorf("projector layout shows %q:\n%s", hidden, view)
				}
			}
			if !strings.Contains(view, "Collegiale consultatie") || !strings.Contains(view, "2/5") {
				t.Errorf("projector layout lacks the board:\n%s", view)
			}
			golden.RequireEqual(t, []byte(view))
		})
	}
}

func TestParticipantsDoNotSeeConsole(t *testing.T) {
	f := phase3(t)
	tm := f.start(t, anna, 80, 24)
	waitFor(t, tm, "Collegiale consultatie")
	tm.Type("]")
	tm.Type("B")
	view := finalView(t, tm)
	if strings.Contains(view, "volgende:") || strings.Contains(view, "] volgende") {
		t.Errorf("participant sees the console or what comes next:\n%s", view)
	}
	if a, _ := f.room.Snapshot().State.CurrentActivity(); a.ID != 2 {
		t.Errorf("a participant's ] moved the agenda to %d", a.ID)
	}
}

func TestFacilitatorStepsAndEveryoneFollows(t *testing.T) {
	f := phase3(t)
	fac := f.start(t, facilitator, 80, 24)
	annaTM := f.start(t, anna, 80, 24)
	waitFor(t, annaTM, "Collegiale consultatie")
	waitFor(t, fac, "Collegiale consultatie")
	fac.Type("]")
	waitFor(t, annaTM, "3/5", "Kernthema")
	fac.Type("W")
	waitFor(t, fac, "Wie doet mee")
	fac.Send(tea.KeyMsg{Type: tea.KeyEsc})
	fac.Type("]")
	waitFor(t, annaTM, "4/5", "Er is nog niets om op te stemmen")

	// Anna looks back at the brainstorm, read only, then returns.
	annaTM.Type("v")
	waitFor(t, annaTM, "Terugkijken naar")
	annaTM.Type("j")
	annaTM.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, annaTM, "TERUGKIJKEN", "Collegiale consultatie")
	annaTM.Type("n")
	waitFor(t, annaTM, "hier kun je niets veranderen")
	annaTM.Send(tea.KeyMsg{Type: tea.KeyEsc})
	waitFor(t, annaTM, "Je hebt nog 3 van je 3 stemmen")
	view := finalView(t, annaTM)
	assertFits(t, view, 80, 24)
	if strings.Contains(view, "TERUGKIJKEN") {
		t.Errorf("still looking back after Esc:\n%s", view)
	}
}

func TestScaleMarkerMoves(t *testing.T) {
	f := fromTemplate(t, "versmallen-of-blijven-leren")
	room := f.room
	f.do(t, anna, sessions.Join{Name: "Anna"})
	tm := f.start(t, anna, 80, 24)
	waitFor(t, tm, "100% rood")
	for range 3 {
		tm.Send(tea.KeyMsg{Type: tea.KeyRight})
	}
	tm.Send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
	waitFor(t, tm, "Markering geplaatst")
	view := finalView(t, tm)
	if d := room.Snapshot().State.Distribution(1); d[8] != 1 {
		t.Errorf("marker not at 8 after three steps right from the middle: %v\n%s", d, view)
	}
}

func TestTimeIsUpIsShownWithoutABell(t *testing.T) {
	f := phase3(t)
	// The hub's clock stands at the epoch; the screen's clock is now, long
	// after the five minutes ran out.
	f.do(t, facilitator, sessions.TimerCmd{Op: sessions.TimerStart})
	tm := f.start(t, anna, 80, 24)
	waitFor(t, tm, "TIJD IS OM")
	view := finalView(t, tm)
	if strings.Contains(view, "\a") {
		t.Error("the screen rings the bell")
	}
}
