package sessions

import "slices"

// RoomCreated begins a room's log: the room as it starts.
type RoomCreated struct {
	Room State `json:"room"`
}

// ParticipantJoined: someone joined the room.
type ParticipantJoined struct {
	Participant Participant `json:"participant"`
}

// ParticipantEdited: a participant changed their name or function.
type ParticipantEdited struct {
	Participant ParticipantID `json:"participant"`
	Name        string        `json:"name"`
	Function    string        `json:"function"`
}

// LangChosen: the actor chose their own UI language.
type LangChosen struct {
	Lang Lang `json:"lang"`
}

// FacilitatorGranted: a participant became a facilitator.
type FacilitatorGranted struct {
	Participant ParticipantID `json:"participant"`
}

// FacilitatorRevoked: a facilitator became a participant again.
type FacilitatorRevoked struct {
	Participant ParticipantID `json:"participant"`
}

// Kind implements Payload.
func (RoomCreated) Kind() EventKind { return EvRoomCreated }

// Kind implements Payload.
func (ParticipantJoined) Kind() EventKind { return EvParticipantJoined }

// Kind implements Payload.
func (ParticipantEdited) Kind() EventKind { return EvParticipantEdited }

// Kind implements Payload.
func (LangChosen) Kind() EventKind { return EvLangChosen }

// Kind implements Payload.
func (FacilitatorGranted) Kind() EventKind { return EvGranted }

// Kind implements Payload.
func (FacilitatorRevoked) Kind() EventKind { return EvRevoked }

func (p RoomCreated) apply(_ State, e Event) State {
	s := p.Room
	s.Seq = e.Seq
	return withDefaultAgenda(s)
}

func (p ParticipantJoined) apply(s State, _ Event) State {
	if s.participantIndex(p.Participant.ID) < 0 {
		s.Participants = append(slices.Clip(s.Participants), p.Participant)
	}
	return s
}

func (p ParticipantEdited) apply(s State, _ Event) State {
	s.Participants = update(s.Participants, s.participantIndex(p.Participant), func(q *Participant) {
		q.Name, q.Function = p.Name, p.Function
	})
	return s
}

func (p LangChosen) apply(s State, e Event) State {
	s.Participants = update(s.Participants, s.participantIndex(e.Actor), func(q *Participant) { q.Lang = p.Lang })
	return s
}

func (p FacilitatorGranted) apply(s State, _ Event) State {
	if !s.IsFacilitator(p.Participant) {
		s.Facilitators = append(slices.Clip(s.Facilitators), p.Participant)
	}
	return s
}

func (p FacilitatorRevoked) apply(s State, _ Event) State {
	s.Facilitators = slices.DeleteFunc(slices.Clone(s.Facilitators), func(id ParticipantID) bool { return id == p.Participant })
	return s
}

// withDefaultAgenda gives a room logged before agendas existed one
// brainstorm activity that holds all its columns.
func withDefaultAgenda(s State) State {
	if len(s.Agenda) > 0 {
		return s
	}
	s.Agenda = []Activity{{ID: 1, Kind: KindBrainstorm, Title: Messages.T(s.Lang, "activity.default")}}
	s.NextActivity = 2
	s.Columns = slices.Clone(s.Columns)
	for i := range s.Columns {
		s.Columns[i].Activity = 1
	}
	return s
}
