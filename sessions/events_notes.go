package sessions

import (
	"maps"
	"slices"
)

// NoteAdded: a note was written. In an anonymous activity the note carries
// no author and only its activity's time; its author travels in the
// event's Owner, which is never stored (see shroud).
type NoteAdded struct {
	Note Note `json:"note"`
}

// NoteEdited: note Note's text became Text (at the event's time).
type NoteEdited struct {
	Note int    `json:"note"`
	Text string `json:"text"`
}

// NoteMoved: note Note moved to column Column of the same activity.
type NoteMoved struct {
	Note   int `json:"note"`
	Column int `json:"column"`
}

// NoteDeleted: note Note was deleted.
type NoteDeleted struct {
	Note int `json:"note"`
}

// Kind implements Payload.
func (NoteAdded) Kind() EventKind { return EvNoteAdded }

// Kind implements Payload.
func (NoteEdited) Kind() EventKind { return EvNoteEdited }

// Kind implements Payload.
func (NoteMoved) Kind() EventKind { return EvNoteMoved }

// Kind implements Payload.
func (NoteDeleted) Kind() EventKind { return EvNoteDeleted }

func (p NoteAdded) apply(s State, e Event) State {
	s.Notes = append(slices.Clip(s.Notes), p.Note)
	s.NextID = max(s.NextID, p.Note.ID+1)
	if e.Owner != "" {
		s.owners = maps.Clone(s.owners)
		if s.owners == nil {
			s.owners = map[int]ParticipantID{}
		}
		s.owners[p.Note.ID] = e.Owner
	}
	return s
}

func (p NoteEdited) apply(s State, e Event) State {
	s.Notes = update(s.Notes, s.noteIndex(p.Note), func(n *Note) { n.Text, n.Edited = p.Text, e.At })
	return s
}

func (p NoteMoved) apply(s State, _ Event) State {
	if _, ok := s.Column(p.Column); ok {
		s.Notes = update(s.Notes, s.noteIndex(p.Note), func(n *Note) { n.Column = p.Column })
	}
	return s
}

func (p NoteDeleted) apply(s State, _ Event) State {
	if i := s.noteIndex(p.Note); i >= 0 {
		s.Notes = slices.Delete(slices.Clone(s.Notes), i, i+1)
	}
	return s
}
