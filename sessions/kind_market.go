package sessions

// A marketplace of in-house expertise has two columns, offers and
// requests, and shows who can help whom.
var marketKind = kindRules{
	board:           true,
	takesVoteSource: true,
	check: func(a TemplateActivity, _ []TemplateActivity) (string, string) {
		if len(a.Columns) != 2 {
			return "columns", "a marketplace has two columns: offers, then requests"
		}
		return "", ""
	},
	view: func(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
		market := s.MarketOf(v.Activity, Reader{ID: viewer, Facilitator: v.Facilitator, Group: v.Group}, names)
		v.Market = &market
	},
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		market := c.s.MarketOf(a, c.reader, c.names())
		xa.Market = &market
		reportBoard(xa, a, c, false)
	},
}
