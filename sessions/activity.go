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

// Activity is one round on the agenda: what every kind has, and each
// kind's own settings (embedded, so that the stored form is one flat
// object). The settings of kinds other than Kind stay zero.
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
	// Other holds the texts in the room's other language (see State.In).
	Other *Translation `json:"other,omitempty"`

	// Privacy says who sees what of the activity's notes and marks; the
	// visibility policy (visibility.go) reads it.
	Privacy

	// Source is the activity whose notes a cluster groups, or whose
	// themes (or notes) a vote is about.
	Source int `json:"source,omitempty"`
	// Open lets participants (not only facilitators) cluster notes or add
	// actions.
	Open bool `json:"open,omitempty"`
	// Closed is set when a vote's totals, or a scale's names, are shown.
	Closed bool `json:"closed,omitempty"`
	// PerGroup makes the activity work per group (of the groups activity
	// before it): each group its own notes or ranking.
	PerGroup bool `json:"per_group,omitempty"`

	VoteSettings   // kind_vote.go
	RoundSettings  // kind_round.go
	Axes           // kind_scale.go, kind_quadrant.go
	CafeSettings   // kind_cafe.go
	GroupsSettings // kind_groups.go
}

// Privacy is what an activity keeps from whom; it is set in a template
// and, for Revealed, by the facilitator.
type Privacy struct {
	// Hidden notes are seen only by their authors until Revealed.
	Hidden   bool `json:"hidden,omitempty" yaml:"hidden"`
	Revealed bool `json:"revealed,omitempty" yaml:"-"`
	// Anonymous activities show no author anywhere.
	Anonymous bool `json:"anonymous,omitempty" yaml:"anonymous"`
	// NoteCap bounds the notes per person; zero is no cap.
	NoteCap int `json:"note_cap,omitempty" yaml:"note_cap"`
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
