package sessions

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// runPhase3 runs the built-in phase-3 template through with three people.
func runPhase3(t *testing.T) State {
	t.Helper()
	ts, _ := LoadTemplates("")
	e, err := NewRoomFrom(ts["leren-loont-het-langst-fase-3"], testCode, "Studiedag", Dutch, owner, t0)
	if err != nil {
		t.Fatal(err)
	}
	e.Seq = 1
	s := Apply(State{}, e)
	s, _ = step(t, s, owner, Join{Name: "Fenna"})
	s, _ = step(t, s, alice, Join{Name: "Anna"})
	s, _ = step(t, s, bob, Join{Name: "Bram", RejoinHash: bobRejoin})
	s, _ = step(t, s, owner, Step{Delta: 1})
	pos, neg := s.ColumnsOf(2)[0].ID, s.ColumnsOf(2)[1].ID
	s, _ = step(t, s, alice, AddNote{Column: pos, Text: "Collegiale consultatie"})
	s, _ = step(t, s, bob, AddNote{Column: pos, Text: "Samen lessen voorbereiden"})
	s, _ = step(t, s, owner, LockColumn{Column: neg})
	s, _ = step(t, s, bob, AddNote{Column: neg, Text: "Geen tijd"})
	s, _ = step(t, s, owner, Step{Delta: 1})
	s, evs := step(t, s, owner, AddTheme{Title: "Van elkaar leren"})
	theme := payload[ThemeAdded](t, evs[0]).Theme.ID
	for _, n := range s.notesOf(s.Agenda[1]) {
		s, _ = step(t, s, owner, Assign{Note: n, Theme: theme})
	}
	s, evs = step(t, s, owner, AddTheme{Title: "Tijd"})
	s, _ = step(t, s, owner, Step{Delta: 1})
	s, _ = step(t, s, alice, CastVote{Item: theme})
	s, _ = step(t, s, bob, CastVote{Item: theme})
	s, _ = step(t, s, bob, CastVote{Item: payload[ThemeAdded](t, evs[0]).Theme.ID})
	s, _ = step(t, s, owner, CloseVote{})
	s, _ = step(t, s, owner, Step{Delta: 1})
	s, _ = step(t, s, owner, AddAction{Item: ActionItem{What: "Intervisie inplannen", Owner: "Anna", Until: "juni", Result: "drie sessies", Account: "teamvergadering"}})
	return s
}

func TestExportOfAgenda(t *testing.T) {
	s := runPhase3(t)
	var md bytes.Buffer
	if err := NewExport(s, exportedAt, false).WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	for _, want := range []string{
		"## 1. Doel en spelregels", "Praat alleen over en met mensen die hier zijn",
		"### Positief, bevorderend voor leren in werk (2)", "Collegiale consultatie — _Anna_",
		"### Van elkaar leren — 3 briefjes, genoemd door 2 personen",
		"| 1 | Van elkaar leren | 2 |", "| 2 | Tijd | 1 |",
		"- **Intervisie inplannen**", "  - Wie: Anna", "  - Looptijd: juni", "  - Verantwoording: teamvergadering",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "## 1.") > strings.Index(out, "## 5.") {
		t.Error("agenda out of order")
	}
}

func TestExportLeavesOutWhatIsNotToBeShared(t *testing.T) {
	s := runPhase3(t)
	// Make the brainstorm anonymous and hidden-unrevealed after the fact,
	// and the actions confidential.
	s.Agenda = update(s.Agenda, 1, func(a *Activity) { a.Anonymous, a.Hidden = true, true })
	s.Agenda = update(s.Agenda, 4, func(a *Activity) { a.Confidential = true })
	x := NewExport(s, exportedAt, false)
	blob, _ := json.Marshal(x)
	var md bytes.Buffer
	_ = x.WriteMarkdown(&md)
	for _, out := range []string{string(blob), md.String()} {
		for _, secret := range []string{"Collegiale consultatie", "Intervisie inplannen"} {
			if strings.Contains(out, secret) {
				t.Errorf("export contains %q", secret)
			}
		}
	}
	if x.LeftOut != 1 || x.Activities[1].Unrevealed != 3 {
		t.Errorf("left out %d, unrevealed %d; want 1 and 3", x.LeftOut, x.Activities[1].Unrevealed)
	}
	// Revealed but anonymous: the text is there, no author anywhere.
	s.Agenda = update(s.Agenda, 1, func(a *Activity) { a.Revealed = true })
	x = NewExport(s, exportedAt, true)
	blob, _ = json.Marshal(x.Activities[1])
	if !strings.Contains(string(blob), "Collegiale consultatie") || strings.Contains(string(blob), "Anna") {
		t.Errorf("anonymous brainstorm export: %s", blob)
	}
	for _, th := range x.Activities[2].Themes {
		for _, n := range th.Notes {
			if n.Author != "" {
				t.Errorf("theme note of an anonymous brainstorm has author %q", n.Author)
			}
		}
	}
	if x.LeftOut != 0 || len(x.Activities) != 5 {
		t.Errorf("with confidential: left out %d, %d activities", x.LeftOut, len(x.Activities))
	}
}

func TestExportOfOpenVoteHasNoResults(t *testing.T) {
	s := runPhase3(t)
	s.Agenda = update(s.Agenda, 3, func(a *Activity) { a.Closed = false })
	x := NewExport(s, exportedAt, false)
	if !x.Activities[3].VoteOpen || len(x.Activities[3].Results) != 0 {
		t.Errorf("open vote exported results: %+v", x.Activities[3])
	}
}
