package sessions

// A groups activity splits the people present into breakout groups,
// mixed by function if asked; later activities may work per group.
var groupsKind = kindRules{
	groups: true,
	quiet:  true,
	check: func(a TemplateActivity, _ []TemplateActivity) (string, string) {
		if a.Min < 1 || a.Max < a.Min || a.Max > 20 {
			return "min/max", "a groups activity needs 1 <= min <= max <= 20"
		}
		return "", ""
	},
	view: func(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
		v.Groups = groupsView(s, v.Activity, viewer, names)
	},
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		for _, g := range c.s.GroupsOf(a.ID) {
			var names []string
			for _, m := range g.Members {
				names = append(names, c.people[m].Name)
			}
			xa.Groups = append(xa.Groups, names)
		}
	},
}
