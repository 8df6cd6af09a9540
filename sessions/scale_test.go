package sessions

import (
	"bytes"
	"strings"
	"testing"
)

func fromTemplate(t *testing.T, name string) State {
	t.Helper()
	ts, errs := LoadTemplates("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	s := roomOf(t, ts[name])
	s, _ = step(t, s, owner, Join{Name: "Fenna"})
	s, _ = step(t, s, alice, Join{Name: "Anna"})
	s, _ = step(t, s, bob, Join{Name: "Bram", RejoinHash: bobRejoin})
	return s
}

func TestScaleMarks(t *testing.T) {
	s := fromTemplate(t, "versmallen-of-blijven-leren")
	if _, err := Decide(s, alice, t0, PlaceMark{Value: 11}); err != ErrOutOfRange {
		t.Errorf("value 11: %v", err)
	}
	s, _ = step(t, s, alice, PlaceMark{Value: 3})
	s, _ = step(t, s, alice, PlaceMark{Value: 7}) // moving replaces
	s, _ = step(t, s, bob, PlaceMark{Value: 7})
	d := s.Distribution(1)
	if d[7] != 2 || d[3] != 0 {
		t.Errorf("distribution = %v", d)
	}
	v := ViewFor(&Snapshot{State: s}, alice)
	if v.Scale == nil || v.Scale.Mine != 7 || v.Scale.Left != "100% rood — versmallen" || strings.Join(v.Scale.Names[7], ",") != "Anna,Bram" {
		t.Errorf("scale view = %+v", v.Scale)
	}
	s.Agenda = update(s.Agenda, 0, func(a *Activity) { a.Anonymous = true })
	if v := ViewFor(&Snapshot{State: s}, alice); v.Scale.Names != nil {
		t.Error("anonymous scale shows names")
	}
	x := NewExport(s, exportedAt, false)
	if x.Activities[0].Scale == nil || x.Activities[0].Scale.Counts[7] != 2 || x.Activities[0].Scale.Names != nil {
		t.Errorf("export scale = %+v", x.Activities[0].Scale)
	}
	s, _ = step(t, s, owner, Step{Delta: 1})
	if got := s.Distribution(2); got[7] != 0 {
		t.Error("marks of the first question leak into the second")
	}
}

func TestQuadrantNotesAndShares(t *testing.T) {
	s := fromTemplate(t, "logboek")
	cols := s.ColumnsOf(1)
	if len(cols) != 4 || cols[0].Title != "Leuk · Gaat me makkelijk af" || cols[3].Title != "Niet leuk · Gaat me (nog) niet makkelijk af" {
		t.Fatalf("quadrant boxes = %+v", cols)
	}
	s, _ = step(t, s, alice, AddNote{Column: cols[1].ID, Text: "Rapporten schrijven"})
	if _, err := Decide(s, alice, t0, SetShares{Pct: [4]int{50, 20, 20, 20}}); err != ErrNotHundred {
		t.Errorf("shares of 110: %v", err)
	}
	if _, err := Decide(s, alice, t0, SetShares{Pct: [4]int{120, -20, 0, 0}}); err != ErrOutOfRange {
		t.Errorf("negative share: %v", err)
	}
	s, _ = step(t, s, alice, SetShares{Pct: [4]int{40, 30, 20, 10}})
	s, _ = step(t, s, bob, SetShares{Pct: [4]int{60, 10, 20, 10}})
	avg, n := s.AverageShares(1)
	if n != 2 || avg != [4]int{50, 20, 20, 10} {
		t.Errorf("average = %v over %d", avg, n)
	}
	v := ViewFor(&Snapshot{State: s}, alice)
	if v.Quadrant == nil || v.Quadrant.Mine == nil || *v.Quadrant.Mine != [4]int{40, 30, 20, 10} || len(v.Columns) != 4 {
		t.Errorf("quadrant view = %+v", v.Quadrant)
	}
	var md bytes.Buffer
	if err := NewExport(s, exportedAt, false).WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Rapporten schrijven", "Gemiddelde tijdsverdeling (2 personen)", "Leuk · Gaat me makkelijk af: 50%"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("export lacks %q:\n%s", want, md.String())
		}
	}
}

func TestSwotIsAQuadrantWithVote(t *testing.T) {
	s := fromTemplate(t, "swot")
	if s.Agenda[0].Kind != KindQuadrant {
		t.Fatalf("swot starts with %s", s.Agenda[0].Kind)
	}
	cols := s.ColumnsOf(1)
	s, _ = step(t, s, alice, AddNote{Column: cols[0].ID, Text: "Betrokken team"})
	s, _ = step(t, s, owner, Step{Delta: 1})
	if _, err := Decide(s, alice, t0, CastVote{Item: s.NextID - 1}); err != nil {
		t.Errorf("vote on a quadrant note: %v", err)
	}
}
