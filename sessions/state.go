package sessions

import (
	"slices"
	"strings"
	"time"
)

// ParticipantID is a stable identity: "key:" and an SSH key fingerprint, or
// "anon:" and a server-issued random name for a client without a key.
type ParticipantID string

// Keyless reports whether the identity was issued to a client without a key.
func (id ParticipantID) Keyless() bool { return strings.HasPrefix(string(id), "anon:") }

// Participant is someone who joined the room.
type Participant struct {
	ID       ParticipantID `json:"id"`
	Name     string        `json:"name"`
	Function string        `json:"function,omitempty"`
	// Lang is the participant's own UI language; empty means the room's.
	Lang Lang `json:"lang,omitempty"`
	// RejoinHash is the hash of a keyless participant's rejoin code.
	RejoinHash string    `json:"rejoin_hash,omitempty"`
	Joined     time.Time `json:"joined"`
}

// Column is one column of an activity's board.
type Column struct {
	ID       int    `json:"id"`
	Activity int    `json:"activity,omitempty"`
	Title    string `json:"title"`
	// Other is the title in the room's other language, from a template.
	Other string `json:"other,omitempty"`
	// Locked columns take no new notes until the facilitator opens them.
	Locked bool `json:"locked,omitempty"`
}

// Note is a sticky note in a column.
type Note struct {
	ID      int           `json:"id"`
	Column  int           `json:"column"`
	Author  ParticipantID `json:"author"`
	Text    string        `json:"text"`
	Created time.Time     `json:"created"`
	Edited  time.Time     `json:"edited,omitzero"`
	// Round is the café round the note was written in (0-based).
	Round int `json:"round,omitempty"`
	// Group is the breakout group the note belongs to in an activity
	// that works per group; 0 otherwise.
	Group int `json:"group,omitempty"`
}

// Theme groups notes in a cluster activity.
type Theme struct {
	ID       int    `json:"id"`
	Activity int    `json:"activity"`
	Title    string `json:"title"`
	// Other is the title in the room's other language, for a template's
	// own items.
	Other string `json:"other,omitempty"`
	Notes []int  `json:"notes,omitempty"`
}

// Vote is one dot: a voter's vote on an item in a vote activity.
type Vote struct {
	Activity int           `json:"activity"`
	Voter    ParticipantID `json:"voter"`
	Item     int           `json:"item"`
}

// Action is an action item with its owner and how it is accounted for.
type Action struct {
	ID       int           `json:"id"`
	Activity int           `json:"activity"`
	Author   ParticipantID `json:"author"`
	ActionItem
}

// State is the whole state of a room. A State is a value: Apply returns a
// new one and never changes the slices of the old, so a State can be shared
// between goroutines once published.
type State struct {
	Code         string          `json:"code"`
	Title        string          `json:"title"`
	Lang         Lang            `json:"lang"`
	Created      time.Time       `json:"created"`
	Facilitators []ParticipantID `json:"facilitators"`
	Participants []Participant   `json:"participants"`
	Columns      []Column        `json:"columns"`
	Notes        []Note          `json:"notes"`
	Themes       []Theme         `json:"themes,omitempty"`
	Votes        []Vote          `json:"votes,omitempty"`
	Actions      []Action        `json:"actions,omitempty"`
	Marks        []Mark          `json:"marks,omitempty"`
	Shares       []Share         `json:"shares,omitempty"`
	Groups       []Group         `json:"groups,omitempty"`
	Rankings     []Ranking       `json:"rankings,omitempty"`
	// Agenda is the room's activities in order; Current indexes it.
	Agenda  []Activity `json:"agenda"`
	Current int        `json:"current"`
	Timer   Timer      `json:"timer"`
	// InputLocked stops participants' input; facilitators still act.
	InputLocked bool `json:"input_locked,omitempty"`
	// Published lets every participant fetch the report, as far as each
	// may read it.
	Published bool `json:"published,omitempty"`
	// Focus is the note or theme every screen highlights; 0 for none.
	Focus int `json:"focus,omitempty"`
	// NextID numbers notes, columns, themes and actions; NextActivity
	// numbers activities.
	NextID       int `json:"next_id"`
	NextActivity int `json:"next_activity,omitempty"`
	// Seq is the sequence number of the last applied event.
	Seq uint64 `json:"seq"`
	// RetentionDays is the room's own retention after its last change,
	// when its facilitator chose one shorter than the server's; 0 for the
	// server's (see ExpiresAt).
	RetentionDays int `json:"retention_days,omitempty"`
	// Active is the time of the last applied event: the room's last
	// change. It is not stored; Apply sets it.
	Active time.Time `json:"-"`

	// owners are the authors of the anonymous notes written since the
	// room was loaded, by note ID. They are never stored (an unexported
	// field is not marshalled, and Event.Owner is not either), so after
	// a restart nobody, the author included, is tied to such a note.
	// Apply copies the map before it adds to it: published states share
	// it read-only.
	owners map[int]ParticipantID
}

// IsFacilitator reports whether id may run the room.
func (s State) IsFacilitator(id ParticipantID) bool {
	return slices.Contains(s.Facilitators, id)
}

// Participant returns the participant with id.
func (s State) Participant(id ParticipantID) (Participant, bool) {
	i := slices.IndexFunc(s.Participants, func(p Participant) bool { return p.ID == id })
	if i < 0 {
		return Participant{}, false
	}
	return s.Participants[i], true
}

// Note returns the note with id.
func (s State) Note(id int) (Note, bool) {
	i := s.noteIndex(id)
	if i < 0 {
		return Note{}, false
	}
	return s.Notes[i], true
}

// Column returns the column with id.
func (s State) Column(id int) (Column, bool) {
	i := s.columnIndex(id)
	if i < 0 {
		return Column{}, false
	}
	return s.Columns[i], true
}

// NotesIn returns the notes of column id in the order they were added.
func (s State) NotesIn(column int) []Note {
	var out []Note
	for _, n := range s.Notes {
		if n.Column == column {
			out = append(out, n)
		}
	}
	return out
}

// LangOf is the UI language of participant id: their own choice or the
// room's.
func (s State) LangOf(id ParticipantID) Lang {
	if p, ok := s.Participant(id); ok && p.Lang != "" {
		return p.Lang
	}
	return s.Lang
}

func (s State) noteIndex(id int) int {
	return slices.IndexFunc(s.Notes, func(n Note) bool { return n.ID == id })
}

func (s State) columnIndex(id int) int {
	return slices.IndexFunc(s.Columns, func(c Column) bool { return c.ID == id })
}

func (s State) participantIndex(id ParticipantID) int {
	return slices.IndexFunc(s.Participants, func(p Participant) bool { return p.ID == id })
}

// Reclaim finds the keyless participant whose rejoin code is code, typed
// in any case and with or without its dash.
func (s State) Reclaim(code string) (ParticipantID, bool) {
	code, ok := ParseRejoinCode(code)
	if !ok {
		return "", false
	}
	h := HashRejoin(code)
	for _, p := range s.Participants {
		if p.ID.Keyless() && p.RejoinHash != "" && p.RejoinHash == h {
			return p.ID, true
		}
	}
	return "", false
}
