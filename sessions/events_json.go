package sessions

import (
	"encoding/json"
	"fmt"
	"time"
)

// eventVersion is the version of the stored form that MarshalJSON writes:
//
//	{"v":2,"seq":7,"at":"…","kind":"note_edited","actor":"key:…","data":{"note":12,"text":"…"}}
//
// data is the kind's payload. An event without "v" is version 1, the flat
// form kring wrote before its events were typed (see eventV1); it is read
// into the same payloads, so every existing log still replays.
const eventVersion = 2

// eventTypes is the one table of event kinds: for each, how its payload is
// read from the log. Applying needs no table, as each payload applies
// itself.
var eventTypes = map[EventKind]eventType{
	EvRoomCreated:       typeOf[RoomCreated](),
	EvParticipantJoined: typeOf[ParticipantJoined](),
	EvParticipantEdited: typeOf[ParticipantEdited](),
	EvLangChosen:        typeOf[LangChosen](),
	EvGranted:           typeOf[FacilitatorGranted](),
	EvRevoked:           typeOf[FacilitatorRevoked](),
	EvNoteAdded:         typeOf[NoteAdded](),
	EvNoteEdited:        typeOf[NoteEdited](),
	EvNoteMoved:         typeOf[NoteMoved](),
	EvNoteDeleted:       typeOf[NoteDeleted](),
	EvColumnAdded:       typeOf[ColumnAdded](),
	EvColumnRenamed:     typeOf[ColumnRenamed](),
	EvColumnRemoved:     typeOf[ColumnRemoved](),
	EvColumnLocked:      typeOf[ColumnLocked](),
	EvActivityChanged:   typeOf[ActivityChanged](),
	EvRevealed:          typeOf[Revealed](),
	EvConfidential:      typeOf[ConfidentialSet](),
	EvInputLocked:       typeOf[InputLocked](),
	EvFocus:             typeOf[FocusChanged](),
	EvTimer:             typeOf[TimerChanged](),
	EvPublished:         typeOf[ReportPublished](),
	EvThemeAdded:        typeOf[ThemeAdded](),
	EvThemeRenamed:      typeOf[ThemeRenamed](),
	EvThemeRemoved:      typeOf[ThemeRemoved](),
	EvAssigned:          typeOf[NoteAssigned](),
	EvVoted:             typeOf[Voted](),
	EvUnvoted:           typeOf[Unvoted](),
	EvVoteClosed:        typeOf[VoteClosed](),
	EvRoundStarted:      typeOf[RoundStarted](),
	EvTurn:              typeOf[TurnChanged](),
	EvActionAdded:       typeOf[ActionAdded](),
	EvActionEdited:      typeOf[ActionEdited](),
	EvActionDeleted:     typeOf[ActionDeleted](),
	EvMarked:            typeOf[Marked](),
	EvShared:            typeOf[SharesSet](),
	EvHosts:             typeOf[HostsSet](),
	EvCafeConfigured:    typeOf[CafeConfigured](),
	EvCafeRound:         typeOf[CafeRoundChanged](),
	EvGroupsFormed:      typeOf[GroupsFormed](),
	EvMemberMoved:       typeOf[MemberMoved](),
	EvRanked:            typeOf[Ranked](),
	EvCompared:          typeOf[Compared](),
	EvRetentionSet:      typeOf[RetentionSet](),
}

// eventType reads one kind's payload, in either stored version.
type eventType struct {
	decode func(data []byte) (Payload, error)
	// fromV1 converts the flat version-1 form; ok is false when it lacks
	// what the kind needs.
	fromV1 func(f eventV1) (p Payload, ok bool)
}

// payloadPtr is a pointer to payload type P that can be read from the
// version-1 form.
type payloadPtr[P Payload] interface {
	*P
	readV1(f eventV1) bool
}

// typeOf is the eventType of payload type P.
func typeOf[P Payload, PP payloadPtr[P]]() eventType {
	return eventType{
		decode: func(data []byte) (Payload, error) {
			var p P
			if err := json.Unmarshal(data, PP(&p)); err != nil {
				return nil, err
			}
			return p, nil
		},
		fromV1: func(f eventV1) (Payload, bool) {
			var p P
			ok := PP(&p).readV1(f)
			return p, ok
		},
	}
}

// storedEvent is the envelope as the log holds it, in either version: a
// version-2 event fills Data, a version-1 event the flat fields instead.
type storedEvent struct {
	V     int             `json:"v,omitempty"`
	Seq   uint64          `json:"seq"`
	At    time.Time       `json:"at"`
	Kind  EventKind       `json:"kind"`
	Actor ParticipantID   `json:"actor,omitempty"`
	Data  json.RawMessage `json:"data,omitempty"`
}

// MarshalJSON writes e in the current version. Owner is never written.
// An event that was read but not understood is written back as it was.
func (e Event) MarshalJSON() ([]byte, error) {
	if sk, ok := e.Data.(skipped); ok {
		return sk.raw, nil
	}
	if e.Data == nil {
		return nil, fmt.Errorf("event %d has no payload", e.Seq)
	}
	data, err := json.Marshal(e.Data)
	if err != nil {
		return nil, fmt.Errorf("event %d (%s): %w", e.Seq, e.Kind(), err)
	}
	return json.Marshal(storedEvent{V: eventVersion, Seq: e.Seq, At: e.At, Kind: e.Kind(), Actor: e.Actor, Data: data})
}

// UnmarshalJSON reads an event of either version. An event of a kind this
// server does not know, or a version-1 event without what its kind needs,
// is read as one that applies nothing — Apply always skipped such events —
// and keeps its bytes. A version newer than eventVersion is refused.
func (e *Event) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var in struct {
		storedEvent
		eventV1
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	if in.V < 0 || in.V > eventVersion {
		return fmt.Errorf("event %d: version %d is not one this server reads", in.Seq, in.V)
	}
	*e = Event{Seq: in.Seq, At: in.At, Actor: in.Actor}
	t, known := eventTypes[in.Kind]
	switch {
	case !known:
	case in.V < 2:
		if p, ok := t.fromV1(in.eventV1); ok {
			e.Data = p
			return nil
		}
	case len(in.Data) == 0:
		return fmt.Errorf("event %d (%s) has no data", in.Seq, in.Kind)
	default:
		p, err := t.decode(in.Data)
		if err != nil {
			return fmt.Errorf("event %d (%s): %w", in.Seq, in.Kind, err)
		}
		e.Data = p
		return nil
	}
	e.Data = skipped{kind: in.Kind, raw: append(json.RawMessage(nil), b...)}
	return nil
}

// skipped is the payload of an event read from the log that this server
// cannot apply. It applies nothing and is written back unchanged.
type skipped struct {
	kind EventKind
	raw  json.RawMessage
}

// Kind implements Payload.
func (p skipped) Kind() EventKind { return p.kind }

func (skipped) apply(s State, _ Event) State { return s }
