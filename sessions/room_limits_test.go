package sessions

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// clock is a settable clock for the limits' tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// joinFrom joins n new keyless participants from addr and returns how
// many got in and the first refusal.
func joinFrom(t *testing.T, r *Room, addr, prefix string, n int) (int, error) {
	t.Helper()
	ctx := WithOrigin(testCtx(t), addr)
	in := 0
	var first error
	for i := range n {
		id := ParticipantID(fmt.Sprintf("anon:%s%d", prefix, i))
		err := r.Do(ctx, id, Join{Name: fmt.Sprintf("%s %d", prefix, i)})
		if err == nil {
			in++
		} else if first == nil {
			first = err
		}
	}
	return in, first
}

func TestNewIdentitiesPerAddressAreRateLimited(t *testing.T) {
	clk := newClock()
	h, _ := newTestHub(t, HubOptions{Now: clk.Now})
	r := liveRoom(t, h)

	// A class of 60 behind one address joins within a minute.
	got := 0
	for sec := 0; sec < 60 && got < 60; sec++ {
		n, _ := joinFrom(t, r, "192.0.2.1", fmt.Sprintf("klas%d-", sec), 60-got)
		got += n
		clk.Advance(time.Second)
	}
	if got != 60 {
		t.Fatalf("only %d of a class of 60 joined from one address within a minute", got)
	}

	// A script gets the burst and then one a second.
	in, err := joinFrom(t, r, "198.51.100.7", "bot", 100)
	if in != 30 || !errors.Is(err, ErrJoinsTooFast) {
		t.Errorf("a script got %d identities at once (refusal %v), want the burst of 30 and ErrJoinsTooFast", in, err)
	}
	// Another address is not affected.
	if in, err := joinFrom(t, r, "203.0.113.9", "echt", 1); in != 1 {
		t.Errorf("a participant from another address was refused: %v", err)
	}
	// Without an address (the server's own commands) nothing is limited.
	if in, err := joinFrom(t, r, "", "intern", 40); in != 40 {
		t.Errorf("commands without an address were limited: %v", err)
	}
}

func TestOneAddressCannotTakeTheLastPlaces(t *testing.T) {
	clk := newClock()
	h, _ := newTestHub(t, HubOptions{Now: clk.Now, Addr: AddrLimits{JoinsPerSecond: 1e6, JoinBurst: 1e6}})
	r := liveRoom(t, h)
	share := MaxParticipants / 4
	in, err := joinFrom(t, r, "198.51.100.7", "bot", share+10)
	if in != share || !errors.Is(err, ErrAddrFull) {
		t.Fatalf("one address took %d places (refusal %v), want %d and ErrAddrFull", in, err, share)
	}
	if in, err := joinFrom(t, r, "203.0.113.9", "echt", 1); in != 1 {
		t.Errorf("a participant from another address was refused: %v", err)
	}
	// Someone who is already in can still change their name.
	ctx := WithOrigin(testCtx(t), "198.51.100.7")
	if err := r.Do(ctx, "anon:bot0", Join{Name: "Bot nul"}); err != nil {
		t.Errorf("a participant of a full address could not edit their name: %v", err)
	}
}

func TestNotesPerAddressAreRateLimited(t *testing.T) {
	clk := newClock()
	h, _ := newTestHub(t, HubOptions{Now: clk.Now})
	r := liveRoom(t, h)
	bots, _ := joinFrom(t, r, "198.51.100.7", "bot", 20)
	ctx := WithOrigin(testCtx(t), "198.51.100.7")
	stored := 0
	var refusal error
	for i := range 200 {
		err := r.Do(ctx, ParticipantID(fmt.Sprintf("anon:bot%d", i%bots)), AddNote{Column: 1, Text: fmt.Sprintf("spam %d", i)})
		if err == nil {
			stored++
		} else if refusal == nil {
			refusal = err
		}
	}
	if stored != 80 || !errors.Is(refusal, ErrAddrSlowDown) {
		t.Errorf("20 identities of one address stored %d notes at once (refusal %v), want the burst of 80", stored, refusal)
	}
	// The facilitator is not held back by the participants' address.
	if err := r.Do(ctx, owner, AddNote{Column: 1, Text: "van de procesbegeleider"}); err != nil {
		t.Errorf("the facilitator was refused: %v", err)
	}
	// A class writing at its own pace never meets the limit: 60 people,
	// each a note every 20 seconds, for five minutes.
	clk.Advance(time.Minute)
	class, _ := joinFrom(t, r, "192.0.2.1", "klas", 60)
	cctx := WithOrigin(testCtx(t), "192.0.2.1")
	for tick := range 300 {
		for p := tick % 20; p < class; p += 20 {
			if err := r.Do(cctx, ParticipantID(fmt.Sprintf("anon:klas%d", p)), AddNote{Column: 1, Text: fmt.Sprintf("idee %d", tick)}); err != nil {
				t.Fatalf("a class writing normally was refused after %d s: %v", tick, err)
			}
		}
		clk.Advance(time.Second)
	}
}

func TestRejoinGuessesAreLimitedPerAddress(t *testing.T) {
	clk := newClock()
	h, _ := newTestHub(t, HubOptions{Now: clk.Now})
	r := liveRoom(t, h)
	ctx := WithOrigin(testCtx(t), "192.0.2.1")
	code := NewRejoinCode()
	if err := r.Do(ctx, "anon:zoe", Join{Name: "Zoë", RejoinHash: HashRejoin(code)}); err != nil {
		t.Fatal(err)
	}
	wrong := "ACDE3467"
	if wrong == code {
		wrong = "ACDE3469"
	}
	// Five wrong codes, each as if from a new connection.
	for i := range 5 {
		if _, err := r.Reclaim(ctx, wrong); !errors.Is(err, ErrBadRejoin) {
			t.Fatalf("wrong code %d: %v, want ErrBadRejoin", i+1, err)
		}
	}
	// Now even the right code waits, from any connection of the address.
	if _, err := r.Reclaim(ctx, code); !errors.Is(err, ErrRejoinWait) {
		t.Fatalf("right code right after five wrong ones: %v, want ErrRejoinWait", err)
	}
	// Another address is not held back.
	if id, err := r.Reclaim(WithOrigin(testCtx(t), "203.0.113.9"), code); err != nil || id != "anon:zoe" {
		t.Errorf("from another address: %v, %v", id, err)
	}
	// A minute later the person who mistyped gets in.
	clk.Advance(time.Minute)
	if id, err := r.Reclaim(ctx, code); err != nil || id != "anon:zoe" {
		t.Fatalf("a minute later: %v, %v", id, err)
	}
	// Each further wrong code doubles the wait.
	if _, err := r.Reclaim(ctx, wrong); !errors.Is(err, ErrBadRejoin) {
		t.Fatal(err)
	}
	clk.Advance(time.Minute + time.Second)
	if _, err := r.Reclaim(ctx, code); !errors.Is(err, ErrRejoinWait) {
		t.Errorf("one minute after a sixth wrong code: %v, want still waiting (two minutes)", err)
	}
	clk.Advance(time.Minute)
	if _, err := r.Reclaim(ctx, code); err != nil {
		t.Errorf("two minutes after a sixth wrong code: %v", err)
	}
}

func TestManyConnectionsGuessingAtOnceGetNoMoreTries(t *testing.T) {
	clk := newClock()
	h, _ := newTestHub(t, HubOptions{Now: clk.Now})
	r := liveRoom(t, h)
	ctx := WithOrigin(testCtx(t), "198.51.100.7")
	var wg sync.WaitGroup
	var mu sync.Mutex
	checked := 0
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := r.Reclaim(ctx, fmt.Sprintf("ACDE%04d", i)); errors.Is(err, ErrBadRejoin) {
				mu.Lock()
				checked++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if checked != 5 {
		t.Errorf("100 guesses at once from one address: %d were checked, want 5", checked)
	}
}

func TestCreatesPerAddressAreRateLimited(t *testing.T) {
	clk := newClock()
	h, _ := newTestHub(t, HubOptions{Now: clk.Now})
	ctx := WithOrigin(testCtx(t), "198.51.100.7")
	made := 0
	var refusal error
	for range 30 {
		if _, err := h.Create(ctx, owner, "Spam", Dutch, nil); err != nil {
			refusal = err
			break
		}
		made++
	}
	if made != 20 || !errors.Is(refusal, ErrCreatesTooFast) {
		t.Errorf("one address created %d sessions at once (refusal %v), want the burst of 20", made, refusal)
	}
	if _, err := h.Create(WithOrigin(testCtx(t), "192.0.2.1"), owner, "Studiedag", Dutch, nil); err != nil {
		t.Errorf("another address was refused: %v", err)
	}
	clk.Advance(10 * time.Second)
	if _, err := h.Create(ctx, owner, "Later", Dutch, nil); err != nil {
		t.Errorf("ten seconds later: %v", err)
	}
}
