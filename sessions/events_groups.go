package sessions

import "slices"

// GroupsFormed: groups activity Activity split the room into Groups,
// replacing any earlier groups of it.
type GroupsFormed struct {
	Activity int     `json:"activity"`
	Groups   []Group `json:"groups"`
}

// MemberMoved: Participant is now in group Group (and out of the other
// groups of its activity).
type MemberMoved struct {
	Participant ParticipantID `json:"participant"`
	Group       int           `json:"group"`
}

// Kind implements Payload.
func (GroupsFormed) Kind() EventKind { return EvGroupsFormed }

// Kind implements Payload.
func (MemberMoved) Kind() EventKind { return EvMemberMoved }

func (p GroupsFormed) apply(s State, _ Event) State {
	s.Groups = slices.DeleteFunc(slices.Clone(s.Groups), func(g Group) bool { return g.Activity == p.Activity })
	s.Groups = append(s.Groups, p.Groups...)
	for _, g := range p.Groups {
		s.NextID = max(s.NextID, g.ID+1)
	}
	return s
}

func (p MemberMoved) apply(s State, _ Event) State {
	s.Groups = moveMember(s.Groups, p.Participant, p.Group)
	return s
}

// moveMember returns groups with id in group (and out of the other groups
// of the same activity); the slices that change are copied.
func moveMember(groups []Group, id ParticipantID, group int) []Group {
	activity := 0
	for _, g := range groups {
		if g.ID == group {
			activity = g.Activity
		}
	}
	out := slices.Clone(groups)
	for i := range out {
		if out[i].Activity != activity {
			continue
		}
		has := slices.Contains(out[i].Members, id)
		switch {
		case out[i].ID == group && !has:
			out[i].Members = append(slices.Clip(out[i].Members), id)
		case out[i].ID != group && has:
			out[i].Members = slices.DeleteFunc(slices.Clone(out[i].Members), func(m ParticipantID) bool { return m == id })
		}
	}
	return out
}
