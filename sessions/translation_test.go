package sessions

import (
	"strings"
	"testing"
)

// A participant who reads English reads a Dutch room's agenda in English
// where the template has it: titles, prompts, info texts (with the ground
// rules), column titles; others keep reading Dutch, and the stored room
// stays Dutch.
func TestViewInTheViewersLanguage(t *testing.T) {
	ts, _ := LoadTemplates("")
	s := roomOf(t, ts["leren-loont-het-langst-fase-3"])
	s, _ = step(t, s, owner, Join{Name: "Fenna"})
	s, _ = step(t, s, alice, Join{Name: "Alice"})
	s, _ = step(t, s, alice, ChooseLang{Lang: English})
	snap := &Snapshot{State: s}

	en, nl := ViewFor(snap, alice), ViewFor(snap, owner)
	if en.Activity.Title != "Purpose and ground rules" || nl.Activity.Title != "Doel en spelregels" {
		t.Errorf("titles: en %q, nl %q", en.Activity.Title, nl.Activity.Title)
	}
	if strings.Contains(en.Activity.Text, "Spelregels") || !strings.Contains(en.Activity.Text, "Ground rules") {
		t.Errorf("English info text:\n%s", en.Activity.Text)
	}
	s, _ = step(t, s, owner, Step{Delta: 1})
	en = ViewFor(&Snapshot{State: s}, alice)
	if len(en.Columns) == 0 || en.Columns[0].Title != "Positive, helps learning at work" {
		t.Errorf("English columns: %+v", en.Columns)
	}
	if s.Agenda[0].Title != "Doel en spelregels" || s.Columns[0].Title != "Positief, bevorderend voor leren in werk" {
		t.Error("reading in English changed the room's own texts")
	}
	if got := s.In(Dutch); &got.Agenda[0] != &s.Agenda[0] {
		t.Error("the room's own language copies the state")
	}
}
