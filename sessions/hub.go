package sessions

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// HubOptions tune a Hub. The zero value gives the defaults.
type HubOptions struct {
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// RatePerSecond and Burst bound the commands one participant may send;
	// 2 per second with a burst of 10 when zero.
	RatePerSecond float64
	Burst         int
	// PresenceDelay gathers connects and disconnects for this long before
	// publishing them; zero publishes each at once.
	PresenceDelay time.Duration
	// IdleUnload unloads a room nobody has been connected to for this
	// long; zero keeps rooms loaded.
	IdleUnload time.Duration
	// Retention is how long a room is kept after its last change (its
	// last event) before Expire removes it; zero keeps rooms for ever. A
	// room's facilitator may choose a shorter one (SetRetention).
	Retention time.Duration
	// Addr bounds what one network address may do (see WithOrigin).
	Addr AddrLimits
	// Logger receives what went wrong inside a room (a failing store);
	// slog.Default when nil.
	Logger *slog.Logger
	// Observer is told of every command and commit, for metrics; nil
	// for none.
	Observer Observer
}

// Hub runs the live rooms: one goroutine per room, loaded lazily from the
// Store on first use.
type Hub struct {
	store Store
	opts  HubOptions
	gate  *gate
	log   *slog.Logger
	ctx   context.Context
	stop  context.CancelFunc
	wg    sync.WaitGroup

	mu      sync.Mutex
	rooms   map[string]*Room
	loading map[string]*roomLoad
	// removing counts, per code, the removals under way (see remove):
	// such a room cannot be loaded meanwhile.
	removing map[string]int
}

// NewHub returns a hub over store. Close stops its rooms.
func NewHub(store Store, opts HubOptions) *Hub {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.RatePerSecond <= 0 {
		opts.RatePerSecond = 2
	}
	if opts.Burst <= 0 {
		opts.Burst = 10
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Observer == nil {
		opts.Observer = noObserver{}
	}
	ctx, stop := context.WithCancel(context.Background())
	return &Hub{store: store, opts: opts, gate: newGate(opts.Addr), log: opts.Logger, ctx: ctx, stop: stop, rooms: map[string]*Room{}, loading: map[string]*roomLoad{}, removing: map[string]int{}}
}

// Create makes a new room owned by owner and returns its code. With a
// template the room starts with its agenda; without one it is a plain
// board. Creations are limited per network address (ctx's origin).
func (h *Hub) Create(ctx context.Context, owner ParticipantID, title string, lang Lang, tpl *Template) (string, error) {
	if !h.gate.allowCreate(OriginOf(ctx), h.opts.Now()) {
		return "", ErrCreatesTooFast
	}
	for range 10 {
		code := NewCode()
		var first Event
		var err error
		if tpl != nil {
			first, err = NewRoomFrom(tpl, code, title, lang, owner, h.opts.Now())
		} else {
			first, err = NewRoom(code, title, lang, owner, h.opts.Now())
		}
		if err != nil {
			return "", err
		}
		first.Seq = 1
		created, _ := first.Data.(RoomCreated)
		info := RoomInfo{Code: code, Title: created.Room.Title, Owner: owner, Lang: lang, Created: first.At}
		err = h.store.Create(ctx, info, first)
		if errors.Is(err, ErrRoomExists) {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("create room: %w", err)
		}
		return code, nil
	}
	return "", fmt.Errorf("create room: no free code after 10 tries")
}

// Room returns the live room with code, loading it from the store when it
// is not running yet. It returns ErrNoRoom for an unknown code.
//
// A room is read from the store without holding the hub's lock, so one
// cold room does not stall every other connect and exec command; callers
// asking for the same room meanwhile wait for that one load.
func (h *Hub) Room(ctx context.Context, code string) (*Room, error) {
	code, ok := ParseCode(code)
	if !ok {
		return nil, ErrNoRoom
	}
	h.mu.Lock()
	if h.ctx.Err() != nil {
		h.mu.Unlock()
		return nil, ErrRoomUnavailable
	}
	if r, ok := h.rooms[code]; ok {
		h.mu.Unlock()
		return r, nil
	}
	if h.removing[code] > 0 {
		h.mu.Unlock()
		return nil, ErrNoRoom
	}
	l, busy := h.loading[code]
	if !busy {
		l = &roomLoad{done: make(chan struct{})}
		h.loading[code] = l
	}
	h.mu.Unlock()
	if busy {
		select {
		case <-l.done:
			return l.room, l.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	// This caller loads; the load is not cut short by its context, since
	// others may be waiting for it.
	events, err := h.store.Load(context.WithoutCancel(ctx), code)
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.loading, code)
	defer close(l.done)
	switch {
	case err != nil:
		l.err = err
	case h.ctx.Err() != nil:
		l.err = ErrRoomUnavailable
	default:
		r := newRoom(h, Replay(events))
		h.rooms[code] = r
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			r.run(h.ctx)
		}()
		l.room = r
	}
	return l.room, l.err
}

// roomLoad is one load of a room from the store in progress; done is
// closed when room or err is set.
type roomLoad struct {
	done chan struct{}
	room *Room
	err  error
}

// State returns the current state of room code, live or from the store.
func (h *Hub) State(ctx context.Context, code string) (State, error) {
	r, err := h.Room(ctx, code)
	if err != nil {
		return State{}, err
	}
	return r.Snapshot().State, nil
}

// Rooms lists the rooms that owner created, newest first.
func (h *Hub) Rooms(ctx context.Context, owner ParticipantID) ([]RoomInfo, error) {
	all, err := h.store.Rooms(ctx)
	if err != nil {
		return nil, fmt.Errorf("list rooms: %w", err)
	}
	var out []RoomInfo
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].Owner == owner {
			out = append(out, all[i])
		}
	}
	return out, nil
}

// unload removes r from the live rooms, unless someone looked it up again
// meanwhile. The caller is r's goroutine, which ends when unload says yes.
func (h *Hub) unload(r *Room) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.rooms[r.code] != r {
		return false
	}
	delete(h.rooms, r.code)
	return true
}

// Close stops every room goroutine and waits for them.
func (h *Hub) Close() {
	h.mu.Lock()
	h.stop()
	h.mu.Unlock()
	h.wg.Wait()
}

// HashRejoin returns the stored form of a rejoin code.
func HashRejoin(code string) string {
	sum := sha256.Sum256([]byte("kring-rejoin:" + code))
	return hex.EncodeToString(sum[:])
}
