package sessions

import (
	"bytes"
	"strings"
	"testing"
)

// A participant's copy of a per-group board holds their group's notes
// and says nothing about the other groups' (their screen does not).
func TestCopyOfAPerGroupBoardCountsOnlyTheirGroup(t *testing.T) {
	s, people := phase4(t)
	s, _ = step(t, s, owner, FormGroups{Present: people, Seed: 9})
	s.Agenda = append(s.Agenda[:2:2], Activity{ID: 9, Kind: KindBrainstorm, Title: "Per groep", PerGroup: true})
	s.Columns = append(s.Columns, Column{ID: 90, Activity: 9, Title: "Ideeën"})
	s, _ = step(t, s, owner, GoTo{Activity: 9})
	gs := s.GroupsOf(2)
	s, _ = step(t, s, gs[0].Members[0], AddNote{Column: 90, Text: "van groep 1"})
	for i := range 3 {
		s, _ = step(t, s, gs[1].Members[i%len(gs[1].Members)], AddNote{Column: 90, Text: "van groep 2"})
	}
	for _, xa := range NewExportWith(s, exportedAt, ExportOptions{For: gs[0].Members[1]}).Activities {
		if xa.Title == "Per groep" && (xa.Unrevealed != 0 || len(xa.Columns[0].Notes) != 1) {
			t.Errorf("group 1's copy: %d notes, %d 'never revealed'", len(xa.Columns[0].Notes), xa.Unrevealed)
		}
	}
}

// A report without confidential activities holds no theme of a
// confidential cluster, not in a later vote, not in a participant's copy.
func TestConfidentialClusterThemesStayOutOfLaterReports(t *testing.T) {
	s, _ := phase4(t) // themes Tijd, Samen leren, Feedback in activity 1
	s, _ = step(t, s, owner, SetConfidential{Activity: s.Agenda[0].ID, Confidential: true})
	var vote Activity
	for _, a := range s.Agenda {
		if a.Kind == KindVote {
			vote = a
		}
	}
	s, _ = step(t, s, owner, GoTo{Activity: vote.ID})
	p := s.Participants[1].ID
	s, _ = step(t, s, p, CastVote{Item: s.VoteItems(vote)[0]})
	s, _ = step(t, s, owner, CloseVote{})
	for _, o := range []ExportOptions{{}, {For: p}} {
		var b bytes.Buffer
		_ = NewExportWith(s, exportedAt, o).WriteMarkdown(&b)
		for _, th := range []string{"Tijd", "Samen leren", "Feedback"} {
			if strings.Contains(b.String(), th) {
				t.Errorf("report for %q holds the confidential cluster's theme %q", o.For, th)
			}
		}
	}
	var b bytes.Buffer
	_ = NewExportWith(s, exportedAt, ExportOptions{Confidential: true}).WriteMarkdown(&b)
	if !strings.Contains(b.String(), "Feedback") {
		t.Error("the report with confidential activities lacks the themes")
	}
}

// A participant's copy holds the steps they have seen, not the agenda to
// come; --no-names leaves out functions too.
func TestCopyHoldsNoFutureStepsAndNoNamesNoFunctions(t *testing.T) {
	s := fromTemplate(t, "leren-loont-het-langst-fase-3")
	s, _ = step(t, s, alice, Join{Name: "Anna", Function: "directeur"})
	s, _ = step(t, s, owner, Step{Delta: 1})
	if got := len(NewExportWith(s, exportedAt, ExportOptions{For: alice}).Activities); got != 2 {
		t.Errorf("a copy at step 2 holds %d activities", got)
	}
	if got := len(NewExport(s, exportedAt, false).Activities); got != len(s.Agenda) {
		t.Errorf("the facilitator's report holds %d of %d activities", got, len(s.Agenda))
	}
	for _, p := range NewExportWith(s, exportedAt, ExportOptions{NoNames: true}).Participants {
		if p.Function != "" || p.Name == "Anna" {
			t.Errorf("--no-names: %+v", p)
		}
	}
}
