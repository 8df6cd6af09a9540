package data_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"kring/sessions"
)

const anonymousTemplate = `name: anoniem
title: Anoniem
description: Een anonieme brainstorm
activities:
  - kind: brainstorm
    title: Wat speelt er?
    columns: [Positief, Negatief]
    anonymous: true
`

func TestAnonymousNotesStoreNoAuthor(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	tpl, _, err := sessions.ParseTemplate("anoniem.yaml", []byte(anonymousTemplate))
	if err != nil {
		t.Fatal(err)
	}
	const (
		owner = sessions.ParticipantID("key:SHA256:owner")
		anna  = sessions.ParticipantID("key:SHA256:anna")
		bram  = sessions.ParticipantID("anon:bram")
	)
	s := open(t, dir)
	hub := sessions.NewHub(s, sessions.HubOptions{RatePerSecond: 1e6, Burst: 1e6})
	code, err := hub.Create(ctx, owner, "Anoniem", sessions.Dutch, tpl)
	if err != nil {
		t.Fatal(err)
	}
	room, err := hub.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	do := func(id sessions.ParticipantID, cmd sessions.Command) {
		t.Helper()
		if err := room.Do(ctx, id, cmd); err != nil {
			t.Fatalf("%T: %v", cmd, err)
		}
	}
	do(owner, sessions.Join{Name: "Fenna"})
	do(anna, sessions.Join{Name: "Anna"})
	do(bram, sessions.Join{Name: "Bram", RejoinHash: sessions.HashRejoin("ACDE3467")})
	col := room.Snapshot().State.ColumnsOf(room.Snapshot().State.Agenda[0].ID)[0].ID
	note := room.Snapshot().State.NextID
	do(anna, sessions.AddNote{Column: col, Text: "Geheim idee van Anna"})
	do(bram, sessions.AddNote{Column: col, Text: "Geheim idee van Bram"})
	do(anna, sessions.EditNote{Note: note, Text: "Geheim idee van Anna, beter"})
	do(anna, sessions.MoveNote{Note: note, Column: col + 1})
	hub.Close()

	// Nothing in the log ties an anonymous note to anyone: every record
	// that carries a note's text or acts on a note names nobody.
	raw, err := s.RawLog(code)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range raw {
		if !bytes.Contains(rec, []byte(`"note_`)) {
			continue
		}
		for _, id := range []sessions.ParticipantID{owner, anna, bram} {
			if bytes.Contains(rec, []byte(id)) {
				t.Errorf("a stored note event names %s: %s", id, rec)
			}
		}
	}
	s.Close()
	// Nor does any page of the database file, free pages included: no
	// author was ever written.
	file, err := os.ReadFile(filepath.Join(dir, "kring.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []sessions.ParticipantID{anna, bram} {
		if bytes.Contains(file, []byte(`"author":"`+id+`"`)) {
			t.Errorf("the database file names %s as an author", id)
		}
	}

	// After a restart the room is whole, but nobody, the author included,
	// is tied to the note any more: that is the price of anonymity.
	s = open(t, dir)
	defer s.Close()
	hub = sessions.NewHub(s, sessions.HubOptions{RatePerSecond: 1e6, Burst: 1e6})
	defer hub.Close()
	room, err = hub.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(room.Snapshot().State.Notes); n != 2 {
		t.Fatalf("%d notes after the restart", n)
	}
	err = room.Do(ctx, anna, sessions.EditNote{Note: note, Text: "nog eens"})
	if !errors.Is(err, sessions.ErrNotYours) {
		t.Errorf("after a restart the author may still change an anonymous note: %v", err)
	}
	if err := room.Do(ctx, owner, sessions.DeleteNote{Note: note}); err != nil {
		t.Errorf("after a restart the facilitator may not tidy the board: %v", err)
	}
}
