package sessions

import (
	"context"
	"fmt"
	"maps"
	"sync/atomic"
	"time"
)

// maxBatch bounds how many queued commands one store transaction carries.
const maxBatch = 128

// Room is a live room. Its goroutine owns the state; everyone else reads
// published snapshots and sends commands.
type Room struct {
	hub  *Hub
	code string
	snap atomic.Pointer[Snapshot]

	cmds   chan request
	ctl    chan controlRequest
	subs   chan *Subscription
	unsubs chan *Subscription
	done   chan struct{}
}

type request struct {
	actor ParticipantID
	// origin is the network address the command came from ("" for none).
	origin string
	cmd    Command
	reply  chan error
}

// Subscription is one connection's interest in a room. Wake receives a
// signal (coalesced) whenever a newer snapshot is published; Kicked is
// closed when the same identity connects again elsewhere; Gone is closed
// when the room was deleted or this participant erased from it (Why says
// which).
type Subscription struct {
	ID     ParticipantID
	Wake   <-chan struct{}
	Kicked <-chan struct{}
	Gone   <-chan struct{}
	wake   chan struct{}
	kicked chan struct{}
	gone   chan struct{}
	// why is set before gone is closed.
	why  error
	room *Room
}

// Why is why Gone was closed: ErrRoomDeleted, ErrRoomExpired or
// ErrErased. Only read it after Gone is closed.
func (s *Subscription) Why() error { return s.why }

func newRoom(h *Hub, s State) *Room {
	r := &Room{
		hub:    h,
		code:   s.Code,
		cmds:   make(chan request, 256),
		ctl:    make(chan controlRequest),
		subs:   make(chan *Subscription),
		unsubs: make(chan *Subscription),
		done:   make(chan struct{}),
	}
	r.snap.Store(&Snapshot{State: s, Online: map[ParticipantID]int{}, Expires: s.ExpiresAt(h.opts.Retention)})
	return r
}

// Code is the room's code.
func (r *Room) Code() string { return r.code }

// Snapshot returns the newest published snapshot.
func (r *Room) Snapshot() *Snapshot { return r.snap.Load() }

// Do sends cmd from actor to the room and waits until it is committed and
// published, or refused. The network address in ctx (WithOrigin) counts
// toward the limits per address.
func (r *Room) Do(ctx context.Context, actor ParticipantID, cmd Command) error {
	req := request{actor: actor, origin: OriginOf(ctx), cmd: cmd, reply: make(chan error, 1)}
	return roundTrip(ctx, r, r.cmds, req, req.reply)
}

// roundTrip hands req to the room's goroutine on ch and waits for its
// answer on reply: ErrRoomUnavailable when the room ends first.
func roundTrip[T any](ctx context.Context, r *Room, ch chan<- T, req T, reply <-chan error) error {
	select {
	case ch <- req:
	case <-r.done:
		return ErrRoomUnavailable
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-reply:
		return err
	case <-r.done:
		return ErrRoomUnavailable
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Reclaim returns the keyless participant whose rejoin code is code, typed
// with any case or dashes. Wrong codes are limited per network address
// (ctx's origin, see WithOrigin) across connections, with a wait that
// grows: ErrRejoinWait until it has passed, ErrBadRejoin for a wrong code.
func (r *Room) Reclaim(ctx context.Context, code string) (ParticipantID, error) {
	var id ParticipantID
	err := r.hub.gate.rejoin(OriginOf(ctx), r.hub.opts.Now(), func() bool {
		var ok bool
		id, ok = r.Snapshot().State.Reclaim(code)
		return ok
	})
	return id, err
}

// Subscribe registers a connection of id. An earlier connection of the same
// id is kicked: one identity, one screen.
func (r *Room) Subscribe(ctx context.Context, id ParticipantID) (*Subscription, error) {
	wake, kicked, gone := make(chan struct{}, 1), make(chan struct{}), make(chan struct{})
	s := &Subscription{ID: id, Wake: wake, Kicked: kicked, Gone: gone, wake: wake, kicked: kicked, gone: gone, room: r}
	select {
	case r.subs <- s:
		return s, nil
	case <-r.done:
		return nil, ErrRoomUnavailable
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Close ends the subscription.
func (s *Subscription) Close() {
	select {
	case s.room.unsubs <- s:
	case <-s.room.done:
	}
}

// Room is the room this subscription belongs to.
func (s *Subscription) Room() *Room { return s.room }

func (r *Room) run(ctx context.Context) {
	defer close(r.done)
	state := r.Snapshot().State
	online := map[ParticipantID]int{}
	subs := map[*Subscription]struct{}{}
	limits := newRoomLimits(r.hub.opts, r.hub.gate)

	// Presence changes (connects, disconnects) are published after a short
	// delay, so a wave of people connecting costs one redraw per screen,
	// not one per person; any command publishes them at once.
	var presence <-chan time.Time
	presenceChanged := func(publishNow func()) {
		if r.hub.opts.PresenceDelay <= 0 {
			publishNow()
			return
		}
		if presence == nil {
			presence = time.After(r.hub.opts.PresenceDelay)
		}
	}

	// A room nobody is connected to is unloaded after a while; it is read
	// from the store again on its next use.
	var idle <-chan time.Time
	watchIdle := func() {
		if d := r.hub.opts.IdleUnload; d > 0 && len(subs) == 0 {
			idle = time.After(d)
		}
	}
	watchIdle()

	publish := func() {
		presence = nil
		r.snap.Store(&Snapshot{State: state, Online: maps.Clone(online), Expires: state.ExpiresAt(r.hub.opts.Retention), Published: time.Now()})
		for s := range subs {
			select {
			case s.wake <- struct{}{}:
			default:
			}
		}
	}

	for {
		select {
		case <-ctx.Done():
			return
		case s := <-r.subs:
			for old := range subs {
				if old.ID == s.ID {
					delete(subs, old)
					close(old.kicked)
					online[old.ID]--
				}
			}
			subs[s] = struct{}{}
			online[s.ID]++
			presenceChanged(publish)
		case s := <-r.unsubs:
			if _, ok := subs[s]; ok {
				delete(subs, s)
				if online[s.ID]--; online[s.ID] <= 0 {
					delete(online, s.ID)
				}
				presenceChanged(publish)
				watchIdle()
			}
		case <-presence:
			publish()
		case c := <-r.ctl:
			rc := roomControl{state: &state, subs: subs, online: online}
			err := c.fn(&rc)
			if rc.changed {
				publish()
			}
			c.reply <- err
			if rc.stop {
				return
			}
		case <-idle:
			if len(subs) == 0 && len(r.cmds) == 0 && r.hub.unload(r) {
				return
			}
			idle = nil
		case req := <-r.cmds:
			batch := []request{req}
		drain:
			for len(batch) < maxBatch {
				select {
				case more := <-r.cmds:
					batch = append(batch, more)
				default:
					break drain
				}
			}
			replies, changed := r.apply(ctx, &state, batch, limits)
			if changed {
				publish()
			}
			for i, req := range batch {
				req.reply <- replies[i]
			}
		}
	}
}

// apply decides a batch of commands against state, commits all their events
// in one store call, and only then moves state forward. It returns the
// answer to each request and whether state changed.
//
// Invariant: state moves only after the store said the events are
// durable. When the store fails, every command of the batch that would
// have changed something is refused with ErrNotSaved and state, the
// limits' counts of joined places and the log stay as they were.
func (r *Room) apply(ctx context.Context, state *State, batch []request, limits *roomLimits) ([]error, bool) {
	now := r.hub.opts.Now()
	next := *state
	var events []Event
	var joined []string
	replies := make([]error, len(batch))
	for i, req := range batch {
		if err := limits.admit(next, req, now); err != nil {
			replies[i] = err
			continue
		}
		evs, err := Decide(next, req.actor, now, req.cmd)
		if err != nil {
			replies[i] = err
			continue
		}
		if _, known := next.Participant(req.actor); !known && len(evs) > 0 && !next.IsFacilitator(req.actor) {
			if err := limits.admitNewcomer(req.origin, now); err != nil {
				replies[i] = err
				continue
			}
			joined = append(joined, req.origin)
		}
		for _, e := range evs {
			e.Seq = next.Seq + 1
			next = Apply(next, e)
			events = append(events, e)
		}
	}
	obs := r.hub.opts.Observer
	defer func() {
		for i, req := range batch {
			obs.Command(req.cmd, replies[i])
		}
	}()
	if len(events) == 0 {
		return replies, false
	}
	start := time.Now()
	err := r.hub.store.Append(ctx, r.code, events)
	obs.Committed(time.Since(start), len(events), err)
	if err != nil {
		r.hub.log.Error("store commit failed; commands refused, room unchanged", "room", r.code, "events", len(events), "err", err)
		for i := range replies {
			if replies[i] == nil {
				replies[i] = fmt.Errorf("%w: %w", ErrNotSaved, err)
			}
		}
		return replies, false
	}
	*state = next
	limits.joined(joined)
	return replies, true
}
