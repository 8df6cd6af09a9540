package sessions

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

// deepCopy returns a State that shares no memory with s.
func deepCopy(s State) State {
	s.Facilitators = slices.Clone(s.Facilitators)
	s.Participants = slices.Clone(s.Participants)
	s.Columns = slices.Clone(s.Columns)
	s.Notes = slices.Clone(s.Notes)
	return s
}

// roomy is board with spare capacity behind every slice, so an Apply that
// appends in place instead of copying would write into shared memory.
func roomy(t testing.TB) State {
	s := board(t)
	grow := func(n int) int { return n + 16 }
	s.Participants = append(make([]Participant, 0, grow(len(s.Participants))), s.Participants...)
	s.Columns = append(make([]Column, 0, grow(len(s.Columns))), s.Columns...)
	s.Notes = append(make([]Note, 0, grow(len(s.Notes))), s.Notes...)
	s.Facilitators = append(make([]ParticipantID, 0, 4), s.Facilitators...)
	return s
}

func TestApplyLeavesPreviousStateAlone(t *testing.T) {
	cases := []struct {
		name  string
		actor ParticipantID
		cmd   Command
	}{
		{"join", carol, Join{Name: "Carla"}},
		{"rename participant", alice, Join{Name: "Anna K."}},
		{"choose lang", alice, ChooseLang{English}},
		{"add note", alice, AddNote{Column: 2, Text: "nieuw"}},
		{"edit note", alice, EditNote{Note: aliceNote, Text: "anders"}},
		{"move note", alice, MoveNote{Note: aliceNote, Column: 2}},
		{"delete first note", alice, DeleteNote{Note: aliceNote}},
		{"delete last note", bob, DeleteNote{Note: bobNote}},
		{"add column", owner, AddColumn{Title: "Acties"}},
		{"rename column", owner, RenameColumn{Column: 1, Title: "Kansen"}},
		{"remove first column", owner, RemoveColumn{Column: 1}},
		{"remove last column", owner, RemoveColumn{Column: 2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			old := roomy(t)
			want := deepCopy(old)
			evs, err := Decide(old, tc.actor, t0, tc.cmd)
			if err != nil || len(evs) == 0 {
				t.Fatalf("Decide: %v, %d events", err, len(evs))
			}
			next := applyAll(old, evs)
			if reflect.DeepEqual(next, old) {
				t.Fatal("Apply changed nothing")
			}
			if !reflect.DeepEqual(old, want) {
				t.Fatalf("Apply changed the previous state:\nnow  %+v\nwant %+v", old, want)
			}
			// The spare capacity of old must not be written either: a
			// sibling state applied from old must not see next's change.
			fixed := deepCopy(next)
			step(t, old, owner, AddNote{Column: old.Columns[0].ID, Text: "sibling"})
			step(t, old, owner, AddColumn{Title: "sibling"})
			step(t, old, stranger, Join{Name: "Sib"})
			if !reflect.DeepEqual(next, fixed) {
				t.Fatalf("a sibling Apply changed the newer state:\nnow  %+v\nwant %+v", next, fixed)
			}
			if !reflect.DeepEqual(old, want) {
				t.Fatal("a sibling Apply changed the previous state")
			}
		})
	}
}

func TestApplySetsSeq(t *testing.T) {
	s := board(t)
	s = Apply(s, Event{Seq: 42, Data: NoteDeleted{Note: 999}})
	if s.Seq != 42 {
		t.Errorf("Seq = %d, want 42 even for an event that no longer fits", s.Seq)
	}
}

func TestApplySkipsEventsThatNoLongerFit(t *testing.T) {
	base := board(t)
	cases := []Event{
		{Data: NoteEdited{Note: 999, Text: "x"}},
		{Data: NoteMoved{Note: 999, Column: 1}},
		{Data: NoteMoved{Note: aliceNote}},
		{Data: NoteMoved{Note: aliceNote, Column: 999}},
		{Data: NoteDeleted{Note: 999}},
		{Data: ColumnRenamed{Column: 999, Title: "x"}},
		{Data: ColumnRemoved{Column: 999}},
		{Data: ParticipantEdited{Participant: stranger, Name: "x"}},
		{Data: ParticipantEdited{}},
		{Actor: stranger, Data: LangChosen{Lang: English}},
		{Data: ParticipantJoined{Participant: Participant{ID: alice, Name: "Anna twee"}}},
		{},
		// Read from a log: version-1 events without what their kind
		// needs, and events of a kind this server does not know.
		decoded(t, `{"kind":"note_added"}`),
		decoded(t, `{"kind":"note_moved","id":1}`),
		decoded(t, `{"kind":"column_added"}`),
		decoded(t, `{"kind":"participant_edited"}`),
		decoded(t, `{"kind":"room_created"}`),
		decoded(t, `{"kind":"from_the_future","id":1}`),
		decoded(t, `{"v":2,"kind":"from_the_future","data":{"id":1}}`),
	}
	for _, e := range cases {
		t.Run(string(e.Kind()), func(t *testing.T) {
			e.Seq = base.Seq + 1
			got := Apply(base, e)
			want := base
			want.Seq = e.Seq
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Apply(%+v) changed the state:\ngot  %+v\nwant %+v", e, got, want)
			}
		})
	}
}

// scriptedLog returns the events of a meeting, with the state after each.
func scriptedLog(t *testing.T) ([]Event, []State) {
	t.Helper()
	e, err := NewRoom(testCode, "Studiedag", Dutch, owner, t0)
	if err != nil {
		t.Fatal(err)
	}
	e.Seq = 1
	s := Apply(State{}, e)
	log, states := []Event{e}, []State{s}
	script := []struct {
		actor ParticipantID
		cmd   Command
	}{
		{owner, Join{Name: "Fenna"}},
		{alice, Join{Name: "Anna", Function: "leerkracht"}},
		{bob, Join{Name: "Bram", RejoinHash: bobRejoin}},
		{alice, ChooseLang{English}},
		{alice, AddNote{Column: 1, Text: "Meer tijd"}},
		{bob, AddNote{Column: 2, Text: "Wie plant?"}},
		{bob, AddNote{Column: 2, Text: "Tweede vraag\nmet regel"}},
		{owner, AddColumn{Title: "Acties"}},
		{alice, EditNote{Note: 3, Text: "Meer tijd voor overleg"}},
		{owner, MoveNote{Note: 4, Column: 6}},
		{bob, DeleteNote{Note: 5}},
		{owner, RenameColumn{Column: 1, Title: "Kansen"}},
		{bob, Join{Name: "Bram B."}},
		{alice, AddNote{Column: 2, Text: "weg"}},
		{owner, RemoveColumn{Column: 2}},
		{alice, AddNote{Column: 6, Text: "Plan maken"}},
	}
	for _, c := range script {
		var evs []Event
		s, evs = step(t, s, c.actor, c.cmd)
		log = append(log, evs...)
		for range evs {
			states = append(states, s)
		}
	}
	return log, states
}

func TestReplayEqualsStepwise(t *testing.T) {
	log, states := scriptedLog(t)
	for i := range log {
		if got := Replay(log[:i+1]); !reflect.DeepEqual(got, states[i]) {
			t.Fatalf("Replay of %d events:\ngot  %+v\nwant %+v", i+1, got, states[i])
		}
	}
	final := states[len(states)-1]
	if final.Seq != uint64(len(log)) {
		t.Errorf("Seq = %d after %d events", final.Seq, len(log))
	}
	if len(final.Columns) != 2 || len(final.Notes) != 3 {
		t.Errorf("final board: %d columns, %d notes: %+v", len(final.Columns), len(final.Notes), final)
	}
}

// TestReplayAfterJSON replays the log as the store keeps it: as JSON.
func TestReplayAfterJSON(t *testing.T) {
	log, states := scriptedLog(t)
	b, err := json.Marshal(log)
	if err != nil {
		t.Fatal(err)
	}
	var back []Event
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	got, want := Replay(back), states[len(states)-1]
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Replay after JSON:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestReplayEmpty(t *testing.T) {
	if got := Replay(nil); !reflect.DeepEqual(got, State{}) {
		t.Errorf("Replay(nil) = %+v", got)
	}
}

func TestApplyRemoveColumnRemovesItsNotes(t *testing.T) {
	s := board(t)
	s, _ = step(t, s, alice, AddNote{Column: 1, Text: "tweede in 1"})
	s, _ = step(t, s, bob, AddNote{Column: 2, Text: "tweede in 2"})
	s, _ = step(t, s, owner, RemoveColumn{Column: 1})
	if len(s.NotesIn(1)) != 0 {
		t.Errorf("notes left in removed column: %+v", s.NotesIn(1))
	}
	for _, n := range s.Notes {
		if n.Column == 1 {
			t.Errorf("note %d still points at removed column", n.ID)
		}
	}
	if got := len(s.NotesIn(2)); got != 2 {
		t.Errorf("column 2 has %d notes, want 2", got)
	}
	if len(s.Columns) != 1 || s.Columns[0].ID != 2 {
		t.Errorf("columns = %+v", s.Columns)
	}
}
