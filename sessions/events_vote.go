package sessions

import "slices"

// Voted: the actor put a vote on Item (a note or theme) in vote activity
// Activity.
type Voted struct {
	Activity int `json:"activity"`
	Item     int `json:"item"`
}

// Unvoted: the actor took one of their votes off Item in vote activity
// Activity.
type Unvoted struct {
	Activity int `json:"activity"`
	Item     int `json:"item"`
}

// VoteClosed: vote activity Activity was closed, or opened again.
type VoteClosed struct {
	Activity int  `json:"activity"`
	Closed   bool `json:"closed"`
}

// Kind implements Payload.
func (Voted) Kind() EventKind { return EvVoted }

// Kind implements Payload.
func (Unvoted) Kind() EventKind { return EvUnvoted }

// Kind implements Payload.
func (VoteClosed) Kind() EventKind { return EvVoteClosed }

func (p Voted) apply(s State, e Event) State {
	s.Votes = append(slices.Clip(s.Votes), Vote{Activity: p.Activity, Voter: e.Actor, Item: p.Item})
	return s
}

func (p Unvoted) apply(s State, e Event) State {
	if i := slices.Index(s.Votes, Vote{Activity: p.Activity, Voter: e.Actor, Item: p.Item}); i >= 0 {
		s.Votes = slices.Delete(slices.Clone(s.Votes), i, i+1)
	}
	return s
}

func (p VoteClosed) apply(s State, _ Event) State {
	s.Agenda = update(s.Agenda, s.activityIndex(p.Activity), func(a *Activity) { a.Closed = p.Closed })
	return s
}
