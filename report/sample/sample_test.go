package sample

import (
	"testing"
	"time"

	"kring/sessions"
)

func TestEveryTemplateFills(t *testing.T) {
	ts, errs := sessions.LoadTemplates("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, tpl := range ts.Sorted() {
		for _, lang := range sessions.Langs {
			s, err := Room(tpl, Options{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			x := sessions.NewExport(s, time.Now(), true)
			for _, a := range x.Activities {
				switch {
				case a.Started.IsZero():
					t.Errorf("%s: %s never started", tpl.Name, a.Title)
				case a.Kind.HasBoard() && len(a.Columns) > 0 && len(a.Columns[0].Notes) == 0:
					t.Errorf("%s: %s has no notes", tpl.Name, a.Title)
				case a.Kind == sessions.KindVote && (a.VoteOpen || a.Voters == 0):
					t.Errorf("%s: %s has no votes", tpl.Name, a.Title)
				case a.Kind == sessions.KindActions && len(a.Actions) == 0:
					t.Errorf("%s: %s has no actions", tpl.Name, a.Title)
				case a.Kind == sessions.KindRound && len(a.Round) != len(Team):
					t.Errorf("%s: %s has turns %v", tpl.Name, a.Title, a.Round)
				}
			}
		}
	}
}
