package sessions

import "time"

// Snapshot is an immutable picture of a live room: its state and who is
// connected right now. Nobody may modify a Snapshot after it is published.
type Snapshot struct {
	State State
	// Online counts open connections per participant.
	Online map[ParticipantID]int
	// Expires is when retention removes the room, by its last change
	// (zero: never); its facilitators are warned before.
	Expires time.Time
	// Published is when the room published the snapshot, on the wall
	// clock: the start of its fan-out to every screen.
	Published time.Time
}

// IsOnline reports whether id has a connection open.
func (s *Snapshot) IsOnline(id ParticipantID) bool { return s.Online[id] > 0 }
