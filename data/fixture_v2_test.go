package data_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"kring/sessions"
)

// TestFixtureTakesNewEvents: a room of the fixture, written before events
// were typed, goes on in the current version — its log then holds both —
// and, reopened, replays to the room as it was live.
func TestFixtureTakesNewEvents(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, filepath.Join(fixtureDir, "kring.db"), filepath.Join(dir, "kring.db"))
	ctx := context.Background()
	s := open(t, dir)
	rooms, err := s.Rooms(ctx)
	if err != nil {
		t.Fatal(err)
	}
	live := map[string][]byte{}
	hub := sessions.NewHub(s, sessions.HubOptions{RatePerSecond: 1e6, Burst: 1e6})
	for _, info := range rooms {
		room, err := hub.Room(ctx, info.Code)
		if err != nil {
			t.Fatal(err)
		}
		if err := room.Do(ctx, info.Owner, sessions.LockInput{Locked: true}); err != nil {
			t.Fatalf("%s: %v", info.Code, err)
		}
		// A board takes a column as well; other activities refuse it.
		_ = room.Do(ctx, info.Owner, sessions.AddColumn{Title: "Nieuw"})
		live[info.Code] = mustMarshal(t, room.Snapshot().State)
	}
	hub.Close()
	s = reopen(t, s, dir)
	defer s.Close()
	for _, info := range rooms {
		raw, err := s.RawLog(info.Code)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(raw[0], []byte(`"v":`)) || !bytes.HasPrefix(raw[len(raw)-1], []byte(`{"v":2,`)) {
			t.Errorf("%s: the log does not go from version 1 to 2:\n%s\n…\n%s", info.Code, raw[0], raw[len(raw)-1])
		}
		events, err := s.Load(ctx, info.Code)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustMarshal(t, sessions.Replay(events)); !bytes.Equal(got, live[info.Code]) {
			t.Errorf("%s replays to another room than it was live:\ngot  %s\nwant %s", info.Code, got, live[info.Code])
		}
	}
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
