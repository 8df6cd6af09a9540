package sessions

import "fmt"

// A world café has a table per column, hosts who stay, rounds in which
// everyone else moves on, and a harvest of all tables at the end.
var cafeKind = kindRules{
	board:           true,
	takesVoteSource: true,
	// Someone other than a facilitator writes at the table where they sit
	// this round, and only while rounds are on.
	mayWrite: func(s State, a Activity, actor ParticipantID, column int) error {
		switch {
		case !a.CafeStarted():
			return ErrCafeNotStarted
		case a.Harvest() || s.cafeTable(a, actor) != column:
			return ErrNotYourTable
		}
		return nil
	},
	stamp: func(a Activity, n *Note) { n.Round = a.Round },
	check: func(a TemplateActivity, _ []TemplateActivity) (string, string) {
		if len(a.Columns) < 2 || len(a.Columns) > MaxCafeTables {
			return "columns", fmt.Sprintf("a world café needs 2 to %d tables (one topic each)", MaxCafeTables)
		}
		if a.Rounds < 1 || a.Rounds > MaxCafeRounds || a.Minutes < 0 || a.Minutes > 120 {
			return "rounds/minutes", fmt.Sprintf("a world café needs 1 to %d rounds of at most 120 minutes", MaxCafeRounds)
		}
		return "", ""
	},
	view: func(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
		v.Cafe = cafeView(v, s, v.Activity, viewer, names)
	},
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		reportBoard(xa, a, c, true)
		xa.Cafe = c.cafe(a)
	},
}
