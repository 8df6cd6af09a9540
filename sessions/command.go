package sessions

// Command is a request to change a room. Commands are decided by Decide
// against the current State; the room goroutine is the only caller.
type Command interface{ command() }

// Board limits that keep one room within sensible bounds.
const (
	MaxColumns      = 8
	MaxNotes        = 2000
	MaxParticipants = 1000
)

// Join adds the actor to the room, or updates their name and function when
// they joined before. RejoinHash is set for keyless participants.
type Join struct {
	Name       string
	Function   string
	RejoinHash string
}

// ChooseLang sets the actor's own UI language.
type ChooseLang struct{ Lang Lang }

// AddNote puts a new note in a column.
type AddNote struct {
	Column int
	Text   string
}

// EditNote replaces a note's text.
type EditNote struct {
	Note int
	Text string
}

// MoveNote moves a note to another column.
type MoveNote struct {
	Note   int
	Column int
}

// DeleteNote removes a note.
type DeleteNote struct{ Note int }

// AddColumn adds a column at the right of the board (facilitator only).
type AddColumn struct{ Title string }

// RenameColumn gives a column a new title (facilitator only).
type RenameColumn struct {
	Column int
	Title  string
}

// RemoveColumn removes a column and its notes (facilitator only).
type RemoveColumn struct{ Column int }

func (Join) command()         {}
func (ChooseLang) command()   {}
func (AddNote) command()      {}
func (EditNote) command()     {}
func (MoveNote) command()     {}
func (DeleteNote) command()   {}
func (AddColumn) command()    {}
func (RenameColumn) command() {}
func (RemoveColumn) command() {}

// kindCommand is a command of one activity kind: that kind's rules decide
// it (kindRules.decide).
type kindCommand interface {
	Command
	kind() ActivityKind
}
