package sessions

import (
	"context"
	"time"
)

// RoomInfo is what the rooms index keeps of a room, for listings.
type RoomInfo struct {
	Code    string        `json:"code"`
	Title   string        `json:"title"`
	Owner   ParticipantID `json:"owner"`
	Lang    Lang          `json:"lang"`
	Created time.Time     `json:"created"`
	// Active is when the room's log last changed: the time of its last
	// event. The index does not store it; Rooms reads it from the log.
	Active time.Time `json:"-"`
}

// Store keeps each room's append-only event log. Append returns only after
// the events are durable; a room is never told of an event before that.
type Store interface {
	// Create stores a new room with its first event. It returns
	// ErrRoomExists when the code is taken.
	Create(ctx context.Context, info RoomInfo, first Event) error
	// Append adds events to the log of room code.
	Append(ctx context.Context, code string, events []Event) error
	// Load returns the whole log of room code, or ErrNoRoom.
	Load(ctx context.Context, code string) ([]Event, error)
	// Rooms lists the index of all rooms, each with its Active time.
	Rooms(ctx context.Context) ([]RoomInfo, error)
	// Delete removes rooms, their logs and index entries, for good: no
	// copy of their bytes is left behind in the store. It returns
	// ErrNoRoom, and removes nothing, when one of the codes is unknown.
	Delete(ctx context.Context, codes ...string) error
	// Rewrite replaces the log of room code with events, numbered 1, 2,
	// 3, … without a gap, and leaves no copy of the old log's bytes. It
	// is the one exception to an append-only log, kept for the erasure
	// of a person (see Erase).
	Rewrite(ctx context.Context, code string, events []Event) error
}
