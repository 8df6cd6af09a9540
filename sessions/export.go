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
	Title        string         `json:"title"`
	Kind         ActivityKind   `json:"kind"`
	Prompt       string         `json:"prompt,omitempty"`
	Text         string         `json:"text,omitempty"`
	Confidential bool           `json:"confidential,omitempty"`
	Anonymous    bool           `json:"anonymous,omitempty"`
	Columns      []ExportColumn `json:"columns,omitempty"`
	// Unrevealed counts hidden notes that were never revealed.
	Unrevealed int            `json:"unrevealed,omitempty"`
	Themes     []ExportTheme  `json:"themes,omitempty"`
	Results    []ExportResult `json:"results,omitempty"`
	// VoteOpen is set when the vote was not closed: results are left out.
	VoteOpen bool         `json:"vote_open,omitempty"`
	Round    []string     `json:"round,omitempty"`
	Actions  []ActionItem `json:"actions,omitempty"`
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
	x := Export{Code: s.Code, Title: s.Title, Lang: s.Lang, Created: s.Created, Exported: at, Participants: []ExportPerson{}, Activities: []ExportActivity{}}
	people := map[ParticipantID]Participant{}
	for _, p := range s.Participants {
		people[p.ID] = p
		x.Participants = append(x.Participants, ExportPerson{Name: p.Name, Function: p.Function, Facilitator: s.IsFacilitator(p.ID)})
	}
	reader := Reader{Export: true, WithConfidential: withConfidential}
	// note is what a report shows of n, by the visibility policy; false
	// when it may not show n at all.
	note := func(n Note) (ExportNote, bool) {
		sight := s.See(n, reader)
		if !sight.Text {
			return ExportNote{}, false
		}
		en := ExportNote{Text: n.Text}
		if sight.Author {
			p := people[n.Author]
			en.Author, en.Function = p.Name, p.Function
		}
		if sight.Time {
			en.Created = n.Created
		}
		return en, true
	}
	for _, a := range s.Agenda {
		if a.Confidential && !withConfidential {
			x.LeftOut++
			continue
		}
		xa := ExportActivity{Title: a.Title, Kind: a.Kind, Prompt: a.Prompt, Text: a.Text, Confidential: a.Confidential, Anonymous: a.Anonymous}
		switch a.Kind {
		case KindBrainstorm, KindQuadrant, KindCafe, KindMarket:
			if a.Kind == KindMarket {
				market := s.MarketOf(a, reader)
				xa.Market = &market
			}
			if a.Kind == KindQuadrant {
				xa.Axes = []string{a.Top, a.Bottom, a.Left, a.Right}
				if avg, n := s.AverageShares(a.ID); n > 0 {
					xa.Shares, xa.SharesGiven = &avg, n
				}
			}
			for i, c := range s.ColumnsOf(a.ID) {
				col := ExportColumn{Title: c.Title, Notes: []ExportNote{}}
				if a.Kind == KindCafe {
					col.Title = fmt.Sprintf(exportText.T(s.Lang, "md.table"), i+1, c.Title)
				}
				for _, n := range s.NotesIn(c.ID) {
					xn, shown := note(n)
					if !shown {
						xa.Unrevealed++
						continue
					}
					if a.Kind == KindCafe {
						xn.Round = n.Round + 1
					}
					col.Notes = append(col.Notes, xn)
				}
				if a.Anonymous {
					orderAnonymous(col.Notes, exportNoteText)
				}
				xa.Columns = append(xa.Columns, col)
			}
		case KindCluster:
			src := s.sourceOf(a)
			for _, t := range s.ThemeStats(a.ID) {
				xt := ExportTheme{Title: t.Title, Notes: []ExportNote{}}
				if !t.Anonymous {
					xt.People = &t.People
				}
				for _, id := range t.Notes {
					if n, ok := s.Note(id); ok {
						if xn, shown := note(n); shown {
							xt.Notes = append(xt.Notes, xn)
						}
					}
				}
				if src.Anonymous {
					orderAnonymous(xt.Notes, exportNoteText)
				}
				xa.Themes = append(xa.Themes, xt)
			}
		case KindVote:
			if !a.Closed {
				xa.VoteOpen = true
				break
			}
			for _, r := range s.Results(a) {
				if s.mayReadItem(r.Item, reader) {
					xa.Results = append(xa.Results, ExportResult{Rank: r.Rank, Title: r.Title, Votes: r.Votes})
				}
			}
		case KindRound:
			for _, id := range a.Order {
				xa.Round = append(xa.Round, people[id].Name)
			}
		case KindActions:
			for _, act := range s.Actions {
				if act.Activity == a.ID {
					xa.Actions = append(xa.Actions, act.ActionItem)
				}
			}
		case KindGroups:
			for _, g := range s.GroupsOf(a.ID) {
				var names []string
				for _, m := range g.Members {
					names = append(names, people[m].Name)
				}
				xa.Groups = append(xa.Groups, names)
			}
		case KindRank:
			names := map[ParticipantID]string{}
			for id, p := range people {
				names[id] = p.Name
			}
			xa.Comparison = s.CompareRankings(a, s.Lang, names)
		case KindScale:
			xs := &ExportScale{Left: a.Left, Right: a.Right, Counts: s.Distribution(a.ID)}
			if !a.Anonymous {
				xs.Names = make([][]string, ScaleSteps+1)
				for _, m := range s.Marks {
					if m.Activity == a.ID {
						xs.Names[m.Value] = append(xs.Names[m.Value], people[m.Who].Name)
					}
				}
			}
			xa.Scale = xs
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
