package sessions

import "slices"

// sourceOf is the activity whose notes or themes a cluster or vote works
// on: the one it names, else the nearest earlier brainstorm (for a
// cluster) or cluster or brainstorm (for a vote).
func (s State) sourceOf(a Activity) Activity {
	if src, ok := s.Activity(a.Source); ok && a.Source != 0 {
		return src
	}
	// A cluster takes a board; whatever else takes a source (a vote)
	// takes any kind that offers itself as one.
	gathers := a.Kind.rules().themes
	for i := s.activityIndex(a.ID) - 1; i >= 0; i-- {
		src := s.Agenda[i].Kind.rules()
		if src.board || (!gathers && src.takesVoteSource) {
			return s.Agenda[i]
		}
	}
	return Activity{}
}

// notesOf lists the IDs of the notes in the columns of activity a.
func (s State) notesOf(a Activity) []int {
	var out []int
	for _, n := range s.Notes {
		if c, ok := s.Column(n.Column); ok && c.Activity == a.ID && a.ID != 0 {
			out = append(out, n.ID)
		}
	}
	return out
}

// ThemesOf returns the themes of cluster activity id.
func (s State) ThemesOf(activity int) []Theme {
	var out []Theme
	for _, t := range s.Themes {
		if t.Activity == activity {
			out = append(out, t)
		}
	}
	return out
}

// VoteItems lists what can be voted on in vote activity a: the themes of
// its source cluster, or the notes of its source brainstorm.
func (s State) VoteItems(a Activity) []int {
	src := s.sourceOf(a)
	if src.Kind.rules().themes {
		var out []int
		for _, t := range s.ThemesOf(src.ID) {
			out = append(out, t.ID)
		}
		return out
	}
	return s.notesOf(src)
}

func (s State) theme(id int) (Theme, bool) {
	i := slices.IndexFunc(s.Themes, func(t Theme) bool { return t.ID == id })
	if i < 0 {
		return Theme{}, false
	}
	return s.Themes[i], true
}

func (s State) themeIn(id, activity int) bool {
	t, ok := s.theme(id)
	return ok && t.Activity == activity
}

func (s State) action(id int) (Action, bool) {
	i := slices.IndexFunc(s.Actions, func(a Action) bool { return a.ID == id })
	if i < 0 {
		return Action{}, false
	}
	return s.Actions[i], true
}

// votesBy counts voter's votes in activity, in all and on item.
func (s State) votesBy(voter ParticipantID, activity, item int) (all, onItem int) {
	for _, v := range s.Votes {
		if v.Voter == voter && v.Activity == activity {
			all++
			if v.Item == item {
				onItem++
			}
		}
	}
	return all, onItem
}
