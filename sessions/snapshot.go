package sessions

// Snapshot is an immutable picture of a live room: its state and who is
// connected right now. Nobody may modify a Snapshot after it is published.
type Snapshot struct {
	State State
	// Online counts open connections per participant.
	Online map[ParticipantID]int
}

// IsOnline reports whether id has a connection open.
func (s *Snapshot) IsOnline(id ParticipantID) bool { return s.Online[id] > 0 }
