package sessions

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// Reader is who looks at a note: a participant or facilitator on their
// screen, or the reader of an export (Export set; ID empty, or the
// participant whose own copy of the report it is).
type Reader struct {
	ID          ParticipantID
	Facilitator bool
	// Group is the reader's group when they look at the board of an
	// activity that works per group; 0 when they look at all groups (a
	// later activity that gathers every group's notes, or no group yet).
	Group int
	// Export is set for a report: it is read by people who were not
	// necessarily there, so nothing is shown as anyone's own.
	Export bool
	// WithConfidential is set for a report that includes confidential
	// activities; without it, a confidential activity's notes stay out
	// wherever they would show up again (a later cluster or vote).
	WithConfidential bool
}

// Sight is what one reader may see of one note.
type Sight struct {
	// Text: the note's text (and that it is this note at all).
	Text bool
	// Author: who wrote it, and counts per person that include it.
	Author bool
	// Time: when it was written or edited, finer than its activity.
	Time bool
	// Mine: the reader wrote it (known only to its author, and only
	// while the server remembers, for an anonymous note).
	Mine bool
}

// See is kring's one visibility policy: it decides what reader may see of
// note n, from the settings of the note's activity (hidden until
// revealed, anonymous, per group), the reader's role and group. Every
// view, export and overview asks it; nothing else decides.
//
// The rules:
//   - a hidden note's text is seen by its author alone until the
//     facilitator reveals the activity — facilitators and exports
//     included;
//   - a report without confidential activities shows none of their
//     notes, not even in a later activity that gathers them;
//   - on the board of an activity per group, a participant reads only
//     their own group's notes, on screen and in their copy of the
//     report; facilitators and their reports read every group's, as does
//     everyone in a later activity that gathers them;
//   - in an anonymous activity nobody sees an author, a time or a count
//     per person — not facilitators, not exports, not the data directory
//     (see AddNote's decision and Event.Owner).
func (s State) See(n Note, r Reader) Sight { return s.seeIn(s.activityOfNote(n), n, r) }

// seeIn is See for a note known to be on the board of activity a (a view
// that walks one board need not look the activity up for every note).
func (s State) seeIn(a Activity, n Note, r Reader) Sight {
	mine := !r.Export && r.ID != "" && s.AuthorOf(n) == r.ID
	text := mine || !(a.Hidden && !a.Revealed)
	if r.Export && a.Confidential && !r.WithConfidential {
		text = false
	}
	if text && !mine && a.PerGroup && !r.Facilitator && (!r.Export || r.ID != "") && r.Group != 0 && n.Group != r.Group {
		text = false
	}
	named := text && !a.Anonymous
	return Sight{Text: text, Author: named, Time: named, Mine: mine}
}

// Attributable reports whether note n may be tied to its author at all:
// in shown names, counts per person and times. False for the notes of an
// anonymous activity.
func (s State) Attributable(n Note) bool { return !s.activityOfNote(n).Anonymous }

// AuthorOf returns who wrote n: stored with the note, or — for a note of
// an anonymous activity, whose author is never stored — remembered in
// memory only since it was written, and lost with a restart.
func (s State) AuthorOf(n Note) ParticipantID {
	if n.Author != "" {
		return n.Author
	}
	return s.owners[n.ID]
}

// activityOfNote is the activity whose board holds n.
func (s State) activityOfNote(n Note) Activity {
	if c, ok := s.Column(n.Column); ok {
		if a, ok := s.Activity(c.Activity); ok {
			return a
		}
	}
	return Activity{}
}

// anonymousTime is the only time an anonymous note of activity a carries,
// on screen, in exports and on disk: when the activity began, so no time
// tells its authors apart.
func (s State) anonymousTime(a Activity) time.Time {
	if !a.Started.IsZero() {
		return a.Started
	}
	return s.Created
}

// shroud strips from e, an event on note n, what would tie an anonymous
// note to its author in the log: the actor, the author and the exact time.
// The author of a new note travels in Owner, which is never stored.
func (s State) shroud(e *Event, n Note) {
	a := s.activityOfNote(n)
	if !a.Anonymous {
		return
	}
	t := s.anonymousTime(a)
	if add, ok := e.Data.(NoteAdded); ok && add.Note.Author != "" {
		e.Owner = add.Note.Author
		add.Note.Author = ""
		add.Note.Created = t
		e.Data = add
	}
	e.Actor, e.At = "", t
}

// orderAnonymous puts the notes of an anonymous activity in the order of
// their text — on screens and in reports — so that their order follows
// neither the authors nor the time of writing.
func orderAnonymous[T any](notes []T, text func(T) string) {
	slices.SortStableFunc(notes, func(a, b T) int {
		ta, tb := text(a), text(b)
		return cmp.Or(strings.Compare(strings.ToLower(ta), strings.ToLower(tb)), strings.Compare(ta, tb))
	})
}

// mayReadItem reports whether reader may read vote item id: a note by
// See; a theme always on screen, and in a report unless its activity is
// a confidential one the report leaves out.
func (s State) mayReadItem(id int, r Reader) bool {
	if n, ok := s.Note(id); ok {
		return s.See(n, r).Text
	}
	if th, ok := s.theme(id); ok && r.Export && !r.WithConfidential {
		if a, ok := s.Activity(th.Activity); ok && a.Confidential {
			return false
		}
	}
	return true
}
