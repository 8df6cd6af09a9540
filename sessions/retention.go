package sessions

import (
	"context"
	"time"
)

// Day is the unit of a room's own retention.
const Day = 24 * time.Hour

// MaxRetentionDays bounds the retention a facilitator may type.
const MaxRetentionDays = 3650

// RetentionWarning is how long before a room expires its facilitators
// are warned, on their screen and in the rooms listing.
const RetentionWarning = 14 * Day

// SetRetention sets how long the room is kept after its last change, in
// days (facilitator); 0 returns to the server's retention.
type SetRetention struct{ Days int }

func (SetRetention) command() {}

// decideRetention decides SetRetention. A facilitator may set it without
// having joined the board (from an exec command).
func decideRetention(s State, actor ParticipantID, c SetRetention, ev func(Payload) Event) ([]Event, error) {
	if !s.IsFacilitator(actor) {
		return nil, ErrNotFacilitator
	}
	if c.Days < 0 || c.Days > MaxRetentionDays {
		return nil, ErrOutOfRange
	}
	return []Event{ev(RetentionSet{Days: c.Days})}, nil
}

// Retention is how long the room is kept after its last change, given the
// server's retention: the room's own when it is shorter. Zero or less
// means for ever.
func (s State) Retention(server time.Duration) time.Duration {
	if own := time.Duration(s.RetentionDays) * Day; own > 0 && (server <= 0 || own < server) {
		return own
	}
	return server
}

// ExpiresAt is when the room is removed, given the server's retention:
// its retention after its last change. Zero when it is kept for ever.
func (s State) ExpiresAt(server time.Duration) time.Time {
	r := s.Retention(server)
	if r <= 0 {
		return time.Time{}
	}
	return s.Active.Add(r)
}

// Expiry is when room code is removed by retention (zero: never), from
// its live state or, for a room not loaded, from its log without loading
// it into the hub.
func (h *Hub) Expiry(ctx context.Context, code string) (time.Time, error) {
	s, err := h.peek(ctx, code)
	if err != nil {
		return time.Time{}, err
	}
	return s.ExpiresAt(h.opts.Retention), nil
}

// peek is the state of room code: live when it is loaded, replayed from
// the store otherwise (without starting the room).
func (h *Hub) peek(ctx context.Context, code string) (State, error) {
	h.mu.Lock()
	r := h.rooms[code]
	h.mu.Unlock()
	if r != nil {
		return r.Snapshot().State, nil
	}
	events, err := h.store.Load(ctx, code)
	if err != nil {
		return State{}, err
	}
	return Replay(events), nil
}

// Expire removes every room whose retention has passed at the hub's
// clock's now, and returns their codes. Rooms are removed as Delete
// removes them: for good, with their live connections told.
func (h *Hub) Expire(ctx context.Context) ([]string, error) {
	if h.opts.Retention <= 0 {
		return nil, nil
	}
	rooms, err := h.store.Rooms(ctx)
	if err != nil {
		return nil, err
	}
	now := h.opts.Now()
	var due []string
	for _, info := range rooms {
		at, err := h.Expiry(ctx, info.Code)
		if err != nil {
			return nil, err
		}
		if !at.IsZero() && !now.Before(at) {
			due = append(due, info.Code)
		}
	}
	if len(due) == 0 {
		return nil, nil
	}
	// A room may have changed since it was looked at: once it is closed,
	// it is removed only if it is still due.
	return h.remove(ctx, due, ErrRoomExpired, func(s State) bool {
		at := s.ExpiresAt(h.opts.Retention)
		return !at.IsZero() && !now.Before(at)
	})
}
