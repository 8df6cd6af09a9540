package sessions

import (
	"context"
	"fmt"
)

// Delete removes the room with code for good: its live room is closed and
// everyone connected to it is told, then its log and index entry leave the
// store without a trace (see Store.Delete). It returns ErrNoRoom for an
// unknown code.
func (h *Hub) Delete(ctx context.Context, code string) error {
	code, ok := ParseCode(code)
	if !ok {
		return ErrNoRoom
	}
	if !h.gate.allowDestroy(OriginOf(ctx), h.opts.Now()) {
		return ErrDestroysTooFast
	}
	gone, err := h.remove(ctx, []string{code}, ErrRoomDeleted, nil)
	if err == nil && len(gone) == 0 {
		err = ErrNoRoom
	}
	return err
}

// remove closes the live rooms among codes, telling their connections
// why, and deletes from the store those for which due (nil: all) still
// holds once nothing can change them any more. While it runs, the rooms
// cannot be loaded. It returns the codes of the rooms it deleted.
func (h *Hub) remove(ctx context.Context, codes []string, why error, due func(State) bool) ([]string, error) {
	h.mu.Lock()
	for _, code := range codes {
		h.removing[code]++
	}
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		for _, code := range codes {
			if h.removing[code]--; h.removing[code] <= 0 {
				delete(h.removing, code)
			}
		}
		h.mu.Unlock()
	}()
	for _, code := range codes {
		if r := h.takeLive(code); r != nil {
			r.close(why)
		}
	}
	gone := codes
	if due != nil {
		gone = nil
		for _, code := range codes {
			events, err := h.store.Load(ctx, code)
			if err != nil {
				return nil, fmt.Errorf("remove %s: %w", code, err)
			}
			if due(Replay(events)) {
				gone = append(gone, code)
			}
		}
	}
	if len(gone) == 0 {
		return nil, nil
	}
	if err := h.store.Delete(ctx, gone...); err != nil {
		return nil, err
	}
	return gone, nil
}

// takeLive removes room code from the live rooms, once a load of it in
// progress has finished, and returns it (nil when it was not live). The
// caller has marked code as being removed, so no new load starts.
func (h *Hub) takeLive(code string) *Room {
	h.mu.Lock()
	defer h.mu.Unlock()
	for {
		l, busy := h.loading[code]
		if !busy {
			break
		}
		h.mu.Unlock()
		<-l.done
		h.mu.Lock()
	}
	r := h.rooms[code]
	delete(h.rooms, code)
	return r
}

// close ends the room's goroutine: every connection is told why (see
// Subscription.Gone) and commands after it are refused. It returns when
// the goroutine has ended.
func (r *Room) close(why error) {
	_ = r.control(context.Background(), func(c *roomControl) error {
		c.drop(why, func(ParticipantID) bool { return true })
		c.stop = true
		return nil
	})
	<-r.done
}

// control runs fn in the room's goroutine, between two batches of
// commands, and returns its error; ErrRoomUnavailable when the room has
// ended.
func (r *Room) control(ctx context.Context, fn func(*roomControl) error) error {
	req := controlRequest{fn: fn, reply: make(chan error, 1)}
	return roundTrip(ctx, r, r.ctl, req, req.reply)
}

// controlRequest is a change to a room that is not a command: closing it,
// rewriting its log.
type controlRequest struct {
	fn    func(*roomControl) error
	reply chan error
}

// roomControl is what a control request may change in the room's
// goroutine.
type roomControl struct {
	state  *State
	subs   map[*Subscription]struct{}
	online map[ParticipantID]int
	// changed publishes a new snapshot; stop ends the room.
	changed, stop bool
}

// drop ends the subscriptions of the identities which picks, telling each
// why.
func (c *roomControl) drop(why error, which func(ParticipantID) bool) {
	for s := range c.subs {
		if !which(s.ID) {
			continue
		}
		delete(c.subs, s)
		if c.online[s.ID]--; c.online[s.ID] <= 0 {
			delete(c.online, s.ID)
		}
		s.why = why
		close(s.gone)
		c.changed = true
	}
}
