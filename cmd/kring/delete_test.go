package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kring/data"
	"kring/sessions"
)

// seedGuest adds Bram, who is not a facilitator, with a note to the room
// seed wrote.
func seedGuest(t *testing.T, dir string) {
	t.Helper()
	store, err := data.Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx := context.Background()
	events, err := store.Load(ctx, "K7Q4MX")
	if err != nil {
		t.Fatal(err)
	}
	state := sessions.Replay(events)
	more := decided(t, state, "key:SHA256:bram", state.Created.Add(time.Minute),
		sessions.Join{Name: "Bram Jansen", Function: "directeur"},
		sessions.AddNote{Column: 1, Text: "Brams eigen punt"},
	)
	if err := store.Append(ctx, "K7Q4MX", more); err != nil {
		t.Fatal(err)
	}
}

func dbBytes(t *testing.T, dir string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, data.FileName))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestEraseOffline(t *testing.T) {
	dir := t.TempDir()
	seed(t, dir)
	seedGuest(t, dir)
	if !bytes.Contains(dbBytes(t, dir), []byte("Bram Jansen")) {
		t.Fatal("Bram is not in the file: the test would prove nothing")
	}
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"erase", "--data", dir, "K7Q4MX", "Anna"}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "procesbegeleider") {
		t.Errorf("erasing the facilitator: %v", err)
	}
	if err := run(context.Background(), []string{"erase", "--data", dir, "--notes", "remove", "K7Q-4MX", "bram", "jansen"}, &out, &errOut); err != nil {
		t.Fatalf("erase: %v (%s)", err, errOut.String())
	}
	if !strings.Contains(out.String(), "Verwijderd: 1 briefje.") {
		t.Errorf("erase said %q", out.String())
	}
	raw := dbBytes(t, dir)
	for _, s := range []string{"Bram Jansen", "directeur", "key:SHA256:bram", "Brams eigen punt"} {
		if bytes.Contains(raw, []byte(s)) {
			t.Errorf("the file (%d bytes) still holds %q", len(raw), s)
		}
	}
	if !bytes.Contains(raw, []byte("Samen leren")) {
		t.Error("the file lost the facilitator's note")
	}
}

func TestDeleteOffline(t *testing.T) {
	dir := t.TempDir()
	seed(t, dir)
	var out, errOut bytes.Buffer
	if err := deleteRoom([]string{"--data", dir, "K7Q4MX"}, strings.NewReader("ABCDEF\n"), &out, &errOut); err == nil {
		t.Fatal("delete went ahead with the wrong code typed")
	}
	if !bytes.Contains(dbBytes(t, dir), []byte("Samen leren")) {
		t.Fatal("the note went without confirmation")
	}
	// A running server holds the lock: delete says so.
	store, err := data.Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	err = deleteRoom([]string{"--data", dir, "--yes", "K7Q4MX"}, nil, &out, &errOut)
	store.Close()
	if err == nil || !strings.Contains(err.Error(), "draaiende kring-server") || !strings.Contains(err.Error(), "delete CODE") {
		t.Errorf("delete while the server runs: %v", err)
	}
	if err := deleteRoom([]string{"--data", dir, "K7Q4MX"}, strings.NewReader("k7q-4mx\n"), &out, &errOut); err != nil {
		t.Fatalf("delete: %v", err)
	}
	raw := dbBytes(t, dir)
	for _, s := range []string{"Samen leren", "Anna", "K7Q4MX"} {
		if bytes.Contains(raw, []byte(s)) {
			t.Errorf("the file (%d bytes) still holds %q", len(raw), s)
		}
	}
	if err := run(context.Background(), []string{"export", "--data", dir, "K7Q4MX"}, &out, &errOut); err == nil {
		t.Error("export of the deleted room worked")
	}
}
