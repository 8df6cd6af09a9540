package sessions

import (
	"cmp"
	"slices"
)

// ThemeStat is a theme with its notes and how widely it was mentioned.
type ThemeStat struct {
	Theme
	// People counts the different authors of its notes ("veelgenoemd");
	// it stays 0 when Anonymous is set.
	People int
	// Anonymous is set when the theme holds notes that may not be tied to
	// their authors: how many people wrote them would tell which notes
	// share an author, so nobody is told.
	Anonymous bool
}

// ThemeStats returns the themes of cluster activity id with their counts,
// most-mentioned first (by people, then notes), ties in creation order.
func (s State) ThemeStats(activity int) []ThemeStat {
	var out []ThemeStat
	cluster, _ := s.Activity(activity)
	anonymousSource := s.sourceOf(cluster).Anonymous
	for _, t := range s.ThemesOf(activity) {
		authors := map[ParticipantID]bool{}
		counted := !anonymousSource // an empty theme of anonymous notes too
		for _, id := range t.Notes {
			if n, ok := s.Note(id); ok {
				counted = counted && s.Attributable(n)
				authors[n.Author] = true
			}
		}
		st := ThemeStat{Theme: t, Anonymous: !counted}
		if counted {
			st.People = len(authors)
		}
		out = append(out, st)
	}
	slices.SortStableFunc(out, func(a, b ThemeStat) int {
		return cmp.Or(cmp.Compare(b.People, a.People), cmp.Compare(len(b.Notes), len(a.Notes)))
	})
	return out
}

// Result is one item of a vote's outcome.
type Result struct {
	Item  int
	Title string
	Votes int
	// Rank is shared by items with equal votes: 1, 1, 3 …
	Rank int
	// Voters counts the different people who voted on the item.
	Voters int
}

// Results ranks the items of vote activity a by votes, ties as ties.
func (s State) Results(a Activity) []Result {
	items := s.VoteItems(a)
	votes := map[int]int{}
	voters := map[int]map[ParticipantID]bool{}
	for _, v := range s.Votes {
		if v.Activity != a.ID {
			continue
		}
		votes[v.Item]++
		if voters[v.Item] == nil {
			voters[v.Item] = map[ParticipantID]bool{}
		}
		voters[v.Item][v.Voter] = true
	}
	out := make([]Result, 0, len(items))
	for _, id := range items {
		out = append(out, Result{Item: id, Title: s.ItemTitle(id), Votes: votes[id], Voters: len(voters[id])})
	}
	slices.SortStableFunc(out, func(x, y Result) int { return cmp.Compare(y.Votes, x.Votes) })
	for i := range out {
		if i > 0 && out[i].Votes == out[i-1].Votes {
			out[i].Rank = out[i-1].Rank
		} else {
			out[i].Rank = i + 1
		}
	}
	return out
}

// ItemTitle is how a vote item reads: a theme's title or a note's text.
func (s State) ItemTitle(id int) string {
	if t, ok := s.theme(id); ok {
		return t.Title
	}
	if n, ok := s.Note(id); ok {
		return n.Text
	}
	return ""
}
