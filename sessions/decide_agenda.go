package sessions

import "time"

// decideAgenda handles the facilitator's commands that steer the room.
// ok is false for commands it does not know.
func decideAgenda(s State, actor ParticipantID, at time.Time, cmd Command) (evs []Event, ok bool, err error) {
	one := func(p Payload) ([]Event, bool, error) { return []Event{newEvent(at, actor, p)}, true, nil }
	switch cmd.(type) {
	case GoTo, Step, Reveal, LockColumn, LockInput, SetFocus, TimerCmd, Grant, Revoke, SetConfidential, Publish:
		if !s.IsFacilitator(actor) {
			return nil, true, ErrNotFacilitator
		}
	default:
		return nil, false, nil
	}
	switch c := cmd.(type) {
	case GoTo:
		if s.activityIndex(c.Activity) < 0 {
			return nil, true, ErrNoActivity
		}
		return moveTo(s, at, actor, c.Activity), true, nil
	case Step:
		i := s.Current + c.Delta
		if i < 0 || i >= len(s.Agenda) || c.Delta == 0 {
			return nil, true, ErrNoActivity
		}
		return moveTo(s, at, actor, s.Agenda[i].ID), true, nil
	case Reveal:
		a, found := s.Activity(c.Activity)
		if !found {
			return nil, true, ErrNoActivity
		}
		if !a.Kind.HasBoard() {
			return nil, true, ErrWrongActivity
		}
		return one(Revealed{Activity: c.Activity})
	case LockColumn:
		if _, found := s.Column(c.Column); !found {
			return nil, true, ErrNoColumn
		}
		return one(ColumnLocked{Column: c.Column, Locked: c.Locked})
	case LockInput:
		return one(InputLocked{Locked: c.Locked})
	case SetFocus:
		if c.ID != 0 {
			_, isNote := s.Note(c.ID)
			_, isTheme := s.theme(c.ID)
			if !isNote && !isTheme {
				return nil, true, ErrNoNote
			}
		}
		return one(FocusChanged{Item: c.ID})
	case TimerCmd:
		t, err := nextTimer(s.Timer, at, c)
		if err != nil {
			return nil, true, err
		}
		return one(TimerChanged{Timer: t})
	case Grant:
		p, found := s.Participant(c.Participant)
		if !found {
			return nil, true, ErrNoParticipant
		}
		if p.ID.Keyless() {
			return nil, true, ErrKeylessRole
		}
		if s.IsFacilitator(p.ID) {
			return nil, true, nil
		}
		return one(FacilitatorGranted{Participant: p.ID})
	case Revoke:
		if len(s.Facilitators) > 0 && s.Facilitators[0] == c.Participant {
			return nil, true, ErrOwner
		}
		if !s.IsFacilitator(c.Participant) {
			return nil, true, nil
		}
		return one(FacilitatorRevoked{Participant: c.Participant})
	case SetConfidential:
		if _, found := s.Activity(c.Activity); !found {
			return nil, true, ErrNoActivity
		}
		return one(ConfidentialSet{Activity: c.Activity, Confidential: c.Confidential})
	case Publish:
		if c.Published == s.Published {
			return nil, true, nil
		}
		return one(ReportPublished{Published: c.Published})
	}
	return nil, true, ErrUnknownCommand
}

// nextTimer is the timer after c at time at.
func nextTimer(t Timer, at time.Time, c TimerCmd) (Timer, error) {
	switch c.Op {
	case TimerSet:
		if c.D <= 0 {
			return t, ErrEmptyText
		}
		return t.Set(c.D), nil
	case TimerStart:
		return t.Start(at), nil
	case TimerPause:
		return t.Pause(at), nil
	case TimerReset:
		return t.Reset(), nil
	case TimerAdd:
		if c.D <= 0 {
			return t, ErrEmptyText
		}
		return t.Add(at, c.D), nil
	case TimerCloseAtEnd, TimerKeepOpen:
		t.CloseAtZero = c.Op == TimerCloseAtEnd
		return t, nil
	}
	return t, ErrUnknownCommand
}

// moveTo is the move to another activity. The timer belongs to the
// activity it was set in: moving on clears it, so a later step never
// starts with "time is up".
func moveTo(s State, at time.Time, actor ParticipantID, activity int) []Event {
	evs := []Event{newEvent(at, actor, ActivityChanged{Activity: activity})}
	if s.Timer != (Timer{}) && activity != s.currentID() {
		evs = append(evs, newEvent(at, actor, TimerChanged{Timer: Timer{}}))
	}
	return evs
}
