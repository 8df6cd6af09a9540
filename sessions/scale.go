package sessions

import (
	"slices"
	"time"
)

// ScaleSteps is the number of steps on a continuum: 0 is the left end, 10
// the right end.
const ScaleSteps = 10

// Mark is where a participant stands on a scale activity's continuum.
type Mark struct {
	Activity int           `json:"activity"`
	Who      ParticipantID `json:"who"`
	Value    int           `json:"value"`
}

// Share is a participant's division of their time over a quadrant's four
// boxes, in percent: top-left, top-right, bottom-left, bottom-right.
type Share struct {
	Activity int           `json:"activity"`
	Who      ParticipantID `json:"who"`
	Pct      [4]int        `json:"pct"`
}

// PlaceMark puts the actor's marker on the current scale (0–ScaleSteps).
type PlaceMark struct{ Value int }

// SetShares gives the actor's time shares in the current quadrant; they
// must add up to 100.
type SetShares struct{ Pct [4]int }

func (PlaceMark) command()           {}
func (PlaceMark) kind() ActivityKind { return KindScale }
func (SetShares) command()           {}
func (SetShares) kind() ActivityKind { return KindQuadrant }

// Distribution counts the marks on each step of scale activity id.
func (s State) Distribution(activity int) [ScaleSteps + 1]int {
	var d [ScaleSteps + 1]int
	for _, m := range s.Marks {
		if m.Activity == activity {
			d[m.Value]++
		}
	}
	return d
}

// AverageShares returns the group's average time shares in quadrant
// activity id and how many people gave theirs.
func (s State) AverageShares(activity int) ([4]int, int) {
	var sum [4]int
	n := 0
	for _, sh := range s.Shares {
		if sh.Activity != activity {
			continue
		}
		n++
		for i, p := range sh.Pct {
			sum[i] += p
		}
	}
	if n == 0 {
		return sum, 0
	}
	for i := range sum {
		sum[i] = (sum[i] + n/2) / n
	}
	return sum, n
}

func (s State) markOf(who ParticipantID, activity int) (Mark, bool) {
	i := slices.IndexFunc(s.Marks, func(m Mark) bool { return m.Who == who && m.Activity == activity })
	if i < 0 {
		return Mark{}, false
	}
	return s.Marks[i], true
}

func (s State) shareOf(who ParticipantID, activity int) (Share, bool) {
	i := slices.IndexFunc(s.Shares, func(sh Share) bool { return sh.Who == who && sh.Activity == activity })
	if i < 0 {
		return Share{}, false
	}
	return s.Shares[i], true
}

// decideScale handles PlaceMark and SetShares. ok is false for other
// commands.
func decideScale(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error) {
	ev := func(p Payload) Event { return newEvent(at, actor, p) }
	switch c := cmd.(type) {
	case PlaceMark:
		a, err := s.currentOf(KindScale, actor)
		if err != nil {
			return nil, err
		}
		if c.Value < 0 || c.Value > ScaleSteps {
			return nil, ErrOutOfRange
		}
		return []Event{ev(Marked{Activity: a.ID, Value: c.Value})}, nil
	case SetShares:
		a, err := s.currentOf(KindQuadrant, actor)
		if err != nil {
			return nil, err
		}
		if !a.Shares {
			return nil, ErrWrongActivity
		}
		sum := 0
		for _, p := range c.Pct {
			if p < 0 || p > 100 {
				return nil, ErrOutOfRange
			}
			sum += p
		}
		if sum != 100 {
			return nil, ErrNotHundred
		}
		return []Event{ev(SharesSet{Activity: a.ID, Pct: c.Pct})}, nil
	}
	return nil, ErrUnknownCommand
}
