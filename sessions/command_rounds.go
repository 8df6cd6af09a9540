package sessions

// AddTheme starts a theme in the current cluster activity.
type AddTheme struct{ Title string }

// RenameTheme gives a theme a new title.
type RenameTheme struct {
	Theme int
	Title string
}

// RemoveTheme removes a theme; its notes become ungrouped.
type RemoveTheme struct{ Theme int }

// Assign puts a note into a theme; Theme 0 takes it out of any.
type Assign struct {
	Note  int
	Theme int
}

// MergeThemes moves every note of From into Into and removes From.
type MergeThemes struct{ From, Into int }

// CastVote puts one of the actor's dots on an item (a theme or a note).
type CastVote struct{ Item int }

// RetractVote takes one of the actor's dots back from an item.
type RetractVote struct{ Item int }

// CloseVote ends the current vote and shows the results (facilitator);
// Reopen undoes it.
type CloseVote struct{ Reopen bool }

// StartRound fixes the speaking order of the current round from the
// participants present, in joining order or shuffled with Seed
// (facilitator).
type StartRound struct {
	Present []ParticipantID
	Shuffle bool
	Seed    uint64
}

// NextTurn marks the current speaker done and gives the turn to the next;
// a negative Delta goes back (facilitator).
type NextTurn struct{ Delta int }

// ActionItem is the content of an action.
type ActionItem struct {
	What    string `json:"what"`
	Owner   string `json:"owner,omitempty"`
	Theme   string `json:"theme,omitempty"`
	Until   string `json:"until,omitempty"`
	Result  string `json:"result,omitempty"`
	Account string `json:"account,omitempty"`
}

// AddAction adds an action item in the current actions activity.
type AddAction struct{ Item ActionItem }

// EditAction replaces an action item's content.
type EditAction struct {
	Action int
	Item   ActionItem
}

// DeleteAction removes an action item.
type DeleteAction struct{ Action int }

func (AddTheme) command()               {}
func (AddTheme) kind() ActivityKind     { return KindCluster }
func (RenameTheme) command()            {}
func (RenameTheme) kind() ActivityKind  { return KindCluster }
func (RemoveTheme) command()            {}
func (RemoveTheme) kind() ActivityKind  { return KindCluster }
func (Assign) command()                 {}
func (Assign) kind() ActivityKind       { return KindCluster }
func (MergeThemes) command()            {}
func (MergeThemes) kind() ActivityKind  { return KindCluster }
func (CastVote) command()               {}
func (CastVote) kind() ActivityKind     { return KindVote }
func (RetractVote) command()            {}
func (RetractVote) kind() ActivityKind  { return KindVote }
func (CloseVote) command()              {}
func (CloseVote) kind() ActivityKind    { return KindVote }
func (StartRound) command()             {}
func (StartRound) kind() ActivityKind   { return KindRound }
func (NextTurn) command()               {}
func (NextTurn) kind() ActivityKind     { return KindRound }
func (AddAction) command()              {}
func (AddAction) kind() ActivityKind    { return KindActions }
func (EditAction) command()             {}
func (EditAction) kind() ActivityKind   { return KindActions }
func (DeleteAction) command()           {}
func (DeleteAction) kind() ActivityKind { return KindActions }
