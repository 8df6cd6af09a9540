package sessions

import "slices"

// RoundStarted: round activity Activity began with the speakers in Order,
// shuffled or in joining order.
type RoundStarted struct {
	Activity int             `json:"activity"`
	Order    []ParticipantID `json:"order"`
	Shuffled bool            `json:"shuffled"`
}

// TurnChanged: in round activity Activity it is now the turn of the
// speaker at index Turn of its order (the length of the order: the round
// is over).
type TurnChanged struct {
	Activity int `json:"activity"`
	Turn     int `json:"turn"`
}

// ActionAdded: an action item was agreed.
type ActionAdded struct {
	Action Action `json:"action"`
}

// ActionEdited: action Action now reads Item.
type ActionEdited struct {
	Action int        `json:"action"`
	Item   ActionItem `json:"item"`
}

// ActionDeleted: action Action was deleted.
type ActionDeleted struct {
	Action int `json:"action"`
}

// Kind implements Payload.
func (RoundStarted) Kind() EventKind { return EvRoundStarted }

// Kind implements Payload.
func (TurnChanged) Kind() EventKind { return EvTurn }

// Kind implements Payload.
func (ActionAdded) Kind() EventKind { return EvActionAdded }

// Kind implements Payload.
func (ActionEdited) Kind() EventKind { return EvActionEdited }

// Kind implements Payload.
func (ActionDeleted) Kind() EventKind { return EvActionDeleted }

func (p RoundStarted) apply(s State, _ Event) State {
	s.Agenda = update(s.Agenda, s.activityIndex(p.Activity), func(a *Activity) { a.Order, a.Turn, a.Shuffle = p.Order, 0, p.Shuffled })
	return s
}

func (p TurnChanged) apply(s State, _ Event) State {
	s.Agenda = update(s.Agenda, s.activityIndex(p.Activity), func(a *Activity) { a.Turn = p.Turn })
	return s
}

func (p ActionAdded) apply(s State, _ Event) State {
	s.Actions = append(slices.Clip(s.Actions), p.Action)
	s.NextID = max(s.NextID, p.Action.ID+1)
	return s
}

func (p ActionEdited) apply(s State, _ Event) State {
	s.Actions = update(s.Actions, slices.IndexFunc(s.Actions, func(a Action) bool { return a.ID == p.Action }), func(a *Action) { a.ActionItem = p.Item })
	return s
}

func (p ActionDeleted) apply(s State, _ Event) State {
	s.Actions = slices.DeleteFunc(slices.Clone(s.Actions), func(a Action) bool { return a.ID == p.Action })
	return s
}
