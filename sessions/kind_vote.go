package sessions

// A vote puts dots on the themes of the cluster before it (or on the
// notes of the board before it); totals stay hidden until it is closed.
var voteKind = kindRules{
	view: voteView,
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
	if act.Closed {
		for _, r := range s.Results(act) {
			if s.mayReadItem(r.Item, reader) {
				vv.Items = append(vv.Items, VoteItemView{ID: r.Item, Title: r.Title, Mine: mine[r.Item], Votes: r.Votes, Rank: r.Rank})
			}
		}
	} else {
		for _, id := range s.VoteItems(act) {
			if s.mayReadItem(id, reader) {
				vv.Items = append(vv.Items, VoteItemView{ID: id, Title: s.ItemTitle(id), Mine: mine[id]})
			}
		}
	}
	v.Vote = vv
}
