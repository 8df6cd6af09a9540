package sessions

import "time"

// EventKind names what happened.
type EventKind string

// The kinds of event in a room's log.
const (
	EvRoomCreated       EventKind = "room_created"
	EvParticipantJoined EventKind = "participant_joined"
	EvParticipantEdited EventKind = "participant_edited"
	EvLangChosen        EventKind = "lang_chosen"
	EvNoteAdded         EventKind = "note_added"
	EvNoteEdited        EventKind = "note_edited"
	EvNoteMoved         EventKind = "note_moved"
	EvNoteDeleted       EventKind = "note_deleted"
	EvColumnAdded       EventKind = "column_added"
	EvColumnRenamed     EventKind = "column_renamed"
	EvColumnRemoved     EventKind = "column_removed"
	EvColumnLocked      EventKind = "column_locked"
	EvActivityChanged   EventKind = "activity_changed"
	EvRevealed          EventKind = "revealed"
	EvInputLocked       EventKind = "input_locked"
	EvFocus             EventKind = "focus"
	EvTimer             EventKind = "timer"
	EvPublished         EventKind = "report_published"
	EvGranted           EventKind = "facilitator_granted"
	EvRevoked           EventKind = "facilitator_revoked"
	EvConfidential      EventKind = "confidential"
	EvThemeAdded        EventKind = "theme_added"
	EvThemeRenamed      EventKind = "theme_renamed"
	EvThemeRemoved      EventKind = "theme_removed"
	EvAssigned          EventKind = "assigned"
	EvVoted             EventKind = "voted"
	EvUnvoted           EventKind = "unvoted"
	EvVoteClosed        EventKind = "vote_closed"
	EvRoundStarted      EventKind = "round_started"
	EvTurn              EventKind = "turn"
	EvActionAdded       EventKind = "action_added"
	EvActionEdited      EventKind = "action_edited"
	EvActionDeleted     EventKind = "action_deleted"
	EvMarked            EventKind = "marked"
	EvShared            EventKind = "shared"
	EvHosts             EventKind = "hosts"
	EvCafeRound         EventKind = "cafe_round"
	EvCafeConfigured    EventKind = "cafe_configured"
	EvGroupsFormed      EventKind = "groups_formed"
	EvMemberMoved       EventKind = "member_moved"
	EvRanked            EventKind = "ranked"
	EvCompared          EventKind = "compared"
	EvRetentionSet      EventKind = "retention_set"
)

// Event is one entry of a room's append-only log: an envelope — its place
// in the log, when and by whom — around one typed payload that says what
// happened. The log stores it as JSON (see MarshalJSON).
type Event struct {
	Seq   uint64
	At    time.Time
	Actor ParticipantID
	// Data is what happened: one payload type per kind of event, each of
	// which applies itself to a state.
	Data Payload

	// Owner is the author of a note added to an anonymous activity. It is
	// applied in memory and never written to the log, so nothing in the
	// data directory or a backup ties the note to its author; the event's
	// Actor and the note's Author stay empty.
	Owner ParticipantID `json:"-"`
}

// Kind is the kind of e's payload; empty for an event without one.
func (e Event) Kind() EventKind {
	if e.Data == nil {
		return ""
	}
	return e.Data.Kind()
}

// Payload is the typed content of an event. Each kind of event has its
// own payload type, registered in eventTypes.
type Payload interface {
	// Kind names the event the payload belongs to.
	Kind() EventKind
	// apply returns s after the event e that carries the payload. It
	// follows Apply's rules: it copies what it changes and skips what no
	// longer fits.
	apply(s State, e Event) State
}

// newEvent is the event of p, by actor at time at.
func newEvent(at time.Time, actor ParticipantID, p Payload) Event {
	return Event{At: at, Actor: actor, Data: p}
}
