package sessions

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
