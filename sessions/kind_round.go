package sessions

import (
	"math/rand/v2"
	"slices"
	"time"
)

// RoundSettings are a go-around's own settings and where it stands.
type RoundSettings struct {
	// Shuffle orders the round at random when it starts.
	Shuffle bool `json:"shuffle,omitempty" yaml:"shuffle"`
	// Order is the speaking order once the round started, Turn the index
	// of who speaks now.
	Order []ParticipantID `json:"order,omitempty" yaml:"-"`
	Turn  int             `json:"turn,omitempty" yaml:"-"`
}

// A round is a go-around: everyone gets a turn, in joining order or
// shuffled.
var roundKind = kindRules{
	decide:   decideRound,
	settings: func(a *Activity, ta TemplateActivity, _ Lang) { a.Shuffle = ta.Shuffle },
	view:     roundView,
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		for _, id := range a.Order {
			xa.Round = append(xa.Round, c.people[id].Name)
		}
	},
}

// roundView shows the speaking order, who speaks now and who is next.
func roundView(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
	act := v.Activity
	rv := &RoundView{Started: len(act.Order) > 0}
	for i, id := range act.Order {
		rv.Turns = append(rv.Turns, TurnView{Name: names[id], Done: i < act.Turn, Now: i == act.Turn, Me: id == viewer})
		switch i {
		case act.Turn:
			rv.Speaking = names[id]
		case act.Turn + 1:
			rv.Next = names[id]
		}
	}
	v.Round = rv
}

// decideRound decides starting a go-around and passing the turn.
func decideRound(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error) {
	_, one := emitter(at, actor)
	fac := s.IsFacilitator(actor)
	switch c := cmd.(type) {
	case StartRound:
		if !fac {
			return nil, ErrNotFacilitator
		}
		a, err := s.currentOf(KindRound, actor)
		if err != nil {
			return nil, err
		}
		var order []ParticipantID
		for _, p := range s.Participants {
			if slices.Contains(c.Present, p.ID) {
				order = append(order, p.ID)
			}
		}
		if len(order) == 0 {
			return nil, ErrNobodyPresent
		}
		if c.Shuffle {
			r := rand.New(rand.NewPCG(c.Seed, c.Seed^0x6b72696e67))
			r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		return one(RoundStarted{Activity: a.ID, Order: order, Shuffled: c.Shuffle})
	case NextTurn:
		if !fac {
			return nil, ErrNotFacilitator
		}
		a, err := s.currentOf(KindRound, actor)
		if err != nil {
			return nil, err
		}
		if len(a.Order) == 0 {
			return nil, ErrNobodyPresent
		}
		turn := min(max(a.Turn+c.Delta, 0), len(a.Order))
		if turn == a.Turn {
			return nil, nil
		}
		return one(TurnChanged{Activity: a.ID, Turn: turn})
	}
	return nil, ErrUnknownCommand
}
