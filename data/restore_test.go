package data_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"kring/data"
)

func TestRestoreVerifiesFirstAndKeepsTheOldFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir)
	createRoom(t, s, "K7Q4MX", t0, true)
	backup := filepath.Join(t.TempDir(), "backup.db")
	f, err := os.Create(backup)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	createRoom(t, s, "M4FHWC", t0.Add(1), true)

	// While the server runs, the lock refuses a restore.
	if _, _, err := data.Restore(ctx, dir, backup, t0); !errors.Is(err, data.ErrLocked) {
		t.Errorf("Restore while open = %v, want ErrLocked", err)
	}
	s.Close()

	// A damaged backup is refused and nothing changes.
	bad := filepath.Join(t.TempDir(), "bad.db")
	raw, _ := os.ReadFile(backup)
	for i := 4096 * 2; i < len(raw); i++ {
		raw[i] ^= 0x5a
	}
	if err := os.WriteFile(bad, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, data.FileName))
	if _, _, err := data.Restore(ctx, dir, bad, t0); err == nil {
		t.Fatal("a damaged backup was restored")
	}
	after, _ := os.ReadFile(filepath.Join(dir, data.FileName))
	if string(before) != string(after) {
		t.Fatal("a refused restore changed the database")
	}

	sum, kept, err := data.Restore(ctx, dir, backup, t0)
	if err != nil {
		t.Fatalf("Restore: %v", err)
	}
	if sum.Rooms != 1 || sum.Events != 13 {
		t.Errorf("Summary = %+v", sum)
	}
	if got, _ := os.ReadFile(kept); string(got) != string(before) {
		t.Errorf("the old database is not kept at %s", kept)
	}
	s = open(t, dir)
	defer s.Close()
	rooms, _ := s.Rooms(ctx)
	if len(rooms) != 1 || rooms[0].Code != "K7Q4MX" {
		t.Errorf("rooms after restore = %+v", rooms)
	}
}
