package sessions

import (
	"fmt"
	"strings"
	"time"
)

// Observer is told what the hub's rooms do, for metrics. Its methods are
// called from room goroutines and must not block.
type Observer interface {
	// Command is called for each command a room answered, with its
	// refusal or nil.
	Command(cmd Command, err error)
	// Committed is called after each store commit of a batch of events,
	// with how long it took and its error.
	Committed(d time.Duration, events int, err error)
}

// CommandName is the name of cmd's type, such as "AddNote": a label with
// as many values as there are commands.
func CommandName(cmd Command) string {
	name := fmt.Sprintf("%T", cmd)
	return name[strings.LastIndexByte(name, '.')+1:]
}

// noObserver is the Observer of a hub that was given none.
type noObserver struct{}

func (noObserver) Command(Command, error)              {}
func (noObserver) Committed(time.Duration, int, error) {}

// Stats is what the hub holds right now.
type Stats struct {
	// Rooms is how many rooms are live (loaded).
	Rooms int
	// Connected is how many participants are connected, over all rooms.
	Connected int
}

// Stats counts the live rooms and the participants connected to them.
func (h *Hub) Stats() Stats {
	h.mu.Lock()
	rooms := make([]*Room, 0, len(h.rooms))
	for _, r := range h.rooms {
		rooms = append(rooms, r)
	}
	h.mu.Unlock()
	st := Stats{Rooms: len(rooms)}
	for _, r := range rooms {
		st.Connected += len(r.Snapshot().Online)
	}
	return st
}
