package sessions

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// anonymousRoom is a room from a template with an anonymous brainstorm
// followed by a cluster everyone may sort, with Fenna (facilitator), Anna
// and Bram joined; Anna wrote two notes, Bram one. It returns the state
// and the IDs of Anna's and Bram's notes.
func anonymousRoom(t *testing.T, settings string) (State, []int, int) {
	t.Helper()
	s := joinedRoom(t, `name: anoniem
title: Anoniem
description: Een anonieme brainstorm
activities:
  - kind: brainstorm
    title: Wat speelt er?
    columns: [Positief, Negatief]
    `+settings+`
  - kind: cluster
    title: Thema's
    open: true
`)
	col := s.ColumnsOf(s.Agenda[0].ID)[0].ID
	var annas []int
	for _, text := range []string{"Zelf kiezen wat je leert", "Tijd om bij elkaar te kijken"} {
		annas = append(annas, s.NextID)
		s, _ = step(t, s, alice, AddNote{Column: col, Text: text})
	}
	brams := s.NextID
	s, _ = step(t, s, bob, AddNote{Column: col, Text: "Minder vergaderen"})
	return s, annas, brams
}

// joinedRoom is a room from the template in yaml that Fenna (its
// facilitator), Anna and Bram joined.
func joinedRoom(t *testing.T, yaml string) State {
	t.Helper()
	tpl, _, err := ParseTemplate("test.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	s := roomOf(t, tpl)
	s, _ = step(t, s, owner, Join{Name: "Fenna"})
	s, _ = step(t, s, alice, Join{Name: "Anna"})
	s, _ = step(t, s, bob, Join{Name: "Bram", RejoinHash: bobRejoin})
	return s
}

func TestAnonymousThemesDoNotTellWhichNotesShareAnAuthor(t *testing.T) {
	s, annas, brams := anonymousRoom(t, "anonymous: true")
	s, _ = step(t, s, owner, Step{Delta: 1})
	s, _ = step(t, s, alice, AddTheme{Title: "Eigen regie"})
	s, _ = step(t, s, alice, AddTheme{Title: "Samen"})
	themes := s.ThemesOf(s.Agenda[1].ID)
	s, _ = step(t, s, alice, Assign{Note: annas[0], Theme: themes[0].ID})
	s, _ = step(t, s, alice, Assign{Note: annas[1], Theme: themes[0].ID})
	s, _ = step(t, s, alice, Assign{Note: brams, Theme: themes[1].ID})
	s, _ = step(t, s, alice, Assign{Note: annas[0], Theme: themes[1].ID})
	for _, viewer := range []ParticipantID{owner, alice, bob} {
		v := ViewFor(&Snapshot{State: s}, viewer)
		for _, th := range v.Themes {
			if th.People != 0 || !th.Anonymous {
				t.Errorf("%s sees theme %q with %d people (anonymous %v)", viewer, th.Title, th.People, th.Anonymous)
			}
			for _, n := range th.Notes {
				if n.Author != "" {
					t.Errorf("%s sees an author on an anonymous note: %+v", viewer, n)
				}
			}
		}
	}
	var md, js bytes.Buffer
	x := NewExport(s, t0, true)
	if err := x.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := x.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(md.String(), "genoemd door") || strings.Contains(js.String(), `"people"`) {
		t.Errorf("the export counts the people behind anonymous notes:\n%s\n%s", md.String(), js.String())
	}
	for _, name := range []string{"Anna", "Bram"} {
		if strings.Count(md.String(), name) != 1 || strings.Count(js.String(), name) != 1 {
			t.Errorf("%s appears beyond the list of participants in the export", name)
		}
	}
}

func TestAnonymousNotesCarryNoTimeAndNoAuthorOrder(t *testing.T) {
	s, _, _ := anonymousRoom(t, "anonymous: true")
	var js bytes.Buffer
	if err := NewExport(s, t0, true).WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var x Export
	if err := json.Unmarshal(js.Bytes(), &x); err != nil {
		t.Fatal(err)
	}
	notes := x.Activities[0].Columns[0].Notes
	if len(notes) != 3 {
		t.Fatalf("%d notes exported", len(notes))
	}
	var texts []string
	for _, n := range notes {
		if !n.Created.IsZero() || n.Author != "" {
			t.Errorf("an anonymous note exports its time or author: %+v", n)
		}
		texts = append(texts, n.Text)
	}
	// Written as Anna, Anna, Bram; reported in the order of the text.
	if got := strings.Join(texts, " | "); got != "Minder vergaderen | Tijd om bij elkaar te kijken | Zelf kiezen wat je leert" {
		t.Errorf("anonymous notes in the export in the order %q", got)
	}
	if strings.Contains(js.String(), "created\": \"2025-03-14T09:30:00Z\",\n          \"round") {
		t.Error("a fine time in the export")
	}
}

func TestAnonymousNotesAreNotCountedPerPerson(t *testing.T) {
	s, _, _ := anonymousRoom(t, "anonymous: true")
	v := ViewFor(&Snapshot{State: s}, owner)
	for _, p := range v.People {
		if p.Notes != 0 {
			t.Errorf("the participants list counts %d anonymous notes for %s", p.Notes, p.Name)
		}
	}
	for _, p := range ParticipationIn(&Snapshot{State: s}) {
		if p.Count != -1 {
			t.Errorf("the overview counts %d for %s in an anonymous activity", p.Count, p.Name)
		}
	}
}

func TestAnonymousNoteEventsHoldNoAuthor(t *testing.T) {
	s, annas, _ := anonymousRoom(t, "anonymous: true")
	evs, err := Decide(s, alice, t0.Add(time.Hour), EditNote{Note: annas[0], Text: "Zelf kiezen"})
	if err != nil {
		t.Fatalf("the author could not edit their own anonymous note: %v", err)
	}
	add, err := Decide(s, alice, t0.Add(time.Hour), AddNote{Column: s.Notes[0].Column, Text: "Nog een"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range append(evs, add...) {
		raw, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(raw, []byte(alice)) || !e.At.Equal(s.anonymousTime(s.Agenda[0])) {
			t.Errorf("a stored event ties an anonymous note to its author or a time: %s", raw)
		}
		if add, ok := e.Data.(NoteAdded); ok && !add.Note.Created.Equal(e.At) {
			t.Errorf("an anonymous note's time is finer than its activity's: %s", raw)
		}
	}
	// Replayed from what is stored (here: the state without what only
	// memory holds; TestAnonymousNotesStoreNoAuthor in data replays a
	// real data directory), nobody owns the note any more: not even its
	// author may change it.
	replayed := s
	replayed.owners = nil
	if _, err := Decide(replayed, alice, t0, EditNote{Note: annas[0], Text: "x"}); err != ErrNotYours {
		t.Errorf("after a restart the author may still change an anonymous note: %v", err)
	}
	if _, err := Decide(replayed, owner, t0, EditNote{Note: annas[0], Text: "x"}); err != nil {
		t.Errorf("after a restart the facilitator may not tidy an anonymous note: %v", err)
	}
}

func TestCafeHostDoesNotReadHiddenNotes(t *testing.T) {
	s, people := cafeRoom(t)
	s.Agenda = update(s.Agenda, s.Current, func(a *Activity) { a.Hidden, a.Anonymous = true, true })
	s, _ = step(t, s, owner, SetHost{Table: 0, Participant: people[0]})
	s, _ = step(t, s, owner, StartCafe{Present: people, Seed: 3})
	col := s.ColumnsOf(2)[0].ID
	a, _ := s.CurrentActivity()
	guest := a.Plan.Seats[0][0][1]
	s, _ = step(t, s, guest, AddNote{Column: col, Text: "geheim van de eerste groep"})
	s, _ = step(t, s, owner, NextCafeRound{Present: people, Seed: 4})
	v := ViewFor(&Snapshot{State: s}, people[0])
	if !v.Cafe.IsHost {
		t.Fatal("not the host")
	}
	for _, n := range v.Cafe.Added {
		t.Errorf("the host reads a hidden note: %+v", n)
	}
	if len(v.Columns) != 1 || v.Columns[0].Hidden != 1 || len(v.Columns[0].Notes) != 0 {
		t.Errorf("the host's table board: %+v", v.Columns)
	}
}

func TestParticipationCountsEveryBoard(t *testing.T) {
	s, people := cafeRoom(t)
	s, _ = step(t, s, owner, StartCafe{Present: people, Seed: 3})
	a, _ := s.CurrentActivity()
	cols := s.ColumnsOf(a.ID)
	writer := a.Plan.Seats[0][0][0]
	s, _ = step(t, s, writer, AddNote{Column: cols[0].ID, Text: "aan tafel één"})
	for _, p := range ParticipationIn(&Snapshot{State: s}) {
		want := 0
		if wp, _ := s.Participant(writer); p.Name == wp.Name {
			want = 1
		}
		if p.Count != want {
			t.Errorf("%s: count %d in the café, want %d", p.Name, p.Count, want)
		}
	}
}

func TestEmptyThemeOfAnonymousNotesCountsNoPeople(t *testing.T) {
	s, _, _ := anonymousRoom(t, "anonymous: true")
	s, _ = step(t, s, owner, Step{Delta: 1})
	s, _ = step(t, s, alice, AddTheme{Title: "Nog leeg"})
	v := ViewFor(&Snapshot{State: s}, alice)
	if len(v.Themes) != 1 || !v.Themes[0].Anonymous {
		t.Errorf("an empty theme of an anonymous brainstorm is shown with people: %+v", v.Themes)
	}
}
