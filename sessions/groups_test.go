package sessions

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// phase4 is the fase-4 template with eight participants (two of each of
// four functions), three themes, at the groups activity.
func phase4(t *testing.T) (State, []ParticipantID) {
	t.Helper()
	s := fromTemplate(t, "leren-loont-het-langst-fase-4")
	var people []ParticipantID
	functions := []string{"leerkracht", "IB'er", "directeur", "onderwijsassistent"}
	for i := range 8 {
		id := ParticipantID(fmt.Sprintf("key:q%d", i))
		s, _ = step(t, s, id, Join{Name: fmt.Sprintf("Lid %d", i+1), Function: functions[i%4]})
		people = append(people, id)
	}
	for _, title := range []string{"Tijd", "Samen leren", "Feedback"} {
		s, _ = step(t, s, owner, AddTheme{Title: title})
	}
	s, _ = step(t, s, owner, Step{Delta: 1})
	return s, people
}

func TestGroupsFormMixedAndPlaceLateJoiners(t *testing.T) {
	s, people := phase4(t)
	if _, err := Decide(s, people[0], t0, FormGroups{Present: people}); err != ErrNotFacilitator {
		t.Errorf("participant forms groups: %v", err)
	}
	s, _ = step(t, s, owner, FormGroups{Present: people, Seed: 9})
	gs := s.GroupsOf(2)
	if len(gs) != 2 {
		t.Fatalf("groups = %+v", gs)
	}
	for _, g := range gs {
		seen := map[string]bool{}
		for _, m := range g.Members {
			p, _ := s.Participant(m)
			if seen[p.Function] {
				t.Errorf("group %d has two %s", g.ID, p.Function)
			}
			seen[p.Function] = true
		}
	}
	v := ViewFor(&Snapshot{State: s}, people[3])
	if v.Groups == nil || v.Groups.Mine < 0 || len(v.Groups.Groups[v.Groups.Mine].Members) != 4 {
		t.Errorf("groups view = %+v", v.Groups)
	}
	late := ParticipantID("key:late")
	s, _ = step(t, s, owner, MoveMember{Participant: gs[0].Members[0], Group: gs[1].ID})
	s, _ = step(t, s, late, Join{Name: "Laat"})
	small := s.GroupsOf(2)
	if len(small[0].Members) != 4 || len(small[1].Members) != 5 || !strings.Contains(fmt.Sprint(small[0].Members), string(late)) {
		t.Errorf("late joiner not in the smallest group: %+v", small)
	}
}

func TestRankPerGroupAndComparison(t *testing.T) {
	s, people := phase4(t)
	s, _ = step(t, s, owner, FormGroups{Present: people, Seed: 9})
	s, _ = step(t, s, owner, Step{Delta: 1})
	rank := s.Agenda[2]
	items := s.RankItems(rank)
	if len(items) != 3 {
		t.Fatalf("cards = %v", items)
	}
	gs := s.GroupsOf(2)
	a, b := gs[0].Members[0], gs[1].Members[0]
	// Group 1 puts Feedback first; group 2 too, and moves Tijd down.
	s, _ = step(t, s, a, MoveCard{Item: items[2], Delta: -2})
	s, _ = step(t, s, b, MoveCard{Item: items[2], Delta: -5})
	s, _ = step(t, s, b, MoveCard{Item: items[0], Delta: 1})
	va := ViewFor(&Snapshot{State: s}, gs[0].Members[1]) // a group mate sees the same order
	if va.Rank == nil || va.Rank.Order[0].Title != "Feedback" || va.Rank.GroupIndex == 0 {
		t.Fatalf("group mate's view = %+v", va.Rank)
	}
	if va.Rank.Comparison != nil {
		t.Error("participants see the comparison before the facilitator shows it")
	}
	if _, err := Decide(s, a, t0, Compare{Show: true}); err != ErrNotFacilitator {
		t.Errorf("participant shows the comparison: %v", err)
	}
	s, _ = step(t, s, owner, Compare{Show: true})
	c := ViewFor(&Snapshot{State: s}, a).Rank.Comparison
	if c == nil || len(c.Rankings) != 2 || c.Top != "Feedback" || c.Aggregate[0].Title != "Feedback" || c.Aggregate[0].Points != 4 {
		t.Fatalf("comparison = %+v", c)
	}
	if c.W <= 0 || c.W >= 1 {
		t.Errorf("W = %v, want between 0 and 1 for partly agreeing groups", c.W)
	}
	var md bytes.Buffer
	_ = NewExport(s, exportedAt, false).WriteMarkdown(&md)
	for _, want := range []string{"Groep 1:", "**Groep 2**: 1. Feedback", "| 1 | Feedback | 4 | 2 |", "Kendalls W", "Met stip bovenaan: **Feedback**"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("export lacks %q:\n%s", want, md.String())
		}
	}
}

func TestPerGroupBoard(t *testing.T) {
	s, people := phase4(t)
	s, _ = step(t, s, owner, FormGroups{Present: people, Seed: 9})
	// A per-group brainstorm after the groups.
	s.Agenda = append(s.Agenda[:2:2], Activity{ID: 9, Kind: KindBrainstorm, Title: "Per groep", PerGroup: true})
	s.Columns = append(s.Columns, Column{ID: 90, Activity: 9, Title: "Ideeën"})
	s, _ = step(t, s, owner, GoTo{Activity: 9})
	gs := s.GroupsOf(2)
	s, _ = step(t, s, gs[0].Members[0], AddNote{Column: 90, Text: "van groep 1"})
	s, _ = step(t, s, gs[1].Members[0], AddNote{Column: 90, Text: "van groep 2"})
	v := ViewFor(&Snapshot{State: s}, gs[0].Members[1])
	if len(v.Columns[0].Notes) != 1 || v.Columns[0].Notes[0].Text != "van groep 1" {
		t.Errorf("group 1 sees %+v", v.Columns[0].Notes)
	}
	if v := ViewFor(&Snapshot{State: s}, owner); len(v.Columns[0].Notes) != 2 {
		t.Errorf("facilitator's plenary view shows %d notes", len(v.Columns[0].Notes))
	}
	if v := ViewWith(&Snapshot{State: s}, owner, Lens{Group: gs[1].ID}); len(v.Columns[0].Notes) != 1 || v.Columns[0].Notes[0].Text != "van groep 2" {
		t.Errorf("facilitator looking at group 2 sees %+v", v.Columns[0].Notes)
	}
	// A participant's copy of the report keeps to their group's board;
	// the facilitator's report holds every group's.
	notes := func(x Export) (out []string) {
		for _, xa := range x.Activities {
			for _, c := range xa.Columns {
				for _, n := range c.Notes {
					out = append(out, n.Text)
				}
			}
		}
		return out
	}
	if got := notes(NewExportWith(s, exportedAt, ExportOptions{For: gs[0].Members[1]})); len(got) != 1 || got[0] != "van groep 1" {
		t.Errorf("group 1's copy of the report holds %q", got)
	}
	if got := notes(NewExport(s, exportedAt, false)); len(got) != 2 {
		t.Errorf("the facilitator's report holds %q", got)
	}
}
