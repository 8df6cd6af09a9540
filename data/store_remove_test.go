package data_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"kring/data"
	"kring/sessions"
)

// fileHolds reports whether the database file in dir holds b anywhere in
// its raw bytes, freed pages included, and how many bytes it searched.
func fileHolds(t *testing.T, dir string, b string) (bool, int) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, data.FileName))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Contains(raw, []byte(b)), len(raw)
}

// The note text of roomLog that the raw-bytes tests look for.
const secretNote = "Vraag?"

func TestDeleteLeavesNoBytesInTheFile(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := open(t, dir)
	createRoom(t, s, "K7Q4MX", t0, true)
	keep := createRoom(t, s, "M4FHWC", t0.Add(1), false)
	if held, _ := fileHolds(t, dir, "Sessie K7Q4MX"); !held {
		t.Fatal("the room's title is not in the file before deletion: the test would prove nothing")
	}
	if err := s.Delete(ctx, "K7Q4MX"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := s.Load(ctx, "K7Q4MX"); !errors.Is(err, sessions.ErrNoRoom) {
		t.Errorf("Load after Delete = %v, want ErrNoRoom", err)
	}
	if err := s.Delete(ctx, "K7Q4MX"); !errors.Is(err, sessions.ErrNoRoom) {
		t.Errorf("second Delete = %v, want ErrNoRoom", err)
	}
	rooms, _ := s.Rooms(ctx)
	if len(rooms) != 1 || rooms[0].Code != "M4FHWC" {
		t.Errorf("Rooms after Delete = %+v", rooms)
	}
	// The store goes on working on the compacted file.
	got, err := s.Load(ctx, "M4FHWC")
	if err != nil {
		t.Fatal(err)
	}
	sameEvents(t, got, keep)
	s = reopen(t, s, dir)
	defer s.Close()
	for _, b := range []string{"K7Q4MX", secretNote, "Sessie K7Q4MX", "Bram"} {
		if held, n := fileHolds(t, dir, b); held {
			t.Errorf("the file (%d bytes) still holds %q", n, b)
		}
	}
}

func TestRewriteReplacesTheLogAndLeavesNoOldBytes(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := open(t, dir)
	defer s.Close()
	log := createRoom(t, s, "K7Q4MX", t0, true)
	if held, _ := fileHolds(t, dir, secretNote); !held {
		t.Fatal("the note is not in the file before the rewrite: the test would prove nothing")
	}
	out, x, err := sessions.Erase(log, bob, true)
	if err != nil {
		t.Fatalf("Erase: %v", err)
	}
	if x.NotesRemoved != 1 {
		t.Errorf("Erasure = %+v", x)
	}
	gap := append([]sessions.Event(nil), out...)
	gap[1].Seq = 7
	if err := s.Rewrite(ctx, "K7Q4MX", gap); !errors.Is(err, data.ErrGap) {
		t.Errorf("Rewrite with a gap = %v, want ErrGap", err)
	}
	if err := s.Rewrite(ctx, "K7Q4MX", out); err != nil {
		t.Fatalf("Rewrite: %v", err)
	}
	got, err := s.Load(ctx, "K7Q4MX")
	if err != nil {
		t.Fatal(err)
	}
	sameEvents(t, got, out)
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	// Appends continue after the rewritten log.
	next := out[len(out)-1]
	next.Seq++
	if err := s.Append(ctx, "K7Q4MX", []sessions.Event{next}); err != nil {
		t.Fatalf("Append after Rewrite: %v", err)
	}
	for _, b := range []string{secretNote, string(bob), "Bram", sessions.HashRejoin("ACDE3467")} {
		if held, n := fileHolds(t, dir, b); held {
			t.Errorf("the file (%d bytes) still holds %q", n, b)
		}
	}
	if held, _ := fileHolds(t, dir, "Fenna"); !held {
		t.Error("the file lost the others' names")
	}
}
