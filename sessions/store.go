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
	// Rooms lists the index of all rooms.
	Rooms(ctx context.Context) ([]RoomInfo, error)
}
