package sessions

// Participation is one person's share in the current activity, for the
// facilitator's overview.
type Participation struct {
	Name        string
	Online      bool
	Facilitator bool
	// Count is notes written, votes cast or turns taken in the current
	// activity; -1 when the activity is anonymous and counts per person
	// would say too much.
	Count int
}

// ParticipationIn returns everyone's share in the current activity, in
// joining order.
func ParticipationIn(snap *Snapshot) []Participation {
	s := snap.State
	act, _ := s.CurrentActivity()
	counts := map[ParticipantID]int{}
	switch act.Kind {
	case KindBrainstorm:
		for _, n := range s.Notes {
			if c, ok := s.Column(n.Column); ok && c.Activity == act.ID {
				counts[n.Author]++
			}
		}
	case KindVote:
		for _, v := range s.Votes {
			if v.Activity == act.ID {
				counts[v.Voter]++
			}
		}
	case KindRound:
		for i, id := range act.Order {
			if i < act.Turn {
				counts[id] = 1
			}
		}
	case KindActions:
		for _, a := range s.Actions {
			if a.Activity == act.ID {
				counts[a.Author]++
			}
		}
	case KindScale:
		for _, m := range s.Marks {
			if m.Activity == act.ID {
				counts[m.Who] = 1
			}
		}
	case KindQuadrant:
		for _, n := range s.Notes {
			if c, ok := s.Column(n.Column); ok && c.Activity == act.ID {
				counts[n.Author]++
			}
		}
	}
	out := make([]Participation, 0, len(s.Participants))
	for _, p := range s.Participants {
		c := counts[p.ID]
		if act.Anonymous {
			c = -1
		}
		out = append(out, Participation{Name: p.Name, Online: snap.IsOnline(p.ID), Facilitator: s.IsFacilitator(p.ID), Count: c})
	}
	return out
}
