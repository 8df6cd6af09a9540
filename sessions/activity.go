package sessions

import "time"

// ActivityKind names the kind of round an activity is.
type ActivityKind string

// The kinds of activity.
const (
	KindInfo       ActivityKind = "info"
	KindBrainstorm ActivityKind = "brainstorm"
	KindCluster    ActivityKind = "cluster"
	KindVote       ActivityKind = "vote"
	KindRound      ActivityKind = "round"
	KindActions    ActivityKind = "actions"
	KindScale      ActivityKind = "scale"
	KindQuadrant   ActivityKind = "quadrant"
	KindCafe       ActivityKind = "cafe"
	KindMarket     ActivityKind = "market"
	KindGroups     ActivityKind = "groups"
	KindRank       ActivityKind = "rank"
)

// Kinds lists the activity kinds in the order templates document them.
var Kinds = []ActivityKind{KindInfo, KindBrainstorm, KindCluster, KindVote, KindRound, KindActions, KindScale, KindQuadrant, KindCafe, KindMarket, KindGroups, KindRank}

// Activity is one round on the agenda. The fields a kind does not use stay
// zero.
type Activity struct {
	ID     int          `json:"id"`
	Kind   ActivityKind `json:"kind"`
	Title  string       `json:"title"`
	Prompt string       `json:"prompt,omitempty"`
	// Screen says how to do it on the screen (keys, where to look): shown
	// after the prompt on the board, never in a report.
	Screen string `json:"screen,omitempty"`
	// Text is the body of an info activity.
	Text string `json:"text,omitempty"`
	// Confidential activities stay out of exports unless asked for.
	Confidential bool `json:"confidential,omitempty"`
	// Started is when the room first moved to this activity.
	Started time.Time `json:"started,omitzero"`

	// Hidden notes are seen only by their authors until Revealed.
	Hidden   bool `json:"hidden,omitempty"`
	Revealed bool `json:"revealed,omitempty"`
	// Anonymous activities show no author anywhere.
	Anonymous bool `json:"anonymous,omitempty"`
	// NoteCap bounds the notes per person; zero is no cap.
	NoteCap int `json:"note_cap,omitempty"`

	// Source is the activity whose notes a cluster groups, or whose
	// themes (or notes) a vote is about.
	Source int `json:"source,omitempty"`
	// Open lets participants (not only facilitators) cluster notes or add
	// actions.
	Open bool `json:"open,omitempty"`

	// Budget is the number of votes per person, PerItem the most one
	// person may put on one item.
	Budget  int  `json:"budget,omitempty"`
	PerItem int  `json:"per_item,omitempty"`
	Closed  bool `json:"closed,omitempty"`

	// Order is a round's speaking order, Turn the index of who speaks
	// now; Shuffle orders it at random when the round starts.
	Order   []ParticipantID `json:"order,omitempty"`
	Turn    int             `json:"turn,omitempty"`
	Shuffle bool            `json:"shuffle,omitempty"`

	// Left and Right label the ends of a scale. For a quadrant, Left and
	// Right label the horizontal axis, Top and Bottom the vertical one.
	Left   string `json:"left,omitempty"`
	Right  string `json:"right,omitempty"`
	Top    string `json:"top,omitempty"`
	Bottom string `json:"bottom,omitempty"`
	// Shares asks each participant in a quadrant for a share of their
	// time per box.
	Shares bool `json:"shares,omitempty"`

	// A world café has a column per table (its topic); Hosts[t] stays at
	// table t. Rounds of Minutes each; Round is the current round (0-based,
	// Rounds when the harvest has begun) once Plan is made.
	Hosts   []ParticipantID `json:"hosts,omitempty"`
	Rounds  int             `json:"rounds,omitempty"`
	Minutes int             `json:"minutes,omitempty"`
	Round   int             `json:"round,omitempty"`
	Plan    *CafePlan       `json:"plan,omitempty"`

	// A groups activity splits people into groups of Min to Max, mixing
	// functions when Mix is set. PerGroup makes a later activity work per
	// group: each group its own notes or ranking.
	Min      int  `json:"min,omitempty"`
	Max      int  `json:"max,omitempty"`
	Mix      bool `json:"mix,omitempty"`
	PerGroup bool `json:"per_group,omitempty"`
}

// CafeStarted reports whether a café has its seating plan.
func (a Activity) CafeStarted() bool { return a.Plan != nil } // only a café is seated

// Harvest reports whether a café is past its last round.
func (a Activity) Harvest() bool { return a.CafeStarted() && a.Round >= a.Rounds }

// CurrentActivity returns the activity the room is at.
func (s State) CurrentActivity() (Activity, bool) {
	if s.Current < 0 || s.Current >= len(s.Agenda) {
		return Activity{}, false
	}
	return s.Agenda[s.Current], true
}

// Activity returns the activity with id.
func (s State) Activity(id int) (Activity, bool) {
	for _, a := range s.Agenda {
		if a.ID == id {
			return a, true
		}
	}
	return Activity{}, false
}

// ColumnsOf returns the columns of activity id in board order.
func (s State) ColumnsOf(activity int) []Column {
	var out []Column
	for _, c := range s.Columns {
		if c.Activity == activity {
			out = append(out, c)
		}
	}
	return out
}

func (s State) activityIndex(id int) int {
	for i, a := range s.Agenda {
		if a.ID == id {
			return i
		}
	}
	return -1
}

// currentID is the ID of the current activity, or 0.
func (s State) currentID() int {
	if a, ok := s.CurrentActivity(); ok {
		return a.ID
	}
	return 0
}

// notesBy counts the notes of author in the columns of activity.
func (s State) notesBy(author ParticipantID, activity int) int {
	n := 0
	for _, note := range s.Notes {
		if s.AuthorOf(note) != author {
			continue
		}
		if c, ok := s.Column(note.Column); ok && c.Activity == activity {
			n++
		}
	}
	return n
}
