package sessions

import "time"

// kindRules are the rules of one activity kind, gathered in one place:
// its template settings' check, its board, its part of each viewer's View
// and of a report. Every kind is registered in kinds; outside this table
// and the kinds' own files (kind_*.go), nothing asks what kind an
// activity is to decide what to show.
type kindRules struct {
	// board: participants write notes into the activity's columns.
	board bool
	// items: a template may list the activity's own items.
	items bool
	// themes: the activity gathers notes into themes, which later
	// activities (a vote, a card sort) work on.
	themes bool
	// groups: the activity forms breakout groups that later activities
	// per group use.
	groups bool
	// plain: a room that is only this activity reads, in a report, as
	// its board alone.
	plain bool
	// quiet: participants add nothing in this kind (an info card, the
	// forming of groups), so nobody can be "not yet contributed".
	quiet bool
	// takesVoteSource: a vote may take its items from this kind (its
	// notes or themes); a cluster only from a board.
	takesVoteSource bool
	// mayWrite adds the kind's own rules for writing a note in column
	// to the rules every board has (see mayAddNote); nil adds none.
	mayWrite func(s State, a Activity, actor ParticipantID, column int) error
	// stamp sets what a note written in the activity remembers of it
	// (a café note its round); nil sets nothing.
	stamp func(a Activity, n *Note)
	// settings sets the kind's own settings of a new activity from its
	// template activity, in the room's language; nil sets none.
	settings func(a *Activity, ta TemplateActivity, lang Lang)
	// check returns the field and reason of what is wrong with a template
	// activity of this kind, given the activities before it; "" if none.
	check func(a TemplateActivity, before []TemplateActivity) (field, reason string)
	// columns gives the columns of a new activity from its template
	// settings, when the kind names them itself (a quadrant's boxes).
	columns func(a TemplateActivity) []Text
	// decide decides the kind's own commands (those whose kind() is this
	// kind): the events that carry cmd out, or why not.
	decide func(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error)
	// view fills the kind's part of v, the View of viewer.
	view func(v *View, s State, viewer ParticipantID, names map[ParticipantID]string)
	// export fills the kind's part of a report.
	export func(xa *ExportActivity, a Activity, c *exportCtx)
}

// kinds is the table of every activity kind. It is filled once, before
// main runs, and only read after.
var kinds map[ActivityKind]kindRules

func init() {
	kinds = map[ActivityKind]kindRules{
		KindInfo:       infoKind,
		KindBrainstorm: brainstormKind,
		KindCluster:    clusterKind,
		KindVote:       voteKind,
		KindRound:      roundKind,
		KindActions:    actionsKind,
		KindScale:      scaleKind,
		KindQuadrant:   quadrantKind,
		KindCafe:       cafeKind,
		KindMarket:     marketKind,
		KindGroups:     groupsKind,
		KindRank:       rankKind,
	}
}

// rules returns the rules of kind k; an unknown kind (from a damaged log)
// has none: no board, nothing to show.
func (k ActivityKind) rules() kindRules { return kinds[k] }

// HasBoard reports whether participants write notes into columns in an
// activity of kind k: a brainstorm, a quadrant's four boxes, a world café's
// tables, or a marketplace's offers and requests.
func (k ActivityKind) HasBoard() bool { return k.rules().board }

// TakesContributions reports whether participants add something in an
// activity of kind k (notes, votes, turns, marks …), so that the
// facilitator's overview can tell who has not yet.
func (k ActivityKind) TakesContributions() bool { return !k.rules().quiet }

// exportCtx is what every kind's part of a report works from.
type exportCtx struct {
	s      State
	reader Reader
	people map[ParticipantID]Participant
}

// names are the people's names as the report shows them (see
// ExportOptions.NoNames).
func (c *exportCtx) names() map[ParticipantID]string {
	out := make(map[ParticipantID]string, len(c.people))
	for id, p := range c.people {
		out[id] = p.Name
	}
	return out
}

// note is what a report shows of n, by the visibility policy; false when
// it may not show n at all.
func (c *exportCtx) note(n Note) (ExportNote, bool) {
	sight := c.s.See(n, c.reader)
	if !sight.Text {
		return ExportNote{}, false
	}
	en := ExportNote{Text: n.Text}
	if sight.Author {
		p := c.people[n.Author]
		en.Author, en.Function = p.Name, p.Function
	}
	if sight.Time {
		en.Created = n.Created
	}
	return en, true
}
