package sessions

// A round is a go-around: everyone gets a turn, in joining order or
// shuffled.
var roundKind = kindRules{
	view: roundView,
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
