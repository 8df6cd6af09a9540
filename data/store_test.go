package data_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"kring/data"
	"kring/sessions"
)

var t0 = time.Date(2025, time.March, 14, 9, 30, 0, 0, time.UTC)

const (
	owner sessions.ParticipantID = "key:SHA256:owner"
	alice sessions.ParticipantID = "key:SHA256:alice"
	bob   sessions.ParticipantID = "anon:bob"
)

func open(t *testing.T, dir string) *data.Store {
	t.Helper()
	s, err := data.Open(dir, time.Second)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	return s
}

// reopen closes s and opens dir again, as after a restart, and checks it.
func reopen(t *testing.T, s *data.Store, dir string) *data.Store {
	t.Helper()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir)
	if err := s.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
	return s
}

// roomLog is the log of a short meeting in room code, created at created:
// the first event and the events after it, numbered from 1.
func roomLog(t *testing.T, code string, created time.Time) (sessions.RoomInfo, sessions.Event, []sessions.Event) {
	t.Helper()
	first, err := sessions.NewRoom(code, "Sessie "+code, sessions.Dutch, owner, created)
	if err != nil {
		t.Fatalf("NewRoom: %v", err)
	}
	first.Seq = 1
	s := sessions.Apply(sessions.State{}, first)
	title := s.Title
	var rest []sessions.Event
	for _, c := range []struct {
		actor sessions.ParticipantID
		cmd   sessions.Command
	}{
		{owner, sessions.Join{Name: "Fenna", Function: "IB'er"}},
		{alice, sessions.Join{Name: "Anna"}},
		{bob, sessions.Join{Name: "Bram", RejoinHash: sessions.HashRejoin("ACDE3467")}},
		{alice, sessions.ChooseLang{Lang: sessions.English}},
		{alice, sessions.AddNote{Column: 1, Text: "Ideeën: één 👩‍🏫\nnog een regel"}},
		{bob, sessions.AddNote{Column: 2, Text: "Vraag?"}},
		{alice, sessions.EditNote{Note: 3, Text: "anders"}},
		{owner, sessions.MoveNote{Note: 4, Column: 1}},
		{owner, sessions.AddColumn{Title: "Acties"}},
		{owner, sessions.RenameColumn{Column: 5, Title: "Afspraken"}},
		{bob, sessions.DeleteNote{Note: 4}},
		{owner, sessions.RemoveColumn{Column: 2}},
	} {
		evs, err := sessions.Decide(s, c.actor, created.Add(time.Duration(s.Seq)*time.Minute), c.cmd)
		if err != nil {
			t.Fatalf("Decide %T: %v", c.cmd, err)
		}
		for _, e := range evs {
			e.Seq = s.Seq + 1
			s = sessions.Apply(s, e)
			rest = append(rest, e)
		}
	}
	info := sessions.RoomInfo{Code: code, Title: title, Owner: owner, Lang: sessions.Dutch, Created: created}
	return info, first, rest
}

// sameEvents compares logs as the store keeps them (JSON) and as values.
func sameEvents(t *testing.T, got, want []sessions.Event) {
	t.Helper()
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	if string(gj) != string(wj) {
		t.Fatalf("events differ:\ngot  %s\nwant %s", gj, wj)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("events differ as values:\ngot  %+v\nwant %+v", got, want)
	}
}

func createRoom(t *testing.T, s *data.Store, code string, created time.Time, appendRest bool) []sessions.Event {
	t.Helper()
	ctx := context.Background()
	info, first, rest := roomLog(t, code, created)
	if err := s.Create(ctx, info, first); err != nil {
		t.Fatalf("Create %s: %v", code, err)
	}
	if !appendRest {
		return []sessions.Event{first}
	}
	// Append in a few batches of different sizes.
	for i, n := 0, 1; i < len(rest); i, n = i+n, n+1 {
		end := min(i+n, len(rest))
		if err := s.Append(ctx, code, rest[i:end]); err != nil {
			t.Fatalf("Append %s: %v", code, err)
		}
	}
	return append([]sessions.Event{first}, rest...)
}

func TestCreateAppendLoad(t *testing.T) {
	s := open(t, t.TempDir())
	defer s.Close()
	want := createRoom(t, s, "K7Q4MX", t0, true)
	got, err := s.Load(context.Background(), "K7Q4MX")
	if err != nil {
		t.Fatal(err)
	}
	sameEvents(t, got, want)
	if !reflect.DeepEqual(sessions.Replay(got), sessions.Replay(want)) {
		t.Error("replayed state differs")
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

func TestCreateTwice(t *testing.T) {
	s := open(t, t.TempDir())
	defer s.Close()
	ctx := context.Background()
	want := createRoom(t, s, "K7Q4MX", t0, true)
	info, first, _ := roomLog(t, "K7Q4MX", t0.Add(time.Hour))
	info.Title = "Kaper"
	if err := s.Create(ctx, info, first); !errors.Is(err, sessions.ErrRoomExists) {
		t.Fatalf("second Create = %v, want ErrRoomExists", err)
	}
	got, err := s.Load(ctx, "K7Q4MX")
	if err != nil {
		t.Fatal(err)
	}
	sameEvents(t, got, want)
	rooms, err := s.Rooms(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rooms) != 1 || rooms[0].Title == "Kaper" {
		t.Errorf("rooms after refused Create = %+v", rooms)
	}
}

func TestLoadAndAppendUnknown(t *testing.T) {
	s := open(t, t.TempDir())
	defer s.Close()
	ctx := context.Background()
	createRoom(t, s, "K7Q4MX", t0, false)
	if evs, err := s.Load(ctx, "ACDEFG"); !errors.Is(err, sessions.ErrNoRoom) || evs != nil {
		t.Errorf("Load unknown = %v, %v; want ErrNoRoom", evs, err)
	}
	_, _, rest := roomLog(t, "ACDEFG", t0)
	if err := s.Append(ctx, "ACDEFG", rest[:1]); !errors.Is(err, sessions.ErrNoRoom) {
		t.Errorf("Append unknown = %v, want ErrNoRoom", err)
	}
	if rooms, _ := s.Rooms(ctx); len(rooms) != 1 {
		t.Errorf("rooms = %+v", rooms)
	}
}

func TestRoomsSortedByCreated(t *testing.T) {
	s := open(t, t.TempDir())
	defer s.Close()
	ctx := context.Background()
	if rooms, err := s.Rooms(ctx); err != nil || len(rooms) != 0 {
		t.Fatalf("empty store Rooms = %+v, %v", rooms, err)
	}
	// Codes in an order unlike their creation times.
	created := map[string]time.Time{
		"YYYYYY": t0,
		"AAAAAA": t0.Add(3 * time.Hour),
		"MMMMMM": t0.Add(time.Hour),
		"CCCCCC": t0.Add(2 * time.Hour),
		"XXXXXX": t0.Add(-24 * time.Hour),
	}
	for _, code := range []string{"MMMMMM", "AAAAAA", "XXXXXX", "YYYYYY", "CCCCCC"} {
		createRoom(t, s, code, created[code], false)
	}
	rooms, err := s.Rooms(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rooms {
		got = append(got, r.Code)
		if !r.Created.Equal(created[r.Code]) || r.Owner != owner || r.Title != "Sessie "+r.Code || r.Lang != sessions.Dutch {
			t.Errorf("room info = %+v", r)
		}
	}
	want := []string{"XXXXXX", "YYYYYY", "MMMMMM", "CCCCCC", "AAAAAA"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Rooms order = %v, want %v", got, want)
	}
}

func TestBackupOpensAndLoads(t *testing.T) {
	s := open(t, t.TempDir())
	defer s.Close()
	ctx := context.Background()
	want := map[string][]sessions.Event{}
	for i, code := range []string{"K7Q4MX", "ACDEFG", "HJKMNP"} {
		want[code] = createRoom(t, s, code, t0.Add(time.Duration(i)*time.Hour), true)
	}
	backupDir := t.TempDir()
	f, err := os.Create(filepath.Join(backupDir, data.FileName))
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Backup(f)
	if err != nil {
		t.Fatalf("Backup: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(f.Name()); err != nil || fi.Size() != n || n == 0 {
		t.Fatalf("backup file size %v (%v), Backup reported %d", fi, err, n)
	}
	// The original keeps working after the backup.
	_, _, extra := roomLog(t, "ACDEFG", t0)
	extra[0].Seq = uint64(len(want["ACDEFG"]) + 1)
	if err := s.Append(ctx, "ACDEFG", extra[:1]); err != nil {
		t.Fatalf("Append after backup: %v", err)
	}

	b := open(t, backupDir)
	defer b.Close()
	if err := b.Check(); err != nil {
		t.Errorf("Check on backup: %v", err)
	}
	for code, evs := range want {
		got, err := b.Load(ctx, code)
		if err != nil {
			t.Fatalf("Load %s from backup: %v", code, err)
		}
		sameEvents(t, got, evs) // without the event appended after the backup
	}
	orig, _ := s.Rooms(ctx)
	copied, _ := b.Rooms(ctx)
	// The index is the same; the last activity of ACDEFG moved on since.
	for i := range orig {
		orig[i].Active, copied[i].Active = time.Time{}, time.Time{}
	}
	if !reflect.DeepEqual(orig, copied) {
		t.Errorf("backup rooms = %+v, want %+v", copied, orig)
	}
}

func TestBackupWhileWriting(t *testing.T) {
	s := open(t, t.TempDir())
	defer s.Close()
	ctx := context.Background()
	codes := []string{"AAAAAA", "CCCCCC", "DDDDDD", "EEEEEE"}
	for _, code := range codes {
		createRoom(t, s, code, t0, false)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for _, code := range codes {
		_, _, rest := roomLog(t, code, t0)
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				e := rest[i%len(rest)]
				e.Seq = uint64(i + 2)
				if err := s.Append(ctx, code, []sessions.Event{e}); err != nil {
					t.Errorf("Append: %v", err)
					return
				}
			}
		})
	}
	dirs := make([]string, 3)
	for i := range dirs {
		dirs[i] = t.TempDir()
		f, err := os.Create(filepath.Join(dirs[i], data.FileName))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Backup(f); err != nil {
			t.Fatalf("Backup %d: %v", i, err)
		}
		f.Close()
	}
	close(stop)
	wg.Wait()
	for _, dir := range dirs {
		b := open(t, dir)
		if err := b.Check(); err != nil {
			t.Errorf("backup taken while writing fails Check: %v", err)
		}
		b.Close()
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

func TestCheck(t *testing.T) {
	ctx := context.Background()
	t.Run("empty", func(t *testing.T) {
		s := open(t, t.TempDir())
		defer s.Close()
		if err := s.Check(); err != nil {
			t.Errorf("Check on empty store: %v", err)
		}
	})
	t.Run("good", func(t *testing.T) {
		s := open(t, t.TempDir())
		defer s.Close()
		createRoom(t, s, "K7Q4MX", t0, true)
		createRoom(t, s, "ACDEFG", t0, false)
		if err := s.Check(); err != nil {
			t.Errorf("Check: %v", err)
		}
	})
	t.Run("gap", func(t *testing.T) {
		s := open(t, t.TempDir())
		defer s.Close()
		evs := createRoom(t, s, "K7Q4MX", t0, true)
		createRoom(t, s, "ACDEFG", t0, true)
		_, _, rest := roomLog(t, "K7Q4MX", t0)
		e := rest[0]
		e.Seq = uint64(len(evs) + 2) // skips one
		if err := s.PutRaw("K7Q4MX", e); err != nil {
			t.Fatal(err)
		}
		err := s.Check()
		if err == nil {
			t.Fatal("Check passed a log with a gap")
		}
		if !strings.Contains(err.Error(), "K7Q4MX") {
			t.Errorf("Check error does not name the room: %v", err)
		}
	})
	t.Run("not from one", func(t *testing.T) {
		s := open(t, t.TempDir())
		defer s.Close()
		info, first, _ := roomLog(t, "K7Q4MX", t0)
		first.Seq = 2
		if err := s.Create(ctx, info, first); err != nil {
			t.Fatal(err)
		}
		if err := s.Check(); err == nil {
			t.Fatal("Check passed a log that starts at 2")
		}
	})
	t.Run("survives reopen", func(t *testing.T) {
		dir := t.TempDir()
		s := open(t, dir)
		evs := createRoom(t, s, "K7Q4MX", t0, true)
		_, _, rest := roomLog(t, "K7Q4MX", t0)
		rest[0].Seq = uint64(len(evs) + 5)
		if err := s.PutRaw("K7Q4MX", rest[0]); err != nil {
			t.Fatal(err)
		}
		s.Close()
		s = open(t, dir)
		defer s.Close()
		if err := s.Check(); err == nil {
			t.Fatal("Check passed a reopened log with a gap")
		}
	})
}

func TestOpenLocked(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	start := time.Now()
	other, err := data.Open(dir, 100*time.Millisecond)
	elapsed := time.Since(start)
	if !errors.Is(err, data.ErrLocked) {
		if other != nil {
			other.Close()
		}
		t.Fatalf("second Open = %v, want ErrLocked", err)
	}
	if other != nil {
		t.Error("second Open returned a store with ErrLocked")
	}
	// bbolt polls the lock every 50ms and may give up one poll early.
	if elapsed > 3*time.Second {
		t.Errorf("second Open gave up after %v, want about the 100ms lock timeout", elapsed)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := data.Open(dir, 100*time.Millisecond)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	again.Close()
}

func TestOpenCreatesDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "data")
	s := open(t, dir)
	defer s.Close()
	fi, err := os.Stat(filepath.Join(dir, data.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		t.Errorf("database file mode %v is readable by others", perm)
	}
	di, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := di.Mode().Perm(); perm&0o077 != 0 {
		t.Errorf("data directory mode %v is open to others", perm)
	}
}

func TestConcurrentAppendToRooms(t *testing.T) {
	const rooms, each = 20, 15
	s := open(t, t.TempDir())
	defer s.Close()
	ctx := context.Background()
	codes := make([]string, rooms)
	for i := range codes {
		codes[i] = "ACD" + string("ACDEFGHJKMNPQRTUVWXY"[i]) + "AA"
		createRoom(t, s, codes[i], t0.Add(time.Duration(i)*time.Minute), false)
	}
	want := make([][]sessions.Event, rooms)
	var wg sync.WaitGroup
	for r, code := range codes {
		_, first, rest := roomLog(t, code, t0.Add(time.Duration(r)*time.Minute))
		wg.Go(func() {
			log := []sessions.Event{first}
			for i := range each {
				e := rest[i%len(rest)]
				e.Seq = uint64(len(log) + 1)
				// Each event of each room is told apart by its time.
				e.At = t0.Add(time.Duration(r*each+i) * time.Second)
				if err := s.Append(ctx, code, []sessions.Event{e}); err != nil {
					t.Errorf("Append %s: %v", code, err)
					return
				}
				log = append(log, e)
			}
			want[r] = log
		})
	}
	wg.Wait()
	for r, code := range codes {
		got, err := s.Load(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		sameEvents(t, got, want[r])
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	ctx := context.Background()
	want := map[string][]sessions.Event{
		"K7Q4MX": createRoom(t, s, "K7Q4MX", t0, true),
		"ACDEFG": createRoom(t, s, "ACDEFG", t0.Add(time.Hour), false),
	}
	wantRooms, err := s.Rooms(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir)
	defer s.Close()
	for code, evs := range want {
		got, err := s.Load(ctx, code)
		if err != nil {
			t.Fatalf("Load %s after reopen: %v", code, err)
		}
		sameEvents(t, got, evs)
	}
	rooms, err := s.Rooms(ctx)
	if err != nil || !reflect.DeepEqual(rooms, wantRooms) {
		t.Errorf("Rooms after reopen = %+v, %v; want %+v", rooms, err, wantRooms)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check after reopen: %v", err)
	}
	// The reopened store takes new events where the old one stopped.
	_, _, rest := roomLog(t, "ACDEFG", t0)
	rest[0].Seq = 2
	if err := s.Append(ctx, "ACDEFG", rest[:1]); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Load(ctx, "ACDEFG")
	sameEvents(t, got, append(want["ACDEFG"], rest[0]))
}

// TestHubOverStore runs the real hub over the bbolt store: commands land in
// the log, and a new hub over a reopened store sees the same room.
func TestHubOverStore(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := open(t, dir)
	h := sessions.NewHub(s, sessions.HubOptions{RatePerSecond: 1000, Burst: 1000})
	code, err := h.Create(ctx, owner, "Studiedag", sessions.Dutch, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := h.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			id := sessions.ParticipantID(fmt.Sprint("key:w", w))
			if err := r.Do(ctx, id, sessions.Join{Name: fmt.Sprint("W", w)}); err != nil {
				t.Error(err)
				return
			}
			for i := range 10 {
				if err := r.Do(ctx, id, sessions.AddNote{Column: 1, Text: fmt.Sprint(w, "-", i)}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	live := r.Snapshot().State
	h.Close()
	s = reopen(t, s, dir)
	defer s.Close()
	h = sessions.NewHub(s, sessions.HubOptions{})
	defer h.Close()
	got, err := h.State(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	// Compared as JSON: the live state's times carry a monotonic reading.
	gj, _ := json.Marshal(got)
	lj, _ := json.Marshal(live)
	if string(gj) != string(lj) {
		t.Errorf("state after restart differs:\ngot  %s\nwant %s", gj, lj)
	}
	if len(got.Notes) != 80 || got.Seq != 1+8+80 {
		t.Errorf("after restart: %d notes, seq %d", len(got.Notes), got.Seq)
	}
}

func TestAppendRefusesAnEventOutOfOrder(t *testing.T) {
	s := open(t, t.TempDir())
	defer s.Close()
	ctx := context.Background()
	want := createRoom(t, s, "K7Q4MX", t0, true)
	last := want[len(want)-1]
	for _, seq := range []uint64{last.Seq, last.Seq + 2, 1, 0} {
		e := last
		e.Seq = seq
		if err := s.Append(ctx, "K7Q4MX", []sessions.Event{e}); !errors.Is(err, data.ErrOutOfOrder) {
			t.Errorf("Append of seq %d after %d: %v, want ErrOutOfOrder", seq, last.Seq, err)
		}
	}
	// A batch with a gap inside is refused whole.
	a, b := last, last
	a.Seq, b.Seq = last.Seq+1, last.Seq+3
	if err := s.Append(ctx, "K7Q4MX", []sessions.Event{a, b}); !errors.Is(err, data.ErrOutOfOrder) {
		t.Errorf("Append of a batch with a gap: %v", err)
	}
	got, err := s.Load(ctx, "K7Q4MX")
	if err != nil {
		t.Fatal(err)
	}
	sameEvents(t, got, want)
	if err := s.Append(ctx, "K7Q4MX", []sessions.Event{a}); err != nil {
		t.Errorf("the next event after the refusals: %v", err)
	}
}
