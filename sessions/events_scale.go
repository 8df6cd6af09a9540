package sessions

import "slices"

// Marked: the actor placed their mark at Value on scale activity
// Activity, replacing any earlier mark.
type Marked struct {
	Activity int `json:"activity"`
	Value    int `json:"value"`
}

// SharesSet: the actor split 100% over the four quadrants of quadrant
// activity Activity, replacing any earlier split.
type SharesSet struct {
	Activity int    `json:"activity"`
	Pct      [4]int `json:"pct"`
}

// Ranked: a ranking (a group's or a person's) of a rank activity's cards
// became Ranking, replacing the earlier one.
type Ranked struct {
	Ranking Ranking `json:"ranking"`
}

// Compared: the rankings of rank activity Activity are shown side by side,
// or no longer.
type Compared struct {
	Activity int  `json:"activity"`
	Shown    bool `json:"shown"`
}

// Kind implements Payload.
func (Marked) Kind() EventKind { return EvMarked }

// Kind implements Payload.
func (SharesSet) Kind() EventKind { return EvShared }

// Kind implements Payload.
func (Ranked) Kind() EventKind { return EvRanked }

// Kind implements Payload.
func (Compared) Kind() EventKind { return EvCompared }

func (p Marked) apply(s State, e Event) State {
	s.Marks = slices.DeleteFunc(slices.Clone(s.Marks), func(m Mark) bool { return m.Who == e.Actor && m.Activity == p.Activity })
	s.Marks = append(s.Marks, Mark{Activity: p.Activity, Who: e.Actor, Value: p.Value})
	return s
}

func (p SharesSet) apply(s State, e Event) State {
	s.Shares = slices.DeleteFunc(slices.Clone(s.Shares), func(sh Share) bool { return sh.Who == e.Actor && sh.Activity == p.Activity })
	s.Shares = append(s.Shares, Share{Activity: p.Activity, Who: e.Actor, Pct: p.Pct})
	return s
}

func (p Ranked) apply(s State, _ Event) State {
	s.Rankings = slices.DeleteFunc(slices.Clone(s.Rankings), func(r Ranking) bool {
		return r.Activity == p.Ranking.Activity && r.Owner == p.Ranking.Owner
	})
	s.Rankings = append(s.Rankings, p.Ranking)
	return s
}

func (p Compared) apply(s State, _ Event) State {
	s.Agenda = update(s.Agenda, s.activityIndex(p.Activity), func(a *Activity) { a.Closed = p.Shown })
	return s
}
