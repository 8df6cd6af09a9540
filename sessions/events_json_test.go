package sessions

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

// decoded reads one stored event.
func decoded(t *testing.T, stored string) Event {
	t.Helper()
	var e Event
	if err := json.Unmarshal([]byte(stored), &e); err != nil {
		t.Fatalf("decode %s: %v", stored, err)
	}
	return e
}

// allKinds are the kinds of event there are.
var allKinds = []EventKind{
	EvRoomCreated, EvParticipantJoined, EvParticipantEdited, EvLangChosen, EvNoteAdded, EvNoteEdited,
	EvNoteMoved, EvNoteDeleted, EvColumnAdded, EvColumnRenamed, EvColumnRemoved, EvColumnLocked,
	EvActivityChanged, EvRevealed, EvInputLocked, EvFocus, EvTimer, EvGranted, EvRevoked, EvConfidential,
	EvThemeAdded, EvThemeRenamed, EvThemeRemoved, EvAssigned, EvVoted, EvUnvoted, EvVoteClosed,
	EvRoundStarted, EvTurn, EvActionAdded, EvActionEdited, EvActionDeleted, EvMarked, EvShared, EvHosts,
	EvCafeRound, EvCafeConfigured, EvGroupsFormed, EvMemberMoved, EvRanked, EvCompared, EvPublished,
	EvRetentionSet,
}

func TestEveryKindIsRegisteredWithItsPayload(t *testing.T) {
	if len(eventTypes) != len(allKinds) {
		t.Errorf("%d kinds registered, want %d", len(eventTypes), len(allKinds))
	}
	for _, k := range allKinds {
		typ, ok := eventTypes[k]
		if !ok {
			t.Errorf("%s is not registered", k)
			continue
		}
		p, err := typ.decode([]byte(`{}`))
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		if p.Kind() != k {
			t.Errorf("%s is registered with a payload of kind %s", k, p.Kind())
		}
	}
}

// v1Cases are events as kring wrote them before events were typed, one or
// more per kind, with the payload each must be read as.
var v1Cases = []struct {
	stored string
	want   Payload
}{
	{`{"kind":"room_created","room":{"code":"K7Q4MX","title":"Oud"}}`, RoomCreated{Room: State{Code: "K7Q4MX", Title: "Oud"}}},
	{`{"kind":"participant_joined","participant":{"id":"key:a","name":"Anna","joined":"2025-03-14T09:30:00Z"}}`,
		ParticipantJoined{Participant: Participant{ID: "key:a", Name: "Anna", Joined: t0}}},
	{`{"kind":"participant_edited","participant":{"id":"key:a","name":"Anna","function":"ib","joined":"0001-01-01T00:00:00Z"}}`,
		ParticipantEdited{Participant: "key:a", Name: "Anna", Function: "ib"}},
	{`{"kind":"lang_chosen","lang":"en"}`, LangChosen{Lang: English}},
	{`{"kind":"facilitator_granted","target":"key:a"}`, FacilitatorGranted{Participant: "key:a"}},
	{`{"kind":"facilitator_revoked","target":"key:a"}`, FacilitatorRevoked{Participant: "key:a"}},
	{`{"kind":"note_added","note":{"id":5,"column":2,"author":"","text":"x","created":"2025-03-14T09:30:00Z","round":1}}`,
		NoteAdded{Note: Note{ID: 5, Column: 2, Text: "x", Created: t0, Round: 1}}},
	{`{"kind":"note_edited","id":5,"text":"y"}`, NoteEdited{Note: 5, Text: "y"}},
	{`{"kind":"note_moved","id":5,"column":{"id":3,"title":""}}`, NoteMoved{Note: 5, Column: 3}},
	{`{"kind":"note_deleted","id":5}`, NoteDeleted{Note: 5}},
	{`{"kind":"column_added","column":{"id":4,"activity":2,"title":"Vragen"}}`, ColumnAdded{Column: Column{ID: 4, Activity: 2, Title: "Vragen"}}},
	{`{"kind":"column_renamed","id":4,"text":"Zorgen"}`, ColumnRenamed{Column: 4, Title: "Zorgen"}},
	{`{"kind":"column_removed","id":4}`, ColumnRemoved{Column: 4}},
	{`{"kind":"column_locked","id":4,"flag":true}`, ColumnLocked{Column: 4, Locked: true}},
	{`{"kind":"column_locked","id":4}`, ColumnLocked{Column: 4}},
	{`{"kind":"activity_changed","id":3}`, ActivityChanged{Activity: 3}},
	{`{"kind":"revealed","id":3}`, Revealed{Activity: 3}},
	{`{"kind":"confidential","id":3,"flag":true}`, ConfidentialSet{Activity: 3, Confidential: true}},
	{`{"kind":"input_locked","flag":true}`, InputLocked{Locked: true}},
	{`{"kind":"focus","id":7}`, FocusChanged{Item: 7}},
	{`{"kind":"focus"}`, FocusChanged{}},
	{`{"kind":"timer","timer":{"total":300000000000,"left":300000000000}}`, TimerChanged{Timer: Timer{Total: 5 * time.Minute, Left: 5 * time.Minute}}},
	{`{"kind":"theme_added","theme":{"id":9,"activity":3,"title":"Tijd"}}`, ThemeAdded{Theme: Theme{ID: 9, Activity: 3, Title: "Tijd"}}},
	{`{"kind":"theme_renamed","id":9,"text":"Rust"}`, ThemeRenamed{Theme: 9, Title: "Rust"}},
	{`{"kind":"theme_removed","id":9}`, ThemeRemoved{Theme: 9}},
	{`{"kind":"assigned","id":5,"item":9}`, NoteAssigned{Note: 5, Theme: 9}},
	{`{"kind":"assigned","id":5}`, NoteAssigned{Note: 5}},
	{`{"kind":"voted","id":4,"item":9}`, Voted{Activity: 4, Item: 9}},
	{`{"kind":"unvoted","id":4,"item":9}`, Unvoted{Activity: 4, Item: 9}},
	{`{"kind":"vote_closed","id":4,"flag":true}`, VoteClosed{Activity: 4, Closed: true}},
	{`{"kind":"round_started","id":5,"order":["key:b","key:a"],"flag":true}`,
		RoundStarted{Activity: 5, Order: []ParticipantID{"key:b", "key:a"}, Shuffled: true}},
	{`{"kind":"turn","id":5,"item":2}`, TurnChanged{Activity: 5, Turn: 2}},
	{`{"kind":"action_added","action":{"id":11,"activity":6,"author":"key:a","what":"Plan"}}`,
		ActionAdded{Action: Action{ID: 11, Activity: 6, Author: "key:a", ActionItem: ActionItem{What: "Plan"}}}},
	{`{"kind":"action_edited","action":{"id":11,"activity":6,"author":"key:a","what":"Rooster","owner":"Anna"}}`,
		ActionEdited{Action: 11, Item: ActionItem{What: "Rooster", Owner: "Anna"}}},
	{`{"kind":"action_deleted","id":11}`, ActionDeleted{Action: 11}},
	{`{"kind":"marked","id":7,"item":9}`, Marked{Activity: 7, Value: 9}},
	{`{"kind":"marked","id":7}`, Marked{Activity: 7}},
	{`{"kind":"shared","id":8,"pct":[10,20,30,40]}`, SharesSet{Activity: 8, Pct: [4]int{10, 20, 30, 40}}},
	{`{"kind":"hosts","id":9,"order":["","key:a"]}`, HostsSet{Activity: 9, Hosts: []ParticipantID{"", "key:a"}}},
	{`{"kind":"cafe_configured","id":9,"item":3,"minutes":20}`, CafeConfigured{Activity: 9, Rounds: 3, Minutes: 20}},
	{`{"kind":"cafe_round","id":9,"item":1,"plan":{"Seats":[[["key:a"]]]}}`,
		CafeRoundChanged{Activity: 9, Round: 1, Plan: CafePlan{Seats: [][][]ParticipantID{{{"key:a"}}}}}},
	{`{"kind":"cafe_round","id":9,"plan":{"Seats":null}}`, CafeRoundChanged{Activity: 9}},
	{`{"kind":"groups_formed","id":10,"groups":[{"id":12,"activity":10,"members":["key:a"]}]}`,
		GroupsFormed{Activity: 10, Groups: []Group{{ID: 12, Activity: 10, Members: []ParticipantID{"key:a"}}}}},
	{`{"kind":"member_moved","target":"key:a","item":12}`, MemberMoved{Participant: "key:a", Group: 12}},
	{`{"kind":"ranked","ranking":{"activity":13,"owner":"g12","order":[3,1,2]}}`,
		Ranked{Ranking: Ranking{Activity: 13, Owner: "g12", Order: []int{3, 1, 2}}}},
	{`{"kind":"compared","id":13,"flag":true}`, Compared{Activity: 13, Shown: true}},
	{`{"kind":"retention_set","item":30}`, RetentionSet{Days: 30}},
}

func TestVersion1EventsAreReadIntoTheirPayloads(t *testing.T) {
	seen := map[EventKind]bool{}
	for _, c := range v1Cases {
		stored := `{"seq":7,"at":"2025-03-14T09:30:00Z","actor":"key:x",` + strings.TrimPrefix(c.stored, "{")
		e := decoded(t, stored)
		if e.Seq != 7 || !e.At.Equal(t0) || e.Actor != "key:x" {
			t.Errorf("%s: envelope %+v", c.stored, e)
		}
		if !reflect.DeepEqual(e.Data, c.want) {
			t.Errorf("%s:\nread as %#v\nwant    %#v", c.stored, e.Data, c.want)
		}
		seen[e.Kind()] = true
		// Written again, it is version 2 and reads back the same.
		raw, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(raw, []byte(`{"v":2,"seq":7,`)) {
			t.Errorf("%s written as %s", c.stored, raw)
		}
		if back := decoded(t, string(raw)); !reflect.DeepEqual(back, e) {
			t.Errorf("%s: written and read back as %+v, want %+v", raw, back, e)
		}
	}
	for _, k := range allKinds {
		if !seen[k] && !sinceV2[k] {
			t.Errorf("no version-1 case for %s", k)
		}
	}
}

// sinceV2 are the kinds of event kring wrote only in version 2.
var sinceV2 = map[EventKind]bool{EvPublished: true}

// A kind that came after version 1 reads back in version 2, and is not
// taken for a damaged version-1 event of its kind.
func TestEventsSinceVersion2(t *testing.T) {
	e := Event{Seq: 7, At: t0, Actor: owner, Data: ReportPublished{Published: true}}
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if back := decoded(t, string(raw)); !reflect.DeepEqual(back, e) {
		t.Errorf("%s read back as %+v", raw, back)
	}
	var old Event
	if err := json.Unmarshal([]byte(`{"kind":"report_published","seq":7}`), &old); err == nil {
		if _, ok := old.Data.(ReportPublished); ok {
			t.Errorf("a version-1 report_published was read as %+v", old)
		}
	}
}

func TestStoredFormOfAnEvent(t *testing.T) {
	e := Event{Seq: 7, At: t0, Actor: alice, Data: NoteEdited{Note: 12, Text: "Meer tijd"}}
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"v":2,"seq":7,"at":"2025-03-14T09:30:00Z","kind":"note_edited","actor":"` + string(alice) + `","data":{"note":12,"text":"Meer tijd"}}`
	if string(raw) != want {
		t.Errorf("stored as\n%s\nwant\n%s", raw, want)
	}
	if back := decoded(t, want); !reflect.DeepEqual(back, e) {
		t.Errorf("read back as %+v, want %+v", back, e)
	}
}

func TestOwnerIsNeverStored(t *testing.T) {
	e := Event{Seq: 3, At: t0, Owner: alice, Data: NoteAdded{Note: Note{ID: 4, Column: 1, Text: "anoniem", Created: t0}}}
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(alice)) {
		t.Errorf("the owner of an anonymous note is stored: %s", raw)
	}
	if back := decoded(t, string(raw)); back.Owner != "" {
		t.Errorf("owner read back: %s", back.Owner)
	}
}

func TestEventsThatCannotBeStoredOrRead(t *testing.T) {
	if _, err := json.Marshal(Event{Seq: 1}); err == nil {
		t.Error("an event without payload was written")
	}
	for _, stored := range []string{
		`{"v":3,"kind":"note_deleted","data":{"note":1}}`,
		`{"v":-1,"kind":"note_deleted","data":{"note":1}}`,
		`{"v":2,"kind":"note_deleted"}`,
		`{"v":2,"kind":"note_deleted","data":{"note":"x"}}`,
		`{"v":2,"kind":"note_deleted","data":[]}`,
		`{"kind":"note_deleted","id":"x"}`,
		`[]`,
	} {
		var e Event
		if err := json.Unmarshal([]byte(stored), &e); err == nil {
			t.Errorf("%s was read as %+v", stored, e)
		}
	}
}

func TestUnknownEventsAreKeptAsTheyWere(t *testing.T) {
	for _, stored := range []string{
		`{"v":2,"seq":4,"at":"2025-03-14T09:30:00Z","kind":"from_the_future","data":{"x":1}}`,
		`{"seq":4,"at":"2025-03-14T09:30:00Z","kind":"from_the_past","x":1}`,
		`{"seq":4,"at":"2025-03-14T09:30:00Z","kind":"note_added"}`,
	} {
		e := decoded(t, stored)
		if e.Seq != 4 || e.Kind() == "" {
			t.Errorf("%s read as %+v", stored, e)
		}
		raw, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if string(raw) != stored {
			t.Errorf("%s written back as %s", stored, raw)
		}
	}
}

// TestDecidedEventsSurviveTheLog: every event a scripted meeting decides
// is written and read back as the same event.
func TestDecidedEventsSurviveTheLog(t *testing.T) {
	log, _ := scriptedLog(t)
	kinds := map[EventKind]bool{}
	for _, e := range log {
		raw, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		back := decoded(t, string(raw))
		e.Owner = "" // never stored
		if !reflect.DeepEqual(back, e) {
			t.Errorf("%s read back as %+v, want %+v", raw, back, e)
		}
		kinds[e.Kind()] = true
	}
	if len(kinds) < 10 {
		t.Errorf("the scripted meeting decides only %d kinds of event", len(kinds))
	}
}
