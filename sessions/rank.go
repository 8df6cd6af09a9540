package sessions

import (
	"slices"
	"strconv"
	"time"
)

// Ranking is one group's (or one person's) order of a rank activity's
// cards, best first.
type Ranking struct {
	Activity int    `json:"activity"`
	Owner    string `json:"owner"`
	Order    []int  `json:"order"`
}

// MoveCard moves a card up (Delta < 0) or down in the actor's ranking: the
// ranking of their group, or their own when the activity is not per group.
type MoveCard struct {
	Item  int
	Delta int
}

// Compare shows (or hides) every group's ranking side by side with the
// aggregate (facilitator).
type Compare struct{ Show bool }

func (MoveCard) command()           {}
func (MoveCard) kind() ActivityKind { return KindRank }
func (Compare) command()            {}
func (Compare) kind() ActivityKind  { return KindRank }

// RankItems are the cards of rank activity a: the themes of its source
// cluster, or its own cards from the template.
func (s State) RankItems(a Activity) []int {
	var out []int
	for _, t := range s.ThemesOf(a.ID) {
		out = append(out, t.ID)
	}
	if len(out) > 0 {
		return out
	}
	for i := s.activityIndex(a.ID) - 1; i >= 0; i-- {
		if src := s.Agenda[i]; src.Kind.rules().themes && (a.Source == 0 || a.Source == src.ID) {
			for _, t := range s.ThemesOf(src.ID) {
				out = append(out, t.ID)
			}
			return out
		}
	}
	return out
}

// rankOwner is whose ranking the actor changes: their group's ("g" and its
// ID) when the activity works per group and they are in one, else theirs.
func (s State) rankOwner(a Activity, actor ParticipantID) string {
	if a.PerGroup {
		if g := s.groupOf(a, actor); g != 0 {
			return "g" + strconv.Itoa(g)
		}
	}
	return string(actor)
}

// RankingOf returns the order owner gave the cards of a; cards not moved
// yet keep their default place.
func (s State) RankingOf(a Activity, owner string) []int {
	items := s.RankItems(a)
	var order []int
	for _, r := range s.Rankings {
		if r.Activity == a.ID && r.Owner == owner {
			order = slices.DeleteFunc(slices.Clone(r.Order), func(i int) bool { return !slices.Contains(items, i) })
		}
	}
	for _, i := range items {
		if !slices.Contains(order, i) {
			order = append(order, i)
		}
	}
	return order
}

// RankOwners lists the owners whose rankings a comparison shows: every
// group of the activity, or every participant who ranked.
func (s State) RankOwners(a Activity) []string {
	if a.PerGroup {
		if gs := s.groupsFor(a); len(gs) > 0 {
			var out []string
			for _, g := range gs {
				out = append(out, "g"+strconv.Itoa(g.ID))
			}
			return out
		}
	}
	var out []string
	for _, r := range s.Rankings {
		if r.Activity == a.ID && !slices.Contains(out, r.Owner) {
			out = append(out, r.Owner)
		}
	}
	return out
}

func decideRank(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error) {
	ev := func(p Payload) Event { return newEvent(at, actor, p) }
	switch c := cmd.(type) {
	case MoveCard:
		a, err := s.currentOf(KindRank, actor)
		if err != nil {
			return nil, err
		}
		owner := s.rankOwner(a, actor)
		order := s.RankingOf(a, owner)
		i := slices.Index(order, c.Item)
		if i < 0 {
			return nil, ErrNoItem
		}
		j := min(max(i+c.Delta, 0), len(order)-1)
		if i == j {
			return nil, nil
		}
		order = slices.Delete(order, i, i+1)
		order = slices.Insert(order, j, c.Item)
		return []Event{ev(Ranked{Ranking: Ranking{Activity: a.ID, Owner: owner, Order: order}})}, nil
	case Compare:
		if !s.IsFacilitator(actor) {
			return nil, ErrNotFacilitator
		}
		a, err := s.currentOf(KindRank, actor)
		if err != nil {
			return nil, err
		}
		return []Event{ev(Compared{Activity: a.ID, Shown: c.Show})}, nil
	}
	return nil, ErrUnknownCommand
}
