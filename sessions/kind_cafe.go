package sessions

import "fmt"

// CafeSettings are a world café's own settings and where it stands. It has
// a column per table (its topic).
type CafeSettings struct {
	// Rounds of Minutes each (no timer when 0).
	Rounds  int `json:"rounds,omitempty" yaml:"rounds"`
	Minutes int `json:"minutes,omitempty" yaml:"minutes"`
	// Hosts[t] stays at table t.
	Hosts []ParticipantID `json:"hosts,omitempty" yaml:"-"`
	// Round is the current round (0-based, Rounds when the harvest has
	// begun) once Plan, the seating, is made.
	Round int       `json:"round,omitempty" yaml:"-"`
	Plan  *CafePlan `json:"plan,omitempty" yaml:"-"`
}

// check says what is wrong with the settings, as a template field and
// reason; "" when nothing is.
func (c CafeSettings) check() (field, reason string) {
	if c.Rounds < 1 || c.Rounds > MaxCafeRounds || c.Minutes < 0 || c.Minutes > 120 {
		return "rounds/minutes", fmt.Sprintf("a world café needs 1 to %d rounds of at most 120 minutes", MaxCafeRounds)
	}
	return "", ""
}

// A world café has a table per column, hosts who stay, rounds in which
// everyone else moves on, and a harvest of all tables at the end.
var cafeKind = kindRules{
	decide: decideCafe,
	settings: func(a *Activity, ta TemplateActivity, _ Lang) {
		a.Rounds, a.Minutes = ta.Rounds, ta.Minutes
	},
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
		return a.CafeSettings.check()
	},
	view: func(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
		v.Cafe = cafeView(v, s, v.Activity, viewer, names)
	},
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		reportBoard(xa, a, c, true)
		xa.Cafe = c.cafe(a)
	},
}
