package sessions

import "time"

// GoTo moves the room to another activity of the agenda (facilitator).
type GoTo struct{ Activity int }

// Step moves the room Delta activities forward or back (facilitator).
type Step struct{ Delta int }

// Reveal shows the hidden notes of an activity to everyone (facilitator).
type Reveal struct{ Activity int }

// LockColumn closes or opens a column for new notes (facilitator).
type LockColumn struct {
	Column int
	Locked bool
}

// LockInput closes or opens all participant input (facilitator).
type LockInput struct{ Locked bool }

// SetFocus highlights a note or theme on every screen; 0 clears it
// (facilitator).
type SetFocus struct{ ID int }

// TimerOp is what a TimerCmd does to the timer.
type TimerOp string

// The timer operations.
const (
	TimerSet        TimerOp = "set"
	TimerStart      TimerOp = "start"
	TimerPause      TimerOp = "pause"
	TimerReset      TimerOp = "reset"
	TimerAdd        TimerOp = "add"
	TimerCloseAtEnd TimerOp = "close_at_zero"
	TimerKeepOpen   TimerOp = "keep_open"
)

// TimerCmd changes the countdown (facilitator). D is the length for
// TimerSet and TimerAdd.
type TimerCmd struct {
	Op TimerOp
	D  time.Duration
}

// Grant gives facilitator rights to a participant with a key
// (facilitator).
type Grant struct{ Participant ParticipantID }

// Revoke takes facilitator rights away; the room's owner keeps them
// (facilitator).
type Revoke struct{ Participant ParticipantID }

// Publish makes the room's report available to every participant, as
// far as each may read it (`export` over ssh), or withdraws it
// (facilitator).
type Publish struct{ Published bool }

// SetConfidential marks an activity confidential or not (facilitator).
type SetConfidential struct {
	Activity     int
	Confidential bool
}

func (GoTo) command()            {}
func (Step) command()            {}
func (Reveal) command()          {}
func (LockColumn) command()      {}
func (LockInput) command()       {}
func (SetFocus) command()        {}
func (TimerCmd) command()        {}
func (Grant) command()           {}
func (Revoke) command()          {}
func (SetConfidential) command() {}
func (Publish) command()         {}
