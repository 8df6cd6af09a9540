package sessions

// Participation is one person's share in the current activity, for the
// facilitator's overview.
type Participation struct {
	Name        string
	Online      bool
	Facilitator bool
	// Count is what the person added to the current activity: notes
	// (on any board: brainstorm, quadrant, café tables, marketplace),
	// votes, turns taken, actions, a mark, a share or a ranking; -1 when
	// the activity is anonymous and counts per person would say too much.
	Count int
}

// ParticipationIn returns everyone's share in the current activity, in
// joining order. It counts what each kind keeps per activity, so a kind
// is never left out of the overview.
func ParticipationIn(snap *Snapshot) []Participation {
	s := snap.State
	act, _ := s.CurrentActivity()
	counts := map[ParticipantID]int{}
	for _, n := range s.Notes {
		if c, ok := s.Column(n.Column); ok && c.Activity == act.ID && s.Attributable(n) {
			counts[n.Author]++
		}
	}
	for _, v := range s.Votes {
		if v.Activity == act.ID {
			counts[v.Voter]++
		}
	}
	for i, id := range act.Order {
		if i < act.Turn {
			counts[id]++
		}
	}
	for _, a := range s.Actions {
		if a.Activity == act.ID {
			counts[a.Author]++
		}
	}
	for _, m := range s.Marks {
		if m.Activity == act.ID {
			counts[m.Who]++
		}
	}
	for _, sh := range s.Shares {
		if sh.Activity == act.ID {
			counts[sh.Who]++
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
