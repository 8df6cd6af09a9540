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
)

// Event is one entry of a room's append-only log. Only the fields that the
// kind needs are set; the log is stored as JSON.
type Event struct {
	Seq   uint64        `json:"seq"`
	At    time.Time     `json:"at"`
	Kind  EventKind     `json:"kind"`
	Actor ParticipantID `json:"actor,omitempty"`

	Room        *State          `json:"room,omitempty"`
	Participant *Participant    `json:"participant,omitempty"`
	Note        *Note           `json:"note,omitempty"`
	Column      *Column         `json:"column,omitempty"`
	ID          int             `json:"id,omitempty"`
	Text        string          `json:"text,omitempty"`
	Lang        Lang            `json:"lang,omitempty"`
	Flag        bool            `json:"flag,omitempty"`
	Timer       *Timer          `json:"timer,omitempty"`
	Target      ParticipantID   `json:"target,omitempty"`
	Theme       *Theme          `json:"theme,omitempty"`
	Action      *Action         `json:"action,omitempty"`
	Order       []ParticipantID `json:"order,omitempty"`
	Pct         *[4]int         `json:"pct,omitempty"`
	Plan        *CafePlan       `json:"plan,omitempty"`
	Minutes     int             `json:"minutes,omitempty"`
	Groups      []Group         `json:"groups,omitempty"`
	Ranking     *Ranking        `json:"ranking,omitempty"`
	// Item is a note or theme; ID is the thing acted on otherwise.
	Item int `json:"item,omitempty"`

	// Owner is the author of a note added to an anonymous activity. It is
	// applied in memory and never written to the log, so nothing in the
	// data directory or a backup ties the note to its author; the event's
	// Actor and the note's Author stay empty.
	Owner ParticipantID `json:"-"`
}
