package sessions

// An actions activity collects what will be done: what, who, theme,
// until when, result and how it is accounted for.
var actionsKind = kindRules{
	view: actionsView,
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		for _, act := range c.s.Actions {
			if act.Activity == a.ID {
				xa.Actions = append(xa.Actions, act.ActionItem)
			}
		}
	},
}

// actionsView lists the actions; their author and facilitators may change them.
func actionsView(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
	act := v.Activity
	for _, a := range s.Actions {
		if a.Activity == act.ID {
			v.Actions = append(v.Actions, ActionView{ID: a.ID, ActionItem: a.ActionItem, CanChange: !v.Past && (a.Author == viewer || v.Facilitator)})
		}
	}
}
