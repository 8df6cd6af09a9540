package sessions

import (
	"slices"
	"testing"
)

// Erasing someone whose name is also a word of the room's structure (a
// kind, the language, a theme's title) changes only where a name is meant:
// the participant, and an action whose owner is exactly that name.
func TestEraseTouchesNamesOnlyWhereANameIsMeant(t *testing.T) {
	for _, name := range []string{"vote", "cluster", "nl", "Tijd"} {
		t.Run(name, func(t *testing.T) {
			ts, _ := LoadTemplates("")
			first, err := NewRoomFrom(ts["leren-loont-het-langst-fase-4"], testCode, "", Dutch, owner, t0)
			if err != nil {
				t.Fatal(err)
			}
			first.Seq = 1
			evs, s := []Event{first}, Apply(State{}, first)
			do := func(actor ParticipantID, c Command) {
				t.Helper()
				out, err := Decide(s, actor, t0, c)
				if err != nil {
					t.Fatalf("%T: %v", c, err)
				}
				for _, e := range out {
					e.Seq = s.Seq + 1
					s = Apply(s, e)
					evs = append(evs, e)
				}
			}
			do(owner, Join{Name: "Fenna"})
			do(carol, Join{Name: name})
			do(owner, AddTheme{Title: "Tijd"})
			do(owner, GoTo{Activity: s.Agenda[len(s.Agenda)-1].ID})
			do(owner, AddAction{Item: ActionItem{What: "Plannen", Owner: name}})
			do(owner, AddAction{Item: ActionItem{What: "Tijd vrijmaken", Owner: "Fenna", Theme: "Tijd"}})

			out, _, err := Erase(evs, carol, false)
			if err != nil {
				t.Fatal(err)
			}
			r := Replay(out)
			var kinds, was []ActivityKind
			for i, a := range r.Agenda {
				kinds, was = append(kinds, a.Kind), append(was, s.Agenda[i].Kind)
			}
			if !slices.Equal(kinds, was) || r.Lang != s.Lang || r.Themes[0].Title != "Tijd" {
				t.Errorf("erasing %q changed the room: kinds %v, lang %q, theme %q", name, kinds, r.Lang, r.Themes[0].Title)
			}
			if r.Actions[0].Owner != Messages.T(Dutch, "participant.erased") || r.Actions[1].Theme != "Tijd" || r.Actions[1].Owner != "Fenna" {
				t.Errorf("actions after erasing %q: %+v", name, r.Actions)
			}
		})
	}
}

// An erased participant's name leaves the cache of name keys too.
func TestEraseForgetsTheNameKey(t *testing.T) {
	var evs []Event
	first, err := NewRoom(testCode, "Studiedag", Dutch, owner, t0)
	if err != nil {
		t.Fatal(err)
	}
	first.Seq = 1
	evs, s := append(evs, first), Apply(State{}, first)
	for _, j := range []struct {
		id   ParticipantID
		name string
	}{{owner, "Fenna"}, {carol, "Geertruida Vos"}} {
		out, err := Decide(s, j.id, t0, Join{Name: j.name})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range out {
			e.Seq = s.Seq + 1
			s, evs = Apply(s, e), append(evs, e)
		}
	}
	if _, _, err := Erase(evs, carol, false); err != nil {
		t.Fatal(err)
	}
	nameKeys.Lock()
	_, kept := nameKeys.m["Geertruida Vos"]
	nameKeys.Unlock()
	if kept {
		t.Error("the erased name is still in the cache of name keys")
	}
}
