package sessions

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the room goroutine to log into.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// fakeStore is an in-memory Store. It checks that every log stays a
// gapless sequence and can be told to fail.
type fakeStore struct {
	mu      sync.Mutex
	rooms   []RoomInfo
	logs    map[string][]Event
	loads   int
	appends int
	// failAppend, when set, is returned by the next Append, which stores
	// nothing.
	failAppend error
	// createExists makes that many Create calls report ErrRoomExists.
	createExists int
	// onAppend runs inside Append before the events are stored.
	onAppend func(code string, events []Event)
}

var _ Store = (*fakeStore)(nil)

func newFakeStore() *fakeStore { return &fakeStore{logs: map[string][]Event{}} }

func (f *fakeStore) Create(_ context.Context, info RoomInfo, first Event) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.createExists > 0 {
		f.createExists--
		return ErrRoomExists
	}
	if _, ok := f.logs[info.Code]; ok {
		return ErrRoomExists
	}
	if first.Seq != 1 {
		return fmt.Errorf("first event has seq %d", first.Seq)
	}
	f.rooms = append(f.rooms, info)
	f.logs[info.Code] = []Event{first}
	return nil
}

func (f *fakeStore) Append(_ context.Context, code string, events []Event) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.appends++
	if f.onAppend != nil {
		f.onAppend(code, events)
	}
	if err := f.failAppend; err != nil {
		f.failAppend = nil
		return err
	}
	log, ok := f.logs[code]
	if !ok {
		return ErrNoRoom
	}
	for i, e := range events {
		if want := uint64(len(log) + i + 1); e.Seq != want {
			return fmt.Errorf("append to %s: seq %d where %d was expected", code, e.Seq, want)
		}
	}
	f.logs[code] = append(log, events...)
	return nil
}

func (f *fakeStore) Load(_ context.Context, code string) ([]Event, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.loads++
	log, ok := f.logs[code]
	if !ok {
		return nil, ErrNoRoom
	}
	return slices.Clone(log), nil
}

func (f *fakeStore) Rooms(context.Context) ([]RoomInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.rooms), nil
}

func (f *fakeStore) log(code string) []Event {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.logs[code])
}

func (f *fakeStore) counts() (loads, appends int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.loads, f.appends
}

// fakeClock is a settable clock safe for the room goroutine to read.
type fakeClock struct{ ns atomic.Int64 }

func newFakeClock(t time.Time) *fakeClock {
	c := &fakeClock{}
	c.ns.Store(t.UnixNano())
	return c
}

func (c *fakeClock) Now() time.Time          { return time.Unix(0, c.ns.Load()).UTC() }
func (c *fakeClock) Advance(d time.Duration) { c.ns.Add(int64(d)) }

const waitLimit = 5 * time.Second

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// newTestHub returns a hub over a fresh fake store with a generous rate
// limit, closed when the test ends.
func newTestHub(t *testing.T, opts HubOptions) (*Hub, *fakeStore) {
	t.Helper()
	if opts.RatePerSecond == 0 {
		opts.RatePerSecond = 1e6
		opts.Burst = 1e6
	}
	store := newFakeStore()
	h := NewHub(store, opts)
	t.Cleanup(h.Close)
	return h, store
}

// liveRoom creates a room owned by owner and joins owner and alice.
func liveRoom(t *testing.T, h *Hub) *Room {
	t.Helper()
	ctx := testCtx(t)
	code, err := h.Create(ctx, owner, "Studiedag", Dutch, nil)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	r, err := h.Room(ctx, code)
	if err != nil {
		t.Fatalf("Room: %v", err)
	}
	for _, j := range []struct {
		id   ParticipantID
		name string
	}{{owner, "Fenna"}, {alice, "Anna"}} {
		if err := r.Do(ctx, j.id, Join{Name: j.name}); err != nil {
			t.Fatalf("join %s: %v", j.name, err)
		}
	}
	return r
}

func waitClosed(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(waitLimit):
		t.Fatalf("timed out waiting for %s", what)
	}
}

func notClosed(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
		t.Fatalf("%s happened", what)
	default:
	}
}

func TestHubCreateThenRoom(t *testing.T) {
	clock := newFakeClock(t0)
	h, store := newTestHub(t, HubOptions{Now: clock.Now})
	ctx := testCtx(t)
	code, err := h.Create(ctx, owner, " Studiedag\x1b[2J ", English, nil)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if c, ok := ParseCode(code); !ok || c != code {
		t.Fatalf("Create returned code %q", code)
	}
	rooms, _ := store.Rooms(ctx)
	want := []RoomInfo{{Code: code, Title: "Studiedag", Owner: owner, Lang: English, Created: t0}}
	if !reflect.DeepEqual(rooms, want) {
		t.Errorf("rooms index = %+v, want %+v", rooms, want)
	}
	if log := store.log(code); len(log) != 1 || log[0].Seq != 1 || log[0].Kind() != EvRoomCreated {
		t.Fatalf("log after create = %+v", log)
	}

	r, err := h.Room(ctx, code)
	if err != nil {
		t.Fatalf("Room: %v", err)
	}
	if r.Code() != code {
		t.Errorf("Code() = %q", r.Code())
	}
	s := r.Snapshot().State
	if s.Code != code || s.Title != "Studiedag" || s.Lang != English || s.Seq != 1 || !s.IsFacilitator(owner) || len(s.Columns) != 2 {
		t.Errorf("loaded state = %+v", s)
	}
	// The same room, however the code is typed, loaded once.
	again, err := h.Room(ctx, FormatCode(code)[:3]+" "+FormatCode(code)[3:])
	if err != nil || again != r {
		t.Errorf("Room(formatted) = %p, %v; want %p", again, err, r)
	}
	if lower, err := h.Room(ctx, FormatCode(code)); err != nil || lower != r {
		t.Errorf("Room(dashed) = %p, %v", lower, err)
	}
	if loads, _ := store.counts(); loads != 1 {
		t.Errorf("room loaded %d times", loads)
	}
	if st, err := h.State(ctx, code); err != nil || !reflect.DeepEqual(st, s) {
		t.Errorf("State = %+v, %v", st, err)
	}
}

func TestHubCreateRefusals(t *testing.T) {
	h, store := newTestHub(t, HubOptions{})
	ctx := testCtx(t)
	if _, err := h.Create(ctx, "anon:x", "t", Dutch, nil); !errors.Is(err, ErrKeylessHost) {
		t.Errorf("keyless Create: %v", err)
	}
	if _, err := h.Create(ctx, owner, "t", "fr", nil); !errors.Is(err, ErrBadLang) {
		t.Errorf("bad lang Create: %v", err)
	}
	if _, err := h.Create(ctx, owner, repeatRune('x', MaxTitleLen+1), Dutch, nil); !errors.Is(err, ErrTooLong) {
		t.Errorf("long title Create: %v", err)
	}
	if rooms, _ := store.Rooms(ctx); len(rooms) != 0 {
		t.Errorf("refused Create stored %+v", rooms)
	}
}

func TestHubCreateRetriesTakenCodes(t *testing.T) {
	h, store := newTestHub(t, HubOptions{})
	setExists := func(n int) {
		store.mu.Lock()
		defer store.mu.Unlock()
		store.createExists = n
	}
	setExists(3)
	code, err := h.Create(testCtx(t), owner, "", Dutch, nil)
	if err != nil {
		t.Fatalf("Create after 3 taken codes: %v", err)
	}
	if log := store.log(code); len(log) != 1 {
		t.Errorf("room %s not stored: %+v", code, log)
	}
	setExists(100)
	if _, err := h.Create(testCtx(t), owner, "", Dutch, nil); err == nil {
		t.Error("Create succeeded although every code was taken")
	}
}

func TestHubUnknownRoom(t *testing.T) {
	h, _ := newTestHub(t, HubOptions{})
	ctx := testCtx(t)
	for _, code := range []string{"K7Q4MX", "k7q-4mx", "", "nonsense", "K7Q4M0"} {
		if r, err := h.Room(ctx, code); !errors.Is(err, ErrNoRoom) || r != nil {
			t.Errorf("Room(%q) = %v, %v; want ErrNoRoom", code, r, err)
		}
		if _, err := h.State(ctx, code); !errors.Is(err, ErrNoRoom) {
			t.Errorf("State(%q): %v", code, err)
		}
	}
}

func TestHubRoomsNewestFirstPerOwner(t *testing.T) {
	clock := newFakeClock(t0)
	h, _ := newTestHub(t, HubOptions{Now: clock.Now})
	ctx := testCtx(t)
	var mine []string
	for i := range 4 {
		who := owner
		if i == 2 {
			who = carol
		}
		code, err := h.Create(ctx, who, fmt.Sprint("sessie ", i), Dutch, nil)
		if err != nil {
			t.Fatal(err)
		}
		if who == owner {
			mine = append(mine, code)
		}
		clock.Advance(time.Hour)
	}
	got, err := h.Rooms(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, r := range got {
		codes = append(codes, r.Code)
	}
	slices.Reverse(mine)
	if !reflect.DeepEqual(codes, mine) {
		t.Errorf("Rooms(owner) = %v, want %v", codes, mine)
	}
	if got, _ := h.Rooms(ctx, stranger); len(got) != 0 {
		t.Errorf("Rooms(stranger) = %+v", got)
	}
}

func TestRoomDoCommitsBeforePublishing(t *testing.T) {
	h, store := newTestHub(t, HubOptions{})
	r := liveRoom(t, h)
	before := r.Snapshot()
	called := 0
	store.mu.Lock()
	store.onAppend = func(code string, events []Event) {
		called++
		snap := r.Snapshot()
		if snap.State.Seq >= events[0].Seq {
			t.Errorf("snapshot at seq %d while event %d is being stored", snap.State.Seq, events[0].Seq)
		}
		if len(snap.State.Notes) != 0 {
			t.Errorf("snapshot shows a note before it is stored: %+v", snap.State.Notes)
		}
	}
	store.mu.Unlock()
	if err := r.Do(testCtx(t), alice, AddNote{Column: 1, Text: "idee"}); err != nil {
		t.Fatal(err)
	}
	if called != 1 {
		t.Fatalf("Append called %d times", called)
	}
	after := r.Snapshot()
	if after.State.Seq != before.State.Seq+1 || len(after.State.Notes) != 1 || after.State.Notes[0].Text != "idee" {
		t.Errorf("after Do: %+v", after.State)
	}
	if before.State.Seq == after.State.Seq || len(before.State.Notes) != 0 {
		t.Error("the earlier snapshot changed")
	}
	log := store.log(r.Code())
	if last := log[len(log)-1]; last.Kind() != EvNoteAdded || last.Seq != after.State.Seq {
		t.Errorf("last stored event = %+v", last)
	}
}

func TestRoomDoFailingAppend(t *testing.T) {
	var logged syncBuffer
	h, store := newTestHub(t, HubOptions{Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	r := liveRoom(t, h)
	ctx := testCtx(t)
	before := r.Snapshot()
	boom := errors.New("disk on fire")
	store.mu.Lock()
	store.failAppend = boom
	store.mu.Unlock()
	err := r.Do(ctx, alice, AddNote{Column: 1, Text: "verloren"})
	if !errors.Is(err, boom) {
		t.Fatalf("Do = %v, want the store's error", err)
	}
	if RefusalKey(err) != "err.not_saved" {
		t.Errorf("RefusalKey = %q, want err.not_saved (a message that says nothing was saved)", RefusalKey(err))
	}
	if l := logged.String(); !strings.Contains(l, "store commit failed") || !strings.Contains(l, "disk on fire") || !strings.Contains(l, r.Code()) {
		t.Errorf("the log does not say what failed: %q", l)
	}
	if got := r.Snapshot(); got != before {
		t.Errorf("snapshot changed after a failed append: %+v", got.State)
	}
	// The next command numbers on from the last stored event: no gap, and
	// the lost note does not come back.
	if err := r.Do(ctx, alice, AddNote{Column: 1, Text: "bewaard"}); err != nil {
		t.Fatal(err)
	}
	s := r.Snapshot().State
	if s.Seq != before.State.Seq+1 || len(s.Notes) != 1 || s.Notes[0].Text != "bewaard" {
		t.Errorf("after retry: seq %d, notes %+v", s.Seq, s.Notes)
	}
	log := store.log(r.Code())
	for i, e := range log {
		if e.Seq != uint64(i+1) {
			t.Fatalf("stored log has seq %d at %d", e.Seq, i)
		}
	}
	if !reflect.DeepEqual(Replay(log), s) {
		t.Errorf("replayed log differs from the live state")
	}
}

func TestRoomDoRefusalStoresNothing(t *testing.T) {
	h, store := newTestHub(t, HubOptions{})
	r := liveRoom(t, h)
	ctx := testCtx(t)
	_, appends := store.counts()
	before := r.Snapshot()
	cases := []struct {
		actor ParticipantID
		cmd   Command
		want  error
	}{
		{stranger, AddNote{Column: 1, Text: "x"}, ErrNotJoined},
		{alice, AddColumn{Title: "x"}, ErrNotFacilitator},
		{alice, AddNote{Column: 99, Text: "x"}, ErrNoColumn},
		{alice, Join{Name: "Anna"}, nil}, // no change, no events
	}
	for _, tc := range cases {
		if err := r.Do(ctx, tc.actor, tc.cmd); !errors.Is(err, tc.want) {
			t.Errorf("Do(%T) = %v, want %v", tc.cmd, err, tc.want)
		}
	}
	if _, n := store.counts(); n != appends {
		t.Errorf("refusals caused %d appends", n-appends)
	}
	if r.Snapshot() != before {
		t.Error("refusals published a snapshot")
	}
}

func TestSubscribeWakesOnChange(t *testing.T) {
	h, _ := newTestHub(t, HubOptions{})
	r := liveRoom(t, h)
	ctx := testCtx(t)
	sub, err := r.Subscribe(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	if sub.Room() != r || sub.ID != alice {
		t.Errorf("subscription = %+v", sub)
	}
	waitClosed(t, sub.Wake, "the wake of subscribing")
	if !r.Snapshot().IsOnline(alice) {
		t.Error("subscriber not online")
	}
	notClosed(t, sub.Wake, "a wake without a change")
	if err := r.Do(ctx, owner, AddNote{Column: 2, Text: "nieuws"}); err != nil {
		t.Fatal(err)
	}
	// Do returns after publishing, so the wake is already there.
	notWoken := true
	select {
	case <-sub.Wake:
		notWoken = false
	default:
	}
	if notWoken {
		t.Fatal("no wake after a change")
	}
	if n := r.Snapshot().State.Notes; len(n) != 1 || n[0].Text != "nieuws" {
		t.Errorf("woken to %+v", n)
	}
	// Wakes coalesce: two changes while not reading leave one wake.
	for _, text := range []string{"een", "twee"} {
		if err := r.Do(ctx, owner, AddNote{Column: 2, Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	waitClosed(t, sub.Wake, "the wake of two changes")
	notClosed(t, sub.Wake, "a second wake for coalesced changes")
	notClosed(t, sub.Kicked, "a kick")
}

func TestSubscribeKicksSameIdentity(t *testing.T) {
	h, _ := newTestHub(t, HubOptions{})
	r := liveRoom(t, h)
	ctx := testCtx(t)
	first, err := r.Subscribe(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	waitClosed(t, first.Wake, "first wake")
	other, err := r.Subscribe(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	waitClosed(t, other.Wake, "other's wake")

	second, err := r.Subscribe(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	waitClosed(t, first.Kicked, "the first connection to be kicked")
	waitClosed(t, second.Wake, "second wake")
	notClosed(t, second.Kicked, "the new connection kicked")
	notClosed(t, other.Kicked, "another identity kicked")
	if n := r.Snapshot().Online[alice]; n != 1 {
		t.Errorf("alice online %d times, want 1", n)
	}
	// Closing the kicked connection does not take the new one offline.
	first.Close()
	third, err := r.Subscribe(ctx, carol) // processed after the Close
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	waitClosed(t, third.Wake, "third wake")
	if n := r.Snapshot().Online[alice]; n != 1 {
		t.Errorf("after closing the kicked one alice is online %d times, want 1", n)
	}
	if n := r.Snapshot().Online[owner]; n != 1 {
		t.Errorf("owner online %d times", n)
	}
}

func TestUnsubscribeGoesOffline(t *testing.T) {
	h, _ := newTestHub(t, HubOptions{})
	r := liveRoom(t, h)
	ctx := testCtx(t)
	watcher, err := r.Subscribe(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	defer watcher.Close()
	waitClosed(t, watcher.Wake, "watcher's wake")
	sub, err := r.Subscribe(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	waitClosed(t, watcher.Wake, "wake for alice coming online")
	if !r.Snapshot().IsOnline(alice) {
		t.Fatal("alice not online")
	}
	sub.Close()
	waitClosed(t, watcher.Wake, "wake for alice going offline")
	snap := r.Snapshot()
	if snap.IsOnline(alice) {
		t.Error("alice still online")
	}
	if _, ok := snap.Online[alice]; ok {
		t.Errorf("Online keeps an entry for alice: %v", snap.Online)
	}
	if !snap.IsOnline(owner) {
		t.Error("watcher went offline")
	}
	v := ViewFor(snap, owner)
	for _, p := range v.People {
		if p.Name == "Anna" && p.Online {
			t.Error("view shows Anna online")
		}
	}
	sub.Close() // twice is harmless
}

func TestRoomRateLimit(t *testing.T) {
	clock := newFakeClock(t0)
	h, _ := newTestHub(t, HubOptions{Now: clock.Now, RatePerSecond: 1, Burst: 3})
	ctx := testCtx(t)
	code, err := h.Create(ctx, owner, "", Dutch, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := h.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	// The burst: a join and two notes.
	if err := r.Do(ctx, alice, Join{Name: "Anna"}); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if err := r.Do(ctx, alice, AddNote{Column: 1, Text: fmt.Sprint(i)}); err != nil {
			t.Fatalf("note %d: %v", i, err)
		}
	}
	before := r.Snapshot()
	if err := r.Do(ctx, alice, AddNote{Column: 1, Text: "te snel"}); !errors.Is(err, ErrSlowDown) {
		t.Fatalf("4th command = %v, want ErrSlowDown", err)
	}
	if err := r.Do(ctx, alice, ChooseLang{English}); !errors.Is(err, ErrSlowDown) {
		t.Fatalf("5th command = %v, want ErrSlowDown", err)
	}
	if r.Snapshot() != before {
		t.Error("a slowed-down command changed the room")
	}
	// Someone else has their own budget.
	if err := r.Do(ctx, bob, Join{Name: "Bram"}); err != nil {
		t.Fatalf("bob: %v", err)
	}
	// Time refills the bucket: one token per second.
	clock.Advance(time.Second)
	if err := r.Do(ctx, alice, AddNote{Column: 1, Text: "weer"}); err != nil {
		t.Fatalf("after a second: %v", err)
	}
	if err := r.Do(ctx, alice, AddNote{Column: 1, Text: "te snel"}); !errors.Is(err, ErrSlowDown) {
		t.Fatalf("second command in that second = %v, want ErrSlowDown", err)
	}
	clock.Advance(10 * time.Second)
	for i := range 3 {
		if err := r.Do(ctx, alice, AddNote{Column: 1, Text: fmt.Sprint("na pauze ", i)}); err != nil {
			t.Fatalf("after a pause, command %d: %v", i, err)
		}
	}
	if len(r.Snapshot().State.Notes) != 6 {
		t.Errorf("notes = %d, want 6", len(r.Snapshot().State.Notes))
	}
}

func TestRoomConcurrentNotes(t *testing.T) {
	const writers, each = 50, 20
	h, store := newTestHub(t, HubOptions{})
	ctx := testCtx(t)
	code, err := h.Create(ctx, owner, "", Dutch, nil)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, writers*(each+1))
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			// Each writer looks the room up itself, as connections do.
			r, err := h.Room(ctx, code)
			if err != nil {
				errs <- err
				return
			}
			id := ParticipantID(fmt.Sprintf("key:SHA256:w%02d", w))
			if err := r.Do(ctx, id, Join{Name: fmt.Sprint("Schrijver ", w)}); err != nil {
				errs <- fmt.Errorf("join %d: %w", w, err)
				return
			}
			for i := range each {
				if err := r.Do(ctx, id, AddNote{Column: 1 + i%2, Text: fmt.Sprintf("w%d-%d", w, i)}); err != nil {
					errs <- fmt.Errorf("note %d/%d: %w", w, i, err)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	r, err := h.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	s := r.Snapshot().State
	if len(s.Notes) != writers*each || len(s.Participants) != writers {
		t.Fatalf("%d notes, %d participants; want %d, %d", len(s.Notes), len(s.Participants), writers*each, writers)
	}
	ids := map[int]bool{}
	texts := map[string]bool{}
	for _, n := range s.Notes {
		if ids[n.ID] {
			t.Errorf("note id %d twice", n.ID)
		}
		ids[n.ID] = true
		texts[n.Text] = true
	}
	if len(texts) != writers*each {
		t.Errorf("%d distinct texts", len(texts))
	}
	log := store.log(code)
	wantN := 1 + writers + writers*each
	if len(log) != wantN || s.Seq != uint64(wantN) {
		t.Fatalf("log has %d events, state seq %d; want %d", len(log), s.Seq, wantN)
	}
	for i, e := range log {
		if e.Seq != uint64(i+1) {
			t.Fatalf("log seq %d at index %d", e.Seq, i)
		}
	}
	if !reflect.DeepEqual(Replay(log), s) {
		t.Error("replaying the stored log does not give the live state")
	}
	if loads, _ := store.counts(); loads != 1 {
		t.Errorf("room loaded %d times", loads)
	}
}

func TestHubClose(t *testing.T) {
	store := newFakeStore()
	h := NewHub(store, HubOptions{})
	ctx := testCtx(t)
	code, err := h.Create(ctx, owner, "", Dutch, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := h.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := r.Subscribe(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { h.Close(); close(done) }()
	waitClosed(t, done, "Close")
	if err := r.Do(ctx, owner, Join{Name: "Fenna"}); !errors.Is(err, ErrRoomUnavailable) {
		t.Errorf("Do after Close = %v", err)
	}
	if _, err := r.Subscribe(ctx, alice); !errors.Is(err, ErrRoomUnavailable) {
		t.Errorf("Subscribe after Close = %v", err)
	}
	if _, err := h.Room(ctx, code); !errors.Is(err, ErrRoomUnavailable) {
		t.Errorf("Room after Close = %v", err)
	}
	closed := make(chan struct{})
	go func() { sub.Close(); close(closed) }()
	waitClosed(t, closed, "Subscription.Close after the hub closed")
}

func TestRoomDoHonoursContext(t *testing.T) {
	h, _ := newTestHub(t, HubOptions{})
	r := liveRoom(t, h)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	// A cancelled context may still win the race with a ready room, so
	// only a non-nil error must be the context's.
	for range 20 {
		if err := r.Do(ctx, alice, AddNote{Column: 1, Text: "x"}); err != nil && !errors.Is(err, context.Canceled) {
			t.Fatalf("Do with cancelled ctx = %v", err)
		}
	}
}

func TestPresenceChangesArePublishedTogether(t *testing.T) {
	store := NewMemStore()
	h := NewHub(store, HubOptions{PresenceDelay: 200 * time.Millisecond})
	defer h.Close()
	ctx := testCtx(t)
	code, err := h.Create(ctx, owner, "", Dutch, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := h.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	first, err := r.Subscribe(ctx, "key:first")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 9 {
		if _, err := r.Subscribe(ctx, ParticipantID(fmt.Sprintf("key:p%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(r.Snapshot().Online); n != 0 {
		t.Errorf("presence published before the delay: %d online", n)
	}
	select {
	case <-first.Wake:
	case <-time.After(5 * time.Second):
		t.Fatal("no wake-up after the presence delay")
	}
	if n := len(r.Snapshot().Online); n != 10 {
		t.Errorf("after the delay %d online, want all 10 in one snapshot", n)
	}
	// A command publishes at once, presence included.
	if _, err := r.Subscribe(ctx, "key:late"); err != nil {
		t.Fatal(err)
	}
	if err := r.Do(ctx, owner, Join{Name: "Fenna"}); err != nil {
		t.Fatal(err)
	}
	if !r.Snapshot().IsOnline("key:late") {
		t.Error("a command did not publish the pending presence")
	}
}

func TestIdleRoomIsUnloadedAndComesBack(t *testing.T) {
	store := NewMemStore()
	h := NewHub(store, HubOptions{IdleUnload: 20 * time.Millisecond})
	defer h.Close()
	ctx := testCtx(t)
	code, err := h.Create(ctx, owner, "", Dutch, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := h.Room(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Do(ctx, owner, Join{Name: "Fenna"}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-r.done:
	case <-time.After(5 * time.Second):
		t.Fatal("idle room was not unloaded")
	}
	h.mu.Lock()
	_, loaded := h.rooms[code]
	h.mu.Unlock()
	if loaded {
		t.Error("unloaded room still in the hub")
	}
	again, err := h.Room(ctx, code)
	if err != nil || again == r {
		t.Fatalf("room not loaded again: %v", err)
	}
	if _, ok := again.Snapshot().State.Participant(owner); !ok {
		t.Error("state lost across unload")
	}
	// A room with a subscriber stays.
	sub, err := again.Subscribe(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-again.done:
		t.Fatal("a room with a connection was unloaded")
	case <-time.After(100 * time.Millisecond):
	}
	sub.Close()
}

// blockingStore holds every Load of one room until release is closed.
type blockingStore struct {
	Store
	code    string
	release chan struct{}
	loads   atomic.Int32
}

func (b *blockingStore) Load(ctx context.Context, code string) ([]Event, error) {
	if code == b.code {
		b.loads.Add(1)
		<-b.release
	}
	return b.Store.Load(ctx, code)
}

func TestColdRoomDoesNotStallTheHub(t *testing.T) {
	ctx := testCtx(t)
	inner := newFakeStore()
	setup := NewHub(inner, HubOptions{})
	cold, err := setup.Create(ctx, owner, "Koud", Dutch, nil)
	if err != nil {
		t.Fatal(err)
	}
	warm, err := setup.Create(ctx, owner, "Warm", Dutch, nil)
	if err != nil {
		t.Fatal(err)
	}
	setup.Close()

	store := &blockingStore{Store: inner, code: cold, release: make(chan struct{})}
	h := NewHub(store, HubOptions{})
	t.Cleanup(h.Close)
	got := make(chan *Room, 3)
	for range 3 {
		go func() {
			r, err := h.Room(ctx, cold)
			if err != nil {
				t.Error(err)
			}
			got <- r
		}()
	}
	for store.loads.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	// While the cold room is being read, another room opens at once.
	if r, err := h.Room(ctx, warm); err != nil || r.Code() != warm {
		t.Fatalf("the warm room while a cold one loads: %v, %v", r, err)
	}
	close(store.release)
	first := <-got
	for range 2 {
		if r := <-got; r != first {
			t.Error("callers waiting for one load got different rooms")
		}
	}
	if n := store.loads.Load(); n != 1 {
		t.Errorf("the cold room was read %d times for three callers", n)
	}
}
