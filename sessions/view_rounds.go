package sessions

import (
	"slices"
	"strconv"
	"strings"
)

// ThemeView is a theme as the viewer sees it.
type ThemeView struct {
	ID    int
	Title string
	Notes []NoteView
	// People counts the different authors of its notes; 0 and Anonymous
	// set when its notes may not be tied to authors (see ThemeStat).
	People    int
	Anonymous bool
}

// VoteView is the viewer's side of a vote.
type VoteView struct {
	Items   []VoteItemView
	Budget  int
	PerItem int
	// Left is how many of the viewer's votes are still free.
	Left   int
	Closed bool
	// Tables is set when the items are the notes of a world café: each
	// item's Column is then its table's question.
	Tables bool
}

// VoteItemView is one item on the ballot. Votes and Rank stay zero until
// the vote is closed: totals never leave the server before that.
type VoteItemView struct {
	ID    int
	Title string
	Mine  int
	Votes int
	Rank  int
	// Notes are a theme's notes that the viewer may read, as the
	// visibility policy shows them; empty for an item that is a note.
	Notes []NoteView
	// Column is the title of the column a note item was written in (a
	// café's table: its question); empty for a theme.
	Column string
}

// RoundView is a go-around.
type RoundView struct {
	Started bool
	Turns   []TurnView
	// Speaking and Next name who has the turn and who follows; empty when
	// nobody.
	Speaking, Next string
}

// TurnView is one person in the speaking order.
type TurnView struct {
	Name string
	Done bool
	Now  bool
	Me   bool
}

// ScaleView is a continuum with everyone's markers.
type ScaleView struct {
	Left, Right string
	// Mine is the viewer's step, -1 when not placed yet.
	Mine   int
	Counts [ScaleSteps + 1]int
	// Names lists who stands on each step; nil for an anonymous scale.
	Names [][]string
}

// QuadrantView is a quadrant's axes and time shares.
type QuadrantView struct {
	Top, Bottom, Left, Right string
	Shares                   bool
	// Mine is the viewer's shares, nil when not given yet.
	Mine    *[4]int
	Average [4]int
	Givers  int
}

// CafeView is a world café as the viewer sees it.
type CafeView struct {
	Started, Harvest bool
	// Round is 0-based; Rounds the number of rounds.
	Round, Rounds, Minutes int
	// Table is the viewer's table this round (0-based), -1 for none.
	Table       int
	Topic, Host string
	IsHost      bool
	Tables      []CafeTableView
	// Added lists what the previous round wrote at the viewer's table,
	// for its host.
	Added []NoteView
}

// CafeTableView is one table: its topic, host and who sits there now.
type CafeTableView struct {
	Topic, Host string
	People      []string
}

// ActionView is an action item as the viewer sees it.
type ActionView struct {
	ID int
	ActionItem
	CanChange bool
}

// kindView fills the part of v that belongs to its activity's kind.
func kindView(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
	if view := v.Activity.Kind.rules().view; view != nil {
		view(v, s, viewer, names)
	}
}

// cafeView describes the café and narrows the board to the viewer's own
// table while rounds are on; facilitators and the harvest see all tables.
func cafeView(v *View, s State, act Activity, viewer ParticipantID, names map[ParticipantID]string) *CafeView {
	cols := s.ColumnsOf(act.ID)
	cv := &CafeView{Started: act.CafeStarted(), Harvest: act.Harvest(), Round: act.Round, Rounds: act.Rounds, Minutes: act.Minutes, Table: -1}
	for t, c := range cols {
		tv := CafeTableView{Topic: c.Title}
		if t < len(act.Hosts) {
			tv.Host = names[act.Hosts[t]]
		}
		if cv.Started && !cv.Harvest && act.Round < len(act.Plan.Seats) && t < len(act.Plan.Seats[act.Round]) {
			for _, id := range act.Plan.Seats[act.Round][t] {
				tv.People = append(tv.People, names[id])
			}
		}
		cv.Tables = append(cv.Tables, tv)
	}
	if cv.Started && !cv.Harvest {
		cv.Table = act.Plan.TableOf(viewer, act.Round)
	}
	if cv.Table >= 0 && cv.Table < len(cols) {
		cv.Topic, cv.Host = cv.Tables[cv.Table].Topic, cv.Tables[cv.Table].Host
		cv.IsHost = cv.Table < len(act.Hosts) && act.Hosts[cv.Table] == viewer
		mine := cols[cv.Table].ID
		if !v.Facilitator {
			v.Columns = slices.DeleteFunc(v.Columns, func(c ColumnView) bool { return c.ID != mine })
		}
		if cv.IsHost && act.Round > 0 {
			reader := Reader{ID: viewer, Facilitator: v.Facilitator}
			for _, n := range s.NotesIn(mine) {
				if sight := s.See(n, reader); n.Round == act.Round-1 && sight.Text {
					cv.Added = append(cv.Added, NoteView{ID: n.ID, Text: n.Text, Author: nameIf(sight.Author, names, n.Author), Mine: sight.Mine})
				}
			}
		}
	} else if cv.Started && !cv.Harvest && !v.Facilitator {
		v.Columns = nil // not seated this round (joined late): wait for the next
	}
	return cv
}

// GroupsView shows the breakout groups and which one is the viewer's.
type GroupsView struct {
	Formed   bool
	Min, Max int
	Mix      bool
	Groups   []GroupView
	// Mine indexes the viewer's group, -1 for none.
	Mine int
}

// GroupView is one group with its members' names.
type GroupView struct {
	ID      int
	Members []string
}

func groupsView(s State, act Activity, viewer ParticipantID, names map[ParticipantID]string) *GroupsView {
	gv := &GroupsView{Min: act.Min, Max: act.Max, Mix: act.Mix, Mine: -1}
	for i, g := range s.GroupsOf(act.ID) {
		gv.Formed = true
		view := GroupView{ID: g.ID}
		for _, m := range g.Members {
			view.Members = append(view.Members, names[m])
			if m == viewer {
				gv.Mine = i
			}
		}
		gv.Groups = append(gv.Groups, view)
	}
	return gv
}

// RankView is a card sort: the viewer's (group's) order and, once the
// facilitator shows it (facilitators always), the comparison.
type RankView struct {
	// Owner is "" for the viewer's own ranking, else the group's index+1.
	GroupIndex int
	Order      []RankCard
	Shown      bool
	Comparison *Comparison
}

// RankCard is one card.
type RankCard struct {
	ID    int
	Title string
}

// Comparison sets every ranking side by side with the aggregate.
type Comparison struct {
	Rankings  []NamedRanking
	Aggregate []BordaRow
	// W is Kendall's coefficient of concordance: 1 is full agreement.
	W float64
	// Top is the card that stands first in most rankings, if any.
	Top string
}

// Compared reports whether there are rankings to compare: agreement needs
// two at least (one ranking agrees with itself).
func (c *Comparison) Compared() bool { return len(c.Rankings) >= 2 }

// NamedRanking is one group's or person's order of card titles.
type NamedRanking struct {
	Name   string
	Titles []string
}

// BordaRow is one card of the aggregate order.
type BordaRow struct {
	Title        string
	Points, Rank int
	Firsts       int
}

func rankView(v *View, s State, act Activity, viewer ParticipantID, names map[ParticipantID]string) *RankView {
	rv := &RankView{Shown: act.Closed}
	owner := s.rankOwner(act, viewer)
	for i, g := range s.groupsFor(act) {
		if act.PerGroup && "g"+strconv.Itoa(g.ID) == owner {
			rv.GroupIndex = i + 1
		}
	}
	for _, id := range s.RankingOf(act, owner) {
		rv.Order = append(rv.Order, RankCard{ID: id, Title: s.ItemTitle(id)})
	}
	if act.Closed || v.Facilitator {
		rv.Comparison = s.CompareRankings(act, v.Lang, names)
	}
	return rv
}

// CompareRankings puts every ranking of act side by side with the Borda
// aggregate, the agreement (Kendall's W) and a card "met stip bovenaan".
func (s State) CompareRankings(act Activity, lang Lang, names map[ParticipantID]string) *Comparison {
	c := &Comparison{}
	var orders [][]int
	groups := s.groupsFor(act)
	for _, owner := range s.RankOwners(act) {
		order := s.RankingOf(act, owner)
		orders = append(orders, order)
		name := names[ParticipantID(owner)]
		for i, g := range groups {
			if "g"+strconv.Itoa(g.ID) == owner {
				name = GroupName(lang, i)
			}
		}
		nr := NamedRanking{Name: name}
		for _, id := range order {
			nr.Titles = append(nr.Titles, s.ItemTitle(id))
		}
		c.Rankings = append(c.Rankings, nr)
	}
	if act.Anonymous && len(groups) == 0 {
		// A person's ranking in an anonymous activity carries no name,
		// and its place does not follow the order people joined in.
		slices.SortStableFunc(c.Rankings, func(a, b NamedRanking) int {
			return strings.Compare(strings.Join(a.Titles, "\n"), strings.Join(b.Titles, "\n"))
		})
		for i := range c.Rankings {
			c.Rankings[i].Name = Messages.T(lang, "ranking.someone", i+1)
		}
	}
	for _, r := range Borda(orders) {
		c.Aggregate = append(c.Aggregate, BordaRow{Title: s.ItemTitle(r.Item), Points: r.Points, Rank: r.Rank, Firsts: r.Firsts})
	}
	c.W = KendallW(orders)
	if top, ok := TopChoice(orders); ok {
		c.Top = s.ItemTitle(top)
	}
	return c
}
