package sessions

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func (f *fakeStore) Delete(_ context.Context, codes ...string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	var err error
	f.rooms, err = deleteLogs(f.logs, f.rooms, codes)
	return err
}

func (f *fakeStore) Rewrite(_ context.Context, code string, events []Event) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return rewriteLog(f.logs, code, events)
}

func TestHubDeleteClosesTheLiveRoomAndTellsConnections(t *testing.T) {
	ctx := testCtx(t)
	h, store := newTestHub(t, HubOptions{})
	r := liveRoom(t, h)
	sub, err := r.Subscribe(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Delete(ctx, r.Code()); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	waitClosed(t, sub.Gone, "the subscription told the room is gone")
	if !errors.Is(sub.Why(), ErrRoomDeleted) {
		t.Errorf("Why = %v, want ErrRoomDeleted", sub.Why())
	}
	if err := r.Do(ctx, alice, AddNote{Column: 1, Text: "nog eentje"}); !errors.Is(err, ErrRoomUnavailable) {
		t.Errorf("Do after delete = %v, want ErrRoomUnavailable", err)
	}
	if _, err := h.Room(ctx, r.Code()); !errors.Is(err, ErrNoRoom) {
		t.Errorf("Room after delete = %v, want ErrNoRoom", err)
	}
	if got := store.log(r.Code()); got != nil {
		t.Errorf("store still holds %d events", len(got))
	}
	if err := h.Delete(ctx, r.Code()); !errors.Is(err, ErrNoRoom) {
		t.Errorf("second Delete = %v, want ErrNoRoom", err)
	}
}

func TestHubExpireRemovesRoomsPastTheirRetention(t *testing.T) {
	ctx := testCtx(t)
	clock := newFakeClock(time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC))
	h, store := newTestHub(t, HubOptions{Now: clock.Now, Retention: 180 * Day})
	old := liveRoom(t, h)
	short := liveRoom(t, h)
	if err := short.Do(ctx, owner, SetRetention{Days: 30}); err != nil {
		t.Fatalf("SetRetention: %v", err)
	}
	if err := short.Do(ctx, alice, SetRetention{Days: 1}); !errors.Is(err, ErrNotFacilitator) {
		t.Errorf("a participant's SetRetention = %v, want ErrNotFacilitator", err)
	}
	clock.Advance(100 * Day)
	fresh := liveRoom(t, h)

	if at, _ := h.Expiry(ctx, short.Code()); !at.Equal(time.Date(2026, 2, 4, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("Expiry of the 30-day room = %v", at)
	}
	gone, err := h.Expire(ctx)
	if err != nil || len(gone) != 1 || gone[0] != short.Code() {
		t.Fatalf("Expire at day 100 = %v, %v; want the 30-day room", gone, err)
	}
	if store.log(short.Code()) != nil || store.log(old.Code()) == nil {
		t.Fatal("day 100: the 30-day room should be gone, the 180-day one kept")
	}
	clock.Advance(80*Day - time.Minute)
	if gone, _ := h.Expire(ctx); len(gone) != 0 {
		t.Fatalf("a minute before 180 days, Expire removed %v", gone)
	}
	clock.Advance(time.Minute)
	if gone, _ := h.Expire(ctx); len(gone) != 1 {
		t.Fatalf("at 180 days, Expire removed %v, want 1 room", gone)
	}
	if store.log(old.Code()) != nil || store.log(fresh.Code()) == nil {
		t.Error("at day 180 the old room should be gone and the fresh one kept")
	}
}

func TestHubEraseRewritesTheLogAndClosesTheirConnection(t *testing.T) {
	ctx := testCtx(t)
	h, store := newTestHub(t, HubOptions{})
	r := liveRoom(t, h)
	if err := r.Do(ctx, alice, AddNote{Column: 1, Text: "Anna's eigen idee"}); err != nil {
		t.Fatal(err)
	}
	if err := r.Do(ctx, alice, AddAction{Item: ActionItem{What: "x", Owner: "Anna"}}); err != nil && !errors.Is(err, ErrWrongActivity) {
		t.Fatal(err)
	}
	subA, _ := r.Subscribe(ctx, alice)
	subO, _ := r.Subscribe(ctx, owner)
	if _, err := h.Erase(ctx, r.Code(), owner, false); !errors.Is(err, ErrEraseLeader) {
		t.Errorf("erasing the owner = %v, want ErrEraseLeader", err)
	}
	x, err := h.Erase(ctx, r.Code(), alice, false)
	if err != nil {
		t.Fatalf("Erase: %v", err)
	}
	if x.NotesKept != 1 || x.NotesRemoved != 0 {
		t.Errorf("Erasure = %+v", x)
	}
	waitClosed(t, subA.Gone, "the erased person's connection closed")
	if !errors.Is(subA.Why(), ErrErased) {
		t.Errorf("Why = %v", subA.Why())
	}
	notClosed(t, subO.Gone, "the facilitator's connection closed")
	s := r.Snapshot().State
	if _, ok := s.Participant(alice); ok {
		t.Error("alice is still a participant")
	}
	p, ok := s.Participant(x.Placeholder)
	if !ok || p.Name != "verwijderde deelnemer" {
		t.Errorf("placeholder = %+v, %v", p, ok)
	}
	if n := s.NotesIn(1); len(n) != 1 || n[0].Author != x.Placeholder {
		t.Errorf("notes after erasure = %+v", n)
	}
	for _, e := range store.log(r.Code()) {
		b, _ := e.MarshalJSON()
		if strings.Contains(string(b), string(alice)) || strings.Contains(string(b), `"Anna"`) {
			t.Errorf("event %d still names alice: %s", e.Seq, b)
		}
	}
	// The room goes on: new events follow the rewritten log.
	if err := r.Do(ctx, owner, AddNote{Column: 1, Text: "verder"}); err != nil {
		t.Fatalf("a note after the erasure: %v", err)
	}
	x2, err := h.Erase(ctx, r.Code(), x.Placeholder, true)
	if err != nil || x2.NotesRemoved != 1 || x2.Placeholder != "erased:2" {
		t.Fatalf("erasing the placeholder with its notes = %+v, %v", x2, err)
	}
	if n := r.Snapshot().State.NotesIn(1); len(n) != 1 || n[0].Text != "verder" {
		t.Errorf("notes after removing them = %+v", n)
	}
}

// Each deletion or erasure rewrites the whole store file: one address may
// ask for six a minute; the operator (no address) is not counted.
func TestDeletesAndErasuresFromOneAddressAreLimited(t *testing.T) {
	h, _ := newTestHub(t, HubOptions{})
	from := WithOrigin(testCtx(t), "192.0.2.7")
	var codes []string
	for range 8 {
		code, err := h.Create(from, owner, "Weg", Dutch, nil)
		if err != nil {
			t.Fatal(err)
		}
		codes = append(codes, code)
	}
	for i, code := range codes[:6] {
		if err := h.Delete(from, code); err != nil {
			t.Fatalf("delete %d: %v", i+1, err)
		}
	}
	if err := h.Delete(from, codes[6]); !errors.Is(err, ErrDestroysTooFast) {
		t.Errorf("the seventh delete in a minute: %v", err)
	}
	if _, err := h.Erase(from, codes[6], alice, false); !errors.Is(err, ErrDestroysTooFast) {
		t.Errorf("an erasure after six deletes: %v", err)
	}
	if err := h.Delete(testCtx(t), codes[7]); err != nil {
		t.Errorf("the operator's delete: %v", err)
	}
}
