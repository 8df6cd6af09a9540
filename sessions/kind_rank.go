package sessions

import "slices"

// A rank activity is a card sort, per group or per person, of the themes
// of the cluster before it or of its own items; the rankings are compared.
var rankKind = kindRules{
	decide: decideRank,
	items:  true,
	check: func(a TemplateActivity, before []TemplateActivity) (string, string) {
		if len(a.Items) == 0 && !slices.ContainsFunc(before, func(p TemplateActivity) bool { return p.Kind.rules().themes }) {
			return "items", "a rank activity needs items, or a cluster before it whose themes it ranks"
		}
		return "", ""
	},
	view: func(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
		v.Rank = rankView(v, s, v.Activity, viewer, names)
	},
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		for _, id := range c.s.RankItems(a) {
			if !c.s.mayReadItem(id, c.reader) {
				return // its cards are a confidential cluster's themes
			}
		}
		xa.Comparison = c.s.CompareRankings(a, c.s.Lang, c.names())
	},
}
