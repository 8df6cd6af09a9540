package sessions

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

type decideCase struct {
	name  string
	state func(testing.TB) State // board when nil
	actor ParticipantID
	cmd   Command
	want  error // nil: accepted
	// check inspects an accepted command: the state before, after applying
	// the events, and the events.
	check func(t *testing.T, before, after State, evs []Event)
}

func runDecide(t *testing.T, cases []decideCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mk := tc.state
			if mk == nil {
				mk = board
			}
			before := mk(t)
			frozen := mustJSON(t, before)
			evs, err := Decide(before, tc.actor, t0, tc.cmd)
			if got := mustJSON(t, before); got != frozen {
				t.Fatalf("Decide changed its input state:\nbefore %s\nafter  %s", frozen, got)
			}
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v", err, tc.want)
				}
				if evs != nil {
					t.Fatalf("refusal came with events %+v", evs)
				}
				return
			}
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			for _, e := range evs {
				if e.Actor != tc.actor {
					t.Errorf("event %s actor = %q, want %q", e.Kind(), e.Actor, tc.actor)
				}
				if !e.At.Equal(t0) {
					t.Errorf("event %s at %v, want %v", e.Kind(), e.At, t0)
				}
			}
			after := applyAll(before, evs)
			if after.Seq != before.Seq+uint64(len(evs)) {
				t.Errorf("seq = %d after %d events from %d", after.Seq, len(evs), before.Seq)
			}
			if tc.check != nil {
				tc.check(t, before, after, evs)
			}
		})
	}
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return string(b)
}

func wantKinds(t *testing.T, evs []Event, kinds ...EventKind) {
	t.Helper()
	got := make([]EventKind, len(evs))
	for i, e := range evs {
		got[i] = e.Kind()
	}
	if fmt.Sprint(got) != fmt.Sprint(kinds) {
		t.Fatalf("event kinds = %v, want %v", got, kinds)
	}
}

func mustParticipant(t *testing.T, s State, id ParticipantID) Participant {
	t.Helper()
	p, ok := s.Participant(id)
	if !ok {
		t.Fatalf("participant %s missing", id)
	}
	return p
}

func mustNote(t *testing.T, s State, id int) Note {
	t.Helper()
	n, ok := s.Note(id)
	if !ok {
		t.Fatalf("note %d missing", id)
	}
	return n
}

// withColumns is board with n columns in all.
func withColumns(n int) func(testing.TB) State {
	return func(t testing.TB) State {
		s := board(t)
		for len(s.Columns) < n {
			s, _ = step(t, s, owner, AddColumn{Title: fmt.Sprintf("Kolom %d", len(s.Columns)+1)})
		}
		for len(s.Columns) > n {
			s, _ = step(t, s, owner, RemoveColumn{Column: s.Columns[len(s.Columns)-1].ID})
		}
		return s
	}
}

// fullBoard is board with MaxNotes notes, built directly.
func fullBoard(t testing.TB) State {
	s := board(t)
	notes := make([]Note, 0, MaxNotes)
	for i := range MaxNotes {
		notes = append(notes, Note{ID: s.NextID + i, Column: 1, Author: alice, Text: "x", Created: t0})
	}
	s.Notes = notes
	s.NextID += MaxNotes
	return s
}

// fullRoom is board with MaxParticipants participants, built directly.
func fullRoom(t testing.TB) State {
	s := board(t)
	people := append([]Participant(nil), s.Participants...)
	for i := len(people); i < MaxParticipants; i++ {
		people = append(people, Participant{ID: ParticipantID(fmt.Sprintf("key:SHA256:p%d", i)), Name: fmt.Sprintf("Deelnemer %d", i), Joined: t0})
	}
	s.Participants = people
	return s
}

// unjoinedOwner is a fresh room whose facilitator has not joined.
func unjoinedOwner(t testing.TB) State { return newState(t, Dutch) }

func TestDecideJoin(t *testing.T) {
	runDecide(t, []decideCase{
		{
			name:  "new keyed participant",
			actor: carol, cmd: Join{Name: "  Carla\x1b[31m ", Function: "directeur", RejoinHash: "ignored"},
			check: func(t *testing.T, before, after State, evs []Event) {
				wantKinds(t, evs, EvParticipantJoined)
				p := mustParticipant(t, after, carol)
				want := Participant{ID: carol, Name: "Carla", Function: "directeur", Joined: t0}
				if p != want {
					t.Errorf("participant = %+v, want %+v", p, want)
				}
				if len(after.Participants) != len(before.Participants)+1 {
					t.Errorf("participants %d → %d", len(before.Participants), len(after.Participants))
				}
			},
		},
		{
			name:  "rejoin hash kept for keyless",
			actor: "anon:dirk", cmd: Join{Name: "Dirk", RejoinHash: "h4sh"},
			check: func(t *testing.T, _, after State, _ []Event) {
				if p := mustParticipant(t, after, "anon:dirk"); p.RejoinHash != "h4sh" {
					t.Errorf("RejoinHash = %q, want kept", p.RejoinHash)
				}
			},
		},
		{
			name:  "rejoin hash dropped for keyed",
			actor: carol, cmd: Join{Name: "Carla", RejoinHash: "h4sh"},
			check: func(t *testing.T, _, after State, _ []Event) {
				if p := mustParticipant(t, after, carol); p.RejoinHash != "" {
					t.Errorf("RejoinHash = %q for a keyed id", p.RejoinHash)
				}
			},
		},
		{
			name:  "facilitator joins",
			state: unjoinedOwner, actor: owner, cmd: Join{Name: "Fenna"},
			check: func(t *testing.T, _, after State, _ []Event) {
				mustParticipant(t, after, owner)
			},
		},
		{
			name:  "name of exactly MaxNameLen runes with diacritics",
			actor: carol, cmd: Join{Name: repeatRune('ë', MaxNameLen), Function: repeatRune('é', MaxFunctionLen)},
			check: func(t *testing.T, _, after State, _ []Event) {
				if p := mustParticipant(t, after, carol); RuneLen(p.Name) != MaxNameLen {
					t.Errorf("name = %q", p.Name)
				}
			},
		},
		{
			name:  "re-join with same name and function yields nothing",
			actor: alice, cmd: Join{Name: "Anna", Function: "leerkracht"},
			check: func(t *testing.T, before, after State, evs []Event) {
				if evs != nil {
					t.Errorf("events = %+v, want none", evs)
				}
			},
		},
		{
			name:  "re-join with same name after cleaning yields nothing",
			actor: alice, cmd: Join{Name: " Anna\u202e ", Function: "leerkracht\x07"},
			check: func(t *testing.T, _, _ State, evs []Event) {
				if evs != nil {
					t.Errorf("events = %+v, want none", evs)
				}
			},
		},
		{
			name:  "re-join with new name edits",
			actor: bob, cmd: Join{Name: "Bram B.", Function: "IB'er", RejoinHash: "other"},
			check: func(t *testing.T, before, after State, evs []Event) {
				wantKinds(t, evs, EvParticipantEdited)
				old := mustParticipant(t, before, bob)
				p := mustParticipant(t, after, bob)
				if p.Name != "Bram B." || p.Function != "IB'er" {
					t.Errorf("participant = %+v", p)
				}
				if p.RejoinHash != old.RejoinHash || !p.Joined.Equal(old.Joined) {
					t.Errorf("edit changed rejoin hash or join time: %+v → %+v", old, p)
				}
				if len(after.Participants) != len(before.Participants) {
					t.Errorf("participants %d → %d", len(before.Participants), len(after.Participants))
				}
			},
		},
		{
			name:  "re-join with new function only edits",
			actor: alice, cmd: Join{Name: "Anna", Function: "directeur"},
			check: func(t *testing.T, _, after State, evs []Event) {
				wantKinds(t, evs, EvParticipantEdited)
				if p := mustParticipant(t, after, alice); p.Function != "directeur" {
					t.Errorf("function = %q", p.Function)
				}
			},
		},
		{
			name:  "own name in other case is not taken",
			actor: alice, cmd: Join{Name: "ANNA", Function: "leerkracht"},
			check: func(t *testing.T, _, after State, evs []Event) {
				wantKinds(t, evs, EvParticipantEdited)
				if p := mustParticipant(t, after, alice); p.Name != "ANNA" {
					t.Errorf("name = %q", p.Name)
				}
			},
		},
		{
			name:  "re-join keeps chosen language",
			state: func(t testing.TB) State { s, _ := step(t, board(t), alice, ChooseLang{English}); return s },
			actor: alice, cmd: Join{Name: "Anna K."},
			check: func(t *testing.T, _, after State, _ []Event) {
				if got := after.LangOf(alice); got != English {
					t.Errorf("lang = %q after rename", got)
				}
			},
		},
		{
			name:  "existing participant may rename in a full room",
			state: fullRoom, actor: alice, cmd: Join{Name: "Anna K."},
			check: func(t *testing.T, _, after State, evs []Event) { wantKinds(t, evs, EvParticipantEdited) },
		},
		{name: "empty name", actor: carol, cmd: Join{Name: ""}, want: ErrEmptyText},
		{name: "blank name", actor: carol, cmd: Join{Name: " \t\n "}, want: ErrEmptyText},
		{name: "name of only escapes", actor: carol, cmd: Join{Name: "\x1b[2J\x1b]0;x\x07\u202e"}, want: ErrEmptyText},
		{name: "name too long", actor: carol, cmd: Join{Name: repeatRune('ë', MaxNameLen+1)}, want: ErrTooLong},
		{name: "function too long", actor: carol, cmd: Join{Name: "Carla", Function: repeatRune('a', MaxFunctionLen+1)}, want: ErrTooLong},
		{name: "name taken", actor: carol, cmd: Join{Name: "Anna"}, want: ErrNameTaken},
		{name: "name taken lower case", actor: carol, cmd: Join{Name: "anna"}, want: ErrNameTaken},
		{name: "name taken upper case with spaces", actor: carol, cmd: Join{Name: "  ANNA "}, want: ErrNameTaken},
		{name: "name taken by rename", actor: bob, cmd: Join{Name: "fenna"}, want: ErrNameTaken},
		{name: "room full", state: fullRoom, actor: carol, cmd: Join{Name: "Carla"}, want: ErrRoomFull},
	})
}

func TestDecideChooseLang(t *testing.T) {
	runDecide(t, []decideCase{
		{
			name:  "english",
			actor: alice, cmd: ChooseLang{English},
			check: func(t *testing.T, before, after State, evs []Event) {
				wantKinds(t, evs, EvLangChosen)
				if got := after.LangOf(alice); got != English {
					t.Errorf("alice lang = %q", got)
				}
				if got := after.LangOf(bob); got != Dutch {
					t.Errorf("bob lang = %q, want room's", got)
				}
				if after.Lang != before.Lang {
					t.Errorf("room lang changed to %q", after.Lang)
				}
			},
		},
		{
			name:  "dutch",
			state: func(t testing.TB) State { s, _ := step(t, board(t), alice, ChooseLang{English}); return s },
			actor: alice, cmd: ChooseLang{Dutch},
			check: func(t *testing.T, _, after State, _ []Event) {
				if got := after.LangOf(alice); got != Dutch {
					t.Errorf("alice lang = %q", got)
				}
			},
		},
		{name: "unknown", actor: alice, cmd: ChooseLang{"de"}, want: ErrBadLang},
		{name: "empty", actor: alice, cmd: ChooseLang{""}, want: ErrBadLang},
		{name: "upper case is not a Lang", actor: alice, cmd: ChooseLang{"EN"}, want: ErrBadLang},
		{name: "not joined", actor: stranger, cmd: ChooseLang{English}, want: ErrNotJoined},
	})
}

func TestDecideAddNote(t *testing.T) {
	runDecide(t, []decideCase{
		{
			name:  "accepted",
			actor: bob, cmd: AddNote{Column: 1, Text: "  Een idee\x1b[1m!\u202e  "},
			check: func(t *testing.T, before, after State, evs []Event) {
				wantKinds(t, evs, EvNoteAdded)
				n := mustNote(t, after, before.NextID)
				want := Note{ID: before.NextID, Column: 1, Author: bob, Text: "Een idee!", Created: t0}
				if n != want {
					t.Errorf("note = %+v, want %+v", n, want)
				}
				if after.NextID != before.NextID+1 {
					t.Errorf("NextID = %d, want %d", after.NextID, before.NextID+1)
				}
				if got := after.NotesIn(1); len(got) != 2 || got[1].ID != n.ID {
					t.Errorf("column 1 notes = %+v", got)
				}
			},
		},
		{
			name:  "multi-line with emoji kept",
			actor: alice, cmd: AddNote{Column: 2, Text: "Eerste regel 👩‍🏫\r\n\r\n\r\nTweede: één ïdee"},
			check: func(t *testing.T, before, after State, _ []Event) {
				if n := mustNote(t, after, before.NextID); n.Text != "Eerste regel 👩‍🏫\n\nTweede: één ïdee" {
					t.Errorf("text = %q", n.Text)
				}
			},
		},
		{
			name:  "facilitator",
			actor: owner, cmd: AddNote{Column: 2, Text: "ok"},
			check: func(t *testing.T, before, after State, _ []Event) {
				if n := mustNote(t, after, before.NextID); n.Author != owner {
					t.Errorf("author = %q", n.Author)
				}
			},
		},
		{
			name:  "exactly MaxNoteLen runes",
			actor: alice, cmd: AddNote{Column: 1, Text: repeatRune('ï', MaxNoteLen)},
		},
		{name: "not joined", actor: stranger, cmd: AddNote{Column: 1, Text: "x"}, want: ErrNotJoined},
		{name: "facilitator not joined", state: unjoinedOwner, actor: owner, cmd: AddNote{Column: 1, Text: "x"}, want: ErrNotJoined},
		{name: "empty", actor: alice, cmd: AddNote{Column: 1, Text: ""}, want: ErrEmptyText},
		{name: "blank lines", actor: alice, cmd: AddNote{Column: 1, Text: "\n \t\n\r\n"}, want: ErrEmptyText},
		{name: "only controls", actor: alice, cmd: AddNote{Column: 1, Text: "\x1b[2J\x00\u2066"}, want: ErrEmptyText},
		{name: "too long", actor: alice, cmd: AddNote{Column: 1, Text: repeatRune('ï', MaxNoteLen+1)}, want: ErrTooLong},
		{name: "no column", actor: alice, cmd: AddNote{Column: 99, Text: "x"}, want: ErrNoColumn},
		{name: "note id is not a column", actor: alice, cmd: AddNote{Column: aliceNote, Text: "x"}, want: ErrNoColumn},
		{name: "board full", state: fullBoard, actor: alice, cmd: AddNote{Column: 1, Text: "x"}, want: ErrBoardFull},
	})
}

func TestDecideEditNote(t *testing.T) {
	edited := func(id int, text string) func(*testing.T, State, State, []Event) {
		return func(t *testing.T, before, after State, evs []Event) {
			wantKinds(t, evs, EvNoteEdited)
			old := mustNote(t, before, id)
			n := mustNote(t, after, id)
			if n.Text != text || !n.Edited.Equal(t0) {
				t.Errorf("note = %+v, want text %q edited at %v", n, text, t0)
			}
			if n.Author != old.Author || n.Column != old.Column || !n.Created.Equal(old.Created) {
				t.Errorf("edit changed more than text: %+v → %+v", old, n)
			}
			if len(after.Notes) != len(before.Notes) {
				t.Errorf("notes %d → %d", len(before.Notes), len(after.Notes))
			}
		}
	}
	runDecide(t, []decideCase{
		{name: "own note", actor: alice, cmd: EditNote{Note: aliceNote, Text: "Meer tijd\x1b[0m"}, check: edited(aliceNote, "Meer tijd")},
		{name: "facilitator on someone's", actor: owner, cmd: EditNote{Note: aliceNote, Text: "Samengevat"}, check: edited(aliceNote, "Samengevat")},
		{name: "keyless own note", actor: bob, cmd: EditNote{Note: bobNote, Text: "Wie?"}, check: edited(bobNote, "Wie?")},
		{name: "not joined", actor: stranger, cmd: EditNote{Note: aliceNote, Text: "x"}, want: ErrNotJoined},
		{name: "not yours", actor: bob, cmd: EditNote{Note: aliceNote, Text: "x"}, want: ErrNotYours},
		{name: "no note", actor: alice, cmd: EditNote{Note: 99, Text: "x"}, want: ErrNoNote},
		{name: "column id is not a note", actor: owner, cmd: EditNote{Note: 1, Text: "x"}, want: ErrNoNote},
		{name: "empty", actor: alice, cmd: EditNote{Note: aliceNote, Text: " \n "}, want: ErrEmptyText},
		{name: "too long", actor: alice, cmd: EditNote{Note: aliceNote, Text: repeatRune('é', MaxNoteLen+1)}, want: ErrTooLong},
	})
}

func TestDecideMoveNote(t *testing.T) {
	moved := func(id, col int) func(*testing.T, State, State, []Event) {
		return func(t *testing.T, before, after State, evs []Event) {
			wantKinds(t, evs, EvNoteMoved)
			old := mustNote(t, before, id)
			n := mustNote(t, after, id)
			if n.Column != col {
				t.Errorf("column = %d, want %d", n.Column, col)
			}
			if n.Text != old.Text || n.Author != old.Author {
				t.Errorf("move changed more than column: %+v → %+v", old, n)
			}
		}
	}
	runDecide(t, []decideCase{
		{name: "own note", actor: alice, cmd: MoveNote{Note: aliceNote, Column: 2}, check: moved(aliceNote, 2)},
		{name: "facilitator on someone's", actor: owner, cmd: MoveNote{Note: bobNote, Column: 1}, check: moved(bobNote, 1)},
		{name: "to a new column", state: withColumns(3), actor: alice, cmd: MoveNote{Note: aliceNote, Column: 5}, check: moved(aliceNote, 5)},
		{name: "not joined", actor: stranger, cmd: MoveNote{Note: aliceNote, Column: 2}, want: ErrNotJoined},
		{name: "not yours", actor: alice, cmd: MoveNote{Note: bobNote, Column: 1}, want: ErrNotYours},
		{name: "no note", actor: alice, cmd: MoveNote{Note: 99, Column: 1}, want: ErrNoNote},
		{name: "no column", actor: alice, cmd: MoveNote{Note: aliceNote, Column: 99}, want: ErrNoColumn},
		{name: "note id is not a column", actor: alice, cmd: MoveNote{Note: aliceNote, Column: bobNote}, want: ErrNoColumn},
	})
}

func TestDecideDeleteNote(t *testing.T) {
	deleted := func(id int) func(*testing.T, State, State, []Event) {
		return func(t *testing.T, before, after State, evs []Event) {
			wantKinds(t, evs, EvNoteDeleted)
			if _, ok := after.Note(id); ok {
				t.Errorf("note %d still there", id)
			}
			if len(after.Notes) != len(before.Notes)-1 {
				t.Errorf("notes %d → %d", len(before.Notes), len(after.Notes))
			}
		}
	}
	runDecide(t, []decideCase{
		{name: "own note", actor: alice, cmd: DeleteNote{Note: aliceNote}, check: deleted(aliceNote)},
		{name: "keyless own note", actor: bob, cmd: DeleteNote{Note: bobNote}, check: deleted(bobNote)},
		{name: "facilitator on someone's", actor: owner, cmd: DeleteNote{Note: aliceNote}, check: deleted(aliceNote)},
		{name: "not joined", actor: stranger, cmd: DeleteNote{Note: aliceNote}, want: ErrNotJoined},
		{name: "not yours", actor: bob, cmd: DeleteNote{Note: aliceNote}, want: ErrNotYours},
		{name: "no note", actor: alice, cmd: DeleteNote{Note: 99}, want: ErrNoNote},
	})
}

func TestDecideAddColumn(t *testing.T) {
	runDecide(t, []decideCase{
		{
			name:  "accepted",
			actor: owner, cmd: AddColumn{Title: " Acties\n nu "},
			check: func(t *testing.T, before, after State, evs []Event) {
				wantKinds(t, evs, EvColumnAdded)
				if len(after.Columns) != len(before.Columns)+1 {
					t.Fatalf("columns %d → %d", len(before.Columns), len(after.Columns))
				}
				c := after.Columns[len(after.Columns)-1]
				if c != (Column{ID: before.NextID, Activity: 1, Title: "Acties  nu"}) {
					t.Errorf("column = %+v", c)
				}
				if after.NextID != before.NextID+1 {
					t.Errorf("NextID = %d", after.NextID)
				}
			},
		},
		{
			name:  "up to MaxColumns",
			state: withColumns(MaxColumns - 1), actor: owner, cmd: AddColumn{Title: repeatRune('ë', MaxColumnLen)},
			check: func(t *testing.T, _, after State, _ []Event) {
				if len(after.Columns) != MaxColumns {
					t.Errorf("columns = %d", len(after.Columns))
				}
			},
		},
		{name: "not joined", actor: stranger, cmd: AddColumn{Title: "x"}, want: ErrNotJoined},
		{name: "facilitator not joined", state: unjoinedOwner, actor: owner, cmd: AddColumn{Title: "x"}, want: ErrNotJoined},
		{name: "not facilitator", actor: alice, cmd: AddColumn{Title: "x"}, want: ErrNotFacilitator},
		{name: "empty", actor: owner, cmd: AddColumn{Title: "\x1b[2J "}, want: ErrEmptyText},
		{name: "too long", actor: owner, cmd: AddColumn{Title: repeatRune('ë', MaxColumnLen+1)}, want: ErrTooLong},
		{name: "too many", state: withColumns(MaxColumns), actor: owner, cmd: AddColumn{Title: "x"}, want: ErrTooManyColumns},
	})
}

func TestDecideRenameColumn(t *testing.T) {
	runDecide(t, []decideCase{
		{
			name:  "accepted",
			actor: owner, cmd: RenameColumn{Column: 2, Title: "Zorgen\u2069"},
			check: func(t *testing.T, before, after State, evs []Event) {
				wantKinds(t, evs, EvColumnRenamed)
				if c, _ := after.Column(2); c.Title != "Zorgen" {
					t.Errorf("title = %q", c.Title)
				}
				if c, _ := after.Column(1); c != before.Columns[0] {
					t.Errorf("other column changed: %+v", c)
				}
				if len(after.NotesIn(2)) != len(before.NotesIn(2)) {
					t.Errorf("rename changed the notes")
				}
			},
		},
		{name: "not joined", actor: stranger, cmd: RenameColumn{Column: 1, Title: "x"}, want: ErrNotJoined},
		{name: "not facilitator", actor: bob, cmd: RenameColumn{Column: 1, Title: "x"}, want: ErrNotFacilitator},
		{name: "no column", actor: owner, cmd: RenameColumn{Column: 99, Title: "x"}, want: ErrNoColumn},
		{name: "empty", actor: owner, cmd: RenameColumn{Column: 1, Title: "  "}, want: ErrEmptyText},
		{name: "too long", actor: owner, cmd: RenameColumn{Column: 1, Title: strings.Repeat("x", MaxColumnLen+1)}, want: ErrTooLong},
	})
}

func TestDecideRemoveColumn(t *testing.T) {
	runDecide(t, []decideCase{
		{
			name:  "accepted with its notes",
			actor: owner, cmd: RemoveColumn{Column: 1},
			check: func(t *testing.T, before, after State, evs []Event) {
				wantKinds(t, evs, EvColumnRemoved)
				if _, ok := after.Column(1); ok {
					t.Error("column 1 still there")
				}
				if _, ok := after.Note(aliceNote); ok {
					t.Error("note of removed column still there")
				}
				if _, ok := after.Note(bobNote); !ok {
					t.Error("note of another column removed")
				}
			},
		},
		{name: "not joined", actor: stranger, cmd: RemoveColumn{Column: 1}, want: ErrNotJoined},
		{name: "not facilitator", actor: alice, cmd: RemoveColumn{Column: 1}, want: ErrNotFacilitator},
		{name: "no column", actor: owner, cmd: RemoveColumn{Column: 99}, want: ErrNoColumn},
		{name: "last column", state: withColumns(1), actor: owner, cmd: RemoveColumn{Column: 1}, want: ErrLastColumn},
	})
}

type bogusCommand struct{}

func (bogusCommand) command() {}

func TestDecideUnknownCommand(t *testing.T) {
	runDecide(t, []decideCase{
		{name: "unknown", actor: alice, cmd: bogusCommand{}, want: ErrUnknownCommand},
	})
}

func TestNewRoom(t *testing.T) {
	refusals := []struct {
		name  string
		code  string
		title string
		lang  Lang
		owner ParticipantID
		want  error
	}{
		{"keyless owner", testCode, "x", Dutch, "anon:abc", ErrKeylessHost},
		{"empty owner", testCode, "x", Dutch, "", ErrKeylessHost},
		{"bad lang", testCode, "x", "de", owner, ErrBadLang},
		{"empty lang", testCode, "x", "", owner, ErrBadLang},
		{"title too long", testCode, repeatRune('ë', MaxTitleLen+1), Dutch, owner, ErrTooLong},
		{"bad code", "K7Q4M0", "x", Dutch, owner, ErrNoRoom},
		{"short code", "K7Q", "x", Dutch, owner, ErrNoRoom},
	}
	for _, tc := range refusals {
		t.Run(tc.name, func(t *testing.T) {
			e, err := NewRoom(tc.code, tc.title, tc.lang, tc.owner, t0)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if e.Data != nil {
				t.Errorf("refusal came with a payload: %+v", e.Data)
			}
		})
	}

	accepted := []struct {
		name      string
		title     string
		lang      Lang
		wantTitle string
		wantCols  []string
	}{
		{"dutch defaults", "", Dutch, "Naamloze sessie", []string{"Ideeën", "Vragen"}},
		{"english defaults", "", English, "Untitled session", []string{"Ideas", "Questions"}},
		{"blank title gets default", " \x1b[2J\t", Dutch, "Naamloze sessie", []string{"Ideeën", "Vragen"}},
		{"title cleaned", " Studiedag\nteam \u202eB ", English, "Studiedag team B", []string{"Ideas", "Questions"}},
		{"title of MaxTitleLen", repeatRune('ï', MaxTitleLen), Dutch, repeatRune('ï', MaxTitleLen), []string{"Ideeën", "Vragen"}},
	}
	for _, tc := range accepted {
		t.Run(tc.name, func(t *testing.T) {
			e, err := NewRoom(testCode, tc.title, tc.lang, owner, t0)
			if err != nil {
				t.Fatalf("NewRoom: %v", err)
			}
			if _, ok := e.Data.(RoomCreated); !ok || e.Kind() != EvRoomCreated || e.Actor != owner || !e.At.Equal(t0) {
				t.Fatalf("event = %+v", e)
			}
			e.Seq = 1
			s := Apply(State{}, e)
			if s.Code != testCode || s.Title != tc.wantTitle || s.Lang != tc.lang || !s.Created.Equal(t0) || s.Seq != 1 {
				t.Errorf("state = %+v", s)
			}
			if !s.IsFacilitator(owner) || len(s.Facilitators) != 1 {
				t.Errorf("facilitators = %v", s.Facilitators)
			}
			if len(s.Participants) != 0 || len(s.Notes) != 0 {
				t.Errorf("new room not empty: %+v", s)
			}
			var titles []string
			ids := map[int]bool{}
			for _, c := range s.Columns {
				titles = append(titles, c.Title)
				ids[c.ID] = true
			}
			if fmt.Sprint(titles) != fmt.Sprint(tc.wantCols) {
				t.Errorf("columns = %v, want %v", titles, tc.wantCols)
			}
			for id := range ids {
				if id >= s.NextID {
					t.Errorf("column id %d not below NextID %d", id, s.NextID)
				}
			}
			if len(ids) != len(s.Columns) {
				t.Errorf("column ids not unique: %+v", s.Columns)
			}
		})
	}
}

// TestDecideIDsStayUnique checks that no id is handed out twice to notes
// or columns, even after removals.
func TestDecideIDsStayUnique(t *testing.T) {
	s := board(t)
	issued := map[int]string{}
	for _, c := range s.Columns {
		issued[c.ID] = "column"
	}
	for _, n := range s.Notes {
		issued[n.ID] = "note"
	}
	cmds := []struct {
		actor ParticipantID
		cmd   Command
	}{
		{owner, AddColumn{Title: "Acties"}},
		{alice, DeleteNote{Note: aliceNote}},
		{owner, RemoveColumn{Column: 2}},
		{alice, AddNote{Column: 1, Text: "nieuw"}},
		{owner, AddColumn{Title: "Nog een"}},
		{bob, AddNote{Column: 1, Text: "ook nieuw"}},
	}
	for _, c := range cmds {
		var evs []Event
		s, evs = step(t, s, c.actor, c.cmd)
		for _, e := range evs {
			var id int
			switch p := e.Data.(type) {
			case NoteAdded:
				id = p.Note.ID
			case ColumnAdded:
				id = p.Column.ID
			default:
				continue
			}
			if what, ok := issued[id]; ok {
				t.Errorf("%s reuses id %d of a %s", e.Kind(), id, what)
			}
			issued[id] = string(e.Kind())
		}
	}
}

func TestNotesOnlyIntoTheCurrentActivity(t *testing.T) {
	s := board(t)
	// A second activity with its own column; the room stays on the first.
	s.Agenda = append(s.Agenda, Activity{ID: 2, Kind: KindBrainstorm, Title: "Later"})
	s.Columns = append(s.Columns, Column{ID: 90, Activity: 2, Title: "Straks"})
	if _, err := Decide(s, alice, t0, AddNote{Column: 90, Text: "te vroeg"}); err != ErrNoColumn {
		t.Errorf("note into a later activity's column: err = %v, want ErrNoColumn", err)
	}
	if _, err := Decide(s, alice, t0, MoveNote{Note: aliceNote, Column: 90}); err != ErrNoColumn {
		t.Errorf("move across activities: err = %v, want ErrNoColumn", err)
	}
	v := ViewFor(&Snapshot{State: s}, alice)
	for _, c := range v.Columns {
		if c.ID == 90 {
			t.Error("view shows a column of an activity that is not current")
		}
	}
}

func TestReplayOfRoomWithoutAgenda(t *testing.T) {
	old := Event{Seq: 1, At: t0, Actor: owner, Data: RoomCreated{Room: State{
		Code: testCode, Title: "Oud", Lang: Dutch, Facilitators: []ParticipantID{owner},
		Columns: []Column{{ID: 1, Title: "A"}, {ID: 2, Title: "B"}}, NextID: 3,
	}}}
	s := Replay([]Event{old})
	if len(s.Agenda) != 1 || s.Agenda[0].Kind != KindBrainstorm {
		t.Fatalf("agenda = %+v, want one brainstorm", s.Agenda)
	}
	if got := len(s.ColumnsOf(s.Agenda[0].ID)); got != 2 {
		t.Errorf("default activity holds %d columns, want 2", got)
	}
	if old.Data.(RoomCreated).Room.Columns[0].Activity != 0 {
		t.Error("replay changed the logged event")
	}
}
