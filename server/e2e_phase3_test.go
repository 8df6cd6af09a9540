package server

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kring/server/internal/sshtest"
	"kring/sessions"
)

// TestE2EPhase3 runs the template leren-loont-het-langst-fase-3 from start
// to export: a facilitator and three participants (one keyless) over real
// SSH connections.
func TestE2EPhase3(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	facKey, keyA, keyB := sshtest.NewKey(t), sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, facKey, "--template leren-loont-het-langst-fase-3 --title Studiedag")

	f := ts.connect(t, code, facKey)
	fillJoinForm(f, "Fleur", "procesbegeleider")
	f.WaitFor("1/5 Doel en spelregels", wait)
	f.WaitFor("Praat alleen over en met mensen die hier zijn", wait)

	a := ts.connect(t, code, keyA)
	fillJoinForm(a, "Anne", "leerkracht")
	a.WaitFor("1/5 Doel en spelregels", wait)
	b := ts.connect(t, code, keyB)
	fillJoinForm(b, "Bram", "IB'er")
	b.WaitFor("1/5 Doel", wait)
	c := ts.connect(t, code, nil)
	fillJoinForm(c, "Sjoerd", "")
	c.WaitFor("Jouw terugkeercode", wait)
	c.Type("\r")
	c.WaitUntil("rejoin dialog closed", wait, func(s string) bool { return !strings.Contains(s, "Jouw terugkeercode") })

	// Brainstorm: the positive column first; the negative one is closed.
	f.Type("]")
	for _, p := range []*sshtest.Term{a, b, c, f} {
		p.WaitFor("2/5 Wat bevordert", wait)
	}
	typeNote(a, "Collegiale consultatie")
	typeNote(b, "Samen lessen voorbereiden")
	typeNote(c, "Leren van elkaars lessen")
	f.WaitFor("werk (3)", wait)

	b.Type("l")
	// The closed column refuses at once, before anything is typed.
	b.Type("n")
	b.WaitFor("Deze kolom is nog dicht", wait)
	if strings.Contains(b.Screen(), "Nieuw briefje in") {
		t.Error("the editor opened on a closed column")
	}
	f.Type("l")
	f.Type("O")
	f.WaitUntil("negative column open", wait, func(s string) bool { return !strings.Contains(s, "(dicht)") })
	typeNote(b, "Geen tijd")
	a.Type("l")
	typeNote(a, "Te veel vergaderen")
	f.WaitFor("werk (2)", wait)

	// Cluster into two themes.
	f.Type("]")
	f.WaitFor("3/5 Kernthema's", wait)
	f.Type("\t") // to the themes pane
	addTheme(f, "Van elkaar leren", 1)
	addTheme(f, "Tijd", 2)
	f.Type("\t") // back to the notes
	for i := 0; i < 3; i++ {
		assign(f, 0) // the first theme
	}
	assign(f, 1)
	assign(f, 1)
	f.WaitFor("Nog niet ingedeeld (0)", wait)
	a.WaitFor("3 briefjes · 3 personen", wait)

	// Vote: three dots each, totals hidden until closed.
	f.Type("]")
	a.WaitFor("Je hebt nog 3 van je 3 stemmen", wait)
	a.Type("  ") // two on the first theme
	a.WaitFor("Je hebt nog 1 van je 3 stemmen", wait)
	a.Type(" ")
	a.WaitFor("Hier staan al zoveel stemmen van jou als mag", wait)
	b.WaitFor("Je hebt nog 3", wait)
	b.Type("j ")
	b.WaitFor("Je hebt nog 2", wait)
	c.WaitFor("Je hebt nog 3", wait)
	c.Type(" ")
	c.WaitFor("Je hebt nog 2", wait)
	if s := a.Screen(); strings.Contains(s, "stemmen  ") || strings.Contains(s, "Uitslag") {
		t.Errorf("totals visible before the vote closed:\n%s", s)
	}
	f.Type("C")
	for _, p := range []*sshtest.Term{a, b, c} {
		p.WaitFor("Uitslag", wait)
	}
	a.WaitFor("3 stemmen", wait)

	// Actions.
	f.Type("]")
	f.WaitFor("5/5 Over naar actie", wait)
	f.Type("n")
	f.WaitFor("Nieuwe actie", wait)
	f.Type("Intervisie inplannen\tAnne\tVan elkaar leren\tjuni\tdrie sessies\tteamvergadering\r")
	for _, p := range []*sshtest.Term{a, b, c} {
		p.WaitFor("Intervisie inplannen", wait)
	}

	md := ts.export(t, facKey, code, "md")
	for _, want := range []string{
		"## 1. Doel en spelregels", "### Positief, bevorderend voor leren in werk (3)",
		"Collegiale consultatie — _Anne, leerkracht_", "Leren van elkaars lessen — _Sjoerd_",
		"### Van elkaar leren — 3 briefjes, genoemd door 3 personen",
		"| 1 | Van elkaar leren | 3 |", "| 2 | Tijd | 1 |",
		"- **Intervisie inplannen**", "  - Wie: Anne",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
	var x sessions.Export
	if err := json.Unmarshal([]byte(ts.export(t, facKey, code, "json")), &x); err != nil {
		t.Fatal(err)
	}
	if len(x.Activities) != 5 || len(x.Activities[4].Actions) != 1 {
		t.Errorf("json export: %d activities, actions %+v", len(x.Activities), x.Activities)
	}
}

// typeNote writes a note in the selected column and waits until the
// editor is closed with the note stored.
func typeNote(c *sshtest.Term, text string) {
	typeNoteExpect(c, text, "Briefje geplakt")
}

func typeNoteExpect(c *sshtest.Term, text, expect string) {
	c.Type("n")
	c.WaitFor("Nieuw briefje in", wait)
	c.Type(text + "\r")
	c.WaitFor(expect, wait)
}

// addTheme makes the cluster's n-th theme.
func addTheme(f *sshtest.Term, title string, n int) {
	f.Type("n")
	f.WaitFor("Nieuw thema", wait)
	f.Type(title + "\r")
	f.WaitFor(fmt.Sprintf("Thema's (%d)", n), wait)
}

// ungroupedRe reads how many notes are not in a theme yet.
var ungroupedRe = regexp.MustCompile(`Nog niet ingedeeld \((\d+)\)`)

// assign puts the selected ungrouped note into the theme at index i and
// waits until the room has it: one note fewer not in a theme.
func assign(f *sshtest.Term, i int) {
	m := ungroupedRe.FindStringSubmatch(f.Screen())
	if m == nil {
		f.WaitFor("Nog niet ingedeeld", wait)
		m = ungroupedRe.FindStringSubmatch(f.Screen())
	}
	want := fmt.Sprintf("Nog niet ingedeeld (%d)", atoi(m[1])-1)
	f.Type("a")
	f.WaitFor("In welk thema hoort dit briefje?", wait)
	f.Type(strings.Repeat("j", i) + "\r")
	f.WaitFor(want, wait)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
