package sessions

import (
	"fmt"
	"slices"
	"time"
)

// Group is a breakout group of a groups activity.
type Group struct {
	ID       int             `json:"id"`
	Activity int             `json:"activity"`
	Members  []ParticipantID `json:"members"`
}

// FormGroups splits the people present into groups (facilitator).
type FormGroups struct {
	Present []ParticipantID
	Seed    uint64
}

// MoveMember places a participant in another group (facilitator).
type MoveMember struct {
	Participant ParticipantID
	Group       int
}

func (FormGroups) command()           {}
func (FormGroups) kind() ActivityKind { return KindGroups }
func (MoveMember) command()           {}
func (MoveMember) kind() ActivityKind { return KindGroups }

// GroupsOf returns the groups of groups activity id, in order.
func (s State) GroupsOf(activity int) []Group {
	var out []Group
	for _, g := range s.Groups {
		if g.Activity == activity {
			out = append(out, g)
		}
	}
	return out
}

// groupsFor returns the groups that apply to activity a: those of the
// nearest groups activity at or before it that has formed groups.
func (s State) groupsFor(a Activity) []Group {
	for i := s.activityIndex(a.ID); i >= 0; i-- {
		if s.Agenda[i].Kind.rules().groups {
			if gs := s.GroupsOf(s.Agenda[i].ID); len(gs) > 0 {
				return gs
			}
		}
	}
	return nil
}

// groupOf is the group id is in for activity a, or 0.
func (s State) groupOf(a Activity, id ParticipantID) int {
	for _, g := range s.groupsFor(a) {
		if slices.Contains(g.Members, id) {
			return g.ID
		}
	}
	return 0
}

// GroupName is how a group is called on screen and in exports.
func GroupName(lang Lang, index int) string {
	return fmt.Sprintf(Messages.T(lang, "group.name"), index+1)
}

// decideGroups handles forming groups and moving people between them.
func decideGroups(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error) {
	ev := func(p Payload) Event { return newEvent(at, actor, p) }
	if !s.IsFacilitator(actor) {
		return nil, ErrNotFacilitator
	}
	a, err := s.currentOf(KindGroups, actor)
	if err != nil {
		return nil, err
	}
	switch c := cmd.(type) {
	case FormGroups:
		present := s.joinedOf(c.Present)
		if len(present) == 0 {
			return nil, ErrNobodyPresent
		}
		functions := map[ParticipantID]string{}
		for _, p := range s.Participants {
			functions[p.ID] = p.Function
		}
		split := SplitGroups(present, functions, max(a.Min, 1), max(a.Max, a.Min, 1), a.Mix, c.Seed)
		var groups []Group
		for i, members := range split {
			groups = append(groups, Group{ID: s.NextID + i, Activity: a.ID, Members: members})
		}
		return []Event{ev(GroupsFormed{Activity: a.ID, Groups: groups})}, nil
	case MoveMember:
		if _, joined := s.Participant(c.Participant); !joined {
			return nil, ErrNoParticipant
		}
		gs := s.GroupsOf(a.ID)
		if !slices.ContainsFunc(gs, func(g Group) bool { return g.ID == c.Group }) {
			return nil, ErrNoGroup
		}
		return []Event{ev(MemberMoved{Participant: c.Participant, Group: c.Group})}, nil
	}
	return nil, ErrUnknownCommand
}

// lateJoinEvents places a newcomer in the smallest group of every groups
// activity that has formed groups, so late joiners do not stand alone.
func lateJoinEvents(s State, id ParticipantID, ev func(Payload) Event) []Event {
	var out []Event
	for _, a := range s.Agenda {
		gs := s.GroupsOf(a.ID)
		if !a.Kind.rules().groups || len(gs) == 0 {
			continue
		}
		members := make([][]ParticipantID, len(gs))
		for i, g := range gs {
			members[i] = g.Members
		}
		out = append(out, ev(MemberMoved{Participant: id, Group: gs[PlaceLate(members)].ID}))
	}
	return out
}
