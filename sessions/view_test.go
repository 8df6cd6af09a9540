package sessions

import (
	"fmt"
	"testing"
)

// viewBoard is board plus a note by the facilitator, an edited note by
// Anna, Anna's choice of English, and a note left in a column that no
// longer exists (built directly, as an old log might have it).
func viewBoard(t *testing.T) *Snapshot {
	t.Helper()
	s := board(t)
	s, _ = step(t, s, owner, AddNote{Column: 2, Text: "Van de begeleider"}) // 5
	s, _ = step(t, s, alice, AddNote{Column: 1, Text: "Tweede"})            // 6
	s, _ = step(t, s, alice, EditNote{Note: 6, Text: "Tweede, aangepast"})
	s, _ = step(t, s, alice, ChooseLang{English})
	s.Notes = append(s.Notes[:len(s.Notes):len(s.Notes)], Note{ID: 99, Column: 42, Author: bob, Text: "wees", Created: t0})
	return &Snapshot{State: s, Online: map[ParticipantID]int{alice: 1, owner: 2, bob: 0, stranger: 1}}
}

func TestViewForNotes(t *testing.T) {
	snap := viewBoard(t)
	type note struct {
		id                int
		author            string
		mine, can, edited bool
	}
	cases := []struct {
		viewer      ParticipantID
		joined      bool
		facilitator bool
		lang        Lang
		me          string
		want        [][]note // per column
	}{
		{alice, true, false, English, "Anna", [][]note{
			{{aliceNote, "Anna", true, true, false}, {6, "Anna", true, true, true}},
			{{bobNote, "Bram", false, false, false}, {5, "Fenna", false, false, false}},
		}},
		{bob, true, false, Dutch, "Bram", [][]note{
			{{aliceNote, "Anna", false, false, false}, {6, "Anna", false, false, true}},
			{{bobNote, "Bram", true, true, false}, {5, "Fenna", false, false, false}},
		}},
		{owner, true, true, Dutch, "Fenna", [][]note{
			{{aliceNote, "Anna", false, true, false}, {6, "Anna", false, true, true}},
			{{bobNote, "Bram", false, true, false}, {5, "Fenna", true, true, false}},
		}},
		{stranger, false, false, Dutch, "", [][]note{
			{{aliceNote, "Anna", false, false, false}, {6, "Anna", false, false, true}},
			{{bobNote, "Bram", false, false, false}, {5, "Fenna", false, false, false}},
		}},
	}
	for _, tc := range cases {
		t.Run(string(tc.viewer), func(t *testing.T) {
			v := ViewFor(snap, tc.viewer)
			if v.Joined != tc.joined || v.Facilitator != tc.facilitator || v.Lang != tc.lang || v.Me.Name != tc.me {
				t.Errorf("view joined=%v facilitator=%v lang=%q me=%q; want %v %v %q %q",
					v.Joined, v.Facilitator, v.Lang, v.Me.Name, tc.joined, tc.facilitator, tc.lang, tc.me)
			}
			if v.Code != testCode || v.Title != "Studiedag" || v.Seq != snap.State.Seq {
				t.Errorf("view header = %q %q %d", v.Code, v.Title, v.Seq)
			}
			if len(v.Columns) != len(tc.want) {
				t.Fatalf("%d columns, want %d", len(v.Columns), len(tc.want))
			}
			for i, col := range v.Columns {
				if col.ID != snap.State.Columns[i].ID || col.Title != snap.State.Columns[i].Title {
					t.Errorf("column %d = %d %q", i, col.ID, col.Title)
				}
				var got []note
				for _, n := range col.Notes {
					got = append(got, note{n.ID, n.Author, n.Mine, n.CanChange, n.Edited})
					if sn, _ := snap.State.Note(n.ID); sn.Text != n.Text {
						t.Errorf("note %d text = %q, want %q", n.ID, n.Text, sn.Text)
					}
				}
				if fmt.Sprint(got) != fmt.Sprint(tc.want[i]) {
					t.Errorf("column %q notes (id author mine can edited):\ngot  %v\nwant %v", col.Title, got, tc.want[i])
				}
			}
		})
	}
}

func TestViewForPeople(t *testing.T) {
	snap := viewBoard(t)
	v := ViewFor(snap, bob)
	want := []PersonView{
		{Name: "Fenna", Function: "IB'er", Online: true, Facilitator: true, Notes: 1},
		{Name: "Anna", Function: "leerkracht", Online: true, Notes: 2},
		{Name: "Bram", Online: false, Me: true, Notes: 1}, // the note in a lost column does not count
	}
	if fmt.Sprintf("%+v", v.People) != fmt.Sprintf("%+v", want) {
		t.Errorf("people:\ngot  %+v\nwant %+v", v.People, want)
	}
}

func TestViewForOnlineFollowsSnapshot(t *testing.T) {
	snap := viewBoard(t)
	for _, online := range []map[ParticipantID]int{nil, {}, {bob: 1}, {alice: 3, bob: 1, owner: 1}} {
		snap := &Snapshot{State: snap.State, Online: online}
		v := ViewFor(snap, alice)
		for i, p := range v.People {
			id := snap.State.Participants[i].ID
			if p.Online != (online[id] > 0) {
				t.Errorf("online=%v: %s shown online=%v", online, p.Name, p.Online)
			}
		}
	}
}

func TestViewForEmptyRoom(t *testing.T) {
	s := newState(t, English)
	v := ViewFor(&Snapshot{State: s}, owner)
	if v.Joined || !v.Facilitator || v.Lang != English || len(v.People) != 0 || len(v.Columns) != 2 {
		t.Errorf("view of empty room = %+v", v)
	}
	for _, c := range v.Columns {
		if len(c.Notes) != 0 {
			t.Errorf("column %q has notes", c.Title)
		}
	}
}
