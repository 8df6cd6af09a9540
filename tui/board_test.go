package tui_test

import (
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"kring/sessions"
	"kring/tui"
)

func TestBoardViews(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"160x48", 160, 48}} {
		t.Run(size.name, func(t *testing.T) {
			f := newFixture(t)
			tm := f.start(t, anna, size.w, size.h)
			waitFor(t, tm, "Studiedag 12 maart", "Wie maakt het rooster?")
			view := finalView(t, tm)
			assertFits(t, view, size.w, size.h)
			for _, want := range []string{"Ideeën (2)", "Vragen (1)", "Eén middag per maand", "— jij", "— Bram", "Marieke", "n nieuw"} {
				if !strings.Contains(view, want) {
					t.Errorf("board lacks %q:\n%s", want, view)
				}
			}
			golden.RequireEqual(t, []byte(view))
		})
	}
}

func TestFacilitatorSeesJoinCommand(t *testing.T) {
	f := newFixture(t)
	tm := f.start(t, facilitator, 80, 24)
	waitFor(t, tm, "Anderen doen mee met: ssh -p 2222 K7Q-4MX@kring.school.nl")
	view := finalView(t, tm)
	if !strings.Contains(view, "Marieke ★") {
		t.Errorf("facilitator not marked:\n%s", view)
	}
}

func TestAddNoteShowsOnOtherScreen(t *testing.T) {
	f := newFixture(t)
	annaTM := f.start(t, anna, 80, 24)
	bramTM := f.start(t, bram, 80, 24)
	waitFor(t, annaTM, "Wie maakt het rooster?")
	waitFor(t, bramTM, "Wie maakt het rooster?")

	annaTM.Type("n")
	waitFor(t, annaTM, "Nieuw briefje in")
	annaTM.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Ouders betrekken ë é")})
	annaTM.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, bramTM, "Ouders betrekken ë é")

	view := finalView(t, bramTM)
	if !strings.Contains(view, "Ideeën (3)") {
		t.Errorf("count not updated on Bram's screen:\n%s", view)
	}
	if n := len(f.room.Snapshot().State.Notes); n != 4 {
		t.Errorf("stored notes = %d, want 4", n)
	}
}

func TestCannotEditSomeoneElsesNote(t *testing.T) {
	f := newFixture(t)
	tm := f.start(t, anna, 80, 24)
	waitFor(t, tm, "Wie maakt het rooster?")
	// Anna's selection starts on the last note of the first column: Bram's.
	tm.Type("e")
	waitFor(t, tm, "Je kunt alleen je eigen briefjes aanpassen.")
	tm.Type("d")
	view := finalView(t, tm)
	if strings.Contains(view, "Dit briefje verwijderen?") {
		t.Errorf("delete confirmation offered for someone else's note:\n%s", view)
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	f := newFixture(t)
	tm := f.start(t, bram, 80, 24)
	waitFor(t, tm, "Wie maakt het rooster?")
	tm.Type("d")
	waitFor(t, tm, "Dit briefje verwijderen?")
	tm.Type("n")
	waitFor(t, tm, "Geannuleerd.")
	if n := len(f.room.Snapshot().State.Notes); n != 3 {
		t.Fatalf("notes after cancel = %d, want 3", n)
	}
	tm.Type("d")
	waitFor(t, tm, "Dit briefje verwijderen?")
	tm.Type("j")
	waitFor(t, tm, "Briefje verwijderd.")
	finalView(t, tm)
	if n := len(f.room.Snapshot().State.Notes); n != 2 {
		t.Fatalf("notes after delete = %d, want 2", n)
	}
}

func TestSwitchLanguage(t *testing.T) {
	f := newFixture(t)
	tm := f.start(t, anna, 80, 24)
	waitFor(t, tm, "n nieuw")
	tm.Type("t")
	waitFor(t, tm, "n new")
	view := finalView(t, tm)
	if !strings.Contains(view, "q leave") {
		t.Errorf("help bar not in English:\n%s", view)
	}
	if got := f.room.Snapshot().State.LangOf(anna); got != sessions.English {
		t.Errorf("stored language = %q, want en", got)
	}
}

func TestJoinFormForNewcomer(t *testing.T) {
	f := newFixture(t)
	newcomer := sessions.ParticipantID("key:SHA256:new")
	tm := f.start(t, newcomer, 80, 24)
	waitFor(t, tm, "Je naam")
	tm.Type("Anna")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Die naam is al in gebruik")
	view := finalView(t, tm)
	assertFits(t, view, 80, 24)
	if _, joined := f.room.Snapshot().State.Participant(newcomer); joined {
		t.Error("newcomer joined under a name that was taken")
	}
}

func TestHelpListsFacilitatorKeys(t *testing.T) {
	f := newFixture(t)
	tm := f.start(t, facilitator, 80, 24)
	waitFor(t, tm, "n nieuw")
	tm.Type("?")
	waitFor(t, tm, "Toetsen", "andere pagina")
	tm.Send(tea.KeyMsg{Type: tea.KeyTab})
	waitFor(t, tm, "agenda: naar een onderdeel springen")
	view := finalView(t, tm)
	assertFits(t, view, 80, 24)
	golden.RequireEqual(t, []byte(view))
}

// assertFits checks that no line of view is wider than w and that it has
// no more than h lines.
func assertFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("view has %d lines, terminal has %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("line %d is %d wide, terminal is %d: %q", i, lw, w, l)
		}
	}
}

func TestRefusedNoteReturnsToEditor(t *testing.T) {
	// The clock stands still and the budget is 3 commands: Anna spends hers
	// on joining, a note and a language choice, so her next note is refused.
	f := newFixtureWith(t, sessions.HubOptions{RatePerSecond: 0.001, Burst: 3})
	f.do(t, anna, sessions.ChooseLang{Lang: sessions.Dutch})
	tm := f.start(t, anna, 80, 24)
	waitFor(t, tm, "Wie maakt het rooster?")
	tm.Type("n")
	waitFor(t, tm, "Nieuw briefje in")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Niet kwijtraken")})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Rustig aan")
	view := finalView(t, tm)
	if !strings.Contains(view, "Nieuw briefje in") || !strings.Contains(view, "Niet kwijtraken") {
		t.Errorf("refused note was not given back in the editor:\n%s", view)
	}
}

func TestLobbyCreatesFromTemplate(t *testing.T) {
	f := newFixture(t)
	ts, _ := sessions.LoadTemplates("")
	r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii))
	m := tui.New(tui.Config{
		Hub: f.hub, ID: "key:SHA256:creator", CanCreate: true, Lang: sessions.Dutch,
		Styles: tui.NewStyles(r, true, false), Width: 80, Height: 24, Templates: ts.Sorted(),
	})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "Doe mee aan een sessie")
	tm.Send(tea.KeyMsg{Type: tea.KeyTab})
	waitFor(t, tm, "Start een nieuwe sessie", "Leeg bord")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Teamdag")})
	// The templates are sorted by name: intervisie, leren-loont-…, …
	tm.Send(tea.KeyMsg{Type: tea.KeyDown})
	tm.Send(tea.KeyMsg{Type: tea.KeyDown})
	waitFor(t, tm, "> Leren loont het langst")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Je naam")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Cor")})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "1/5", "Doel en spelregels")
	finalView(t, tm)
}

func TestKeysArrivingTogetherAreEachACommand(t *testing.T) {
	f := newFixture(t)
	tm := f.start(t, bram, 80, 24)
	waitFor(t, tm, "Wie maakt het rooster?")
	// "ln" in one message: move to the next column, then a new note there.
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ln")})
	waitFor(t, tm, "Nieuw briefje in ‘Vragen’")
	// In the editor the same keys are text.
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ln")})
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "Briefje geplakt")
	finalView(t, tm)
	if n, _ := f.room.Snapshot().State.Note(f.room.Snapshot().State.NextID - 1); n.Text != "ln" || n.Column != 2 {
		t.Errorf("note = %+v, want text ln in column 2", n)
	}
}
