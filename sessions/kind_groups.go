package sessions

// GroupsSettings are a groups activity's own settings: groups of Min to
// Max people, mixing functions when Mix is set.
type GroupsSettings struct {
	Min int  `json:"min,omitempty" yaml:"min"`
	Max int  `json:"max,omitempty" yaml:"max"`
	Mix bool `json:"mix,omitempty" yaml:"mix"`
}

// check says what is wrong with the settings, as a template field and
// reason; "" when nothing is.
func (g GroupsSettings) check() (field, reason string) {
	if g.Min < 1 || g.Max < g.Min || g.Max > 20 {
		return "min/max", "a groups activity needs 1 <= min <= max <= 20"
	}
	return "", ""
}

// A groups activity splits the people present into breakout groups,
// mixed by function if asked; later activities may work per group.
var groupsKind = kindRules{
	decide:   decideGroups,
	groups:   true,
	quiet:    true,
	settings: func(a *Activity, ta TemplateActivity, _ Lang) { a.GroupsSettings = ta.GroupsSettings },
	check:    func(a TemplateActivity, _ []TemplateActivity) (string, string) { return a.GroupsSettings.check() },
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
