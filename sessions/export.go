package sessions

import (
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// Export is the readable record of a room, the data model behind every
// export format. It holds no identities, keys or rejoin codes, no author of
// an anonymous activity, no hidden note that was never revealed, and no
// confidential activity unless asked for.
type Export struct {
	Code         string           `json:"code"`
	Title        string           `json:"title"`
	Lang         Lang             `json:"lang"`
	Created      time.Time        `json:"created"`
	Exported     time.Time        `json:"exported"`
	Participants []ExportPerson   `json:"participants"`
	Activities   []ExportActivity `json:"activities"`
	// Left out counts confidential activities that were not exported.
	LeftOut int `json:"left_out,omitempty"`
}

// ExportPerson is a participant in an export.
type ExportPerson struct {
	Name        string `json:"name"`
	Function    string `json:"function,omitempty"`
	Facilitator bool   `json:"facilitator,omitempty"`
}

// ExportActivity is one activity of the agenda with what came out of it.
type ExportActivity struct {
	Title        string       `json:"title"`
	Kind         ActivityKind `json:"kind"`
	Prompt       string       `json:"prompt,omitempty"`
	Text         string       `json:"text,omitempty"`
	Confidential bool         `json:"confidential,omitempty"`
	Anonymous    bool         `json:"anonymous,omitempty"`
	// Started is when the room first moved to the activity; Ended when
	// it moved on (zero when not known: see activityEnds).
	Started time.Time      `json:"started,omitzero"`
	Ended   time.Time      `json:"ended,omitzero"`
	Columns []ExportColumn `json:"columns,omitempty"`
	// Unrevealed counts hidden notes that were never revealed.
	Unrevealed int            `json:"unrevealed,omitempty"`
	Themes     []ExportTheme  `json:"themes,omitempty"`
	Results    []ExportResult `json:"results,omitempty"`
	// VoteOpen is set when the vote was not closed: results are left out.
	VoteOpen bool `json:"vote_open,omitempty"`
	// Voters counts the different people who voted.
	Voters  int          `json:"voters,omitempty"`
	Round   []string     `json:"round,omitempty"`
	Actions []ActionItem `json:"actions,omitempty"`
	// Scale is the distribution of a continuum; Axes (top, bottom, left,
	// right) and Shares belong to a quadrant.
	Scale  *ExportScale `json:"scale,omitempty"`
	Axes   []string     `json:"axes,omitempty"`
	Shares *[4]int      `json:"shares,omitempty"`
	// SharesGiven counts the people whose shares make the average.
	SharesGiven int `json:"shares_given,omitempty"`
	// Market is a marketplace's matching of offers and requests.
	Market *Market `json:"market,omitempty"`
	// Groups lists a groups activity's groups by member names.
	Groups [][]string `json:"groups,omitempty"`
	// Comparison is a rank activity's rankings, aggregate and agreement.
	Comparison *Comparison `json:"comparison,omitempty"`
	// Cafe is a world café's tables, hosts and seating.
	Cafe *ExportCafe `json:"cafe,omitempty"`
}

// ExportScale is a continuum's outcome.
type ExportScale struct {
	Left   string              `json:"left"`
	Right  string              `json:"right"`
	Counts [ScaleSteps + 1]int `json:"counts"`
	// Names per step, left out for an anonymous scale.
	Names [][]string `json:"names,omitempty"`
}

// ExportColumn is a column with its notes in an export.
type ExportColumn struct {
	Title string       `json:"title"`
	Notes []ExportNote `json:"notes"`
}

// ExportNote is a note in an export.
type ExportNote struct {
	Text     string `json:"text"`
	Author   string `json:"author,omitempty"`
	Function string `json:"function,omitempty"`
	// Created is left out for a note of an anonymous activity.
	Created time.Time `json:"created,omitzero"`
	// Round is the world-café round the note was added in (1-based).
	Round int `json:"round,omitempty"`
	// Group is the breakout group (1-based) of a note in an activity
	// that works per group.
	Group int `json:"group,omitempty"`
	// Themes are the themes a later cluster put the note in; Votes the
	// votes it got in a later vote on notes.
	Themes []string `json:"themes,omitempty"`
	Votes  int      `json:"votes,omitempty"`
}

// ExportTheme is a theme with its notes and mention counts.
type ExportTheme struct {
	Title string `json:"title"`
	// People counts the different authors; nil (left out) for the notes
	// of an anonymous activity.
	People *int         `json:"people,omitempty"`
	Notes  []ExportNote `json:"notes"`
}

// ExportResult is one item of a closed vote.
type ExportResult struct {
	Rank  int    `json:"rank"`
	Title string `json:"title"`
	Votes int    `json:"votes"`
}

// NewExport builds the export of s at time at. Confidential activities are
// left out unless withConfidential is set.
func NewExport(s State, at time.Time, withConfidential bool) Export {
	return NewExportWith(s, at, ExportOptions{Confidential: withConfidential})
}

// ExportOptions say for whom a report is made.
type ExportOptions struct {
	// Confidential includes confidential activities (a facilitator's
	// report only).
	Confidential bool
	// NoNames replaces every participant's name by "deelnemer 1, 2 …",
	// for a report that goes beyond the people who were there.
	NoNames bool
	// For is the participant whose own copy this is: it holds what they
	// may read — per group only their own group's boards, never a
	// confidential activity.
	For ParticipantID
	// Lang is the language the agenda's texts are read in, where the
	// template gave them; empty for the room's.
	Lang Lang
}

// NewExportWith builds the export of s at time at, as o asks.
func NewExportWith(s State, at time.Time, o ExportOptions) Export {
	s = s.In(o.Lang)
	withConfidential := o.Confidential && o.For == ""
	x := Export{Code: s.Code, Title: s.Title, Lang: s.Lang, Created: s.Created, Exported: at, Participants: []ExportPerson{}, Activities: []ExportActivity{}}
	people := map[ParticipantID]Participant{}
	for i, p := range s.Participants {
		if o.NoNames {
			// A function can name someone too (the one director).
			p.Name, p.Function = Messages.T(s.Lang, "export.someone", i+1), ""
		}
		people[p.ID] = p
		x.Participants = append(x.Participants, ExportPerson{Name: p.Name, Function: p.Function, Facilitator: s.IsFacilitator(p.ID)})
	}
	c := &exportCtx{s: s, reader: Reader{ID: o.For, Export: true, WithConfidential: withConfidential}, people: people}
	ends := activityEnds(s)
	for i, a := range s.Agenda {
		if o.For != "" && i > s.Current {
			break // a participant's copy holds no step they have not seen
		}
		if a.Confidential && !withConfidential {
			x.LeftOut++
			continue
		}
		c.reader.Group = 0
		if o.For != "" && a.PerGroup {
			c.reader.Group = s.groupOf(a, o.For)
		}
		xa := ExportActivity{Title: a.Title, Kind: a.Kind, Prompt: reportPrompt(a.Prompt), Text: a.Text, Confidential: a.Confidential, Anonymous: a.Anonymous, Started: a.Started, Ended: ends[a.ID]}
		if export := a.Kind.rules().export; export != nil {
			export(&xa, a, c)
		}
		x.Activities = append(x.Activities, xa)
	}
	return x
}

// WriteJSON writes x as indented JSON.
func (x Export) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(x); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

func exportNoteText(n ExportNote) string { return n.Text }
