package sessions

import (
	"slices"
	"time"
)

// VoteSettings are a vote's own settings.
type VoteSettings struct {
	// Budget is the number of votes per person (DefaultBudget when 0),
	// PerItem the most one person may put on one item (0: no limit).
	Budget  int `json:"budget,omitempty" yaml:"budget"`
	PerItem int `json:"per_item,omitempty" yaml:"per_item"`
}

// check says what is wrong with the settings, as a template field and
// reason; "" when nothing is.
func (v VoteSettings) check() (field, reason string) {
	switch {
	case v.Budget < 0 || v.PerItem < 0:
		return "budget/per_item", "must not be negative"
	case v.Budget > 100 || v.PerItem > 100:
		return "budget/per_item", "too large"
	}
	return "", ""
}

// A vote puts dots on the themes of the cluster before it (or on the
// notes of the board before it); totals stay hidden until it is closed.
var voteKind = kindRules{
	decide:   decideVote,
	settings: func(a *Activity, ta TemplateActivity, _ Lang) { a.VoteSettings = ta.VoteSettings },
	check:    func(a TemplateActivity, _ []TemplateActivity) (string, string) { return a.VoteSettings.check() },
	view:     voteView,
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		if !a.Closed {
			xa.VoteOpen = true
			return
		}
		xa.Voters = c.voters(a.ID)
		for _, r := range c.s.Results(a) {
			if c.s.mayReadItem(r.Item, c.reader) {
				xa.Results = append(xa.Results, ExportResult{Rank: r.Rank, Title: r.Title, Votes: r.Votes})
			}
		}
	},
}

// voteView shows the items the viewer may read, their own dots and, once the vote
// is closed, the ranking.
func voteView(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
	act := v.Activity
	vv := &VoteView{Budget: budget(act), PerItem: act.PerItem, Closed: act.Closed}
	used := 0
	mine := map[int]int{}
	for _, vote := range s.Votes {
		if vote.Activity == act.ID && vote.Voter == viewer {
			used++
			mine[vote.Item]++
		}
	}
	vv.Left = max(vv.Budget-used, 0)
	reader := Reader{ID: viewer, Facilitator: v.Facilitator}
	src := s.sourceOf(act)
	vv.Tables = src.Kind == KindCafe
	item := func(id int) VoteItemView {
		it := VoteItemView{ID: id, Title: s.ItemTitle(id), Mine: mine[id]}
		if t, ok := s.theme(id); ok {
			it.Notes = s.readableNotes(t.Notes, s.sourceOf(src), reader, names)
		} else if n, ok := s.Note(id); ok {
			if c, ok := s.Column(n.Column); ok {
				it.Column = c.Title
			}
		}
		return it
	}
	if act.Closed {
		for _, r := range s.Results(act) {
			if s.mayReadItem(r.Item, reader) {
				it := item(r.Item)
				it.Title, it.Votes, it.Rank = r.Title, r.Votes, r.Rank
				vv.Items = append(vv.Items, it)
			}
		}
	} else {
		for _, id := range s.VoteItems(act) {
			if s.mayReadItem(id, reader) {
				vv.Items = append(vv.Items, item(id))
			}
		}
	}
	v.Vote = vv
}

// decideVote decides casting, retracting and closing votes.
func decideVote(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error) {
	_, one := emitter(at, actor)
	fac := s.IsFacilitator(actor)
	switch c := cmd.(type) {
	case CastVote, RetractVote:
		a, err := s.currentOf(KindVote, actor)
		if err != nil {
			return nil, err
		}
		if a.Closed {
			return nil, ErrVoteClosed
		}
		item := 0
		if v, isCast := c.(CastVote); isCast {
			item = v.Item
		} else {
			item = c.(RetractVote).Item
		}
		if !slices.Contains(s.VoteItems(a), item) {
			return nil, ErrNoItem
		}
		mine, onItem := s.votesBy(actor, a.ID, item)
		if _, isCast := c.(CastVote); isCast {
			if mine >= budget(a) {
				return nil, ErrNoVotesLeft
			}
			if a.PerItem > 0 && onItem >= a.PerItem {
				return nil, ErrItemCap
			}
			return one(Voted{Activity: a.ID, Item: item})
		}
		if onItem == 0 {
			return nil, ErrNoVote
		}
		return one(Unvoted{Activity: a.ID, Item: item})
	case CloseVote:
		if !fac {
			return nil, ErrNotFacilitator
		}
		a, err := s.currentOf(KindVote, actor)
		if err != nil {
			return nil, err
		}
		return one(VoteClosed{Activity: a.ID, Closed: !c.Reopen})
	}
	return nil, ErrUnknownCommand
}

// DefaultBudget is the number of votes per person when an activity sets
// none.
const DefaultBudget = 3

func budget(a Activity) int {
	if a.Budget > 0 {
		return a.Budget
	}
	return DefaultBudget
}
